// A team's open tasks (a follow-up is due, a sub-goal is stuck …) and their completion; team-bound
// and audited. The rows are bot/db/staff-tasks.ts's.
import { markTaskDone, openTasksOf, taskTeam } from "../db/staff-tasks.js";
import { AccessDeniedError } from "./access.js";
import { auditStaff } from "./audit.js";
import { canSeeTeam, type StaffActor } from "./staff-actor.js";
import { type NudgeAdminDeps } from "./nudge-admin.js";

export async function openTasks(deps: NudgeAdminDeps, actor: StaffActor, teamId?: number) {
  if (teamId !== undefined && !canSeeTeam(actor, teamId)) throw new AccessDeniedError("team");
  const teams = teamId !== undefined ? [teamId] : actor.role === "admin" ? null : actor.teamIds;
  if (teams && !teams.length) return { tasks: [] };
  const rows = await openTasksOf(deps.sql, teams);
  await auditStaff(deps.db, deps.now(), actor, { action: "tasks.listed", subjectType: "team", subjectId: teamId ?? "visible-teams", details: { rows: rows.length } });
  return { tasks: rows.map((r) => ({ id: r.id, kind: r.kind, createdAt: r.createdAt.toISOString(), participantName: r.participantName, conversationId: r.conversationId })) };
}

export async function completeTask(deps: NudgeAdminDeps, actor: StaffActor, taskId: number) {
  const t = await taskTeam(deps.sql, taskId);
  const teamId = t?.teamId ?? null;
  if (!t || !canSeeTeam(actor, teamId)) throw new AccessDeniedError("task");
  await markTaskDone(deps.sql, taskId, actor.id, deps.now());
  await auditStaff(deps.db, deps.now(), actor, { action: "task.done", subjectType: "task", subjectId: taskId, teamId });
}
