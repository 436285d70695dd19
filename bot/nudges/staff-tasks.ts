// Tasks for a coordinator, when a message is not the right next step: "no answer to the outreach —
// call, send a letter or visit", "contact is quiet — reach out personally?". One open task of a kind
// per participant.
import type { SqlExecutor } from "../db/sql.js";
import { insertStaffTask, openStaffTaskExists } from "../db/staff-tasks.js";

export type TaskKind = "outreach-no-answer" | "contact-quiet" | "sub-goal-stuck";

export async function openTask(tx: SqlExecutor, t: { participantId: number; teamId: number | null; kind: TaskKind }, now: Date): Promise<number | undefined> {
  if (await openStaffTaskExists(tx, t.participantId, t.kind)) return undefined;
  return insertStaffTask(tx, t, now);
}
