// ParticipantStep: the participant's step (1-5) towards work or studies, each one kept as history
// (bot/plans/steps.ts says what a step means and who may set it).
import type { Db } from "./client.js";

export async function insertStep(db: Db, s: { participantId: number; step: number; note: string | null; setById: number | null; reachedAt: Date | null; now: Date }): Promise<void> {
  await db.participantStep.create({ data: { participantId: s.participantId, step: s.step, note: s.note, setById: s.setById, reachedAt: s.reachedAt, createdAt: s.now } });
}

/** The latest 50 steps set, newest first (the current step is the first). */
export function latestSteps(db: Db, participantId: number) {
  return db.participantStep.findMany({ where: { participantId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 50 });
}

/** Every step set, oldest first (the profile's chart). */
export function stepsOverTime(db: Db, participantId: number) {
  return db.participantStep.findMany({ where: { participantId }, orderBy: { createdAt: "asc" } });
}
