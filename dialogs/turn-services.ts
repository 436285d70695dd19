// What a dialog may use during a turn: the participant and the conversation as the core sees them,
// the copy in their language, and a way to ask for domain writes (applied by the core in the turn's
// transaction).
// How long after the last answer during a crisis wait the conversation still counts as after a crisis (the inbox
// keeps a handed-back crisis on its row as long).
import { AFTER_CRISIS_MS } from "../bot/domain/after-crisis.js";
import type { TurnContext } from "botbuilder";
import type { ConversationView, ModelIntent, ParticipantView, TurnEffect, TurnLookups } from "../bot/runtime/turn-types.js";
import type { Translator } from "../bot/infrastructure/i18n.js";
import type { Language } from "../bot/domain/vocabulary.js";
import { describeNextReading, nextReading, readingUnlessSaid } from "../bot/domain/office-hours.js";
import { fold } from "./shared/fold.js";

export interface TurnServices {
  participant: ParticipantView;
  conversation: ConversationView;
  /** Copy in the participant's language, in the phrasing they have not seen for the longest. */
  t: Translator;
  /** Copy in another language (after the participant chose one). */
  tIn(language: Language): Translator;
  effects: TurnEffect[];
  /** Reads some routes need (mapping progress, the action plan), run only when asked. */
  lookups: TurnLookups;
  now: Date;
  /** What a language model understood the message to want (free text only, never a command), if it has answered. */
  modelIntent?: () => ModelIntent | undefined;
  /** A language model's short answer to free text, when one is configured and allowed. */
  freeTextReply?: (text: string) => Promise<string | undefined>;
  /**
   * A short word (a reflection, "we'll skip that one") said before the turn's next message, in the
   * same SMS when it fits; said on its own if nothing follows.
   */
  preface(text: string): void;
  /**
   * A message said first in the turn, on its own when at most one message follows it, else in front of the first of
   * them: a turn never sends more than two (bot/runtime/dialog-runtime.ts foldLead).
   */
  lead(text: string): Promise<void>;
  /** The safety screen found concern in this message (dialogs/concern-offer.dialog.ts answers it). */
  concern?: { reasons: string[] };
  /** The conversation already carries a concern flag. */
  flagged?: "concern" | "crisis";
  /** Whether later messages were stored before this one's turn (a burst sent together): see burst.ts holdForMore. */
  laterStored?: () => Promise<boolean>;
  /** Concern a dialog noticed during this turn (a low check-in): set by raiseConcern(). */
  concernRaised?: { reasons: string[] };
  /** A language model is configured, so its separate consent is worth asking for. */
  modelAvailable: boolean;
  /** The retention the copy promises (bot/config.ts), so what is said is what is done. */
  retention: RetentionPromise;
  /** What the participant asked of the conversation itself, kept with its dialog state (cleared with it at a crisis flag or STOPP). */
  memory: ConversationMemory;
  /** Keeps `patch` in the conversation's memory (saved with the turn). */
  remember(patch: ConversationMemory): Promise<void>;
}

/** A burst of short messages (dialogs/burst.ts). */
export interface BurstMemory {
  /** The burst's messages so far, oldest first. */
  texts: string[];
  /** When the last of them came (ISO time). */
  at: string;
  /** The burst's one line that Tillit is reading has been said (while a person is awaited: its one receipt). */
  presence?: boolean;
  /** Begun while a person is awaited, with the wait's receipt (burst.ts mayBeginBurstWhileWaiting). */
  whileWaiting?: boolean;
  /** How many of the texts were answered read together (readBurst's "joined"): the small words after add nothing to it. */
  answered?: number;
  /** While a person is awaited: the screen's concern reasons already answered in this burst (answered once). */
  concernHeard?: string[];
  /** Sent together with messages after them and left unanswered for them (holdForMore): the next is read with these. */
  held?: boolean;
}

export interface ConversationMemory {
  /** "stop giving me numbers": after a crisis, the help numbers are not repeated (a new crisis gives them again). */
  numbersDeclined?: boolean;
  /**
   * When a message last gave the 24/7 numbers (ISO time; set for every message that does, attachServices):
   * during a wait they come back only when asked for, heavy or urgent (an acknowledgment: at most once a day;
   * after a crisis: after a week without them, numbersDueAgain in wishes.ts).
   */
  numbersAt?: string;
  /**
   * What the message at `numbersAt` gave: helplines among the numbers, or 112 alone (a bare request for a person out of
   * hours gets 112 alone, and "hallå?" after it was told of "numren jag skickade": wishes.ts numbersInView).
   */
  numbersSent?: NumbersSent;
  /**
   * When a message last said when a person reads ("Någon i teamet läser det i morgon från kl 08:00."), and those
   * words (ISO time; set for every message that does, attachServices): said once, not under the next replies
   * (nextReadingFor).
   */
  readingSaid?: { text: string; at: string };
  /** The burst of short messages going on, read together (dialogs/burst.ts). */
  burst?: BurstMemory;
  /** When the writer said a crisis was someone else's ("its not me its my friend", ISO time): the steps are for the helper. */
  crisisAboutAnotherAt?: string;
  /** When someone else's crisis was told as far away ("hon bor i malmö"): the steps after it are the ones from afar. */
  crisisFromAfarAt?: string;
  /** When Tillit last answered while a crisis flag stood (ISO time): "after a crisis" outlasts a chatty wait. */
  crisisWaitedAt?: string;
  /** When being outdoors, locked out or cold was told in a crisis wait (ISO time): a plea soon after gets the practical help again. */
  outdoorsAt?: string;
  /** When no food tonight was told in a wait (ISO time): "kan man få hjälp snabb" soon after asks about it. */
  foodAt?: string;
  /** When the participant took back their request for a person (ISO time): "eller jo förresten" right after asks again. */
  requestWithdrawnAt?: string;
  /** The last answer about who sees or keeps what, and when (ISO time): "polisen?" right after asks the same of the police. */
  askedAbout?: { kind: string; at: string };
  /**
   * What was last talked about in small talk, and when (ISO time): good news, or what the team helps with
   * (an offer of a person open), or what Tillit knows of the person (an offer to tell more open).
   */
  talkedOf?: {
    topic: "good-news" | "good-news-more" | "program" | "kallelse" | "distress" | "distress-told" | "about-me" | "asked-back" | "passed-on";
    at: string;
    /** What an offer of a person was about, in broad subjects (shared/subject-words.ts): "this too" only for another. */
    subjects?: string[];
  };
  /**
   * When an offer of a person was last made or said to stand, unanswered (ISO time; offers.ts): the copy says "svara ja
   * när du vill" and "Erbjudandet går inte ut", so a bare yes answers it whenever, until it is answered or a person
   * is asked for (talkedOf's open offer lapses after half an hour, for what else may be asked meanwhile).
   */
  personOffered?: string;
  /** When Tillit last said or changed how often it writes (ISO time): "?" right after asks what that means now. */
  paceToldAt?: string;
  /** An interest told freely ("gillar att rita"), and when (ISO time): "typ manga" right after is more of it. */
  interest?: { said: string; at: string };
  /** When onboarding last asked for the consent in full (ISO time): asked again, it comes in its short line. */
  consentAskedAt?: string;
  /** A meeting the participant called off or moved in chat, and when (ISO time): what follows soon after is about it. */
  /** `words`: their wish as the meeting keeps it (requestedTime), for what follows soon after to add to. */
  meetingChanged?: { meetingId: number; at: string; coordinator: string; words?: string };
  /** When onboarding's consent was answered no (ISO time): "varför?" and "okej ja då" right after are about it. */
  consentDeclinedAt?: string;
  /**
   * When a coordinator handed back a conversation they had been writing in while the consent was still
   * unanswered (ISO time): onboarding's consent is not asked of its own after that (onboarding.dialog.ts).
   */
  consentAfterPerson?: string;
  /**
   * What a coordinator left unanswered was passed on at the hand-back (ISO time), with their last words then
   * ("Vill du att jag hjälper dig…?"): a yes or no right after the notice still answers them (handed-back.ts).
   */
  passedOn?: { at: string; words: string };
}

/**
 * A crisis was handed back not long ago: read from the last texts sent (the crisis reply among them), or
 * from the memory of the wait when it was long (a tester's crisis was forgotten after seven messages).
 */
export function isAfterCrisis(s: TurnServices): boolean {
  if (s.conversation.afterCrisis) return true;
  const waited = s.memory.crisisWaitedAt ? Date.parse(s.memory.crisisWaitedAt) : Number.NaN;
  return !s.conversation.waiting && s.now.getTime() - waited < AFTER_CRISIS_MS;
}

/**
 * The 24/7 numbers belong to a heavy message or to the first reply of a stretch (a wait for a person, the
 * days after a crisis was handed back), not to every message after it: given by one of Tillit's texts since
 * `since`, they are in view, and come again only when a message is heavy, cannot wait or asks for them (the
 * caller's to read). A tester after a crisis got Självmordslinjen 90101 under "tack för idag", an ordinary
 * Sunday and a first walk outside, day after day.
 */
export function numbersGivenSince(s: TurnServices, since: Date | null | undefined): boolean {
  return since != null && s.memory.numbersAt !== undefined && Date.parse(s.memory.numbersAt) >= since.getTime();
}

export interface RetentionPromise {
  /** Everything is erased this many months after the contact ended. */
  afterDischargeMonths: number;
  /** Without consent, message texts are erased after this many days. */
  unconsentedMessageDays: number;
  /** Everything is erased after this many months without any contact. */
  noContactMonths: number;
}

/** The numbers consent copy quotes. */
export function retentionVars(s: TurnServices): { months: string; days: string; noContactMonths: string } {
  const r = s.retention;
  return { months: String(r.afterDischargeMonths), days: String(r.unconsentedMessageDays), noContactMonths: String(r.noContactMonths) };
}

const key = Symbol("tillit.turnServices");

// The numbers Tillit gives for what cannot wait: every crisis reply, the urgent line and several answers name
// some of them (112, Självmordslinjen 90101, 1177, BRIS 116 111).
const HELP_NUMBER = /\b(112|90101|1177|116 ?111)\b/;

/** The text gives numbers to call. */
export function givesHelpNumbers(text: string): boolean {
  return HELP_NUMBER.test(text);
}

/** What numbers a text gives: helplines among them ("helplines"), 112 alone ("emergency"), or none. */
export type NumbersSent = "helplines" | "emergency";

// The lines to talk to, beside 112: Självmordslinjen, 1177, BRIS, Brottsofferjouren, the police's 114 14,
// Kvinnofridslinjen, Jourhavande medmänniska.
const HELPLINE = /\b(90101|1177|116 ?111|116 ?006|114 ?14)\b|020-50 50 50|08-702 16 80/;

/** The numbers `text` gives, for how Tillit speaks of them after: "112" alone is not "the numbers". */
export function numbersSent(text: string): NumbersSent | undefined {
  if (HELPLINE.test(text)) return "helplines";
  return givesHelpNumbers(text) ? "emergency" : undefined;
}

/**
 * Makes `services` the turn's own, and remembers, in this one place, when a message of the turn gave the
 * 24/7 numbers (`numbersAt`), whichever path sent it: the urgent line, "hallå" at night, drowsiness after
 * pills, an answer about the police. Several set it themselves and others did not, so a night's ordinary
 * message after "hallå" gave the numbers again. (The core's crisis replies are read from the crisis flags.)
 */
export function attachServices(context: TurnContext, services: TurnServices): void {
  context.turnState.set(key, services);
  context.onSendActivities(async (_ctx, activities, next) => {
    const sent = activities.map((a) => (typeof a.text === "string" ? numbersSent(a.text) : undefined));
    if (sent.some(Boolean)) await services.remember({ numbersAt: services.now.toISOString(), numbersSent: sent.includes("helplines") ? "helplines" : "emergency" });
    // A person asked for, by whatever words: any offer of one that stood is answered (offers.ts personOfferStands).
    if (services.memory.personOffered && services.effects.some((e) => e.kind === "request-human")) await services.remember({ personOffered: undefined });
    // How often Tillit writes, changed or said by whatever path (a wish, the less-contact menu, "sluta fråga saker"):
    // "?" or "vad valde jag" right after is about it (wishes.ts answersPaceAsked).
    if (services.effects.some((e) => e.kind === "set-reminders" || e.kind === "set-reminder-pace")) await services.remember({ paceToldAt: services.now.toISOString() });
    const { full } = nextReadingFor(services, { always: true });
    if (activities.some((a) => typeof a.text === "string" && a.text.includes(full))) await services.remember({ readingSaid: { text: full, at: services.now.toISOString() } });
    return next();
  });
}

export function services(context: TurnContext): TurnServices {
  const found = context.turnState.get(key) as TurnServices | undefined;
  if (!found) throw new Error("Dialog ran outside a Tillit turn");
  return found;
}

/** The name to use for the coordinator in copy: their first name, or a neutral stand-in. */
export function coordinatorName(s: TurnServices): string {
  return s.participant.coordinatorFirstName ?? s.t("core.someoneFromTheTeam");
}

/** The coordinator's name inside a sentence: their first name, or "your coordinator". */
/** The first names a person may ask about by name ("är kim arg"): the coordinator's, the meeting's. */
export function coordinatorNames(s: TurnServices): string[] {
  return [s.participant.coordinatorFirstName, s.memory.meetingChanged?.coordinator].filter((n): n is string => Boolean(n));
}

export function coordinatorInSentence(s: TurnServices): string {
  return s.participant.coordinatorFirstName ?? s.t("core.yourCoordinator");
}

/**
 * Whether the team is in now, and when a person next reads, in words (`full`). `reading` is the same words, or
 * empty when they were said lately and nothing has changed since (texter16 #16b, #2): said once, the sentence is
 * not repeated under the next replies (a tester got "Någon i teamet läser det i morgon från kl 08:00." under
 * reply after reply at night). It comes again on a new day (other words), after hours without a message from
 * Tillit, when this turn passes something on to the team (a concern raised or read by the screen) and none of the
 * last few texts said it, when a person is asked for in this turn, or `always` (asked when). `unlessJustSaid` (asked
 * whether anyone is there, a question kept for the team): said unless one of the last few texts said it. In office
 * hours it is always said.
 * The copy's {reading} then leaves no gap (i18n fill), nor does a text that ends with it (prompts.ts message).
 */
export function nextReadingFor(s: TurnServices, options: { always?: boolean; unlessJustSaid?: boolean } = {}): { open: boolean; reading: string; full: string } {
  const next = nextReading(s.now, s.participant.officeHours);
  const full = describeNextReading(s.t, next);
  // In office hours it is short ("Någon i teamet läser under dagen."), and kept; a request for a person made now
  // is told when it is read.
  if (next.open || options.always || asksForPersonNow(s)) return { open: next.open, reading: full, full };
  // Said in one of the last few texts, it is not said again, whatever else this turn passes on (session 22: "Någon i
  // teamet läser det i morgon från kl 08:00" four times in one morning's wait, under each worry passed on).
  if (saidInLastTexts(s, full)) return { open: next.open, reading: "", full };
  if (options.unlessJustSaid || passesOnNow(s) || !readingSaidLately(s, full)) return { open: next.open, reading: full, full };
  return { open: next.open, reading: "", full };
}

// A coordinator's own word to get in touch ("Jag ringer dig kl 11", "hör av mig i eftermiddag", "I'll call you at 3").
const PROMISED = /\b(jag ringer|ringer dig|ringer upp|jag hor av mig|hor av mig (till dig )?(i|ikvall|imorgon|idag|pa|efter|senare|snart|kl)|jag skriver (till dig )?(igen )?(i|ikvall|imorgon|idag|pa|efter|senare|snart|kl)|i ll call|ill call|i will call|call you|i ll text|i will text|text you (back |again )?(at|later|tomorrow|tonight|soon|this)|get back to you)\b/;

/**
 * A coordinator's promise to get in touch among the last texts sent, with their request still open or just handed
 * back: what they said stands, and neither a "when someone reads" nor a new offer of contact is said over it.
 */
export function promisedContact(s: TurnServices): boolean {
  if (!s.conversation.backFromPerson && !s.conversation.request) return false;
  return s.conversation.recentTexts.slice(-3).some((t) => PROMISED.test(fold(t)));
}

/** How long when a person reads, once said, stays said (a night, an afternoon). */
const READING_SAID_MS = 6 * 3_600_000;

/** One of Tillit's last few texts (office-hours.ts readingUnlessSaid), sent within the while, said it. */
function saidInLastTexts(s: TurnServices, full: string): boolean {
  const last = s.conversation.lastAutomatedAt;
  return last !== null && s.now.getTime() - last.getTime() < READING_SAID_MS && readingUnlessSaid(full, s.conversation.recentTexts) === "";
}

function readingSaidLately(s: TurnServices, full: string): boolean {
  const said = s.memory.readingSaid;
  return said?.text === full && s.now.getTime() - Date.parse(said.at) < READING_SAID_MS;
}

/** This turn asks for a person (or an erasure, which a person carries out): the one who asked is told when it is read. */
function asksForPersonNow(s: TurnServices): boolean {
  return s.effects.some((e) => e.kind === "request-human" || e.kind === "request-erasure");
}

/** This turn passes something new on to the team (or the screen raised what was said): when they read is said with it. */
function passesOnNow(s: TurnServices): boolean {
  return Boolean(s.concern) || s.effects.some((e) => e.kind === "request-human" || e.kind === "flag-concern" || e.kind === "request-erasure");
}

/**
 * `key` in office hours; outside them `${key}Closed`, which says when a person reads instead of "läser
 * med" (a young tester was told at night that their coordinator reads along, when nobody did).
 */
export function tWhileRead(s: TurnServices, key: string, vars: Record<string, string> = {}): string {
  const { open, reading } = nextReadingFor(s);
  return open ? s.t(key, vars) : s.t(`${key}Closed`, { ...vars, reading });
}

/** A change of mind back ("eller jo förresten") counts this soon after a request was taken back. */
const CHANGED_BACK_MS = 30 * 60_000;

/** The participant took back a request for a person within the last half hour. */
export function justTookRequestBack(s: TurnServices): boolean {
  const at = s.memory.requestWithdrawnAt ? Date.parse(s.memory.requestWithdrawnAt) : Number.NaN;
  return s.now.getTime() - at < CHANGED_BACK_MS;
}
