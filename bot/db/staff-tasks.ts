// StaffTask: something for a coordinator to do (bot/nudges/staff-tasks.ts decides when).
import { int, type SqlExecutor } from "./sql.js";

export async function openStaffTaskExists(tx: SqlExecutor, participantId: number, kind: string): Promise<boolean> {
  const [open] = await tx.query(`SELECT "id" FROM "StaffTask" WHERE "participantId" = ? AND "kind" = ? AND "status" = 'open'`, [participantId, kind]);
  return open !== undefined;
}

export async function insertStaffTask(tx: SqlExecutor, t: { participantId: number; teamId: number | null; kind: string }, now: Date): Promise<number> {
  const [row] = await tx.query(`INSERT INTO "StaffTask" ("teamId", "participantId", "kind", "status", "createdAt") VALUES (?, ?, ?, 'open', ?) RETURNING "id"`, [t.teamId, t.participantId, t.kind, now]);
  return int(row!.id);
}
