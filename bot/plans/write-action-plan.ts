// Coordinators write the action plan and set the participant's step; the participant talks the plan
// through in chat (dialogs/action-plan.dialog.ts). Inputs are validated here, at the boundary.
import { z } from "zod";
import type { Db } from "../db/client.js";
import { moveScheduledNudge, nudgeDueAt } from "../db/nudges.js";
import { insertStep } from "../db/participant-steps.js";
import { closeActivePlan, insertActivePlan, insertSubGoal } from "../db/plans.js";
import type { Sql } from "../db/sql.js";
import { allowedTime, startSchedule, timingFor } from "../nudges/schedule-nudges.js";

// Short enough that the plan summary and each "how did it go with …?" fit in two SMS segments.
const shortText = z.string().trim().min(1).max(80);

export const subGoalOwners = ["participant", "coordinator", "agency"] as const;
export type SubGoalOwner = (typeof subGoalOwners)[number];
export const subGoalStatuses = ["open", "done", "stuck"] as const;

/** A sub-goal: what is done, by whom (the young person, the coordinator or another agency, named). */
export const subGoalDetails = z.object({
  text: shortText,
  owner: z.enum(subGoalOwners).default("participant"),
  agency: z.string().trim().min(1).max(40).optional(),
  // Kept when a plan is edited: a sub-goal already done stays done in the new version.
  status: z.enum(subGoalStatuses).default("open"),
}).strict()
  .refine((g) => g.owner !== "agency" || Boolean(g.agency), { message: "name the agency", path: ["agency"] })
  .transform((g) => ({ ...g, agency: g.owner === "agency" ? g.agency : undefined }));
/** A sub-goal as its text alone (the young person does it) or with its details. */
export const subGoal = z.preprocess((v) => (typeof v === "string" ? { text: v } : v), subGoalDetails);

export const actionPlanInput = z.object({
  participantId: z.number().int().positive(),
  mainActivity: shortText,
  weeklySchedule: shortText.optional(),
  nextFollowUpAt: z.date().optional(),
  subGoals: z.array(subGoal).max(5).default([]),
  // Exercise, a psychologist contact, a CV: things on the plan without being goals.
  optionalItems: z.array(z.string().trim().min(1).max(40)).max(5).default([]),
  createdById: z.number().int().positive().optional(),
});
export type ActionPlanInput = z.input<typeof actionPlanInput>;

/**
 * Saves a new active plan (the previous one is closed and kept as history) and starts its follow-up
 * cadence: by default a first follow-up after two weeks, then every four to six weeks (the team's
 * template if it has one). A chosen next follow-up date moves the first follow-up there.
 */
export async function saveActionPlan(sql: Sql, input: ActionPlanInput, now = new Date()): Promise<{ planId: number; scheduleId: number; followUpAt: Date | null }> {
  const plan = actionPlanInput.parse(input);
  return sql.transaction(async (tx) => {
    await closeActivePlan(tx, plan.participantId, now);
    const planId = await insertActivePlan(tx, {
      participantId: plan.participantId, mainActivity: plan.mainActivity, weeklySchedule: plan.weeklySchedule ?? null, nextFollowUpAt: plan.nextFollowUpAt ?? null,
      optionalItems: plan.optionalItems, createdById: plan.createdById ?? null, now,
    });
    for (const [position, g] of plan.subGoals.entries()) {
      await insertSubGoal(tx, { planId, text: g.text, position, owner: g.owner, agency: g.agency ?? null, status: g.status, now });
    }
    const { scheduleId, nudgeId } = await startSchedule(tx, { participantId: plan.participantId, kind: "cadence", cadenceKey: "action-plan", createdById: plan.createdById ?? null }, now);
    let followUpAt: Date | null = null;
    if (nudgeId !== undefined) {
      if (plan.nextFollowUpAt) {
        // The agreed date drives the first follow-up (moved out of quiet hours like every nudge).
        followUpAt = allowedTime(plan.nextFollowUpAt < now ? now : plan.nextFollowUpAt, await timingFor(tx, plan.participantId));
        // Just made by startSchedule, so still only scheduled.
        await moveScheduledNudge(tx, nudgeId, followUpAt);
      } else {
        followUpAt = (await nudgeDueAt(tx, nudgeId)) ?? null;
      }
    }
    return { planId, scheduleId, followUpAt };
  });
}

export const stepInput = z.object({
  participantId: z.number().int().positive(),
  step: z.number().int().min(1).max(5),
  note: z.string().trim().max(500).optional(),
  setById: z.number().int().positive().optional(),
  reachedAt: z.date().optional(),
});

/** Records the participant's step (1–5); earlier steps stay as history. */
export async function setParticipantStep(db: Db, input: z.input<typeof stepInput>, now = new Date()): Promise<void> {
  const s = stepInput.parse(input);
  await insertStep(db, { participantId: s.participantId, step: s.step, note: s.note ?? null, setById: s.setById ?? null, reachedAt: s.reachedAt ?? null, now });
}
