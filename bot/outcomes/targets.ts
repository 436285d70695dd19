// A team's outcome targets: the share of each enrolment cohort that should be at step N or higher M
// months after enrolment. The defaults are the Ljusnarsberg model's (75 % at step 1 or higher after 3
// months, 60 % at 2 after 6, 35 % at 3 after 9, 10 % at 5 after 12); each team's leads may set their own.
// The exit goals (80 % ready for work or studies, 80 % in good health) are Karlskoga's.
import { z } from "zod";

export const target = z.object({
  months: z.number().int().min(1).max(36),
  step: z.number().int().min(1).max(5),
  percent: z.number().min(0).max(100),
}).strict();
export type Target = z.infer<typeof target>;

export const DEFAULT_TARGETS: readonly Target[] = [
  { months: 3, step: 1, percent: 75 },
  { months: 6, step: 2, percent: 60 },
  { months: 9, step: 3, percent: 35 },
  { months: 12, step: 5, percent: 10 },
];

export const EXIT_GOAL_PERCENT = 80;

export const targetsList = z.array(target).min(1).max(8)
  .refine((list) => new Set(list.map((t) => `${t.months}:${t.step}`)).size === list.length, "each months and step once");

export const outcomeSettingsBody = z.object({
  targets: targetsList.nullable().optional(),
  guardianContactRequired: z.boolean().optional(),
}).strict();

/** The stored JSON, or null when it is missing or no longer valid (then the defaults apply). */
export function parseTargets(raw: string | null | undefined): Target[] | null {
  if (!raw) return null;
  try {
    const parsed = targetsList.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const sortTargets = (list: readonly Target[]) => [...list].sort((a, b) => a.months - b.months || a.step - b.step);
