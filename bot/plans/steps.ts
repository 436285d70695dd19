// Steps 1-5 towards work or studies (the method in docs: steps counted for funders and for the young
// person's own progress). Each team says what a step means for them; a coordinator sets the step with
// the day it was reached and a short reason, and every earlier step stays as history.
import { DateTime } from "luxon";
import { z } from "zod";
import { latestSteps } from "../db/participant-steps.js";
import { staffNames } from "../db/participant-record.js";
import { saveTeamStepCriteria, teamStepCriteria } from "../db/teams.js";
import { setParticipantStep } from "./write-action-plan.js";
import { AccessDeniedError, authoriseConversation } from "../staff/access.js";
import { auditStaff } from "../staff/audit.js";
import { canSeeTeam, type StaffActor } from "../staff/staff-actor.js";
import type { PlanDeps } from "./action-plan.js";
import { PlanError } from "./plan-error.js";

const ZONE = "Europe/Stockholm";

/** The method's defaults, used until a team writes its own. */
export const DEFAULT_STEP_CRITERIA = [
  "Första kontakt och tillit",
  "Kartläggning och plan",
  "Aktivitet i egen takt",
  "Praktik, prao eller studier på prov",
  "Arbete eller studier",
] as const;

const criterion = z.string().trim().min(1).max(200);
export const criteriaBody = z.object({ criteria: z.tuple([criterion, criterion, criterion, criterion, criterion]).nullable() }).strict();

export const stepBody = z.object({
  step: z.number().int().min(1).max(5),
  // The day it was reached, in the team's calendar (Stockholm); may be before today, never after.
  reachedOn: z.iso.date(),
  reason: z.string().trim().min(1).max(200),
}).strict();

function parseCriteria(raw: string | null | undefined): string[] | null {
  if (!raw) return null;
  const parsed = criteriaBody.shape.criteria.safeParse(JSON.parse(raw));
  return parsed.success && parsed.data ? parsed.data : null;
}

async function teamCriteria(deps: PlanDeps, teamId: number | null) {
  const team = teamId === null ? null : await teamStepCriteria(deps.sql, teamId);
  const own = parseCriteria(team?.stepCriteria);
  return { criteria: own ?? [...DEFAULT_STEP_CRITERIA], custom: Boolean(own) };
}

async function requireTeam(deps: PlanDeps, actor: StaffActor, teamId: number): Promise<void> {
  if (!canSeeTeam(actor, teamId) || !(await teamStepCriteria(deps.sql, teamId))) throw new AccessDeniedError("team");
}

export async function stepCriteria(deps: PlanDeps, actor: StaffActor, teamId: number) {
  await requireTeam(deps, actor, teamId);
  return teamCriteria(deps, teamId);
}

/** A team lead (or an admin) writes what each step means on the team; null goes back to the defaults. */
export async function saveStepCriteria(deps: PlanDeps, actor: StaffActor, teamId: number, body: unknown) {
  const { criteria } = criteriaBody.parse(body);
  await requireTeam(deps, actor, teamId);
  if (actor.role === "coordinator") throw new PlanError("not-allowed");
  await saveTeamStepCriteria(deps.sql, teamId, criteria === null ? null : JSON.stringify(criteria));
  await auditStaff(deps.db, deps.now(), actor, { action: "team.step-criteria-changed", subjectType: "team", subjectId: teamId, teamId, details: { custom: criteria !== null } });
  return teamCriteria(deps, teamId);
}

export async function setStep(deps: PlanDeps, actor: StaffActor, conversationId: number, body: unknown) {
  const input = stepBody.parse(body);
  const reached = DateTime.fromISO(input.reachedOn, { zone: ZONE }).startOf("day");
  const { participant } = await authoriseConversation(deps, actor, conversationId, "participant.step-set");
  if (reached > DateTime.fromJSDate(deps.now(), { zone: ZONE }).startOf("day")) throw new PlanError("in-the-future");
  await setParticipantStep(deps.db, { participantId: participant.id, step: input.step, note: input.reason, setById: actor.id, reachedAt: reached.toJSDate() }, deps.now());
  return steps(deps, participant.id, participant.teamId);
}

async function steps(deps: PlanDeps, participantId: number, teamId: number | null) {
  const [rows, team] = await Promise.all([
    latestSteps(deps.db, participantId),
    teamCriteria(deps, teamId),
  ]);
  const setters = await staffNames(deps.db, rows.flatMap((r) => (r.setById ? [r.setById] : [])));
  const history = rows.map((r) => ({
    step: r.step, reason: r.note, reachedOn: r.reachedAt ? DateTime.fromJSDate(r.reachedAt, { zone: ZONE }).toISODate() : null,
    setAt: r.createdAt.toISOString(), setBy: setters.find((s) => s.id === r.setById)?.displayName ?? null,
  }));
  return { current: history[0] ?? null, history, ...team };
}

/** The participant's step now, its history (newest first) and what each step means on their team. */
export async function stepHistory(deps: PlanDeps, actor: StaffActor, conversationId: number) {
  const { participant } = await authoriseConversation(deps, actor, conversationId, "participant.steps-viewed");
  return steps(deps, participant.id, participant.teamId);
}
