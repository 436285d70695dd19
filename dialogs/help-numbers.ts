// Which 24/7 numbers a line of the dialogs gives, chosen in this one place: the copy key of a line that names
// numbers, or its variant for someone known to be under 18 (bot/core/known-age.ts) when what they face is harm
// from others or a row at home, which names BRIS 116 111 first (as the core's crisis reply does,
// bot/core/flag-crisis.ts). Lines kept for everyone else name Självmordslinjen 90101 and 112. A sixteen-year-old
// waiting after harm got BRIS in the crisis reply, then Självmordslinjen alone in the week's reminder and under
// "kan inte sova" (texter16 #17).
import { harmFromOthers } from "./shared/harm-words.js";
import { firstCrisisKey, numbersOfFirstReply } from "./shared/crisis-kind.js";
import type { CrisisCategory } from "../bot/safety/categories.js";
import type { TurnServices } from "./turn-services.js";
import { STAFF_RAISED_REASON } from "../bot/domain/vocabulary.js";

/** Lines that name the 24/7 numbers and have a variant for a known minor (`${key}Minor`, in both locales). */
const FOR_MINORS: ReadonlySet<string> = new Set([
  "concern.yesAfterHours",
  "concern.yesAfterHoursHome",
  "waiting.afterCrisis",
  "waiting.afterCrisisLater",
  "waiting.closingOff",
  "waiting.presenceNow",
  "waiting.scaredNumbers",
  "waiting.numbersReminder",
  "waiting.sleeplessNumbers",
  "waiting.urgent",
  "waiting.urgentHome",
  "waiting.urgentAsked",
]);

/**
 * Lines with a variant for a crisis of no known kind (`${key}AnyCrisis`, in both locales): 112, and BRIS for anyone under
 * 18, as the crisis reply for no kind says (dialogs/shared/crisis-kind.ts). A crisis a coordinator raised by marking a
 * missed one names no kind, and the week's reminder after it named Självmordslinjen (a reviewer).
 */
const FOR_ANY_CRISIS: ReadonlySet<string> = new Set(["waiting.numbersReminder", "waiting.urgent", "waiting.presenceNow"]);

/** Crises whose own line is Självmordslinjen: the plain lines fit them. */
const SUICIDE_LINE_KINDS: ReadonlySet<string> = new Set(["suicide", "self-harm", "overdose"]);

/**
 * Lines with a variant for each kind of harm from others (`${key}HarmClose`, …: crisis-kind.ts numbersOfFirstReply), in
 * both locales: after harm from others, the numbers the first crisis reply gave for its kind and their age. The word at a
 * hand-back after a partner's violence named Självmordslinjen and 112, not Kvinnofridslinjen (fix26c).
 */
const FOR_HARM_KINDS: ReadonlySet<string> = new Set(["waiting.numbersReminder"]);

/** Lines whose minor variant goes to anyone known to be under 18, whatever was told (food or money after hours: BRIS, not an adult's route). */
const FOR_EVERY_MINOR: ReadonlySet<string> = new Set(["concern.yesAfterHoursPractical"]);

/** How far back harm told counts when no wait for a person says since when. */
const HARM_LATELY_MS = 7 * 24 * 3_600_000;

/**
 * The copy key for the numbers of line `key`: its minor variant for someone known to be under 18 after harm from
 * others (the crisis flags since the wait began, or of the last week) or with a row at home told (`told`: the concern
 * reasons of what is answered, this message's unless said).
 */
export async function helpNumbersKey(s: TurnServices, key: string, told: readonly string[] = s.concern?.reasons ?? []): Promise<string> {
  if (FOR_EVERY_MINOR.has(key)) return (await s.lookups.knownMinor()) ? `${key}Minor` : key;
  if (FOR_ANY_CRISIS.has(key) && (await waitsOnCrisisOfNoKnownLine(s))) return (await s.lookups.knownMinor()) ? `${key}Minor` : `${key}AnyCrisis`;
  if (FOR_HARM_KINDS.has(key)) {
    const harm = await harmNumbers(s);
    if (harm !== undefined) return `${key}${harm}`;
  }
  if (!FOR_MINORS.has(key) || !(told.includes("home-conflict") || (await harmLately(s)))) return key;
  return (await s.lookups.knownMinor()) ? `${key}Minor` : key;
}

/** The line `key` with its numbers for who they are (helpNumbersKey), filled with `vars`. */
export async function helpNumbers(s: TurnServices, key: string, vars: Record<string, string> = {}): Promise<string> {
  return s.t(await helpNumbersKey(s, key), vars);
}

/**
 * The wait is for a crisis a coordinator raised (or it was, and was handed back in the last days), and nothing the screen read since the wait began names a crisis whose own
 * line is Självmordslinjen: the numbers are those for any crisis (or BRIS, to a known minor), not Självmordslinjen.
 */
async function waitsOnCrisisOfNoKnownLine(s: TurnServices): Promise<boolean> {
  const request = s.conversation.request;
  // Handed back since (the bot answers again), the crisis it was stays on the conversation for some days: its reason.
  const reason = request?.reason ?? (s.conversation.waiting ? null : await s.lookups.recentCrisis());
  if (reason !== `crisis:${STAFF_RAISED_REASON}`) return false;
  const flags = await s.lookups.crisisFlagsSince(request?.since ?? new Date(s.now.getTime() - HARM_LATELY_MS));
  return !flags.some((f) => f.categories.some((c) => SUICIDE_LINE_KINDS.has(c)));
}

/**
 * After harm from others (the crisis flags since the wait began, or of the last week), the numbers the first crisis reply
 * gave them: its key, as the core chose it (firstCrisisKey), for what those messages told read together and the age known
 * now. Undefined when no harm from others was flagged.
 */
async function harmNumbers(s: TurnServices): Promise<ReturnType<typeof numbersOfFirstReply> | undefined> {
  const flags = await s.lookups.crisisFlagsSince(s.conversation.request?.since ?? new Date(s.now.getTime() - HARM_LATELY_MS));
  if (!flags.some((f) => harmFromOthers(f.categories))) return undefined;
  const categories = [...new Set(flags.flatMap((f) => f.categories))] as CrisisCategory[];
  const text = flags.map((f) => f.body ?? "").join(" ");
  const minor = await s.lookups.knownMinor();
  return numbersOfFirstReply(firstCrisisKey(categories, text, minor, !minor && (await s.lookups.knownAdult())));
}

async function harmLately(s: TurnServices): Promise<boolean> {
  const since = s.conversation.request?.since ?? new Date(s.now.getTime() - HARM_LATELY_MS);
  return (await s.lookups.crisisFlagsSince(since)).some((f) => harmFromOthers(f.categories));
}
