// The action plan as the participant's own turn reads and changes it (coordinators' writing of plans
// is bot/plans/): the active plan with its open sub-goals, and the participant's progress marks.
import { date, int, strOrNull, type SqlExecutor } from "./sql.js";

export interface ActivePlanRow {
  id: number;
  mainActivity: string;
  weeklySchedule: string | null;
  nextFollowUpAt: Date | null;
  optionalItems: string[];
  /** Open and stuck sub-goals, in the plan's order. */
  subGoals: { id: number; text: string; owner: string | null; agency: string | null }[];
}

export async function activePlan(sql: SqlExecutor, participantId: number): Promise<ActivePlanRow | undefined> {
  const [plan] = await sql.query(
    `SELECT "id", "mainActivity", "weeklySchedule", "nextFollowUpAt", "optionalItems" FROM "ActionPlan" WHERE "participantId" = ? AND "status" = 'active' ORDER BY "id" DESC LIMIT 1`,
    [participantId],
  );
  if (!plan) return undefined;
  const goals = await sql.query(`SELECT "id", "text", "owner", "agency" FROM "SubGoal" WHERE "planId" = ? AND "status" IN ('open', 'stuck') ORDER BY "position"`, [int(plan.id)]);
  return {
    id: int(plan.id),
    mainActivity: String(plan.mainActivity),
    weeklySchedule: strOrNull(plan.weeklySchedule),
    nextFollowUpAt: plan.nextFollowUpAt == null ? null : date(plan.nextFollowUpAt),
    optionalItems: plan.optionalItems ? (JSON.parse(String(plan.optionalItems)) as string[]) : [],
    subGoals: goals.map((g) => ({ id: int(g.id), text: String(g.text), owner: strOrNull(g.owner), agency: strOrNull(g.agency) })),
  };
}

/**
 * The participant's word on a sub-goal of their own plan (never anyone else's): recorded, and the
 * sub-goal's status follows it. False when the sub-goal is not theirs.
 */
export async function recordSubGoalProgress(tx: SqlExecutor, p: { participantId: number; subGoalId: number; progress: string; status: string; now: Date }): Promise<boolean> {
  const owned = `SELECT g."id" FROM "SubGoal" g JOIN "ActionPlan" a ON a."id" = g."planId" WHERE g."id" = ? AND a."participantId" = ?`;
  const inserted = await tx.execute(`INSERT INTO "SubGoalUpdate" ("subGoalId", "progress", "createdAt") SELECT "id", ?, ? FROM (${owned}) AS owned`, [p.progress, p.now, p.subGoalId, p.participantId]);
  if (inserted) await tx.execute(`UPDATE "SubGoal" SET "status" = ?, "updatedAt" = ? WHERE "id" = ?`, [p.status, p.now, p.subGoalId]);
  return inserted > 0;
}
