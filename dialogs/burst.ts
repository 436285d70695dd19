// Young people text in bursts: "asså" / "jag" / "har" / "inte" / "sovit" / "på" / "typ" / "3" / "dygn" / "😵", a few
// seconds apart, one sentence. Each fragment once got a line of its own, two lines in turn, and "3" was read as a
// mood score and "dygn" as a sleep answer (texter18 #5). A burst is read as the sentence it is: a fragment that
// comes soon after the last, while nothing is asked of the person, is read together with the burst before it,
// as the safety screen reads it (bot/safety/screen-in-context.ts). What the burst says so far is answered when
// it says something; a fragment that only carries the sentence on ("jag", "på", "typ", "3") gets at most one
// line that Tillit is reading, once per burst, and otherwise waits for the rest. The first message of a
// burst is always answered, and so is every message that is understood, alone or with the burst; a burst that
// ends on a small word is answered as a whole when it pauses (a nudge due a little after it, cancelled by the
// next message: bot/nudges/schedule-nudges.ts BURST_PAUSE). The person is never without a reply to what they said.
import type { DialogContext } from "botbuilder-dialogs";
import type { StartableDialog } from "../bot/runtime/turn-types.js";
import { BURST } from "../bot/safety/screen-in-context.js";
import { TRAINED_SCREEN } from "../bot/safety/screen-with-model.js";
import { fold } from "./shared/fold.js";
import { closes } from "./shared/understand-free.js";
import { isFiller } from "./shared/waiting-words.js";
import { answersOnItsOwn } from "./shared/understand-answers.js";
import { message } from "./shared/prompts.js";
import { services, type BurstMemory, type TurnServices } from "./turn-services.js";

/** The next fragment comes this soon after the one before, or the burst is over. */
export const BURST_GAP_MS = 3 * 60_000;
/** At most this many messages are read together (the sentence, not the evening). */
const BURST_MESSAGES = 12;

/** A short fragment: three words at most, and no question. */
export function isFragment(text: string): boolean {
  return !text.includes("?") && text.trim().split(/\s+/).filter(Boolean).length <= 3;
}

// Words that carry a sentence on and say nothing alone: pronouns, little verbs, prepositions, fillers.
const CARRIES_ON = new Set(
  ("jag ja du han hon hen vi ni de dom man den det detta min mitt mina din ditt hans hennes " +
    "har hade ar e var va vara blir blev kan ska skulle vill kommer maste fick far gor gjorde mar " +
    "inte int ej aldrig bara ocksa typ liksom assa asa sa och o men eller att som nar om for till fran med pa i av at ut upp " +
    "en ett nagon nan nat lite mer mest ganska helt " +
    "i me you he she we they it my your the a an and but or to of in on at for with is was am are have has had not just like so um uh eh hmm " +
    // What a number counts, after it ("typ" / "3" / "dygn"): the sentence goes on, it says nothing new alone.
    "dygn dagar dar veckor timmar natter manader minuter days weeks hours nights months minutes").split(" "),
);

/**
 * A fragment that only carries the sentence on: every word a small word ("jag", "har inte", "på typ") or a number
 * ("3"). A face or anything else that says something is read, with the burst.
 */
export function carriesOn(text: string): boolean {
  const words = fold(text).split(" ").filter(Boolean);
  return words.length > 0 && words.every((w) => CARRIES_ON.has(w) || /^\d+$/.test(w));
}

/** The burst this message carries on, if it does: a fragment soon after the last message of one. */
function burstGoingOn(s: TurnServices, text: string): BurstMemory | undefined {
  const b = s.memory.burst;
  // A burst of fragments only: after a whole message, what follows is a message of its own.
  if (!b || !isFragment(text) || b.texts.length >= BURST_MESSAGES || !b.texts.every(isFragment)) return undefined;
  // "tack", "ok", "hejdå" are said to Tillit, not more of the sentence.
  if (/\p{L}/u.test(text) && (isFiller(text) || closes(text))) return undefined;
  // "badly" / "a bit" / "no" while a person is awaited: answers, each of its own, as to a check-in's questions; not a
  // sentence (read as one, the last two got nothing at all). "asså" / "jag" / "mår" / "typ" / "skit" still is one.
  if (b.whileWaiting && [...b.texts, text].every(answersOnItsOwn)) return undefined;
  return s.now.getTime() - Date.parse(b.at) < BURST_GAP_MS ? b : undefined;
}

const READ_AS_BURST = Symbol("tillit.readAsBurst");

/**
 * Read at the start of a turn with nothing asked of the person. A fragment that carries a burst on (one begun by a
 * fragment not understood, mayBeginBurst): a small word gets the burst's reading line once and otherwise waits
 * ("handled"); any other is read with the burst, its text the burst's from here on ("joined"). Anything else is
 * read alone ("new").
 */
export async function readBurst(dc: DialogContext, text: string): Promise<"handled" | "joined" | "new"> {
  const s = services(dc.context);
  const b = burstGoingOn(s, text);
  if (!b) return "new";
  const texts = [...b.texts, text];
  // What the screen raised in the burst is answered, whatever the last word was.
  if (carriesOn(text) && !s.concern) {
    await s.remember({ burst: { ...b, texts, at: s.now.toISOString() } });
    const lined = await sayReading(dc);
    // Should the burst end here, on a word that got no line of its own, it is answered when it pauses; not when the
    // whole was answered already and this word got the reading line (the pause would only say the answer again).
    if (!(b.answered && lined)) s.effects.push({ kind: "await-burst-pause" });
    return "handled";
  }
  await s.remember({ burst: { ...b, texts, at: s.now.toISOString(), answered: texts.length } });
  dc.context.activity.text = texts.join(" ");
  dc.context.turnState.set(READ_AS_BURST, true);
  return "joined";
}

/** The nudge's dialog that answers a burst that paused on a small word (bot/nudges/schedule-nudges.ts BURST_PAUSE). */
export const BURST_PAUSE_DIALOG = "burst-pause" satisfies StartableDialog;

/**
 * The burst paused on a word that carried it on and got no line (readBurst's "handled"): what it said as a whole
 * is read now, as one message, and answered. Undefined when there is nothing to read: no burst, or one answered
 * together already (then only a line that Tillit is still here is said).
 */
export async function readPausedBurst(dc: DialogContext): Promise<string | undefined> {
  const s = services(dc.context);
  const b = s.memory.burst;
  if (!b?.texts.length) return undefined;
  // Answered now: what comes after the pause is a message of its own.
  await s.remember({ burst: undefined });
  // Read together and answered already, only small words since: the answer is not said again, only that Tillit is here.
  if (b.answered) {
    await dc.context.sendActivity(message(s.t("conversation.burstPausedAnswered")));
    return undefined;
  }
  const text = b.texts.join(" ");
  dc.context.activity.text = text;
  dc.context.turnState.set(READ_AS_BURST, true);
  dc.context.turnState.set(PAUSED, true);
  return text;
}

const PAUSED = Symbol("tillit.burstPaused");

/** This turn answers a burst that paused (readPausedBurst), not a message just come. */
export function burstPaused(dc: DialogContext): boolean {
  return dc.context.turnState.get(PAUSED) === true;
}

/**
 * While a person is awaited (waiting.ts), a burst is read as one message too ("asså" / "jag" / "mår" / "typ" / "skit"
 * once got a receipt for every word). It begins with a fragment that got the wait's plain receipt
 * (mayBeginBurstWhileWaiting), and that receipt is the burst's: a small word that carries it on gets nothing more
 * ("handled"); any other fragment is read with the burst ("joined") and gets a reply only for what the whole says
 * that a receipt does not cover (waiting.ts). Anything else is read alone ("new").
 */
export async function readBurstWhileWaiting(dc: DialogContext, text: string): Promise<"handled" | "joined" | "new"> {
  const s = services(dc.context);
  // After a crisis nothing goes unanswered, each message its own reply (waiting.ts sayAfterCrisis).
  const b = s.flagged === "crisis" ? undefined : burstGoingOn(s, text);
  if (!b?.whileWaiting) return "new";
  const texts = [...b.texts, text];
  // A worry the screen read in the burst is answered once for the burst, not again for each word after it.
  const heard = b.concernHeard ?? [];
  // (What raised it, the burst or the trained screen, is no worry of its own.)
  const newWorry = s.concern?.reasons.filter((r) => r !== BURST && r !== TRAINED_SCREEN && !heard.includes(r)) ?? [];
  await s.remember({ burst: { ...b, texts, at: s.now.toISOString(), concernHeard: [...heard, ...newWorry] } });
  if (newWorry.length === 0 && (carriesOn(text) || s.concern)) return "handled";
  dc.context.activity.text = texts.join(" ");
  dc.context.turnState.set(READ_AS_BURST, true);
  return "joined";
}

const ALONE_QUIET = Symbol("tillit.burstAloneQuiet");

/**
 * The burst read as one says nothing its receipt does not cover: its last message is read alone after all ("nu"
 * at the end of one still asks when), and stays quiet where it too would get only the receipt (plainReceiptQuiet).
 */
export function readLastAlone(dc: DialogContext): void {
  const last = services(dc.context).memory.burst?.texts.at(-1);
  if (last !== undefined) dc.context.activity.text = last;
  dc.context.turnState.set(READ_AS_BURST, false);
  dc.context.turnState.set(ALONE_QUIET, true);
}

/** The burst's last message, read alone (readLastAlone), would get the plain receipt again: nothing is said. */
export function plainReceiptQuiet(dc: DialogContext): boolean {
  return dc.context.turnState.get(ALONE_QUIET) === true;
}

/** A fragment given the wait's plain receipt ("asså"): a burst may begin with it, that receipt its one. */
export async function mayBeginBurstWhileWaiting(dc: DialogContext, text: string): Promise<void> {
  const s = services(dc.context);
  if (isFragment(text) && !readAsBurst(dc) && !plainReceiptQuiet(dc) && s.flagged !== "crisis") await s.remember({ burst: { texts: [text], at: s.now.toISOString(), presence: true, whileWaiting: true } });
}

/**
 * A worry this turn answered in the dialog's own words, within a burst read while a person is awaited ("asså" / "jag" /
 * "har" / "inte" / "sovit" met with a word about the nights): when the screen reads the same worry in the burst a
 * message later ("på" / "typ" / "3" / "dygn", three days without sleep, a concern), it was answered already and is
 * not answered again (readBurstWhileWaiting).
 */
export async function heardInBurst(dc: DialogContext, worries: readonly string[]): Promise<void> {
  const s = services(dc.context);
  const b = s.memory.burst;
  if (!b?.whileWaiting || !readAsBurst(dc)) return;
  await s.remember({ burst: { ...b, concernHeard: [...new Set([...(b.concernHeard ?? []), ...worries])] } });
}

/**
 * This turn reads a burst together, and the burst before its last message already said what `says` reads ("asså jag
 * har inte sovit" before "på typ 3 dygn"): that was answered when it was said, and is not answered again for each word after it.
 */
export function saidEarlierInBurst(dc: DialogContext, says: (text: string) => boolean): boolean {
  const texts = services(dc.context).memory.burst?.texts ?? [];
  return readAsBurst(dc) && texts.length > 1 && says(texts.slice(0, -1).join(" "));
}

/** This turn's text is a burst read together. */
export function readAsBurst(dc: DialogContext): boolean {
  return dc.context.turnState.get(READ_AS_BURST) === true;
}

/**
 * A fragment not understood alone ("asså"), answered with the not-understood line: a burst may begin with it. Only
 * then: a "4" after "😐" or "ok" after a menu is read as itself, as always.
 */
export async function mayBeginBurst(dc: DialogContext, text: string): Promise<void> {
  const s = services(dc.context);
  if (isFragment(text)) await s.remember({ burst: { texts: [text], at: s.now.toISOString() } });
}

/**
 * Several messages sent together (stored before the first of them had its turn: SMS within seconds) are answered as
 * one reader would: a message whose answer would only greet or say that Tillit did not understand ("hej" with four
 * more lines on their way, "på ica" before "gick bra tror jag!!") sends nothing while later ones wait
 * (bot/core/process-turn.ts gives `laterStored`), and what comes next is read with it (takeHeld, heldBefore). Never when the
 * screen read something heavy, after a crisis, while a person is awaited or before onboarding: each of those is
 * answered as it comes. The last message has nothing after it, so it is always answered. True: held, nothing said.
 */
export async function holdForMore(dc: DialogContext, text: string): Promise<boolean> {
  const s = services(dc.context);
  if (!s.laterStored || s.concern || s.flagged === "crisis" || s.conversation.waiting || !s.participant.onboarded) return false;
  if (!(await s.laterStored())) return false;
  const b = s.memory.burst;
  // A greeting is held as nothing to read ("" ): the whole read later is what was told.
  const said = readAsBurst(dc) && b?.texts.length ? b.texts : [text];
  await s.remember({ burst: { texts: [...heldBefore(dc), ...said].filter(Boolean), at: s.now.toISOString(), held: true } });
  return true;
}

const HELD = Symbol("tillit.heldBefore");

/**
 * At the start of a message's turn with nothing asked: the messages held for it (holdForMore) are taken out of the
 * memory, for this turn only. The message itself is read alone first ("gick bra tror jag!!" is good news whatever
 * came before it); where it is not understood alone, the whole is read (free-message.ts acknowledge).
 */
export async function takeHeld(dc: DialogContext): Promise<void> {
  const s = services(dc.context);
  const b = s.memory.burst;
  if (!b?.held) return;
  await s.remember({ burst: undefined });
  if (s.now.getTime() - Date.parse(b.at) < BURST_GAP_MS) dc.context.turnState.set(HELD, b.texts);
}

/** What was held for this message (takeHeld), oldest first; none when nothing was. */
export function heldBefore(dc: DialogContext): string[] {
  return (dc.context.turnState.get(HELD) as string[] | undefined) ?? [];
}

/** "Jag läser, skriv klart i lugn och ro.", once in a burst; nothing after it while the burst goes on. */
export async function sayReading(dc: DialogContext): Promise<boolean> {
  const s = services(dc.context);
  const b = s.memory.burst;
  if (b?.presence) return false;
  if (b) await s.remember({ burst: { ...b, presence: true } });
  await dc.context.sendActivity(message(s.t("conversation.burstPresence")));
  return true;
}

/** Something is asked of the person now (a dialog's question): what they write next answers it, not the burst. */
export async function endBurst(s: TurnServices): Promise<void> {
  if (s.memory.burst) await s.remember({ burst: undefined });
}
