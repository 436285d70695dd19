
import { date, int } from "../db/sql.js";
import { AccessDeniedError } from "./access.js";
import { auditStaff } from "./audit.js";
import { canSeeTeam, type StaffActor } from "./staff-actor.js";
import { type NudgeAdminDeps } from "./nudge-admin.js";

export async function openTasks(deps: NudgeAdminDeps, actor: StaffActor, teamId?: number) {
  if (teamId !== undefined && !canSeeTeam(actor, teamId)) throw new AccessDeniedError("team");
  const teams = teamId !== undefined ? [teamId] : actor.role === "admin" ? null : actor.teamIds;
  if (teams && !teams.length) return { tasks: [] };
  const rows = await deps.sql.query(
    `SELECT t."id", t."kind", t."createdAt", t."participantId", p."preferredName",
            (SELECT MAX(c."id") FROM "Conversation" c WHERE c."participantId" = p."id") AS "conversationId"
       FROM "StaffTask" t JOIN "Participant" p ON p."id" = t."participantId"
      WHERE t."status" = 'open' ${teams ? `AND t."teamId" IN (${teams.map(() => "?").join(", ")})` : ""}
      ORDER BY t."createdAt" LIMIT 200`,
    teams ?? [],
  );
  await auditStaff(deps.db, deps.now(), actor, { action: "tasks.listed", subjectType: "team", subjectId: teamId ?? "visible-teams", details: { rows: rows.length } });
  return { tasks: rows.map((r) => ({ id: int(r.id), kind: r.kind, createdAt: date(r.createdAt).toISOString(), participantName: r.preferredName ?? null, conversationId: r.conversationId == null ? null : int(r.conversationId) })) };
}

export async function completeTask(deps: NudgeAdminDeps, actor: StaffActor, taskId: number) {
  const [t] = await deps.sql.query(`SELECT "teamId" FROM "StaffTask" WHERE "id" = ?`, [taskId]);
  const teamId = t?.teamId == null ? null : int(t.teamId);
  if (!t || !canSeeTeam(actor, teamId)) throw new AccessDeniedError("task");
  await deps.sql.execute(`UPDATE "StaffTask" SET "status" = 'done', "doneAt" = ?, "doneById" = ? WHERE "id" = ? AND "status" = 'open'`, [deps.now(), actor.id, taskId]);
  await auditStaff(deps.db, deps.now(), actor, { action: "task.done", subjectType: "task", subjectId: taskId, teamId });
}
