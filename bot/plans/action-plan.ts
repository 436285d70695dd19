// The action plan from the staff inbox: written with the young person, in their own words, and
// changed as often as needed. Each save is a new version; earlier ones are kept as the plan's history.
// Authorised by team and audited (ids only); the writing itself is bot/plans/write-action-plan.ts.
import { z } from "zod";
import type { Db } from "../db/client.js";
import { planVersions } from "../db/plans.js";
import type { Sql } from "../db/sql.js";
import { saveActionPlan, subGoal } from "./write-action-plan.js";
import { authoriseConversation } from "../staff/access.js";
import type { StaffActor } from "../staff/staff-actor.js";
import { PlanError } from "./plan-error.js";

export interface PlanDeps {
  db: Db;
  sql: Sql;
  now: () => Date;
}

const words = z.string().trim().min(1).max(80);
export const planBody = z.object({
  mainActivity: words,
  weeklySchedule: words.optional(),
  subGoals: z.array(subGoal).max(5).default([]),
  optionalItems: z.array(z.string().trim().min(1).max(40)).max(5).default([]),
  nextFollowUpAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)).optional(),
}).strict();

/** Saves the plan as the participant's current one; the body is checked before anything is read or written. */
export async function savePlan(deps: PlanDeps, actor: StaffActor, conversationId: number, body: unknown) {
  const input = planBody.parse(body);
  const { participant } = await authoriseConversation(deps, actor, conversationId, "action-plan.saved");
  const now = deps.now();
  if (participant.status === "opted-out") throw new PlanError("opted-out");
  if (input.nextFollowUpAt && input.nextFollowUpAt.getTime() < now.getTime() - 60_000) throw new PlanError("in-the-past");
  const saved = await saveActionPlan(deps.sql, { ...input, participantId: participant.id, createdById: actor.id }, now);
  return { planId: saved.planId, followUpAt: saved.followUpAt?.toISOString() ?? null };
}

type PlanRow = Awaited<ReturnType<typeof planVersions>>[number];

export function planView(p: PlanRow) {
  return {
    id: p.id, status: p.status, mainActivity: p.mainActivity, weeklySchedule: p.weeklySchedule,
    optionalItems: p.optionalItems ? (JSON.parse(p.optionalItems) as string[]) : [],
    nextFollowUpAt: p.nextFollowUpAt?.toISOString() ?? null, createdAt: p.createdAt.toISOString(), createdById: p.createdById,
    subGoals: p.subGoals.map((g) => ({
      id: g.id, text: g.text, owner: g.owner ?? "participant", agency: g.agency, status: g.status,
      lastProgress: g.updates[0]?.progress ?? null, lastProgressAt: g.updates[0]?.createdAt.toISOString() ?? null,
    })),
  };
}

/** The current plan and the earlier versions, newest first. */
export async function planHistory(deps: PlanDeps, actor: StaffActor, conversationId: number) {
  const { participant } = await authoriseConversation(deps, actor, conversationId, "action-plan.viewed");
  const plans = (await planVersions(deps.db, participant.id)).map(planView);
  return { current: plans.find((p) => p.status === "active") ?? null, history: plans.filter((p) => p.status !== "active") };
}
