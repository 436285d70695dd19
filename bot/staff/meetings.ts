// A coordinator's meetings with a participant: proposed by chat (sent at once through the core), or
// recorded as already agreed with their reminders; agreed later, or cancelled, with them. While a
// person has the conversation the bot is silent, so a proposal then goes out as the coordinator's own
// words and they record the answer themselves ("they said yes").
import { z } from "zod";
import { cancelMeetingByCoordinator, confirmMeetingByCoordinator, insertMeeting, meetingOf, refusedTime, rescheduleMeetingByCoordinator, saidNoToMeetingLast } from "../db/meetings.js";
import { formatMeetingTime } from "../domain/format-time.js";
import { assertMeetingAction } from "../domain/meeting-actions.js";
import { insertAudit } from "../db/audit.js";
import { holdsTheBot, isLanguage } from "../domain/vocabulary.js";
import { DomainError } from "../domain/domain-error.js";
import type { EventBus, PendingEvent } from "../infrastructure/events.js";
import { requestAnsweredByTeam } from "../conversations/transitions.js";
import type { SqlExecutor } from "../db/sql.js";
import { translate, type Locales } from "../infrastructure/i18n.js";
import { proposeMeeting, MAX_LOCATION } from "./propose-meeting.js";
import { cancelNudges, insertNudge, scheduleMeetingReminders, type NudgeInput } from "../nudges/schedule-nudges.js";
import { nudgeDueAt } from "../db/nudges.js";
import { AccessDeniedError, authoriseConversation } from "./access.js";
import { announceCoordinatorWords, queueCoordinatorWords } from "./handoff.js";
import { type StaffActor } from "./staff-actor.js";
import { instant, NudgeError, type NudgeAdminDeps } from "./nudge-admin.js";
import type { NudgeScheduler } from "../nudges/nudge-scheduler.js";

export const meetingInput = z.object({
  startsAt: instant, location: z.string().trim().max(MAX_LOCATION).optional(), alreadyAgreed: z.boolean().default(false),
  /** The coordinator was told that the young person refused this very time, and goes ahead. */
  despiteRefusal: z.boolean().default(false),
  /** The coordinator was told that the proposal goes as their own words and takes the conversation, and goes ahead. */
  takeOver: z.boolean().default(false),
});

/**
 * What the page asks the coordinator before a meeting is proposed (409, nothing done): "refused-before", the young
 * person refused this very time; "takes-over", a person is awaited, so the proposal would go as the coordinator's own
 * words and take the conversation. The page asks, and sends again with despiteRefusal or takeOver.
 */
export class AskFirstError extends DomainError {
  constructor(reason: "refused-before" | "takes-over") {
    super("conflict", reason);
  }
}

export interface MeetingDeps extends NudgeAdminDeps {
  events: EventBus;
  /** The participant-facing copy (dialogs/locales): a proposal in the coordinator's own words. */
  locales: Locales;
}

/**
 * Proposes a meeting by chat; or, when it was agreed another way, records it confirmed with its
 * reminders. `proposal` says how it went: "own-words" when a person had the conversation and it went
 * out as the coordinator's message; otherwise the nudge's outcome ("sent", or "held" until Tillit may
 * write: quiet hours, two unanswered messages).
 */
export async function addMeeting(deps: MeetingDeps, actor: StaffActor, conversationId: number, body: unknown) {
  const input = meetingInput.parse(body);
  const c = await authoriseConversation(deps, actor, conversationId, "meeting.created");
  const p = c.participant;
  const now = deps.now();
  if (input.startsAt <= now) throw new NudgeError("in-the-past");
  if (p.status === "opted-out") throw new NudgeError("opted-out");
  if (!input.alreadyAgreed && !input.despiteRefusal && (await refusedTime(deps.sql, p.id, input.startsAt))) throw new AskFirstError("refused-before");
  // Tillit's proposal, naming the person, whenever its guarded path may speak: with the bot, and while a request the
  // bot talks through waits ("vill byta tid" among them), so the conversation is not taken from anyone (a tester's
  // proposals took Alex and Malin out of "Väntar på människa" and silenced the bot). A new time answers a wish to
  // move a meeting.
  if (!input.alreadyAgreed && !holdsTheBot(c.status, c.handoffReason)) {
    const { meetingId, outcome } = await proposeMeeting(deps, { participantId: p.id, startsAt: input.startsAt, location: input.location, coordinatorId: actor.id });
    if (c.status === "waiting" && c.handoffReason === "meeting") {
      deps.events.emitAll(await deps.sql.transaction((tx) => answered(tx, actor, c, now, "meeting-proposed")));
    }
    return { meetingId, proposal: outcome };
  }
  // A person is awaited (asked for, a concern, a crisis): the path holds what Tillit says, and a proposal is the first
  // human answer, in the coordinator's own words, taking the conversation. Asked first, never done silently: the page
  // says the young person is waiting and the bot goes quiet until the hand-back.
  if (!input.alreadyAgreed && c.status !== "human" && !input.takeOver) throw new AskFirstError("takes-over");
  if (!input.alreadyAgreed) {
    const language = isLanguage(p.language) ? p.language : "sv";
    const when = formatMeetingTime(input.startsAt, language, p.timezone ?? "Europe/Stockholm");
    const text = translate(deps.locales, language, input.location ? "meeting.proposeOwnWordsAt" : "meeting.proposeOwnWords", { when, where: input.location ?? "" });
    const { meetingId, words } = await deps.sql.transaction(async (tx) => {
      const meetingId = await insertMeeting(tx, { participantId: p.id, coordinatorId: actor.id, startsAt: input.startsAt, location: input.location ?? null, status: "proposed", now });
      // A STOPP between the check above and the send: queueCoordinatorWords refuses the words and
      // throws, and the meeting and the takeover roll back with them.
      const words = await queueCoordinatorWords(tx, deps, actor, c, text);
      return { meetingId, words };
    });
    announceCoordinatorWords(deps, c, words);
    return { meetingId, proposal: "own-words" as const };
  }
  const { made, decided } = await deps.sql.transaction(async (tx) => {
    const meetingId = await insertMeeting(tx, { participantId: p.id, coordinatorId: actor.id, startsAt: input.startsAt, location: input.location ?? null, status: "confirmed", now });
    const reminders = await scheduleMeetingReminders(tx, { id: meetingId, participantId: p.id, startsAt: input.startsAt, coordinatorId: actor.id }, now);
    return { made: { meetingId, reminders }, decided: await answered(tx, actor, c, now, "meeting-booked") };
  });
  deps.events.emitAll(decided);
  return made;
}

/**
 * A meeting booked, agreed or cancelled in the inbox is the coordinator's answer to a request for a person
 * waiting in the conversation: it is the bot's again, so the meeting's reminders go out (transitions.ts).
 */
function answered(tx: SqlExecutor, actor: StaffActor, c: { id: number; participantId: number; participant: { teamId: number | null } }, now: Date, by: string): Promise<PendingEvent[]> {
  return requestAnsweredByTeam(tx, { conversationId: c.id, participantId: c.participantId, staffId: actor.id, teamId: c.participant.teamId, now, by });
}

/**
 * The participant said yes to a proposed time (or asked for another and agreed one) in the coordinator's
 * own conversation: confirmed, the proposal's open question withdrawn, the reminders planned.
 */
export async function confirmMeeting(deps: NudgeAdminDeps & { events: EventBus }, actor: StaffActor, conversationId: number, meetingId: number) {
  const c = await authoriseConversation(deps, actor, conversationId, "meeting.confirmed");
  const p = c.participant;
  const now = deps.now();
  const { made, decided, notice } = await deps.sql.transaction(async (tx) => {
    const before = await meetingOf(tx, meetingId, p.id);
    if (!before) throw new AccessDeniedError(`No meeting ${meetingId} here`);
    if (before.startsAt <= now) throw new NudgeError("in-the-past");
    // Not a proposal they refused, one called off, or one a newer time replaced.
    assertMeetingAction(before, "agreed", now);
    const m = await confirmMeetingByCoordinator(tx, { meetingId, participantId: p.id, now });
    if (m === "none") throw new AccessDeniedError(`No meeting ${meetingId} here`);
    if (m === "not-open") throw new NudgeError("not-scheduled");
    // A proposal still held (quiet hours, or while a person had the conversation) is not sent after all.
    await cancelNudges(tx, { meetingId }, "meeting-confirmed", now);
    const reminders = await scheduleMeetingReminders(tx, { id: meetingId, participantId: p.id, startsAt: m.startsAt, coordinatorId: actor.id }, now);
    const notice = await noticeOfConfirmed(tx, c, { id: meetingId, coordinatorId: before.coordinatorId }, actor, now);
    return { made: { meetingId, reminders }, decided: await answered(tx, actor, c, now, "meeting-agreed"), notice };
  });
  deps.events.emitAll(decided);
  return { ...made, ...(await tellNotice(deps, notice)) };
}

/**
 * The participant asked for another time in the coordinator's own conversation ("funkar inte tisdag, kan vi ta
 * torsdag istället?"), or by phone: the meeting is marked so and its reminders, or a proposal still held, go. The
 * new time is proposed as any meeting is. The conversation stays where it is: the new time is still to be found.
 */
export async function rescheduleRequested(deps: NudgeAdminDeps, actor: StaffActor, conversationId: number, meetingId: number) {
  // Audited with the change, in its transaction (a refusal is audited by the access check).
  const c = await authoriseConversation(deps, actor, conversationId, "meeting.reschedule-requested", { grantAudited: false });
  const now = deps.now();
  await deps.sql.transaction(async (tx) => {
    const before = await meetingOf(tx, meetingId, c.participant.id);
    if (!before) throw new AccessDeniedError(`No meeting ${meetingId} here`);
    assertMeetingAction(before, "reschedule", now);
    const moved = await rescheduleMeetingByCoordinator(tx, { meetingId, participantId: c.participant.id, now });
    if (moved === "none") throw new AccessDeniedError(`No meeting ${meetingId} here`);
    if (moved === "not-open") throw new NudgeError("not-scheduled");
    await cancelNudges(tx, { meetingId }, "meeting-reschedule-requested", now);
    await insertAudit(tx, {
      at: now, actorKind: "staff", actorId: actor.id, action: "meeting.reschedule-requested", subjectType: "conversation", subjectId: conversationId, teamId: c.participant.teamId,
      details: { meetingId },
    });
  });
  return { meetingId, status: "reschedule-requested" as const };
}

/**
 * What the young person was told of a meeting the team cancelled or agreed for them: "sent"; "held" (it goes out as soon
 * as Tillit may write: after quiet hours, or once two unanswered messages are answered); "yours" (a person has the
 * conversation and writes themselves); "not-sent" (they said STOPP, or it was refused); "not-needed" (the meeting was
 * over or already called off). The page says which (bot/web/staff/meetings.js).
 */
export type Told = "sent" | "held" | "yours" | "not-sent" | "not-needed";

type NoticeConversation = { status: string; participant: { id: number; status: string; language: string | null; timezone: string | null } };

/**
 * One short word to the young person about a meeting the team changed in the inbox, in the change's transaction: a
 * nudge sent by tellNotice through the one guarded path for what Tillit says on its own. Not while a person has
 * the conversation: the words are then theirs ("yours"); nor after STOPP.
 */
async function noticeOf(tx: SqlExecutor, c: NoticeConversation, nudge: Omit<NudgeInput, "participantId" | "dueAt">, now: Date): Promise<{ told: Told; nudgeId?: number }> {
  const plan = noticePlan(c, nudge);
  if (!plan.nudge) return { told: plan.told };
  const nudgeId = await insertNudge(tx, { participantId: c.participant.id, dueAt: now, ...plan.nudge }, now);
  return { told: "sent", nudgeId };
}

type NoticeNudge = Omit<NudgeInput, "participantId" | "dueAt">;

/** Whether Tillit carries the notice (the nudge to send), or why not: the one rule noticeOf and the preview share. */
function noticePlan(c: NoticeConversation, nudge: NoticeNudge): { told: Told; nudge?: NoticeNudge } {
  if (c.status === "human") return { told: "yours" };
  if (c.participant.status === "opted-out") return { told: "not-sent" };
  return { told: "sent", nudge };
}

/**
 * A meeting the team cancelled ("Vi ställde in", here or as its outcome, bot/plans/meeting-outcomes.ts): one still to
 * come is said to the young person in one short message (meeting.cancelledByTeam; a tester's Omar got nothing, and was
 * then told "Jag ser inget inbokat möte" half a minute after "Toppen! Då ses ni onsdag"). `before`: the meeting as it stood.
 */
export async function noticeOfCancelled(tx: SqlExecutor, c: NoticeConversation, before: { startsAt: Date; status: string }, actor: StaffActor, now: Date): Promise<{ told: Told; nudgeId?: number }> {
  const plan = await cancelledPlan(tx, c, before, actor, now);
  if (!plan.nudge) return { told: plan.told };
  const nudgeId = await insertNudge(tx, { participantId: c.participant.id, dueAt: now, ...plan.nudge }, now);
  return { told: "sent", nudgeId };
}

/**
 * What the team's cancellation tells the young person. After a no to meeting at all, or to a new time, it promises no
 * new time (tester25 #11: Ida's 'jag klarar inte av att träffas alls just nu' and her 'nej' to a new time were followed
 * by '…Demo hör av sig om en ny tid'): it leaves the door open instead (meeting.cancelledByTeamNoNewTime).
 */
async function cancelledPlan(tx: SqlExecutor, c: NoticeConversation, before: { startsAt: Date; status: string }, actor: StaffActor, now: Date): Promise<{ told: Told; nudge?: NoticeNudge }> {
  const p = c.participant;
  // A time they asked to move is off for them already: closing it says nothing.
  const stood = before.startsAt > now && ["proposed", "confirmed"].includes(before.status);
  if (!stood) return { told: "not-needed" };
  const language = isLanguage(p.language) ? p.language : "sv";
  const when = formatMeetingTime(before.startsAt, language, p.timezone ?? undefined);
  const copyKey = (await saidNoToMeetingLast(tx, p.id)) ? "meeting.cancelledByTeamNoNewTime" : "meeting.cancelledByTeam";
  return noticePlan(c, { kind: "meeting-cancelled", copyKey, copyVars: { when }, createdById: actor.id });
}

/**
 * What "Vi ställde in" would tell the young person, before it is pressed (tester25 #11: it sent an SMS at once): the
 * words as the scheduler would write them now, or why nothing would go. The page shows them and asks.
 */
export async function cancelNoticePreview(deps: NudgeAdminDeps, actor: StaffActor, conversationId: number, meetingId: number): Promise<{ told: Told; says?: string }> {
  const c = await authoriseConversation(deps, actor, conversationId, "meetings.viewed");
  const now = deps.now();
  const before = await meetingOf(deps.sql, meetingId, c.participant.id);
  if (!before) throw new AccessDeniedError(`No meeting ${meetingId} here`);
  const plan = await cancelledPlan(deps.sql, c, before, actor, now);
  if (!plan.nudge) return { told: plan.told };
  const says = await deps.nudges.wording({
    participantId: c.participant.id, createdById: plan.nudge.createdById ?? null, meetingId: null, copyKey: plan.nudge.copyKey ?? null,
    copyVars: plan.nudge.copyVars ? JSON.stringify(plan.nudge.copyVars) : null, dialog: null, text: null,
  });
  return { told: plan.told, ...(says ? { says } : {}) };
}

/**
 * A time agreed with a person ("Ungdomen sa ja" on the page): the young person gets one short confirmation naming the
 * person, day, time and place (meeting.confirmedByTeam; a tester's Malin agreed Thursday with her coordinator and got
 * nothing). A nudge of the meeting's, so one called off before it goes is never confirmed (nudge-eligibility.ts), and
 * written after its reminders (scheduling them replaces the meeting's nudges). Named for whom the meeting is with.
 */
export function noticeOfConfirmed(tx: SqlExecutor, c: NoticeConversation, meeting: { id: number; coordinatorId: number | null }, actor: StaffActor, now: Date): Promise<{ told: Told; nudgeId?: number }> {
  return noticeOf(tx, c, { kind: "meeting-confirmed", copyKey: "meeting.confirmedByTeam", meetingId: meeting.id, createdById: meeting.coordinatorId ?? actor.id }, now);
}

/**
 * After the change's commit: the notice sent now, and what came of it; held (quiet hours), with when it goes, so the
 * page says what happened rather than "as soon as Tillit may write".
 */
export async function tellNotice(deps: { nudges: NudgeScheduler; sql: SqlExecutor }, notice: { told: Told; nudgeId?: number }): Promise<{ told: Told; heldUntil?: string }> {
  if (notice.nudgeId === undefined) return { told: notice.told };
  const outcome = await deps.nudges.sendNow(notice.nudgeId);
  if (outcome === "sent") return { told: "sent" };
  if (outcome !== "held" && outcome !== "retry" && outcome !== "not-due") return { told: "not-sent" };
  const due = await nudgeDueAt(deps.sql, notice.nudgeId);
  return { told: "held", ...(due ? { heldUntil: due.toISOString() } : {}) };
}

export async function cancelMeeting(deps: NudgeAdminDeps & { events: EventBus }, actor: StaffActor, conversationId: number, meetingId: number): Promise<{ told: Told; heldUntil?: string }> {
  const c = await authoriseConversation(deps, actor, conversationId, "meeting.cancelled");
  const p = c.participant;
  const now = deps.now();
  const { decided, notice } = await deps.sql.transaction(async (tx) => {
    const before = await meetingOf(tx, meetingId, p.id);
    if (!before) throw new AccessDeniedError(`No meeting ${meetingId} here`);
    assertMeetingAction(before, "cancelled:coordinator", now);
    const changed = await cancelMeetingByCoordinator(tx, { meetingId, participantId: p.id, staffId: actor.id, now });
    if (!changed) throw new AccessDeniedError(`No meeting ${meetingId} here`);
    await cancelNudges(tx, { meetingId }, "meeting-cancelled", now);
    const notice = await noticeOfCancelled(tx, c, before, actor, now);
    return { decided: await answered(tx, actor, c, now, "meeting-cancelled"), notice };
  });
  deps.events.emitAll(decided);
  return tellNotice(deps, notice);
}
