// Whether the person is known to be under 18, for which help numbers come first: BRIS 116 111 for harm from
// others (bot/core/flag-crisis.ts, dialogs/wishes.ts, dialogs/concern-offer.dialog.ts). Known from the
// profile (a coordinator's birth year or age band) or, without one, from an age they told ("jag e 17 btw"
// during consent, "jag e 16"): a seventeen-year-old who had said so got BRIS last, or not at all. Unknown is
// not a minor: the numbers keep their order for everyone, with "Under 18? BRIS 116 111". Never from a name.
import type { SqlExecutor } from "../db/sql.js";
import { ageFacts, type AgeFacts } from "../db/participant-age.js";
// The core shares this reader with the dialogs, as it does the harm words (flag-crisis.ts).
import { ageTold } from "../../dialogs/shared/age-words.js";

const YEAR_MS = 365.25 * 24 * 3_600_000;

/** Under 18 as far as is known `now`: the profile first; without an age there, the age last told, grown by the time since. */
export function minorFrom(facts: AgeFacts, now: Date): boolean {
  if (facts.ageBand) return facts.ageBand === "u18";
  if (facts.birthYear !== null) {
    // Born that year: 17 or 18 when the difference is 18, so only 17 and below is known to be a minor.
    const reached = now.getUTCFullYear() - facts.birthYear;
    if (reached !== 18) return reached < 18;
  }
  for (const m of facts.written) {
    const age = ageTold(m.body);
    if (age !== undefined) return age + (now.getTime() - m.at.getTime()) / YEAR_MS < 18;
  }
  return false;
}

export async function knownMinor(sql: SqlExecutor, participantId: number, now: Date): Promise<boolean> {
  return minorFrom(await ageFacts(sql, participantId), now);
}
