// Coordinators write the action plan and set the participant's step; the participant talks the plan
// through in chat (dialogs/action-plan.dialog.ts). Inputs are validated here, at the boundary.
import { z } from "zod";
import type { Db } from "./db/client.js";

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

/** Saves a new active plan; the previous one is closed and kept. */
export async function saveActionPlan(db: Db, input: ActionPlanInput): Promise<{ planId: number }> {
  const plan = actionPlanInput.parse(input);
  return db.$transaction(async (tx) => {
    await tx.actionPlan.updateMany({ where: { participantId: plan.participantId, status: "active" }, data: { status: "closed" } });
    const created = await tx.actionPlan.create({
      data: {
        participantId: plan.participantId,
        mainActivity: plan.mainActivity,
        weeklySchedule: plan.weeklySchedule ?? null,
        nextFollowUpAt: plan.nextFollowUpAt ?? null,
        createdById: plan.createdById ?? null,
        subGoals: { create: plan.subGoals.map((text, position) => ({ text, position })) },
      },
    });
    return { planId: created.id };
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
