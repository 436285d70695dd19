// Whether the person is known to be under 18, for which help numbers come first: BRIS 116 111 for harm from
// others (bot/core/flag-crisis.ts, dialogs/wishes.ts, dialogs/concern-offer.dialog.ts). Known from the
// profile (a coordinator's birth year or age band) or, without one, from an age they told ("jag e 17 btw"
// during consent, "jag e 16"): a seventeen-year-old who had said so got BRIS last, or not at all. Unknown is
// not a minor: the numbers keep their order for everyone, with "Under 18? BRIS 116 111". Never from a name.
import type { SqlExecutor } from "../db/sql.js";
import { ageFacts, type AgeFacts } from "../db/participant-age.js";
// The core shares this reader with the dialogs, as it does the harm words (flag-crisis.ts).
import { adultAgeWith, ageTold } from "../../dialogs/shared/age-words.js";

const YEAR_MS = 365.25 * 24 * 3_600_000;

/**
 * Under 18, 18 or over, or not known `now`: the profile first (an age band other than "unknown", else a birth year
 * that decides), then the age last told, grown by the time since. One reading for both questions, so the minor's
 * numbers and the adult's trust answers never disagree about the same person.
 */
export function ageFrom(facts: AgeFacts, now: Date): "minor" | "adult" | undefined {
  if (facts.ageBand && facts.ageBand !== "unknown") return facts.ageBand === "u18" ? "minor" : "adult";
  if (facts.birthYear !== null) {
    // Born that year: 17 or 18 when the difference is 18, so only 17 and below, or 19 and above, is known.
    const reached = now.getUTCFullYear() - facts.birthYear;
    if (reached !== 18) return reached < 18 ? "minor" : "adult";
  }
  for (const m of facts.written) {
    const age = ageTold(m.body);
    if (age !== undefined) return age + (now.getTime() - m.at.getTime()) / YEAR_MS < 18 ? "minor" : "adult";
  }
  return undefined;
}

/** Known to be under 18 (unknown is not a minor: the numbers keep their order for everyone). */
export function minorFrom(facts: AgeFacts, now: Date): boolean {
  return ageFrom(facts, now) === "minor";
}

export async function knownMinor(sql: SqlExecutor, participantId: number, now: Date): Promise<boolean> {
  return minorFrom(await ageFacts(sql, participantId), now);
}

/**
 * Known to be 18 or over (texter17 #10): "fyllde 18 igår btw", then "kan soc fortfarande få veta saker?" got "är du
 * under 18 …" pasted in. Unknown is no adult: the trust answers keep the under-18 sentence for everyone else.
 */
export async function knownAdult(sql: SqlExecutor, participantId: number, now: Date): Promise<boolean> {
  return ageFrom(await ageFacts(sql, participantId), now) === "adult";
}

/** The crisis source (audit log, inbox) of a minor with an adult: the turn raised it, not the screen. */
export const MINOR_WITH_AN_ADULT = "minor-with-an-adult";

/**
 * Someone under 18 staying with, picked up by or seeing an adult ("har dragit hemifrån" / "e hos en kompis
 * kille, han e typ 25" from a sixteen-year-old at midnight) is what youth workers call a risk of sexual
 * exploitation, and a crisis: from a 22-year-old the same words are ordinary, so the text screen cannot
 * flag them and the turn does, with who writes. `earlier`: the burst before the message, where the
 * adult's age and where they are may come in different messages. Their age is read only when an adult's is told.
 */
export async function minorWithAnAdult(sql: SqlExecutor, participantId: number, earlier: readonly string[], text: string, now: Date): Promise<boolean> {
  // As the burst screen does: what the earlier messages already said was answered when they came ("ok" after it is not it again).
  if (adultAgeWith([...earlier, text].join("\n")) === undefined || (earlier.length > 0 && adultAgeWith(earlier.join("\n")) !== undefined)) return false;
  return knownMinor(sql, participantId, now);
}
