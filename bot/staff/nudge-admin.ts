// What coordinators do with nudges from the inbox (and the API): see what is coming for a
// participant, add a one-off or recurring nudge, cancel or move one, stop a schedule, propose or set a
// meeting, discharge, work through tasks, edit their team's cadences and quiet
// hours. Each operation is authorised by team and audited; the calendar rules live in bot/nudges/.
import { z } from "zod";
import type { Db } from "../db/client.js";
import { date, int, type Sql } from "../db/sql.js";
import type { NudgeScheduler } from "../nudges/nudge-scheduler.js";
import { proposeMeeting, MAX_LOCATION } from "../propose-meeting.js";
import { cadenceKeys, cadenceSteps, builtInCadences, type CadenceKey } from "../nudges/cadences.js";
import { allowedTime, cancelNudges, insertNudge, scheduleMeetingReminders, startSchedule, stopSchedule, timingFor } from "../nudges/schedule-nudges.js";
import { parseQuietHours } from "../nudges/time-rules.js";
import { DEFAULT_OFFICE_HOURS, officeHoursInput } from "../domain/office-hours.js";
import { checkOutreachCsv, importOutreach, type OutreachCheck } from "../nudges/outreach-import.js";
import type { ErasedOptOuts } from "../privacy/erased-opt-outs.js";
import { authoriseConversation, AccessDeniedError } from "./access.js";
import { auditStaff } from "./audit.js";
import { canSeeTeam, type StaffActor } from "./staff-actor.js";
import { DomainError } from "../domain/domain-error.js";

export interface NudgeAdminDeps {
  db: Db;
  sql: Sql;
  nudges: NudgeScheduler;
  now: () => Date;
}

export class NudgeError extends DomainError {
  constructor(readonly reason: "in-the-past" | "not-scheduled" | "opted-out" | "not-allowed" | "invalid-quiet-hours") {
    super(reason === "not-allowed" ? "forbidden" : reason === "opted-out" || reason === "not-scheduled" ? "conflict" : "invalid", reason);
  }
}

const dialogs = z.enum(["check-in", "self-rating", "mapping", "action-plan"]);
// Two SMS segments at most; a coordinator's own words, signed with their first name on the way out.
const nudgeText = z.string().trim().min(1).max(280);
const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const oneOffInput = z.object({ at: instant, text: nudgeText.optional(), dialog: dialogs.optional() })
  .refine((v) => Boolean(v.text) !== Boolean(v.dialog), "give either text or dialog");
export const scheduleInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("weekly"), weekday: z.number().int().min(1).max(7), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), text: nudgeText.optional(), dialog: dialogs.optional() }),
  z.object({ kind: z.literal("interval"), everyDays: z.number().int().min(1).max(120), text: nudgeText.optional(), dialog: dialogs.optional() }),
]).refine((v) => Boolean(v.text) !== Boolean(v.dialog), "give either text or dialog");
export const moveInput = z.object({ at: instant });
export const meetingInput = z.object({ startsAt: instant, location: z.string().trim().max(MAX_LOCATION).optional(), alreadyAgreed: z.boolean().default(false) });

async function participantOf(d: NudgeAdminDeps, actor: StaffActor, conversationId: number, action: string) {
  const c = await authoriseConversation(d, actor, conversationId, action);
  return c.participant;
}

export async function upcomingNudges(d: NudgeAdminDeps, actor: StaffActor, conversationId: number) {
  const p = await participantOf(d, actor, conversationId, "nudges.viewed");
  const [nudges, schedules, tasks] = await Promise.all([
    d.sql.query(`SELECT "id", "kind", "dialog", "text", "copyKey", "dueAt", "scheduleId", "meetingId", "status" FROM "Nudge" WHERE "participantId" = ? AND "status" IN ('scheduled', 'claimed') ORDER BY "dueAt", "id" LIMIT 50`, [p.id]),
    d.sql.query(`SELECT "id", "kind", "dialog", "text", "weekday", "timeOfDay", "everyDays", "cadenceKey", "status" FROM "NudgeSchedule" WHERE "participantId" = ? AND "status" <> 'stopped' ORDER BY "id"`, [p.id]),
    d.sql.query(`SELECT "id", "kind", "createdAt" FROM "StaffTask" WHERE "participantId" = ? AND "status" = 'open' ORDER BY "createdAt"`, [p.id]),
  ]);
  return {
    timezone: p.timezone, remindersOff: p.remindersOff, unansweredNudges: p.unansweredNudges,
    nudges: nudges.map((n) => ({ id: int(n.id), kind: n.kind, dialog: n.dialog, text: n.text, copyKey: n.copyKey, dueAt: date(n.dueAt).toISOString(), scheduleId: n.scheduleId == null ? null : int(n.scheduleId), meetingId: n.meetingId == null ? null : int(n.meetingId), status: n.status })),
    schedules: schedules.map((s) => ({
      id: int(s.id), kind: s.kind, dialog: s.dialog, text: s.text, weekday: s.weekday == null ? null : int(s.weekday), timeOfDay: s.timeOfDay,
      everyDays: s.everyDays == null ? null : int(s.everyDays), cadenceKey: s.cadenceKey, status: s.status,
    })),
    tasks: tasks.map((t) => ({ id: int(t.id), kind: t.kind, createdAt: date(t.createdAt).toISOString() })),
  };
}

/** A one-off text or dialog at a chosen time; a time in quiet hours moves to the next allowed one. */
export async function addOneOff(d: NudgeAdminDeps, actor: StaffActor, conversationId: number, body: unknown) {
  const input = oneOffInput.parse(body);
  const p = await participantOf(d, actor, conversationId, "nudge.created");
  const now = d.now();
  if (p.status === "opted-out") throw new NudgeError("opted-out");
  if (input.at.getTime() < now.getTime() - 60_000) throw new NudgeError("in-the-past");
  const { id, dueAt } = await d.sql.transaction(async (tx) => {
    const dueAt = allowedTime(input.at < now ? now : input.at, await timingFor(tx, p.id));
    const id = await insertNudge(tx, { participantId: p.id, kind: input.dialog ? "dialog" : "message", dueAt, text: input.text, dialog: input.dialog, createdById: actor.id }, now);
    return { id, dueAt };
  });
  return { id, dueAt: dueAt.toISOString(), moved: dueAt.getTime() !== input.at.getTime() };
}

export async function addSchedule(d: NudgeAdminDeps, actor: StaffActor, conversationId: number, body: unknown) {
  const input = scheduleInput.parse(body);
  const p = await participantOf(d, actor, conversationId, "nudge-schedule.created");
  if (p.status === "opted-out") throw new NudgeError("opted-out");
  const now = d.now();
  const made = await d.sql.transaction((tx) => startSchedule(tx, {
    participantId: p.id, kind: input.kind, text: input.text, dialog: input.dialog, createdById: actor.id,
    ...(input.kind === "weekly" ? { weekday: input.weekday, timeOfDay: input.time } : { everyDays: input.everyDays }),
  }, now));
  return made;
}

/** The nudge, if it belongs to a participant of the conversation the actor may see. */
async function ownNudge(d: NudgeAdminDeps, actor: StaffActor, conversationId: number, nudgeId: number, action: string) {
  const p = await participantOf(d, actor, conversationId, action);
  const [n] = await d.sql.query(`SELECT "id", "status", "dueAt" FROM "Nudge" WHERE "id" = ? AND "participantId" = ?`, [nudgeId, p.id]);
  if (!n) throw new AccessDeniedError(`No nudge ${nudgeId} here`);
  return { participant: p, nudge: n };
}

export async function cancelNudge(d: NudgeAdminDeps, actor: StaffActor, conversationId: number, nudgeId: number) {
  await ownNudge(d, actor, conversationId, nudgeId, "nudge.cancelled");
  const changed = await d.sql.execute(`UPDATE "Nudge" SET "status" = 'cancelled', "outcome" = 'cancelled-by-staff', "processedAt" = ? WHERE "id" = ? AND "status" = 'scheduled'`, [d.now(), nudgeId]);
  if (!changed) throw new NudgeError("not-scheduled");
}

export async function moveNudge(d: NudgeAdminDeps, actor: StaffActor, conversationId: number, nudgeId: number, body: unknown) {
  const { at } = moveInput.parse(body);
  const { participant } = await ownNudge(d, actor, conversationId, nudgeId, "nudge.moved");
  const now = d.now();
  if (at.getTime() < now.getTime() - 60_000) throw new NudgeError("in-the-past");
  const dueAt = allowedTime(at < now ? now : at, await timingFor(d.sql, participant.id));
  const changed = await d.sql.execute(`UPDATE "Nudge" SET "dueAt" = ? WHERE "id" = ? AND "status" = 'scheduled'`, [dueAt, nudgeId]);
  if (!changed) throw new NudgeError("not-scheduled");
  return { dueAt: dueAt.toISOString(), moved: dueAt.getTime() !== at.getTime() };
}

export async function endSchedule(d: NudgeAdminDeps, actor: StaffActor, conversationId: number, scheduleId: number) {
  const p = await participantOf(d, actor, conversationId, "nudge-schedule.stopped");
  const [s] = await d.sql.query(`SELECT "id" FROM "NudgeSchedule" WHERE "id" = ? AND "participantId" = ?`, [scheduleId, p.id]);
  if (!s) throw new AccessDeniedError(`No schedule ${scheduleId} here`);
  await d.sql.transaction((tx) => stopSchedule(tx, scheduleId, d.now()));
}

/** Proposes a meeting by chat; or, when it was agreed another way, records it confirmed with its reminders. */
export async function addMeeting(d: NudgeAdminDeps, actor: StaffActor, conversationId: number, body: unknown) {
  const input = meetingInput.parse(body);
  const p = await participantOf(d, actor, conversationId, "meeting.created");
  const now = d.now();
  if (input.startsAt <= now) throw new NudgeError("in-the-past");
  if (p.status === "opted-out") throw new NudgeError("opted-out");
  if (!input.alreadyAgreed) {
    const { meetingId, outcome } = await proposeMeeting(d, { participantId: p.id, startsAt: input.startsAt, location: input.location, coordinatorId: actor.id });
    return { meetingId, proposal: outcome };
  }
  return d.sql.transaction(async (tx) => {
    const [m] = await tx.query(
      `INSERT INTO "Meeting" ("participantId", "coordinatorId", "startsAt", "location", "status", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, 'confirmed', ?, ?) RETURNING "id"`,
      [p.id, actor.id, input.startsAt, input.location ?? null, now, now],
    );
    const meetingId = int(m!.id);
    const reminders = await scheduleMeetingReminders(tx, { id: meetingId, participantId: p.id, startsAt: input.startsAt, coordinatorId: actor.id }, now);
    return { meetingId, reminders };
  });
}

export async function cancelMeeting(d: NudgeAdminDeps, actor: StaffActor, conversationId: number, meetingId: number) {
  const p = await participantOf(d, actor, conversationId, "meeting.cancelled");
  const now = d.now();
  await d.sql.transaction(async (tx) => {
    const changed = await tx.execute(`UPDATE "Meeting" SET "status" = 'cancelled', "outcome" = 'cancelled', "cancelledBy" = 'coordinator', "outcomeAt" = ?, "outcomeById" = ?, "updatedAt" = ? WHERE "id" = ? AND "participantId" = ?`, [now, actor.id, now, meetingId, p.id]);
    if (!changed) throw new AccessDeniedError(`No meeting ${meetingId} here`);
    await cancelNudges(tx, { meetingId }, "meeting-cancelled", now);
  });
}

/** Discharged: every planned nudge ends, and six months of monthly follow-up begins. */
export async function discharge(d: NudgeAdminDeps, actor: StaffActor, conversationId: number) {
  const p = await participantOf(d, actor, conversationId, "participant.discharged");
  const now = d.now();
  return d.sql.transaction(async (tx) => {
    // The contact ends now: retention counts its months from here (bot/privacy/retention.ts).
    await tx.execute(`UPDATE "Participant" SET "status" = CASE WHEN "status" = 'opted-out' THEN "status" ELSE 'discharged' END, "dischargedAt" = ?, "updatedAt" = ? WHERE "id" = ?`, [now, now, p.id]);
    await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'stopped', "updatedAt" = ? WHERE "participantId" = ? AND "status" <> 'stopped'`, [now, p.id]);
    const cancelled = await cancelNudges(tx, { participantId: p.id }, "discharged", now);
    const followUp = p.status === "opted-out" ? undefined : await startSchedule(tx, { participantId: p.id, kind: "cadence", cadenceKey: "discharge", createdById: actor.id }, now);
    return { cancelled, followUpScheduleId: followUp?.scheduleId ?? null };
  });
}

// ---- Team level: tasks, cadence templates, quiet hours -------------------------------------

export async function openTasks(d: NudgeAdminDeps, actor: StaffActor, teamId?: number) {
  if (teamId !== undefined && !canSeeTeam(actor, teamId)) throw new AccessDeniedError("team");
  const teams = teamId !== undefined ? [teamId] : actor.role === "admin" ? null : actor.teamIds;
  if (teams && !teams.length) return { tasks: [] };
  const rows = await d.sql.query(
    `SELECT t."id", t."kind", t."createdAt", t."participantId", p."preferredName",
            (SELECT MAX(c."id") FROM "Conversation" c WHERE c."participantId" = p."id") AS "conversationId"
       FROM "StaffTask" t JOIN "Participant" p ON p."id" = t."participantId"
      WHERE t."status" = 'open' ${teams ? `AND t."teamId" IN (${teams.map(() => "?").join(", ")})` : ""}
      ORDER BY t."createdAt" LIMIT 200`,
    teams ?? [],
  );
  await auditStaff(d.db, d.now(), actor, { action: "tasks.listed", subjectType: "team", subjectId: teamId ?? "visible-teams", details: { rows: rows.length } });
  return { tasks: rows.map((r) => ({ id: int(r.id), kind: r.kind, createdAt: date(r.createdAt).toISOString(), participantName: r.preferredName ?? null, conversationId: r.conversationId == null ? null : int(r.conversationId) })) };
}

export async function completeTask(d: NudgeAdminDeps, actor: StaffActor, taskId: number) {
  const [t] = await d.sql.query(`SELECT "teamId" FROM "StaffTask" WHERE "id" = ?`, [taskId]);
  const teamId = t?.teamId == null ? null : int(t.teamId);
  if (!t || !canSeeTeam(actor, teamId)) throw new AccessDeniedError("task");
  await d.sql.execute(`UPDATE "StaffTask" SET "status" = 'done', "doneAt" = ?, "doneById" = ? WHERE "id" = ? AND "status" = 'open'`, [d.now(), actor.id, taskId]);
  await auditStaff(d.db, d.now(), actor, { action: "task.done", subjectType: "task", subjectId: taskId, teamId });
}

/** A team the actor may see and that exists (an admin sees every team, including ids that are not there). */
async function requireTeam(d: NudgeAdminDeps, actor: StaffActor, teamId: number): Promise<void> {
  if (!canSeeTeam(actor, teamId) || !(await d.db.team.findUnique({ where: { id: teamId }, select: { id: true } }))) throw new AccessDeniedError("team");
}

async function requireTeamLead(d: NudgeAdminDeps, actor: StaffActor, teamId: number): Promise<void> {
  await requireTeam(d, actor, teamId);
  if (actor.role === "coordinator") throw new NudgeError("not-allowed");
}

export async function teamNudgeSettings(d: NudgeAdminDeps, actor: StaffActor, teamId: number) {
  await requireTeam(d, actor, teamId);
  const team = await d.db.team.findUnique({ where: { id: teamId }, select: { quietHours: true, officeHours: true } });
  const own = await d.db.cadenceTemplate.findMany({ where: { teamId } });
  const cadences = Object.fromEntries(cadenceKeys.map((k) => {
    const mine = own.find((o) => o.key === k);
    return [k, { steps: mine ? JSON.parse(mine.steps) : builtInCadences[k], custom: Boolean(mine) }];
  }));
  return { quietHours: team?.quietHours ?? null, officeHours: team?.officeHours ? JSON.parse(team.officeHours) : DEFAULT_OFFICE_HOURS, officeHoursCustom: Boolean(team?.officeHours), cadences };
}

export async function saveCadence(d: NudgeAdminDeps, actor: StaffActor, teamId: number, key: string, body: unknown) {
  await requireTeamLead(d, actor, teamId);
  const k = z.enum(cadenceKeys).parse(key) as CadenceKey;
  const steps = cadenceSteps.parse((body as { steps?: unknown } | null)?.steps);
  await d.db.cadenceTemplate.upsert({ where: { teamId_key: { teamId, key: k } }, create: { teamId, key: k, steps: JSON.stringify(steps) }, update: { steps: JSON.stringify(steps) } });
  await auditStaff(d.db, d.now(), actor, { action: "cadence.saved", subjectType: "team", subjectId: teamId, teamId, details: { key: k } });
}

export async function saveQuietHours(d: NudgeAdminDeps, actor: StaffActor, teamId: number, body: unknown) {
  await requireTeamLead(d, actor, teamId);
  const { quietHours } = z.object({ quietHours: z.string().max(11).nullable() }).parse(body);
  if (quietHours !== null && !parseQuietHours(quietHours)) throw new NudgeError("invalid-quiet-hours");
  await d.db.team.update({ where: { id: teamId }, data: { quietHours } });
  await auditStaff(d.db, d.now(), actor, { action: "team.quiet-hours-changed", subjectType: "team", subjectId: teamId, teamId, details: { quietHours } });
}

/** A team's office hours (null restores the default, weekdays 08–17): what participants are told about when someone reads. */
export async function saveOfficeHours(d: NudgeAdminDeps, actor: StaffActor, teamId: number, body: unknown) {
  await requireTeamLead(d, actor, teamId);
  const { officeHours } = z.object({ officeHours: officeHoursInput.nullable() }).parse(body);
  const stored = officeHours === null ? null : JSON.stringify(officeHours);
  await d.db.team.update({ where: { id: teamId }, data: { officeHours: stored } });
  await auditStaff(d.db, d.now(), actor, { action: "team.office-hours-changed", subjectType: "team", subjectId: teamId, teamId, details: { officeHours } });
}

// ---- Outreach to a list ----------------------------------------------------------------------

export const outreachInput = z.object({
  teamId: z.number().int().positive(),
  csv: z.string().min(1).max(512 * 1024),
  // Without it, any problem line stops the whole import: fix the file and send it again.
  skipProblemLines: z.boolean().default(false),
});

export class OutreachRejected extends DomainError {
  constructor(readonly report: OutreachCheck) {
    super("unprocessable", "problem_lines", { extra: { accepted: report.accepted.length, known: report.known, errors: report.errors } });
  }
}

export async function outreach(d: NudgeAdminDeps & { followUpDays: number; defaultCountry: string; optOuts?: ErasedOptOuts }, actor: StaffActor, body: unknown, opts: { dryRun: boolean }) {
  const input = outreachInput.parse(body);
  await requireTeam(d, actor, input.teamId);
  const report = await checkOutreachCsv(d.sql, input.csv, d.defaultCountry, { teamId: input.teamId, optOuts: d.optOuts });
  const summary = { accepted: report.accepted.length, known: report.known, errors: report.errors };
  // Asking whether numbers are known is itself a look into the register: audited, counts only.
  const counts = { lines: report.accepted.length + report.known.length + report.errors.length, known: report.known.filter((k) => k.problem === "already-known").length, notContactable: report.known.filter((k) => k.problem === "not-contactable").length };
  await auditStaff(d.db, d.now(), actor, { action: "outreach.checked", subjectType: "team", subjectId: input.teamId, teamId: input.teamId, details: counts });
  if (opts.dryRun) return { ...summary, imported: 0 };
  if (report.errors.length && !input.skipProblemLines) throw new OutreachRejected(report);
  const { imported } = await importOutreach(d.sql, report.accepted, { teamId: input.teamId, createdById: actor.id, followUpDays: d.followUpDays }, d.now());
  await auditStaff(d.db, d.now(), actor, { action: "outreach.imported", subjectType: "team", subjectId: input.teamId, teamId: input.teamId, details: { imported, problemLines: report.errors.length, known: report.known.length } });
  return { ...summary, imported };
}
