// What coordinators do with a participant's nudges from the inbox (and the API): see what is coming,
// add a one-off or recurring nudge, cancel or move one, stop a schedule. Beside it: meetings.ts,
// discharge.ts, tasks.ts, team-settings.ts, outreach.ts. Each operation is authorised by team
// and audited; the calendar rules live in bot/nudges/.
import { z } from "zod";
import type { Db } from "../db/client.js";
import type { Sql } from "../db/sql.js";
import { cancelScheduledNudgeByStaff, moveNudgeIfScheduled, nudgeBelongsTo, openTaskRows, runningScheduleRows, scheduleBelongsTo, upcomingNudgeRows, type UpcomingNudgeRow } from "../db/nudge-views.js";
import type { NudgeScheduler } from "../nudges/nudge-scheduler.js";
import { allowedTime, BURST_PAUSE, insertNudge, startSchedule, stopSchedule, timingFor } from "../nudges/schedule-nudges.js";
import { authoriseConversation, AccessDeniedError } from "./access.js";
import { type StaffActor } from "./staff-actor.js";
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
export const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

export const oneOffInput = z.object({ at: instant, text: nudgeText.optional(), dialog: dialogs.optional() })
  .refine((v) => Boolean(v.text) !== Boolean(v.dialog), "give either text or dialog");
const everyDays = z.number({ error: "everyDays must be a whole number of days, 1 to 120" }).int("everyDays must be a whole number of days, 1 to 120")
  .min(1, "everyDays must be a whole number of days, 1 to 120").max(120, "everyDays must be a whole number of days, 1 to 120");
export const scheduleInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("weekly"),
    weekday: z.number({ error: "weekday must be 1 (Monday) to 7 (Sunday)" }).int().min(1, "weekday must be 1 (Monday) to 7 (Sunday)").max(7, "weekday must be 1 (Monday) to 7 (Sunday)"),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time must be HH:MM, 00:00 to 23:59"),
    text: nudgeText.optional(), dialog: dialogs.optional(),
  }),
  z.object({ kind: z.literal("interval"), everyDays, text: nudgeText.optional(), dialog: dialogs.optional() }),
], { error: "kind must be weekly or interval" }).refine((v) => Boolean(v.text) !== Boolean(v.dialog), "give either text or dialog");
export const moveInput = z.object({ at: instant });

export async function participantOf(deps: NudgeAdminDeps, actor: StaffActor, conversationId: number, action: string) {
  const c = await authoriseConversation(deps, actor, conversationId, action);
  return c.participant;
}

export async function upcomingNudges(deps: NudgeAdminDeps, actor: StaffActor, conversationId: number) {
  const p = await participantOf(deps, actor, conversationId, "nudges.viewed");
  const [rows, schedules, tasks] = await Promise.all([upcomingNudgeRows(deps.sql, p.id), runningScheduleRows(deps.sql, p.id), openTaskRows(deps.sql, p.id)]);
  // A burst's pause answer is a reply on its way within minutes, nothing on the team's calendar.
  const nudges = rows.filter((n) => n.kind !== BURST_PAUSE);
  // A recurring schedule is shown once, with its next occurrence; only nudges of no listed schedule
  // are listed on their own (one-offs, meeting reminders, outreach).
  const listed = new Set(schedules.map((s) => s.id));
  const nudgeView = ({ participantId: _p, copyVars: _v, createdById: _c, ...n }: UpcomingNudgeRow) => ({ ...n, dueAt: n.dueAt.toISOString() });
  // A meeting's reminders and notices with the words they will say, rendered as the send renders them.
  const says = new Map(await Promise.all(nudges.filter((n) => n.kind.startsWith("meeting-")).map(async (n) => [n.id, await deps.nudges.wording(n)] as const)));
  const nextOf = new Map<number, ReturnType<typeof nudgeView>>();
  for (const n of nudges) if (n.scheduleId !== null && listed.has(n.scheduleId) && !nextOf.has(n.scheduleId)) nextOf.set(n.scheduleId, nudgeView(n));
  return {
    timezone: p.timezone, remindersOff: p.remindersOff, reminderPace: p.reminderPace, unansweredNudges: p.unansweredNudges, participantStatus: p.status,
    discharge: p.dischargedAt ? { at: p.dischargedAt.toISOString(), outcome: p.dischargeOutcome, followUpDeclinedAt: p.followUpDeclinedAt?.toISOString() ?? null } : null,
    nudges: nudges.filter((n) => n.scheduleId === null || !listed.has(n.scheduleId)).map((n) => ({ ...nudgeView(n), ...(says.get(n.id) ? { says: says.get(n.id) } : {}) })),
    // The next occurrence is null while paused, or until the scheduler plans the next one.
    schedules: schedules.map((s) => ({ ...s, next: nextOf.get(s.id) ?? null })),
    tasks: tasks.map((t) => ({ ...t, createdAt: t.createdAt.toISOString() })),
  };
}

/** A one-off text or dialog at a chosen time; a time in quiet hours moves to the next allowed one. */
export async function addOneOff(deps: NudgeAdminDeps, actor: StaffActor, conversationId: number, body: unknown) {
  const input = oneOffInput.parse(body);
  const p = await participantOf(deps, actor, conversationId, "nudge.created");
  const now = deps.now();
  if (p.status === "opted-out") throw new NudgeError("opted-out");
  if (input.at.getTime() < now.getTime() - 60_000) throw new NudgeError("in-the-past");
  const { id, dueAt } = await deps.sql.transaction(async (tx) => {
    const dueAt = allowedTime(input.at < now ? now : input.at, await timingFor(tx, p.id));
    const id = await insertNudge(tx, { participantId: p.id, kind: input.dialog ? "dialog" : "message", dueAt, text: input.text, dialog: input.dialog, createdById: actor.id }, now);
    return { id, dueAt };
  });
  // The participant asked for no reminders: said to the coordinator now, not found out from a silent skip.
  return { id, dueAt: dueAt.toISOString(), moved: dueAt.getTime() !== input.at.getTime(), ...(p.remindersOff ? { remindersOff: true } : {}) };
}

export async function addSchedule(deps: NudgeAdminDeps, actor: StaffActor, conversationId: number, body: unknown) {
  const input = scheduleInput.parse(body);
  const p = await participantOf(deps, actor, conversationId, "nudge-schedule.created");
  if (p.status === "opted-out") throw new NudgeError("opted-out");
  const now = deps.now();
  const made = await deps.sql.transaction((tx) => startSchedule(tx, {
    participantId: p.id, kind: input.kind, text: input.text, dialog: input.dialog, createdById: actor.id,
    ...(input.kind === "weekly" ? { weekday: input.weekday, timeOfDay: input.time } : { everyDays: input.everyDays }),
  }, now));
  // The participant asked for no reminders: nothing of it goes out until they want them again ("påminn
  // mig", "en gång i veckan"), said to the coordinator now (a tester's coordinator never knew).
  return p.remindersOff ? { ...made, remindersOff: true as const } : made;
}

/** The nudge, if it belongs to a participant of the conversation the actor may see. */
async function ownNudge(deps: NudgeAdminDeps, actor: StaffActor, conversationId: number, nudgeId: number, action: string) {
  const p = await participantOf(deps, actor, conversationId, action);
  if (!(await nudgeBelongsTo(deps.sql, nudgeId, p.id))) throw new AccessDeniedError(`No nudge ${nudgeId} here`);
  return { participant: p };
}

export async function cancelNudge(deps: NudgeAdminDeps, actor: StaffActor, conversationId: number, nudgeId: number) {
  await ownNudge(deps, actor, conversationId, nudgeId, "nudge.cancelled");
  if (!(await cancelScheduledNudgeByStaff(deps.sql, nudgeId, deps.now()))) throw new NudgeError("not-scheduled");
}

export async function moveNudge(deps: NudgeAdminDeps, actor: StaffActor, conversationId: number, nudgeId: number, body: unknown) {
  const { at } = moveInput.parse(body);
  const { participant } = await ownNudge(deps, actor, conversationId, nudgeId, "nudge.moved");
  const now = deps.now();
  if (at.getTime() < now.getTime() - 60_000) throw new NudgeError("in-the-past");
  const dueAt = allowedTime(at < now ? now : at, await timingFor(deps.sql, participant.id));
  if (!(await moveNudgeIfScheduled(deps.sql, nudgeId, dueAt))) throw new NudgeError("not-scheduled");
  return { dueAt: dueAt.toISOString(), moved: dueAt.getTime() !== at.getTime() };
}

export async function endSchedule(deps: NudgeAdminDeps, actor: StaffActor, conversationId: number, scheduleId: number) {
  const p = await participantOf(deps, actor, conversationId, "nudge-schedule.stopped");
  if (!(await scheduleBelongsTo(deps.sql, scheduleId, p.id))) throw new AccessDeniedError(`No schedule ${scheduleId} here`);
  await deps.sql.transaction((tx) => stopSchedule(tx, scheduleId, deps.now()));
}
