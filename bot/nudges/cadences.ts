// Follow-up cadences started by an event: after an action plan starts (a first follow-up after two
// weeks, then the self-rating battery every four to six weeks) and after discharge (a monthly check-in
// for six months). A team can replace a template with its own; these are the defaults.
import { z } from "zod";
import type { SqlExecutor } from "../db/sql.js";
import { teamCadenceSteps } from "../db/cadence-templates.js";

export const cadenceKeys = ["action-plan", "discharge"] as const;
export type CadenceKey = (typeof cadenceKeys)[number];

export const cadenceSteps = z
  .array(
    z.object({
      afterDays: z.number().int().min(1).max(365),
      // With maxDays the interval varies per participant within [afterDays, maxDays], so a team's
      // whole list is not nudged on the same day.
      maxDays: z.number().int().min(1).max(365).optional(),
      dialog: z.enum(["check-in", "self-rating", "action-plan", "mapping"]),
      // How many times this step repeats; null = until the cadence is stopped.
      times: z.number().int().min(1).max(52).nullable().default(1),
    }),
  )
  .min(1)
  .max(12);
export type CadenceSteps = z.infer<typeof cadenceSteps>;

export const builtInCadences: Record<CadenceKey, CadenceSteps> = {
  "action-plan": [
    { afterDays: 14, dialog: "action-plan", times: 1 },
    { afterDays: 28, maxDays: 42, dialog: "self-rating", times: null },
  ],
  discharge: [{ afterDays: 30, dialog: "check-in", times: 6 }],
};

export async function cadenceFor(tx: SqlExecutor, teamId: number | null, key: CadenceKey): Promise<CadenceSteps> {
  if (teamId !== null) {
    const own = await teamCadenceSteps(tx, teamId, key);
    // Validated when saved; a row that no longer parses falls back to the built-in template.
    const parsed = own !== undefined ? cadenceSteps.safeParse(JSON.parse(own)) : undefined;
    if (parsed?.success) return parsed.data;
  }
  return builtInCadences[key];
}

/** Days until the step's next occurrence for this participant (stable per participant). */
export function stepDays(step: CadenceSteps[number], participantId: number): number {
  if (!step.maxDays || step.maxDays <= step.afterDays) return step.afterDays;
  return step.afterDays + (participantId * 7919) % (step.maxDays - step.afterDays + 1);
}
