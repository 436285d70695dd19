// Concern read from check-ins rather than words: a very low day together with no sleep or no food,
// and a run of low days. Pure rules with their thresholds in one place; the check-in dialog asks.
import type { CheckInConcern } from "./categories.js";

/** A mood this low (1–10) with bad sleep or no food is a concern on its own. */
export const VERY_LOW_MOOD = 2;
/** Moods at or below this, LOW_RUN times in a row within the window, are a concern. */
export const LOW_MOOD = 4;
export const LOW_RUN = 3;
export const LOW_RUN_WINDOW_MS = 30 * 24 * 3_600_000;

export interface CheckInSoFar {
  /** Undefined until answered; null when skipped. */
  mood?: number | null;
  /** goodOkBad: good | ok | bad */
  sleep?: string | null;
  /** yesLittleNo: yes | little | no */
  food?: string | null;
}

/** The concern in a check-in so far, given the moods of earlier check-ins (newest first), or undefined. */
export function checkInConcern(now: CheckInSoFar, earlierMoods: number[] = []): CheckInConcern | undefined {
  if (now.mood === null || now.mood === undefined) return undefined;
  if (now.mood <= VERY_LOW_MOOD && (now.sleep === "bad" || now.food === "no")) return "low-check-in";
  const run = [now.mood, ...earlierMoods.slice(0, LOW_RUN - 1)];
  if (run.length === LOW_RUN && run.every((m) => m <= LOW_MOOD)) return "low-check-ins";
  return undefined;
}
