// Young people text in bursts: one thought over several short messages ("har sparat mina piller" /
// "ikväll e det dags"), each harmless alone. A message is screened alone and, when the same person
// wrote just before, together with those messages. The burst counts only when it says more than its
// parts did: more than this message alone, and more than the earlier messages together — those were
// screened when they came, so a crisis already answered is not answered again for every "ok" after it.
// A screen cannot take back what an earlier message flagged; this only adds.
import { screenWithModel, type ScreenedMessage } from "./screen-with-model.js";
import { conceptsIn, type ScreenResult } from "./screen.js";

/**
 * The burst a message carries on: the messages just before it, each written at most BURST_GAP_MS before the next,
 * none more than BURST_WINDOW_MS before it, at most BURST_MESSAGES (the sentence, not the evening). A pause longer
 * than the gap starts a new burst, as dialogs/burst.ts reads one (there with a shorter gap: the screen errs on
 * reading more).
 */
export const BURST_WINDOW_MS = 15 * 60_000;
export const BURST_GAP_MS = 5 * 60_000;
export const BURST_MESSAGES = 8;

/** A message the same person wrote, and when. */
export interface Written {
  text: string;
  at: Date;
}

/** The texts of the burst a message written at `at` carries on, oldest first. `earlier`: the person's messages before it, oldest first. */
export function burstBefore(earlier: readonly Written[], at: Date): string[] {
  const burst: string[] = [];
  let next = at.getTime();
  for (let i = earlier.length - 1; i >= 0 && burst.length < BURST_MESSAGES; i--) {
    const written = earlier[i]!.at.getTime();
    if (next - written > BURST_GAP_MS || at.getTime() - written > BURST_WINDOW_MS) break;
    burst.unshift(earlier[i]!.text);
    next = written;
  }
  return burst;
}

/** The concern reason and crisis source a flag from a burst carries (the inbox and the audit log name it). */
export const BURST = "burst";

const rank = { none: 0, concern: 1, crisis: 2 } as const;

export interface ContextScreen extends ScreenedMessage {
  /** The level came from the burst, not from this message alone (the audit and the inbox say so). */
  fromBurst: boolean;
}

/** `earlier`: the burst this message carries on (burstBefore), oldest first (at most BURST_MESSAGES are read). */
export function screenInContext(text: string, earlier: readonly string[], screen: (text: string) => ScreenResult = screenWithModel): ContextScreen {
  return withBurst(text, screen(text), earlier, screen);
}

/**
 * The turn's entry: the earlier messages are read (a query) only when the message alone is not already
 * a crisis, which nothing read together could raise further.
 */
export async function screenMessage(text: string, readEarlier: () => Promise<readonly string[]>, screen: (text: string) => ScreenResult = screenWithModel): Promise<ContextScreen> {
  const alone = screen(text);
  return alone.level === "crisis" ? { ...alone, fromBurst: false } : withBurst(text, alone, await readEarlier(), screen);
}

/**
 * The least the trained screen must read in a message alone (its crisis or concern score) for the message to carry a
 * burst on. A young tester's check-in answers, seconds apart, were read together: "haha du e rolig för en robot"
 * (0.05 alone) after "om jag inte dör på vägen lol" and "jag e i princip ett lik i soffan 😂" became a crisis, and the
 * conversation was locked. A message that ends a real burst says something on its own ("ikväll" 0.27, "typ 40
 * alvedon nu"); one that says nothing adds nothing. Chosen on bursts-dev.jsonl (crisis 55 of 55 and concern 42 of 45
 * kept, with the carriers below) and the tester's fifteen conversations (burst flags 11 → 8); SAFETY.md, round 19.
 */
export const BURST_CARRIER_SCORE = 0.1;

/**
 * What carries a burst on whatever the trained screen reads in it alone: a plea not to tell ("men säg inget" after
 * "han e full nu o skriker", 0.08 alone), a time that is near ("ikväll", "nu") and a word that goes on from the message
 * before ("igår heller" after "har int sovit", "again last night") say nothing alone and everything after what came before.
 */
const BURST_CARRIERS = ["DONT_TELL", "TIME_SOON", "NEAR_END", "AGAIN_EVEN", "AGAIN_OFTEN"];

/** Whether a message says enough alone to carry a burst on: a flag of its own, a carrier, or the trained screen reads something. */
function carriesBurst(text: string, alone: ScreenedMessage): boolean {
  if (alone.level !== "none" || !alone.model) return true;
  if (Math.max(alone.model.crisis, alone.model.concern) >= BURST_CARRIER_SCORE) return true;
  const concepts = conceptsIn(text);
  return BURST_CARRIERS.some((c) => concepts.has(c));
}

/**
 * A greeting that opens a message ("hej igen, fick ett brev från csn", "hi again", "tjena!"): it says the person is
 * writing again, nothing about what they wrote before. Read with the burst, its "igen" was an "again" for what came
 * before: "blev sparkad från jobbet på max lol, de skar ner" (cut-backs) two minutes earlier, then "hej igen, fick ett
 * brev från csn", read together as self-harm done again (tester24 #4; the suicide line sent over a letter from CSN).
 */
const OPENING_GREETING = /^\s*(?:hej(?:san)?|hallå|halloj|tja(?:bba)?|tjena(?:re)?|tjo|hey|hi|hello|yo)(?:\s+(?:igen|again))?(?:\s*[,.!:]+\s*|\s+|$)/iu;

/** The message as it carries a burst on: the opening greeting set aside (the message alone is read whole). */
export function withoutOpeningGreeting(text: string): string {
  return text.replace(OPENING_GREETING, "");
}

function withBurst(whole: string, alone: ScreenedMessage, earlier: readonly string[], screen: (text: string) => ScreenResult): ContextScreen {
  const all = earlier.slice(-BURST_MESSAGES);
  const text = withoutOpeningGreeting(whole);
  if (alone.level === "crisis" || all.length === 0 || !/\p{L}/u.test(text) || !carriesBurst(text, text === whole ? alone : screen(text))) return { ...alone, fromBurst: false };
  // Every run of messages that ends with this one, the shortest first: the burst may start anywhere in what
  // came before. Answers to Tillit's own questions ("Sara", "3", "svenska") or a request for a person can come
  // first, and read with the burst they thin out what it says (the trained screen weighs each word of a longer
  // text less): "vill prata med en människa" / "har sparat alla mina" / "asså" / "typ" / "vet inte" / "ja" /
  // "ikväll" is a crisis from "har sparat" on, and only a concern read whole.
  let loudest: ContextScreen = { ...alone, fromBurst: false };
  // What the earlier messages already said, read once if needed: a run that only repeats it ("har tagit" /
  // "typ 20 alvedon", flagged, then "mår illa") raises nothing.
  let already: number | undefined;
  for (let length = 1; length <= all.length; length++) {
    const before = all.slice(-length);
    const together = screen([...before, text].join("\n"));
    if (rank[together.level] <= rank[loudest.level]) continue;
    if (rank[together.level] <= rank[screen(before.join("\n")).level]) continue;
    already ??= length === all.length ? 0 : rank[screen(all.join("\n")).level];
    if (rank[together.level] <= already) continue;
    loudest = { ...together, fromBurst: true };
    if (loudest.level === "crisis") break;
  }
  return loudest;
}

/** A whole burst as the turns read it, one message after another: the loudest result (the evaluation's view of a burst). */
export function screenBurst(messages: readonly string[], screen: (text: string) => ScreenResult = screenWithModel): ScreenResult {
  let loudest: ScreenResult = screenInContext(messages[0] ?? "", [], screen);
  for (let i = 1; i < messages.length; i++) {
    const r = screenInContext(messages[i]!, messages.slice(0, i), screen);
    if (rank[r.level] > rank[loudest.level]) loudest = r;
  }
  return loudest;
}
