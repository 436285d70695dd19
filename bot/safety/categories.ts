// The safety screen's vocabulary: two levels and their categories, as the corpus, the inbox, the
// language model's schema and the CLI all use them.
export const crisisCategories = [
  "suicide", "self-harm", "overdose", "violence", "sexual-abuse", "abuse-at-home", "crime-coercion", "child-alone", "acute-danger",
] as const;
export type CrisisCategory = (typeof crisisCategories)[number];

export const concernCategories = ["hopelessness", "exhaustion", "sleep", "food", "home-conflict", "loneliness", "housing", "money", "control"] as const;
export type ConcernCategory = (typeof concernCategories)[number];

/**
 * Concern that comes from check-ins rather than the screen: one very low check-in with no sleep or food, a
 * run of low ones, or a heavy answer in words to what makes the day not lower ("jobbigt med allt").
 */
export const checkInConcerns = ["low-check-in", "low-check-ins", "heavy-check-in"] as const;
export type CheckInConcern = (typeof checkInConcerns)[number];

export type ConcernReason = ConcernCategory | CheckInConcern;

export type SafetyLevel = "none" | "concern" | "crisis";

export function isCrisisCategory(v: string): v is CrisisCategory {
  return (crisisCategories as readonly string[]).includes(v);
}

export function isConcernCategory(v: string): v is ConcernCategory {
  return (concernCategories as readonly string[]).includes(v);
}
