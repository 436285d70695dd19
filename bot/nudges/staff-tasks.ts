// Tasks for a coordinator, when a message is not the right next step: "no answer to the outreach —
// call, send a letter or visit", "contact is quiet — reach out personally?". One open task of a kind
// per participant.
import { int, type SqlExecutor } from "../db/sql.js";

export type TaskKind = "outreach-no-answer" | "contact-quiet" | "sub-goal-stuck";

export async function openTask(tx: SqlExecutor, t: { participantId: number; teamId: number | null; kind: TaskKind }, now: Date): Promise<number | undefined> {
  const [open] = await tx.query(`SELECT "id" FROM "StaffTask" WHERE "participantId" = ? AND "kind" = ? AND "status" = 'open'`, [t.participantId, t.kind]);
  if (open) return undefined;
  const [row] = await tx.query(
    `INSERT INTO "StaffTask" ("teamId", "participantId", "kind", "status", "createdAt") VALUES (?, ?, ?, 'open', ?) RETURNING "id"`,
    [t.teamId, t.participantId, t.kind, now],
  );
  return int(row!.id);
}
