// Coordinators write the action plan and set the participant's step; the participant talks the plan
// through in chat (dialogs/action-plan.dialog.ts). Inputs are validated here, at the boundary.
import { z } from "zod";
import type { Db } from "./db/client.js";
import { int, type Sql } from "./db/sql.js";
import { startSchedule } from "./nudges/schedule-nudges.js";

// Short enough that the plan summary and each "how did it go with …?" fit in two SMS segments.
const shortText = z.string().trim().min(1).max(80);

export const actionPlanInput = z.object({
  participantId: z.number().int().positive(),
  mainActivity: shortText,
  weeklySchedule: shortText.optional(),
  nextFollowUpAt: z.date().optional(),
  subGoals: z.array(shortText).max(5).default([]),
  createdById: z.number().int().positive().optional(),
});
export type ActionPlanInput = z.input<typeof actionPlanInput>;

/**
 * Saves a new active plan (the previous one is closed and kept) and starts its follow-up cadence:
 * a first follow-up after two weeks, then every four to six weeks (the team's template if it has one).
 */
export async function saveActionPlan(sql: Sql, input: ActionPlanInput, now = new Date()): Promise<{ planId: number; scheduleId: number }> {
  const plan = actionPlanInput.parse(input);
  return sql.transaction(async (tx) => {
    await tx.execute(`UPDATE "ActionPlan" SET "status" = 'closed', "updatedAt" = ? WHERE "participantId" = ? AND "status" = 'active'`, [now, plan.participantId]);
    const [created] = await tx.query(
      `INSERT INTO "ActionPlan" ("participantId", "mainActivity", "weeklySchedule", "nextFollowUpAt", "status", "createdById", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, 'active', ?, ?, ?) RETURNING "id"`,
      [plan.participantId, plan.mainActivity, plan.weeklySchedule ?? null, plan.nextFollowUpAt ?? null, plan.createdById ?? null, now, now],
    );
    const planId = int(created!.id);
    for (const [position, text] of plan.subGoals.entries()) {
      await tx.execute(`INSERT INTO "SubGoal" ("planId", "text", "position", "status", "createdAt", "updatedAt") VALUES (?, ?, ?, 'open', ?, ?)`, [planId, text, position, now, now]);
    }
    const { scheduleId } = await startSchedule(tx, { participantId: plan.participantId, kind: "cadence", cadenceKey: "action-plan", createdById: plan.createdById ?? null }, now);
    return { planId, scheduleId };
  });
}

export const stepInput = z.object({
  participantId: z.number().int().positive(),
  step: z.number().int().min(1).max(5),
  note: z.string().trim().max(500).optional(),
  setById: z.number().int().positive().optional(),
});

/** Records the participant's step (1–5); earlier steps stay as history. */
export async function setParticipantStep(db: Db, input: z.input<typeof stepInput>): Promise<void> {
  const s = stepInput.parse(input);
  await db.participantStep.create({ data: { participantId: s.participantId, step: s.step, note: s.note ?? null, setById: s.setById ?? null } });
}
