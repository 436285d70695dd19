// Every change of a conversation's state (status, priority, handoff, takeover, hand-back, crisis and
// concern flags, an erasure request, the merge of a phone link) and of a participant's consent to messages (opt-out from
// any source, opt-in) happens here, and only here. Each transition is a guarded UPDATE plus its audit
// entry, written in the caller's transaction; it returns the events to emit once that transaction has
// committed (EventBus.emitAll), so no listener ever hears of a change that was rolled back.
import { insertAudit } from "../db/audit.js";
import { closeAllOf, closeConversationRow, conversationStatus, priorityOf, raiseToConcern, raiseToCrisis, setConcern, setCrisis, setHandedBack, setRequestWithdrawn, setTakenOver, setWaiting, snoozeConversationRow, standingFlag, touchLastMessage } from "../db/conversations.js";
import { insertConsent } from "../db/consents.js";
import { withdrawOpenErasureRequest } from "../db/erasure-requests.js";
import { cancelQueuedFor } from "../db/outbox.js";
import { setOptedIn, setOptedOut } from "../db/participants.js";
import type { SqlExecutor } from "../db/sql.js";
import { pendingEvent, type PendingEvent } from "../infrastructure/events.js";
import { ERASURE_HANDOFF_REASON, participantRequests, STAFF_RAISED_REASON, type ParticipantStatus } from "../domain/vocabulary.js";

interface ConversationRef {
  conversationId: number;
  participantId: number;
  now: Date;
}

/**
 * The participant (or a dialog on their behalf) asks for a person: a bot conversation starts waiting.
 * A repeated request is audited and announced again, so the team is reminded.
 */
export async function requestHuman(tx: SqlExecutor, c: ConversationRef & { reason: string }): Promise<PendingEvent[]> {
  await setWaiting(tx, c.conversationId, c.reason, c.now);
  await insertAudit(tx, { at: c.now, actorKind: "participant", actorId: c.participantId, action: "conversation.handoff-requested", subjectType: "conversation", subjectId: c.conversationId, details: { reason: c.reason } });
  return [pendingEvent("conversation.status-changed", { conversationId: c.conversationId, participantId: c.participantId, status: "waiting" })];
}

/**
 * The participant took back their request for a person: the conversation is the bot's again. Guarded,
 * so a crisis, an erasure request or a coordinator's takeover meanwhile is never undone; audited and
 * announced only when it changed.
 */
export async function withdrawHumanRequest(tx: SqlExecutor, c: ConversationRef): Promise<PendingEvent[]> {
  if (!(await setRequestWithdrawn(tx, c.conversationId, participantRequests, c.now))) return [];
  await insertAudit(tx, { at: c.now, actorKind: "participant", actorId: c.participantId, action: "conversation.handoff-withdrawn", subjectType: "conversation", subjectId: c.conversationId });
  return [pendingEvent("conversation.status-changed", { conversationId: c.conversationId, participantId: c.participantId, status: "bot", withdrawn: true })];
}

/**
 * Someone from the team acted on the conversation in the inbox without writing in it (recorded a
 * meeting's outcome; booked, agreed or cancelled a meeting; their own timed words went out): a
 * participant's request for a person is answered, and the conversation is the bot's again. A person is
 * awaited only while a request is open and nobody has acted on it: a young tester's conversation stayed
 * "waiting" for three weeks after her coordinator had booked a new meeting, every reminder and
 * check-in held and "hej igen" met with a filing receipt. A crisis, an erasure request and a takeover
 * are never ended this way (a person decides those, by handing back); a concern flag stays, so the team
 * still follows it up. Audited and announced only when it changed.
 */
export async function requestAnsweredByTeam(tx: SqlExecutor, c: StaffChange & { by: string }): Promise<PendingEvent[]> {
  if (!(await setRequestWithdrawn(tx, c.conversationId, participantRequests, c.now))) return [];
  await insertAudit(tx, {
    at: c.now, actorKind: "staff", actorId: c.staffId, action: "conversation.request-answered", subjectType: "conversation", subjectId: c.conversationId, teamId: c.teamId,
    details: { by: c.by },
  });
  return [pendingEvent("conversation.status-changed", { conversationId: c.conversationId, participantId: c.participantId, status: "bot", staffId: c.staffId })];
}

/**
 * The participant took back their request to be erased before a team lead carried it out ("ångrar mig,
 * vill inte radera ändå"): the request is closed as withdrawn and leaves the team leads' list, and a
 * conversation that waited only for it is the bot's again (a crisis or a takeover is never undone).
 * Audited; nothing changes when no request was open.
 */
export async function withdrawErasureRequest(tx: SqlExecutor, c: ConversationRef): Promise<PendingEvent[]> {
  const requestId = await withdrawOpenErasureRequest(tx, c.participantId, c.now);
  if (requestId === undefined) return [];
  await insertAudit(tx, { at: c.now, actorKind: "participant", actorId: c.participantId, action: "participant.erasure-withdrawn", subjectType: "participant", subjectId: c.participantId, details: { requestId } });
  if (!(await setRequestWithdrawn(tx, c.conversationId, [ERASURE_HANDOFF_REASON], c.now))) return [];
  return [pendingEvent("conversation.status-changed", { conversationId: c.conversationId, participantId: c.participantId, status: "bot", withdrawn: true })];
}

/**
 * The participant asked for their data to be erased (or staff registered such a request): a bot
 * conversation waits for a human with the request as its reason. Announced only when it changed.
 */
export async function erasureRequested(
  tx: SqlExecutor,
  c: ConversationRef & { reason: string; requestId: number; source: string; requestedById?: number },
): Promise<PendingEvent[]> {
  const handedOff = await setWaiting(tx, c.conversationId, c.reason, c.now);
  await insertAudit(tx, {
    at: c.now, actorKind: c.source === "staff" ? "staff" : "participant", actorId: c.requestedById ?? c.participantId, action: "participant.erasure-requested",
    subjectType: "participant", subjectId: c.participantId, details: { requestId: c.requestId, source: c.source },
  });
  if (!handedOff) return [];
  return [pendingEvent("conversation.status-changed", { conversationId: c.conversationId, participantId: c.participantId, status: "waiting", ...(c.source === "staff" && c.requestedById ? { staffId: c.requestedById } : {}) })];
}

/**
 * The safety screen found a crisis: the conversation goes to the top of the inbox, waiting for a
 * human, unless a coordinator already has it (then they keep it). Which kind of crisis it is stays in
 * the audit log (health data), and whether the message told a protective step (`protective`: not a new crisis
 * to what the bot says after it, bot/db/audit.ts).
 */
export async function flagCrisis(
  tx: SqlExecutor,
  c: ConversationRef & { categories: string[]; messageId: number; onCallAlerts: boolean; raisedBy?: { source: string; score?: number }; protective?: boolean; aboutAnother?: boolean; fromAfar?: boolean; fromFamily?: boolean },
): Promise<PendingEvent[]> {
  const before = await conversationStatus(tx, c.conversationId);
  await setCrisis(tx, c.conversationId, `crisis:${c.categories.join(",")}`, c.now);
  await insertAudit(tx, {
    at: c.now, actorKind: "system", actorId: null, action: "conversation.crisis-flagged", subjectType: "conversation", subjectId: c.conversationId,
    details: { categories: c.categories, messageId: c.messageId, onCallAlerts: c.onCallAlerts, ...(c.raisedBy ? { raisedBy: c.raisedBy } : {}), ...(c.protective ? { protective: true } : {}), ...(c.aboutAnother ? { aboutAnother: true } : {}), ...(c.fromAfar ? { fromAfar: true } : {}), ...(c.fromFamily ? { fromFamily: true } : {}) },
  });
  const events = [pendingEvent("conversation.crisis-flagged", { conversationId: c.conversationId, participantId: c.participantId, categories: c.categories })];
  // Announced whenever the conversation was not with a coordinator: the inbox and Slack's handoff post carry the alert.
  if (before !== "human") events.push(pendingEvent("conversation.status-changed", { conversationId: c.conversationId, participantId: c.participantId, status: "waiting" }));
  return events;
}

export interface ConcernFlag extends ConversationRef {
  reasons: string[];
  /** rules | check-in | model */
  source: string;
  messageId?: number;
}

/**
 * A conversation a youth worker should follow up rises below crisis and above everything else; never
 * lowers a crisis. Every flag is audited; the team is told only of a conversation's first one.
 */
export async function flagConcern(tx: SqlExecutor, flag: ConcernFlag): Promise<PendingEvent[]> {
  const row = await priorityOf(tx, flag.conversationId);
  if (!row || row.priority === "crisis") return [];
  await setConcern(tx, flag.conversationId, [...new Set([...row.concernReasons, ...flag.reasons])], flag.now);
  await insertAudit(tx, {
    at: flag.now, actorKind: "system", actorId: null, action: "conversation.concern-flagged", subjectType: "conversation", subjectId: flag.conversationId,
    details: { reasons: flag.reasons, source: flag.source, messageId: flag.messageId ?? null },
  });
  if (row.priority !== "normal") return [];
  return [pendingEvent("conversation.concern-flagged", { conversationId: flag.conversationId, participantId: flag.participantId, reasons: flag.reasons })];
}

interface StaffChange extends ConversationRef {
  staffId: number;
  teamId: number | null;
}

/** A coordinator takes the conversation: the bot goes silent until it is handed back. */
export async function takeOver(tx: SqlExecutor, c: StaffChange): Promise<PendingEvent[]> {
  await setTakenOver(tx, c.conversationId, c.staffId, c.now);
  await insertAudit(tx, { at: c.now, actorKind: "staff", actorId: c.staffId, action: "conversation.taken-over", subjectType: "conversation", subjectId: c.conversationId, teamId: c.teamId });
  return [pendingEvent("conversation.status-changed", { conversationId: c.conversationId, participantId: c.participantId, status: "human", staffId: c.staffId })];
}

/**
 * A human decided: the bot resumes, and the crisis or concern flag and the handoff reason are cleared. The flag it
 * had stays on the conversation as recent (the audit entry says which), so the inbox row still reads "Kris nyligen:
 * självmordstankar" (tester24 #5: twenty minutes after a suicide flag Nora's row read only "Bad om en person", below
 * ordinary waits). It ends with time, not with a click: the row keeps it for as long as the bot itself reads what she
 * writes as after a crisis (bot/domain/after-crisis.ts, one span for both), so the team sees what the bot acts on
 * and no one can clear the reminder by mistake while the bot still treats the days as fragile. Closing the
 * conversation ends it too (closeConversation): that is a coordinator saying it is done. A new flag shows as itself.
 * `falseAlarm`: the message that raised it was marked a false alarm, so nothing is kept.
 */
export async function handBack(tx: SqlExecutor, c: StaffChange & { falseAlarm?: boolean }): Promise<PendingEvent[]> {
  const cleared = await standingFlag(tx, c.conversationId);
  // A flag marked a false alarm was no crisis: it is cleared and not kept (the audit still says what it was).
  await setHandedBack(tx, c.conversationId, c.now, c.falseAlarm ? null : cleared);
  await insertAudit(tx, {
    at: c.now, actorKind: "staff", actorId: c.staffId, action: "conversation.handed-back", subjectType: "conversation", subjectId: c.conversationId, teamId: c.teamId,
    ...(cleared ? { details: { cleared, ...(c.falseAlarm ? { falseAlarm: true } : {}) } } : {}),
  });
  return [pendingEvent("conversation.status-changed", { conversationId: c.conversationId, participantId: c.participantId, status: "bot", staffId: c.staffId })];
}

/**
 * A coordinator marked a participant's message as a crisis or a concern the safety screen missed
 * (bot/staff/safety-labels.ts): the conversation rises as a flag of the screen's would raise it. A crisis goes to
 * the top, waiting for a person (unless a coordinator has it), so the bot asks nothing more of its own and answers
 * only as while a person is awaited (dialogs/waiting.ts); a concern rises below crisis and the bot goes on. Nothing
 * is sent: the coordinator is there and writes themself. Audited as that staff member's own act
 * (`conversation.crisis-raised`, `conversation.concern-raised`), never as the screen's `conversation.crisis-flagged`,
 * which what Tillit says after a crisis reads as "the numbers were sent" (bot/db/audit.ts crisisFlagsSince).
 * Returns whether it rose: a closed conversation, or one flagged as high already, is left as it is.
 */
export async function raiseByStaff(tx: SqlExecutor, c: StaffChange & { level: "crisis" | "concern"; messageId: number }): Promise<{ raised: boolean; events: PendingEvent[] }> {
  const before = await conversationStatus(tx, c.conversationId);
  const changed = c.level === "crisis"
    ? await raiseToCrisis(tx, c.conversationId, `crisis:${STAFF_RAISED_REASON}`, c.now)
    : await raiseToConcern(tx, c.conversationId, STAFF_RAISED_REASON, c.now);
  if (!changed) return { raised: false, events: [] };
  await insertAudit(tx, {
    at: c.now, actorKind: "staff", actorId: c.staffId, action: `conversation.${c.level}-raised`, subjectType: "conversation", subjectId: c.conversationId, teamId: c.teamId,
    details: { messageId: c.messageId },
  });
  const ids = { conversationId: c.conversationId, participantId: c.participantId };
  if (c.level === "concern") return { raised: true, events: [pendingEvent("conversation.concern-flagged", { ...ids, reasons: [STAFF_RAISED_REASON] })] };
  const events = [pendingEvent("conversation.crisis-flagged", { ...ids, categories: [] })];
  if (before !== "human") events.push(pendingEvent("conversation.status-changed", { ...ids, status: "waiting", staffId: c.staffId }));
  return { raised: true, events };
}

/**
 * A web visitor's number belonged to a participant Tillit knew: the visitor's conversations close and
 * the kept one (which now holds the web messages) moves up. Audited as the coordinator's confirmation.
 */
export async function mergeIntoConversation(
  tx: SqlExecutor,
  merge: { fromParticipantId: number; conversationId: number; participantId: number; staffId: number; teamId: number | null; now: Date },
): Promise<PendingEvent[]> {
  const { now } = merge;
  await closeAllOf(tx, merge.fromParticipantId, now);
  await touchLastMessage(tx, merge.conversationId, now);
  return phoneLinked(tx, { ...merge, merged: true });
}

/** The coordinator's confirmation of a visitor's phone number, merged or not. */
export async function phoneLinked(
  tx: SqlExecutor,
  link: { fromParticipantId: number; conversationId: number; participantId: number; staffId: number; teamId: number | null; merged: boolean; now: Date },
): Promise<PendingEvent[]> {
  await insertAudit(tx, {
    at: link.now, actorKind: "staff", actorId: link.staffId, action: "participant.phone-linked", subjectType: "participant", subjectId: link.participantId, teamId: link.teamId,
    details: { from: link.fromParticipantId, merged: link.merged },
  });
  return [pendingEvent("conversation.updated", { conversationId: link.conversationId, participantId: link.participantId })];
}

/** Who stopped the messages: the participant (a STOPP word or a dialog's choice), the provider (Twilio 21610), or staff. */
export type OptOutSource = { kind: "participant" } | { kind: "provider"; code: string } | { kind: "staff"; staffId: number };

const consentMethod = { participant: "keyword", provider: "provider", staff: "staff" } as const;

/**
 * Nothing more goes out: the participant is opted out, the consent row and audit entry record who
 * said so, and everything still queued is cancelled. The same whatever the source. A participant's
 * own repeated STOPP is recorded again (it is their word); a provider's or staff's is a no-op.
 */
export async function optOut(tx: SqlExecutor, options: { participantId: number; source: OptOutSource; now: Date }): Promise<PendingEvent[]> {
  const { participantId: id, source, now } = options;
  if (!(await setOptedOut(tx, id, now, source.kind === "participant"))) return [];
  await recordConsent(tx, { participantId: id, granted: false, method: consentMethod[source.kind], now, source });
  await cancelQueuedFor(tx, id, now);
  return [pendingEvent("participant.opted-out", { participantId: id })];
}

/** A START word brings someone back: messages are allowed again, recorded as consent. */
export async function optIn(tx: SqlExecutor, options: { participantId: number; status: ParticipantStatus; now: Date }): Promise<PendingEvent[]> {
  await setOptedIn(tx, options.participantId, options.status, options.now);
  await recordConsent(tx, { participantId: options.participantId, granted: true, method: "keyword", now: options.now, source: { kind: "participant" } });
  return [pendingEvent("participant.opted-in", { participantId: options.participantId })];
}

async function recordConsent(tx: SqlExecutor, c: { participantId: number; granted: boolean; method: string; now: Date; source: OptOutSource }): Promise<void> {
  await insertConsent(tx, { participantId: c.participantId, kind: "messages", granted: c.granted, method: c.method, now: c.now });
  const { source } = c;
  await insertAudit(tx, {
    at: c.now,
    actorKind: source.kind === "staff" ? "staff" : source.kind === "provider" ? "system" : "participant",
    actorId: source.kind === "staff" ? source.staffId : source.kind === "provider" ? null : c.participantId,
    action: c.granted ? "participant.opted-in" : "participant.opted-out",
    subjectType: "participant",
    subjectId: c.participantId,
    details: source.kind === "provider" ? { source: "provider", code: source.code } : source.kind === "staff" ? { source: "staff" } : null,
  });
}

/**
 * A coordinator closes (resolves) the conversation: it leaves the open list for "Avslutade", with its
 * flags cleared; the participant's next message opens a new one. Nothing is sent to the participant.
 */
export async function closeConversation(tx: SqlExecutor, c: StaffChange): Promise<PendingEvent[]> {
  if (!(await closeConversationRow(tx, c.conversationId, c.now))) return [];
  await insertAudit(tx, { at: c.now, actorKind: "staff", actorId: c.staffId, action: "conversation.closed", subjectType: "conversation", subjectId: c.conversationId, teamId: c.teamId });
  return [pendingEvent("conversation.status-changed", { conversationId: c.conversationId, participantId: c.participantId, status: "closed", staffId: c.staffId })];
}

/**
 * Snoozed until a time (or woken with null): out of the open list until then or until the participant
 * writes. A crisis is never snoozed; false when the conversation is closed or a crisis.
 */
export async function snoozeConversation(tx: SqlExecutor, c: StaffChange & { until: Date | null }): Promise<{ changed: boolean; events: PendingEvent[] }> {
  if (!(await snoozeConversationRow(tx, c.conversationId, c.until, c.now))) return { changed: false, events: [] };
  await insertAudit(tx, {
    at: c.now, actorKind: "staff", actorId: c.staffId, action: c.until ? "conversation.snoozed" : "conversation.woken", subjectType: "conversation", subjectId: c.conversationId, teamId: c.teamId,
    details: c.until ? { until: c.until.toISOString() } : null,
  });
  return { changed: true, events: [pendingEvent("conversation.updated", { conversationId: c.conversationId, participantId: c.participantId })] };
}
