// The action plan: as the participant's own turn reads and changes it (the active plan with its open
// sub-goals, the participant's progress marks), and as coordinators write and read its versions
// (the rules are bot/plans/).
import type { Db } from "./client.js";
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

/** The participant's active plan is closed (kept as history) before a new version is saved. */
export async function closeActivePlan(tx: SqlExecutor, participantId: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "ActionPlan" SET "status" = 'closed', "updatedAt" = ? WHERE "participantId" = ? AND "status" = 'active'`, [now, participantId]);
}

export async function insertActivePlan(
  tx: SqlExecutor,
  p: { participantId: number; mainActivity: string; weeklySchedule: string | null; nextFollowUpAt: Date | null; optionalItems: string[]; createdById: number | null; now: Date },
): Promise<number> {
  const [created] = await tx.query(
    `INSERT INTO "ActionPlan" ("participantId", "mainActivity", "weeklySchedule", "nextFollowUpAt", "optionalItems", "status", "createdById", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?) RETURNING "id"`,
    [p.participantId, p.mainActivity, p.weeklySchedule, p.nextFollowUpAt, p.optionalItems.length ? JSON.stringify(p.optionalItems) : null, p.createdById, p.now, p.now],
  );
  return int(created!.id);
}

export async function insertSubGoal(tx: SqlExecutor, g: { planId: number; text: string; position: number; owner: string; agency: string | null; status: string; now: Date }): Promise<void> {
  await tx.execute(
    `INSERT INTO "SubGoal" ("planId", "text", "position", "owner", "agency", "status", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [g.planId, g.text, g.position, g.owner, g.agency, g.status, g.now, g.now],
  );
}

// Each sub-goal with its latest progress mark, in the plan's order.
const withGoals = { subGoals: { orderBy: { position: "asc" }, include: { updates: { orderBy: { createdAt: "desc" }, take: 1 } } } } as const;

/** The participant's plan versions, newest first (at most 20), for the coordinator's view. */
export function planVersions(db: Db, participantId: number) {
  return db.actionPlan.findMany({ where: { participantId }, orderBy: { id: "desc" }, take: 20, include: withGoals });
}

/** The participant's active plan with its sub-goals, or null. */
export function activePlanWithGoals(db: Db, participantId: number) {
  return db.actionPlan.findFirst({ where: { participantId, status: "active" }, include: withGoals });
}
