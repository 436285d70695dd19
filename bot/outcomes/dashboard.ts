// The team lead's outcome dashboard and its CSV export. Team leads and admins see the whole team's
// figures; a coordinator on the team sees their own caseload's; anyone else gets "not found" (an
// unknown team and another team's look the same). Every look and every export is audited, ids only.
import type { Db } from "../db/client.js";
import type { Sql, SqlExecutor } from "../db/sql.js";
import { teamOutcomeRow, saveTeamOutcomeSettings } from "../db/teams.js";
import type { OutcomeScope } from "../db/outcome-sql.js";
import { AccessDeniedError } from "../staff/access.js";
import { auditStaff } from "../staff/audit.js";
import { canSeeTeam, type StaffActor } from "../staff/staff-actor.js";
import { computeFigures } from "./figures.js";
import { outcomeCsvText } from "./outcome-csv.js";
import { OutcomeError } from "./outcome-error.js";
import { parsePeriod } from "./period.js";
import { DEFAULT_TARGETS, EXIT_GOAL_PERCENT, outcomeSettingsBody, parseTargets, sortTargets } from "./targets.js";

export interface OutcomeDeps {
  db: Db;
  sql: Sql;
  now: () => Date;
  /** Where the figures are read (SQLite: reader connections in worker threads, bot/db/report-readers.ts); `sql` otherwise. */
  reports?: () => SqlExecutor;
}

async function authorise(deps: OutcomeDeps, actor: StaffActor, teamId: number, action: string, details?: Record<string, unknown>, grantAudited = true) {
  const team = await teamOutcomeRow(deps.sql, teamId);
  const allowed = Boolean(team) && canSeeTeam(actor, teamId);
  const scope: OutcomeScope = actor.role === "coordinator" ? { teamId, coordinatorId: actor.id } : { teamId };
  if (!allowed || grantAudited) await auditStaff(deps.db, deps.now(), actor, { action: allowed ? action : `${action}.denied`, subjectType: "team", subjectId: teamId, teamId: allowed ? teamId : null, ...(allowed && details ? { details: { ...details, scope: scope.coordinatorId ? "caseload" : "team" } } : {}) });
  if (!team || !allowed) throw new AccessDeniedError(`No access to team ${teamId}`);
  return { team, scope, targets: sortTargets(parseTargets(team.outcomeTargets) ?? DEFAULT_TARGETS), customTargets: Boolean(parseTargets(team.outcomeTargets)) };
}

async function figuresFor(deps: OutcomeDeps, actor: StaffActor, teamId: number, query: unknown, action: string) {
  const now = deps.now();
  const period = parsePeriod(query, now);
  const a = await authorise(deps, actor, teamId, action, { from: period.from, to: period.to });
  const figures = await computeFigures(deps.reports?.() ?? deps.sql, a.scope, period, a.targets, now);
  return { ...a, period, figures };
}

export async function outcomeDashboard(deps: OutcomeDeps, actor: StaffActor, teamId: number, query: unknown) {
  const r = await figuresFor(deps, actor, teamId, query, "team.outcomes-viewed");
  return {
    team: { id: r.team.id, name: r.team.name },
    scope: r.scope.coordinatorId ? "caseload" : "team",
    period: { from: r.period.from, to: r.period.to, points: r.period.points.map((p) => p.label), cohorts: r.period.cohorts.map((c) => c.label) },
    targets: r.targets,
    customTargets: r.customTargets,
    exitGoalPercent: EXIT_GOAL_PERCENT,
    figures: r.figures,
  };
}

export async function outcomeCsv(deps: OutcomeDeps, actor: StaffActor, teamId: number, query: unknown) {
  const r = await figuresFor(deps, actor, teamId, query, "team.outcomes-exported");
  const scope = r.scope.coordinatorId ? "caseload" : "team";
  return {
    filename: `tillit-utfall-team${r.team.id}-${r.period.from}-${r.period.to}.csv`,
    body: outcomeCsvText({ from: r.period.from, to: r.period.to, team: r.team.name, scope }, r.figures),
  };
}

export async function outcomeSettings(deps: OutcomeDeps, actor: StaffActor, teamId: number) {
  const a = await authorise(deps, actor, teamId, "team.outcome-settings-viewed");
  return { targets: a.targets, customTargets: a.customTargets, defaults: DEFAULT_TARGETS, guardianContactRequired: a.team.guardianContactRequired, exitGoalPercent: EXIT_GOAL_PERCENT };
}

/** Team leads (and admins) set the team's targets (null restores the defaults) and its guardian routine. */
export async function saveOutcomeSettings(deps: OutcomeDeps, actor: StaffActor, teamId: number, body: unknown) {
  const input = outcomeSettingsBody.parse(body);
  await authorise(deps, actor, teamId, "team.outcome-settings-changed", undefined, false);
  if (actor.role === "coordinator") throw new OutcomeError("not-allowed");
  await saveTeamOutcomeSettings(deps.sql, teamId, {
    outcomeTargets: input.targets === undefined ? undefined : input.targets === null ? null : JSON.stringify(sortTargets(input.targets)),
    guardianContactRequired: input.guardianContactRequired,
  });
  await auditStaff(deps.db, deps.now(), actor, { action: "team.outcome-settings-changed", subjectType: "team", subjectId: teamId, teamId, details: { targets: input.targets === undefined ? "unchanged" : input.targets === null ? "defaults" : "custom", guardianContactRequired: input.guardianContactRequired } });
  return outcomeSettings(deps, actor, teamId);
}
