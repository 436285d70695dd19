// What a participant can ask for anywhere, in their own words: a person, how and when reminders come
// (each honoured at once and confirmed in one message), and that their answers are no longer kept.
import { isGoodNews } from "./shared/reflect.js";
import { asksWhatMeant, nervous, toldBetter } from "./shared/understand-small-talk.js";
import { asksPaceChosen } from "./shared/reminder-words.js";
import { DialogTurnStatus, type DialogContext, type DialogTurnResult } from "botbuilder-dialogs";
import type { ReminderRequest } from "./shared/recognize.js";
import { message } from "./shared/prompts.js";
import { coordinatorInSentence, isAfterCrisis, numbersSent, type NumbersSent, nextReadingFor, numbersGivenSince, promisedContact, services, type TurnServices } from "./turn-services.js";
import { asksForNumbers } from "./shared/numbers-words.js";
import { WITHDRAW_CONSENT_DIALOG } from "./withdraw-consent.dialog.js";
import { withdrawsStorageConsent } from "./shared/storage-consent-words.js";
import { saysUrgent, tellsNobodyReachedOut } from "./shared/clearly-asks.js";
import { aboutCheckInPace, stopsAskingOnly, wishAboutTopic } from "./shared/understand-contact-wishes.js";
import { fold } from "./shared/fold.js";
import { worriesAboutSomeoneElse } from "./shared/someone-else-words.js";
import { helpNumbersKey } from "./help-numbers.js";
import { understandFree } from "./shared/understand-free.js";
import { subjectsOf } from "./shared/subject-words.js";

/**
 * When a person will read this, from the team's office hours ("someone reads it tomorrow from
 * 08:00"), and outside them what to do if it cannot wait (112, Självmordslinjen 90101), unless the
 * message was a light one ("ok", "tja", "nu": `light`) or one of Tillit's last two texts already said it: a young tester waiting at night got the numbers under
 * every "I'm still here", which reads as alarm rather than care. They stay in view on the screen.
 */
async function whenSomeoneReads(s: TurnServices, light = false, dangerOnly = false): Promise<{ reading: string; urgent?: string }> {
  const { open, reading } = await readingOrPromise(s);
  // 112 alone said lately stands for danger alone: a heavy message after it still gets the lines to talk to.
  const inView = numbersInView(s, 2);
  if (open || light || s.memory.numbersDeclined || inView === "helplines" || (dangerOnly && inView)) return { reading };
  return { reading, urgent: s.t(dangerOnly ? "waiting.urgentDanger" : await urgentKey(s)) };
}

/**
 * When a person reads next, or, out of office hours, that what a coordinator promised last stands ("Jag ringer dig kl
 * 11"): "på måndag" is never said over it (texter18 #15), in the wait that the word at a hand-back began either
 * (tester25 #1: her unanswered words passed on at the hand-back, the next question got "på måndag"). Said once: not
 * again right after a text that said it.
 */
async function readingOrPromise(s: TurnServices): Promise<{ open: boolean; reading: string }> {
  const next = nextReadingFor(s);
  if (next.open || !next.reading || !promisedContact(s)) return next;
  const stands = s.t("handedBack.promiseStands", { name: (await s.lookups.lastStaffWriter()) ?? coordinatorInSentence(s) });
  return { open: false, reading: s.conversation.recentTexts.at(-1)?.includes(stands) ? "" : stands };
}

/**
 * What cannot wait, for what was told: a row at home gets 112, socialjouren and BRIS for under-18s, not
 * Självmordslinjen alone (a seventeen-year-old at 00:40, "det e bråk hemma igen", got only 112 and 90101);
 * to someone known to be under 18 (bot/core/known-age.ts), BRIS first.
 */
async function urgentKey(s: TurnServices): Promise<string> {
  return helpNumbersKey(s, s.concern?.reasons.includes("home-conflict") ? "waiting.urgentHome" : "waiting.urgent");
}

/** One of Tillit's last `texts` texts gave the 24/7 lines to talk to (112 alone is not them). */
export function helplinesSaid(s: TurnServices, texts: number): boolean {
  return numbersInView(s, texts) === "helplines";
}

/**
 * Which numbers are in view: those one of Tillit's last `texts` texts gave, or a message within `withinMs` (numbersAt),
 * helplines among them or 112 alone. What Tillit says of what it sent counts them here, in this one place: after 112
 * alone (a bare request for a person out of hours, waiting.urgentDanger), "hallå?" was told "numren jag skickade".
 */
export function numbersInView(s: TurnServices, texts: number, withinMs = 0): NumbersSent | undefined {
  const sent = s.conversation.recentTexts.slice(-texts).map(numbersSent);
  // Given before this change was remembered without what they were: the helplines, as every such line then gave.
  if (withinMs > 0 && s.memory.numbersAt !== undefined && s.now.getTime() - Date.parse(s.memory.numbersAt) < withinMs) sent.push(s.memory.numbersSent ?? "helplines");
  return sent.includes("helplines") ? "helplines" : sent.includes("emergency") ? "emergency" : undefined;
}



/**
 * Says `key` followed by when a person reads it; outside office hours the urgent numbers follow. With
 * `fresh`, when Tillit's last text already said when a person reads, it is not said again (a
 * tester waiting got "Någon i teamet läser under dagen" at the end of five messages in a row). With
 * `light` (a light message: "ok", "tja", "nu") the numbers never follow; with `daily`, not when given within the day; `before`, a word said first in the same text (what else was told, heard).
 */
export async function sayWithReading(dc: DialogContext, key: string, options: { fresh?: boolean; light?: boolean; daily?: boolean; before?: string; after?: string; labels?: string[]; vars?: Record<string, string>; complaint?: boolean } = {}): Promise<void> {
  const s = services(dc.context);
  // `daily`: an acknowledgment during a wait gives the numbers at most once a day (they stay in view).
  const given = options.daily && s.memory.numbersAt !== undefined && s.now.getTime() - Date.parse(s.memory.numbersAt) < DAY_MS;
  // Given once in this wait, or still among the last texts sent (a crisis reply, a coordinator's "ring 90101"),
  // they come again only for a heavy message or one that cannot wait (numbersGivenSince):
  // a tester waiting after a false alarm got "Kan det inte vänta? Ring 112…" under "tänkte bara säga det" days on.
  const givenThisWait = !needsNumbers(s, dc.context.activity.text ?? "") && (numbersGivenSince(s, s.conversation.request?.since) || helplinesSaid(s, s.conversation.recentTexts.length));
  const urgency = couldBeUrgent(s, dc.context.activity.text ?? "", options.complaint);
  const { reading, urgent } = await whenSomeoneReads(s, options.light || given || givenThisWait || !urgency, urgency === "danger");
  const said = !reading || (options.fresh && s.conversation.recentTexts.slice(-1).some((t) => t.includes(reading)));
  const text = s.t(key, { coordinator: coordinatorInSentence(s), ...options.vars });
  await dc.context.sendActivity(message(`${options.before ? `${options.before} ` : ""}${said ? text : `${text} ${reading}`}${options.after ?? ""}`, options.labels));
  if (urgent) await dc.context.sendActivity(message(urgent));
}

const DAY_MS = 24 * 3_600_000;

/**
 * What could be urgent, so that "Kan det inte vänta? Ring 112…" may follow at night ("numbers": the 24/7 numbers;
 * "danger": 112 for danger alone): a heavy message or one that
 * cannot wait, a conversation carrying a concern or crisis flag or taken over by someone who has gone quiet,
 * something hard told just before (a bad day, a
 * sleepless night), a wait for a person over something heavy, or a person asked for in so many words, for no
 * reason given. An ordinary request is not (texter17 #8: "ok tack" to the offer of help with preschool at 06:15
 * got the 112 line, read as a warning that something was wrong).
 */
function couldBeUrgent(s: TurnServices, text: string, complaint = false): "numbers" | "danger" | undefined {
  if (complaint && complaintReadAsHopeless(s, text)) return undefined;
  if (needsNumbers(s, text) || s.flagged || s.conversation.takenOver) return "numbers";
  const talked = s.memory.talkedOf;
  if (talked && (talked.topic === "distress" || talked.topic === "distress-told")) return "numbers";
  const reason = s.conversation.request?.reason;
  if (reason === "concern" || reason === "crisis") return "numbers";
  // A person asked for, nothing heavy told: no helpline for a kind of crisis nobody spoke of. With a subject the team
  // helps with ("can I talk to someone about getting a job?") it is an ordinary wait, which says when someone reads;
  // for no reason given, 112 for danger only (tester24 #10: both got "Självmordslinjen 90101 svarar dygnet runt").
  if (understandFree(text) === "human") return subjectsOf(text).length ? undefined : "danger";
  return undefined;
}

// What the screen reads into a complaint about the service ("jag vill klaga på er, ingen har ringt mig fast ni lovade"
// read as hopelessness, alone or with the message before it): the complaint's own words, nothing heavy said.
const COMPLAINT_READS = new Set(["hopelessness", "loneliness", "trained-screen", "burst"]);

/**
 * A complaint that nobody answered, with nothing heavier than the screen's reading of the complaint itself: no
 * helpline numbers after the apology (tester25 #6: Maja's complaint got 112 and Självmordslinjen 90101 in a second
 * SMS). Something urgent or asked for, a flag that stands, or a person who took over keep them.
 */
function complaintReadAsHopeless(s: TurnServices, text: string): boolean {
  if (saysUrgent(text) || asksForNumbers(text) || s.flagged || s.conversation.takenOver) return false;
  return (s.concern?.reasons ?? []).every((r) => COMPLAINT_READS.has(r));
}

/** A message the 24/7 numbers go with even when they were given lately: heavy, one that cannot wait, or one asking for them. */
export function needsNumbers(s: TurnServices, text: string): boolean {
  return Boolean(s.concern) || saysUrgent(text) || asksForNumbers(text);
}

/** How long the 24/7 numbers given stay in view: after this long without them, they may come again unasked. */
export const NUMBERS_AGAIN_MS = 7 * DAY_MS;

/**
 * The 24/7 numbers come again, unasked, during a wait after a crisis only when none were given for a long while,
 * neither by a crisis reply in that while (`flaggedInTheWhile`) nor by any answer since (a message that needs
 * them gets them first: needsNumbers). A wait of days with the flag open gave them again every day the person
 * wrote, as a reminder nobody asked for.
 */
export function numbersDueAgain(s: TurnServices, flaggedInTheWhile: boolean): boolean {
  const given = s.memory.numbersAt === undefined ? Number.NEGATIVE_INFINITY : Date.parse(s.memory.numbersAt);
  return !flaggedInTheWhile && s.now.getTime() - given >= NUMBERS_AGAIN_MS;
}

/** After a crisis was handed back: the numbers were given since (by Tillit, or the coordinator's last words). */
export async function numbersSinceHandBack(s: TurnServices): Promise<boolean> {
  return numbersGivenSince(s, await s.lookups.handedBackAt());
}

/** The person asked for a human: the conversation waits for one, and they are told honestly when. */
export async function handToHuman(dc: DialogContext, heard?: string): Promise<DialogTurnResult> {
  const s = services(dc.context);
  s.effects.push({ kind: "request-human", reason: "asked" });
  await sayWithReading(dc, "common.humanComing", { before: heard });
  return dc.cancelAllDialogs();
}

/**
 * "varför svarar ingen", "ingen har hört av sig på en vecka", with no person awaited: sorry, the team is
 * asked to get back (the conversation now waits for them), when someone reads, and what to do if it is
 * urgent. It once met "Att känna sig ensam är tungt" or "Jag hänger inte riktigt med".
 */
export async function answerNobodyAnswered(dc: DialogContext): Promise<DialogTurnResult> {
  const s = services(dc.context);
  s.effects.push({ kind: "request-human", reason: "asked" });
  await sayWithReading(dc, "common.nobodyAnswered", { complaint: true });
  return dc.cancelAllDialogs();
}

/**
 * "ingen har skrivit på typ 2 veckor", heard by the screen as lonely: loneliness first, not a complaint that
 * pauses everything. The concern flag stands, the acknowledgment says it (concern.ack.nobodyWrote) and a
 * person is offered; the conversation and the reminders go on (a tester's remark, from someone who had turned
 * the reminders off himself, put him in a wait: "Medan du väntar på Maja har jag pausat mina frågor").
 * "varför svarar ingen" and "ingen har svarat" are still answered as a wait broken (answerNobodyAnswered).
 */
export function feelsForgotten(s: TurnServices, text: string): boolean {
  return Boolean(s.concern?.reasons.includes("loneliness")) && tellsNobodyReachedOut(text);
}

/** The concern offer's reasons for this message: the acknowledgment of nobody getting in touch first when it is that. */
export function concernReasonsOf(s: TurnServices, text: string, reasons: string[]): string[] {
  if (feelsForgotten(s, text)) return [NOBODY_WROTE, ...reasons];
  // "what if i mess it up" before an interview, flagged for the sleep told just before: the worry is what this
  // message says, and it is heard first (a tester's got "Sleep affects so much").
  if (nervous(text)) return [NERVES, ...reasons];
  // "jag e orolig för min kompis": the worry for someone close is what is heard first, not the writer's own mood.
  return worriesAboutSomeoneElse(text) ? [WORRIED_FOR_OTHER, ...reasons] : reasons;
}

/** The offer's own reason (an acknowledgment, never a flag): a worry before a step. */
export const NERVES = "nerves";

/** The offer's own reason (an acknowledgment, never a flag): nobody has got in touch for a long time. */
export const NOBODY_WROTE = "nobody-wrote";

/** The offer's own reason (an acknowledgment, never a flag): worried about someone close (tester22 full08). */
const WORRIED_FOR_OTHER = "worried-for-other";

/**
 * A person asked for while a question stays open (the consent at onboarding): the team is told, and the
 * question is kept, said in the same message (`after`, with its `labels`), so that its answer is still taken.
 */
export async function handToHumanKeepingQuestion(dc: DialogContext, after: string, labels: string[]): Promise<DialogTurnResult> {
  const s = services(dc.context);
  s.effects.push({ kind: "request-human", reason: "asked" });
  await sayWithReading(dc, "common.humanComing", { after, labels });
  return { status: DialogTurnStatus.waiting };
}

/** "säg till henne att jag inte kan svara i telefon": a message for the coordinator goes to a person. */
export async function passOn(dc: DialogContext, key = "common.passedOn"): Promise<DialogTurnResult> {
  const s = services(dc.context);
  s.effects.push({ kind: "request-human", reason: "message" });
  // "vill bara säga att jag har det bättre nu": good news passed on is glad news first.
  const text = dc.context.activity.text ?? "";
  if (isGoodNews(text) || toldBetter(text)) s.preface(s.t("talk.goodNewsPassedOn"));
  // "tell maja i might go next week": a message for the coordinator, not an emergency; the 24/7 numbers
  // only when it is heavy or says it cannot wait (a tester's got "Can't it wait? Call 112").
  await sayWithReading(dc, key, { light: !s.concern && !saysUrgent(text) });
  return dc.cancelAllDialogs();
}

/**
 * "radera allt jag skrivit om pappa": Tillit erases everything or nothing, so part of it goes to a person,
 * who can talk about what can be removed, and how to erase everything is said (a fifteen-year-old's wish
 * met the consent question again).
 */
export async function passOnErasureOfSome(dc: DialogContext): Promise<DialogTurnResult> {
  const s = services(dc.context);
  s.effects.push({ kind: "request-human", reason: "message" });
  await sayWithReading(dc, "erasure.partPassedOn", { light: !isAfterCrisis(s) || (await numbersSinceHandBack(s)) });
  return dc.cancelAllDialogs();
}

/**
 * A question Tillit cannot answer, asked of someone a person from the team has been writing with ("är maja
 * arg på mig", "e det du maja?"): it goes to that person, and is said to, rather than "I don't understand".
 */
export async function passOnQuestion(dc: DialogContext): Promise<DialogTurnResult> {
  const s = services(dc.context);
  s.effects.push({ kind: "request-human", reason: "message" });
  // "ja" right after is a nod to it, heard as one (small-talk.ts; it met "förstår inte allt").
  await s.remember({ talkedOf: { topic: "passed-on", at: s.now.toISOString() } });
  // The numbers for what cannot wait only after a crisis, and not when given since the hand-back: "e det du
  // maja?", "e kim där imorgon" is no emergency.
  await sayWithReading(dc, "conversation.questionPassedOn", { light: !isAfterCrisis(s) || (await numbersSinceHandBack(s)) });
  return dc.cancelAllDialogs();
}

/**
 * "kan jag få samma person som förut" (back after STOPP and START, say): answered truthfully, Tillit cannot
 * promise who, the team decides, and the wish is put in front of the team as a request of its own in the
 * inbox (same-person, one the bot talks through: nothing is paused). The earlier coordinator is named only
 * when the person has talked with or met them (a tester's question went to a coordinator as if asked of her,
 * and the conversation waited; with nobody before, it got "förstår inte allt").
 */
export async function askForSamePerson(dc: DialogContext): Promise<DialogTurnResult> {
  const s = services(dc.context);
  const known = await s.lookups.personKnown();
  if (!s.conversation.waiting) s.effects.push({ kind: "request-human", reason: "same-person" });
  await sayWithReading(dc, known ? "conversation.samePersonNamed" : "conversation.samePerson", { light: true, vars: { name: known ?? "" } });
  return dc.cancelAllDialogs();
}

/** "påminn mig inte", "skicka på kvällen istället", "remind me later": the participant decides. */
export function reminderEffects(s: TurnServices, request: ReminderRequest): void {
  if (request === "off" || request === "on") s.effects.push({ kind: "set-reminders", on: request === "on" });
  // A pace asked for turns reminders on too: "en gång i veckan" after "påminn mig inte" means some, not none.
  else if (request === "weekly" || request === "as-planned") s.effects.push({ kind: "set-reminders", on: true }, { kind: "set-reminder-pace", pace: request });
  else if (request === "later") s.effects.push({ kind: "postpone-reminder" });
  else s.effects.push({ kind: "set-preferred-times", times: [request] }, { kind: "postpone-reminder" });
}

/** Whatever was going on stops (what was said is kept); the change is confirmed in one message (`key`, if said otherwise). */
export async function changeReminders(dc: DialogContext, request: ReminderRequest, key?: string): Promise<DialogTurnResult> {
  const s = services(dc.context);
  reminderEffects(s, request);
  await dc.context.sendActivity(message(s.t(key ?? (await reminderReplyKey(s, request)))));
  return dc.cancelAllDialogs();
}

/**
 * The confirmation of a wish about reminders: "later" that cannot be today says tomorrow; once a week asked for when it
 * is so already says that it is ("hur gör jag för att ni bara skriver en gång i veckan", tester22 full04).
 */
export async function reminderReplyKey(s: TurnServices, request: ReminderRequest): Promise<string> {
  if (request === "later" && (await s.lookups.reminderLater())?.sameDay === false) return "reminders.laterTomorrow";
  if (request === "weekly" && paceNow(s) === "weekly") return "reminders.weeklyAlready";
  return `reminders.${request}`;
}

/**
 * "jag vill inte att ni sparar mina svar", from someone who said yes (and not in the same breath as
 * something heavy, which the offer of a person answers first): whatever was going on stops and the
 * withdrawal is asked about once (withdraw-consent.dialog.ts).
 */
export function asksToStopKeeping(s: TurnServices, text: string): boolean {
  return s.participant.dataConsent === true && !s.concern && withdrawsStorageConsent(text);
}

export async function beginWithdrawal(dc: DialogContext): Promise<DialogTurnResult> {
  await dc.cancelAllDialogs();
  return dc.beginDialog(WITHDRAW_CONSENT_DIALOG);
}

/**
 * A wish about what to talk about, not how often ("kan du sluta fråga om skolan", "jag vill bara prata om annat
 * ibland"): acknowledged, and no menu of how often Tillit writes (a fifteen-year-old got it twice). School and
 * work are asked only in getting to know someone (mapping's "experience"), so that topic is kept as skipped
 * (mappedTopics: it is not begun again) and Tillit can say it will not ask; any other topic is theirs to
 * choose, said without a promise Tillit cannot keep (the check-in asks about sleep and food). Not when the
 * message is heavy itself or cannot wait.
 */
export async function answersTopicWish(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.concern || saysUrgent(text)) return false;
  const wish = wishAboutTopic(fold(text));
  if (!wish) return false;
  const mapped = wish === "school" || wish === "work";
  if (mapped && s.participant.dataConsent === true) s.effects.push({ kind: "record-mapping-answer", topic: "experience", question: wish, answer: null });
  await dc.context.sendActivity(message(s.t(`talk.topicWish.${wish}`)));
  return true;
}

/**
 * How often the check-in asks (texter18 #13): "kan du fråga hur jag mår typ varannan vecka istället" is a wish, which
 * goes to the coordinator who set the check-ins up, and is said to (it got the 1-10 scale at once); "varför du frågar
 * samma varje vecka" is answered (so the team knows how they are) with how to ask for it less often (it got "Maja får
 * se det här"). Not when the message is heavy itself.
 */
export async function answersCheckInPace(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.concern) return false;
  const about = aboutCheckInPace(fold(text));
  if (!about) return false;
  if (about === "wish") s.effects.push({ kind: "request-human", reason: "message" });
  await dc.context.sendActivity(message(s.t(about === "wish" ? "talk.checkInPaceWish" : "talk.checkInPaceWhy", { coordinator: coordinatorInSentence(s) })));
  return true;
}

/** How often Tillit writes of its own, as stored before this turn: no check-ins, at most once a week, or as planned. */
function paceNow(s: TurnServices): "off" | "weekly" | "asPlanned" {
  if (s.participant.remindersOff) return "off";
  return s.participant.reminderPace === "weekly" ? "weekly" : "asPlanned";
}

/** How long after a word about the pace "?" and "vad valde jag" are about it. */
const PACE_JUST_SAID_MS = 30 * 60_000;

/**
 * "vad valde jag förra gången", "hur ofta skriver ni nu", and "?" right after a word about the pace (tester22 full04:
 * each met "förstår inte"): what is stored, said plainly, with how to change it. Not when the message is heavy itself.
 */
export async function answersPaceAsked(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (s.concern) return false;
  const told = s.memory.paceToldAt;
  const justSaid = told !== undefined && s.now.getTime() - Date.parse(told) < PACE_JUST_SAID_MS;
  if (!asksPaceChosen(text, justSaid) && !(justSaid && asksWhatMeant(text))) return false;
  await s.remember({ paceToldAt: s.now.toISOString() });
  await dc.context.sendActivity(message(s.t(`talk.paceNow.${paceNow(s)}`)));
  return true;
}

/**
 * "nej jag menar sluta fråga saker, inte sluta helt" (tester22 full04: it met a worry line, elsewhere the menu of how
 * often or how to send STOPP): no more questions, the contact goes on. Reminders (Tillit's check-ins of its own) are
 * turned off, as "Bara när jag skriver" turns them off, and said so with the way back; the caller ends what was being
 * asked. A concern the screen read in it still goes to the team (the core flags it whatever the reply).
 */
export async function answersStopAsking(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (!stopsAskingOnly(fold(text)) || saysUrgent(text)) return false;
  s.effects.push({ kind: "set-reminders", on: false });
  await dc.context.sendActivity(message(s.t("talk.stopAskingOnly")));
  return true;
}
