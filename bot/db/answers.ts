// What the participant answers in the dialogs: check-ins (with the small step and how it went),
// mapping answers and self-ratings. Written only with consent to data processing (the core's guard).
import type { Db } from "./client.js";
import { date, int, type SqlExecutor } from "./sql.js";

export async function insertCheckIn(
  tx: SqlExecutor,
  c: { participantId: number; mood: number | null; betterBecause: string | null; sleep: string | null; food: string | null; movement: string | null; smallStep: string | null; now: Date },
): Promise<void> {
  await tx.execute(
    `INSERT INTO "CheckIn" ("participantId", "mood", "betterBecause", "sleep", "food", "movement", "smallStep", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [c.participantId, c.mood, c.betterBecause, c.sleep, c.food, c.movement, c.smallStep, c.now],
  );
}

export async function setSmallStepFollowUp(tx: SqlExecutor, participantId: number, checkInId: number, outcome: string): Promise<void> {
  await tx.execute(`UPDATE "CheckIn" SET "smallStepFollowUp" = ? WHERE "id" = ? AND "participantId" = ?`, [outcome, checkInId, participantId]);
}

/** The participant's latest small step, with whether it was followed up and when it was set. */
export async function latestSmallStep(sql: SqlExecutor, participantId: number): Promise<{ checkInId: number; step: string; followedUp: boolean; at: Date } | undefined> {
  const [row] = await sql.query(
    `SELECT "id", "smallStep", "smallStepFollowUp", "createdAt" FROM "CheckIn" WHERE "participantId" = ? AND "smallStep" IS NOT NULL ORDER BY "id" DESC LIMIT 1`,
    [participantId],
  );
  return row ? { checkInId: int(row.id), step: String(row.smallStep), followedUp: row.smallStepFollowUp != null, at: date(row.createdAt) } : undefined;
}

/** Check-in moods since a time, newest first (a run of low ones raises concern). */
export async function recentMoods(sql: SqlExecutor, participantId: number, since: Date, limit: number): Promise<number[]> {
  const rows = await sql.query(
    `SELECT "mood" FROM "CheckIn" WHERE "participantId" = ? AND "mood" IS NOT NULL AND "createdAt" >= ? ORDER BY "createdAt" DESC, "id" DESC LIMIT ${Math.floor(limit)}`,
    [participantId, since],
  );
  return rows.map((r) => int(r.mood));
}

/** A skipped question is kept as skipped (answer null). */
export async function insertMappingAnswer(tx: SqlExecutor, a: { participantId: number; topic: string; question: string; answer: string | null; now: Date }): Promise<void> {
  await tx.execute(
    `INSERT INTO "MappingAnswer" ("participantId", "topic", "question", "answer", "skipped", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`,
    [a.participantId, a.topic, a.question, a.answer, a.answer === null, a.now],
  );
}

export async function mappedTopics(sql: SqlExecutor, participantId: number): Promise<string[]> {
  const rows = await sql.query(`SELECT DISTINCT "topic" FROM "MappingAnswer" WHERE "participantId" = ?`, [participantId]);
  return rows.map((r) => String(r.topic));
}

/** The mapping topics with at least one question answered, not skipped. */
export async function toldTopics(sql: SqlExecutor, participantId: number): Promise<string[]> {
  const rows = await sql.query(`SELECT DISTINCT "topic" FROM "MappingAnswer" WHERE "participantId" = ? AND "answer" IS NOT NULL`, [participantId]);
  return rows.map((r) => String(r.topic));
}

/** exit: the final rating asked at discharge, kind 'exit' (bot/db/exit-ratings.ts reads those). */
export async function insertSelfRating(tx: SqlExecutor, r: { participantId: number; batteryId: string; statement: string; score: number | null; exit?: boolean; now: Date }): Promise<void> {
  await tx.execute(`INSERT INTO "SelfRating" ("participantId", "batteryId", "statement", "score", "kind", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`, [r.participantId, r.batteryId, r.statement, r.score, r.exit ? "exit" : null, r.now]);
}

// The participant's answers over time, as the coordinator's profile view reads them (Prisma, off the message path).

/** Every mapping answer, oldest first (the latest per question wins). */
export function mappingAnswersOf(db: Db, participantId: number) {
  return db.mappingAnswer.findMany({ where: { participantId }, orderBy: { createdAt: "asc" } });
}

/** The latest 60 check-ins, newest first. */
export function latestCheckIns(db: Db, participantId: number) {
  return db.checkIn.findMany({ where: { participantId }, orderBy: { createdAt: "desc" }, take: 60 });
}

/** The first 600 self-ratings, oldest first (a chart's series). */
export function selfRatingsOf(db: Db, participantId: number) {
  return db.selfRating.findMany({ where: { participantId }, orderBy: { createdAt: "asc" }, take: 600 });
}
