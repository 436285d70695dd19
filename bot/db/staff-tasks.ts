// StaffTask: something for a coordinator to do (bot/nudges/staff-tasks.ts decides when).
import { date, int, strOrNull, type SqlExecutor } from "./sql.js";

export async function openStaffTaskExists(tx: SqlExecutor, participantId: number, kind: string): Promise<boolean> {
  const [open] = await tx.query(`SELECT "id" FROM "StaffTask" WHERE "participantId" = ? AND "kind" = ? AND "status" = 'open'`, [participantId, kind]);
  return open !== undefined;
}

export async function insertStaffTask(tx: SqlExecutor, t: { participantId: number; teamId: number | null; kind: string }, now: Date): Promise<number> {
  const [row] = await tx.query(`INSERT INTO "StaffTask" ("teamId", "participantId", "kind", "status", "createdAt") VALUES (?, ?, ?, 'open', ?) RETURNING "id"`, [t.teamId, t.participantId, t.kind, now]);
  return int(row!.id);
}

export interface OpenTaskRow {
  id: number;
  kind: string;
  createdAt: Date;
  participantName: string | null;
  /** The participant's latest conversation, where the task is done. */
  conversationId: number | null;
}

/** Open tasks of these teams (every team for null), oldest first, at most 200. */
export async function openTasksOf(sql: SqlExecutor, teamIds: number[] | null): Promise<OpenTaskRow[]> {
  const rows = await sql.query(
    `SELECT t."id", t."kind", t."createdAt", t."participantId", p."preferredName",
            (SELECT MAX(c."id") FROM "Conversation" c WHERE c."participantId" = p."id") AS "conversationId"
       FROM "StaffTask" t JOIN "Participant" p ON p."id" = t."participantId"
      WHERE t."status" = 'open' ${teamIds ? `AND t."teamId" IN (${teamIds.map(() => "?").join(", ")})` : ""}
      ORDER BY t."createdAt" LIMIT 200`,
    teamIds ?? [],
  );
  return rows.map((r) => ({ id: int(r.id), kind: String(r.kind), createdAt: date(r.createdAt), participantName: strOrNull(r.preferredName), conversationId: r.conversationId == null ? null : int(r.conversationId) }));
}

/** The team of a task: undefined for an unknown task, null for a task without a team. */
export async function taskTeam(sql: SqlExecutor, taskId: number): Promise<{ teamId: number | null } | undefined> {
  const [t] = await sql.query(`SELECT "teamId" FROM "StaffTask" WHERE "id" = ?`, [taskId]);
  return t && { teamId: t.teamId == null ? null : int(t.teamId) };
}

/** Marks an open task done (a task already done keeps who did it first). */
export async function markTaskDone(sql: SqlExecutor, taskId: number, staffId: number, now: Date): Promise<void> {
  await sql.execute(`UPDATE "StaffTask" SET "status" = 'done', "doneAt" = ?, "doneById" = ? WHERE "id" = ? AND "status" = 'open'`, [now, staffId, taskId]);
}
