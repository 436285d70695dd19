// A sub-goal the young person marked stuck becomes a task in the inbox: a person should offer help,
// not the next automated question. One open task per participant (bot/nudges/staff-tasks.ts).
import { type SqlExecutor } from "./sql.js";
import { openTask } from "../nudges/staff-tasks.js";

export async function openStuckSubGoalTask(tx: SqlExecutor, participantId: number, now: Date): Promise<number | undefined> {
  const [p] = await tx.query(`SELECT "teamId" FROM "Participant" WHERE "id" = ?`, [participantId]);
  if (!p) return undefined;
  return openTask(tx, { participantId, teamId: p.teamId == null ? null : Number(p.teamId), kind: "sub-goal-stuck" }, now);
}
