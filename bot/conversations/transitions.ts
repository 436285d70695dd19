// Every change of a conversation's state (status, priority, handoff, takeover, hand-back, crisis and
// concern flags, an erasure request, the merge of a phone link) and of a participant's consent to messages (opt-out from
// any source, opt-in) happens here, and only here. Each transition is a guarded UPDATE plus its audit
// entry, written in the caller's transaction; it returns the events to emit once that transaction has
// committed (EventBus.emitAll), so no listener ever hears of a change that was rolled back.
import { insertAudit } from "../db/audit.js";
import type { SqlExecutor } from "../db/sql.js";
import { pendingEvent, type PendingEvent } from "../infrastructure/events.js";
import type { ParticipantStatus } from "../domain/vocabulary.js";

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
  await tx.execute(`UPDATE "Conversation" SET "status" = 'waiting', "waitingSince" = ?, "handoffReason" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" = 'bot'`, [c.now, c.reason, c.now, c.conversationId]);
  await insertAudit(tx, { at: c.now, actorKind: "participant", actorId: c.participantId, action: "conversation.handoff-requested", subjectType: "conversation", subjectId: c.conversationId, details: { reason: c.reason } });
  return [pendingEvent("conversation.status-changed", { conversationId: c.conversationId, participantId: c.participantId, status: "waiting" })];
}

/**
 * The participant asked for their data to be erased (or staff registered such a request): a bot
 * conversation waits for a human with the request as its reason. Announced only when it changed.
 */
export async function erasureRequested(
  tx: SqlExecutor,
  c: ConversationRef & { reason: string; requestId: number; source: string; requestedById?: number },
): Promise<PendingEvent[]> {
  const handedOff = await tx.execute(
    `UPDATE "Conversation" SET "status" = 'waiting', "waitingSince" = ?, "handoffReason" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" = 'bot'`,
    [c.now, c.reason, c.now, c.conversationId],
  );
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
 * the audit log (health data).
 */
export async function flagCrisis(tx: SqlExecutor, c: ConversationRef & { categories: string[]; messageId: number; onCallAlerts: boolean }): Promise<PendingEvent[]> {
  const [before] = await tx.query(`SELECT "status" FROM "Conversation" WHERE "id" = ?`, [c.conversationId]);
  await tx.execute(
    `UPDATE "Conversation" SET "priority" = 'crisis', "status" = CASE WHEN "status" = 'human' THEN 'human' ELSE 'waiting' END,
       "waitingSince" = CASE WHEN "status" = 'human' THEN NULL ELSE COALESCE("waitingSince", ?) END,
       "handoffReason" = ?, "updatedAt" = ? WHERE "id" = ?`,
    [c.now, `crisis:${c.categories.join(",")}`, c.now, c.conversationId],
  );
  await insertAudit(tx, {
    at: c.now, actorKind: "system", actorId: null, action: "conversation.crisis-flagged", subjectType: "conversation", subjectId: c.conversationId,
    details: { categories: c.categories, messageId: c.messageId, onCallAlerts: c.onCallAlerts },
  });
  const events = [pendingEvent("conversation.crisis-flagged", { conversationId: c.conversationId, participantId: c.participantId, categories: c.categories })];
  // Announced whenever the conversation was not with a coordinator: the inbox and Slack's handoff post carry the alert.
  if (before?.status !== "human") events.push(pendingEvent("conversation.status-changed", { conversationId: c.conversationId, participantId: c.participantId, status: "waiting" }));
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
  const [row] = await tx.query(`SELECT "priority", "concernReason" FROM "Conversation" WHERE "id" = ?`, [flag.conversationId]);
  if (!row || row.priority === "crisis") return [];
  const known = row.concernReason ? String(row.concernReason).split(",") : [];
  const reasons = [...new Set([...known, ...flag.reasons])].join(",");
  await tx.execute(
    `UPDATE "Conversation" SET "priority" = 'concern', "concernReason" = ?, "concernSince" = COALESCE("concernSince", ?), "updatedAt" = ? WHERE "id" = ? AND "priority" <> 'crisis'`,
    [reasons, flag.now, flag.now, flag.conversationId],
  );
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
  await tx.execute(
    `UPDATE "Conversation" SET "status" = 'human', "assigneeId" = ?, "waitingSince" = NULL, "takenOverAt" = ?, "idleRemindedAt" = NULL, "updatedAt" = ? WHERE "id" = ?`,
    [c.staffId, c.now, c.now, c.conversationId],
  );
  await insertAudit(tx, { at: c.now, actorKind: "staff", actorId: c.staffId, action: "conversation.taken-over", subjectType: "conversation", subjectId: c.conversationId, teamId: c.teamId });
  return [pendingEvent("conversation.status-changed", { conversationId: c.conversationId, participantId: c.participantId, status: "human", staffId: c.staffId })];
}

/** A human decided: the bot resumes, and the crisis or concern flag and the handoff reason are cleared. */
export async function handBack(tx: SqlExecutor, c: StaffChange): Promise<PendingEvent[]> {
  await tx.execute(
    `UPDATE "Conversation" SET "status" = 'bot', "priority" = 'normal', "handoffReason" = NULL, "concernReason" = NULL, "concernSince" = NULL,
       "waitingSince" = NULL, "takenOverAt" = NULL, "idleRemindedAt" = NULL, "updatedAt" = ? WHERE "id" = ?`,
    [c.now, c.conversationId],
  );
  await insertAudit(tx, { at: c.now, actorKind: "staff", actorId: c.staffId, action: "conversation.handed-back", subjectType: "conversation", subjectId: c.conversationId, teamId: c.teamId });
  return [pendingEvent("conversation.status-changed", { conversationId: c.conversationId, participantId: c.participantId, status: "bot", staffId: c.staffId })];
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
  await tx.execute(`UPDATE "Conversation" SET "status" = 'closed', "updatedAt" = ? WHERE "participantId" = ? AND "status" <> 'closed'`, [now, merge.fromParticipantId]);
  await tx.execute(`UPDATE "Conversation" SET "lastMessageAt" = ?, "updatedAt" = ? WHERE "id" = ?`, [now, now, merge.conversationId]);
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
export async function optOut(tx: SqlExecutor, o: { participantId: number; source: OptOutSource; now: Date }): Promise<PendingEvent[]> {
  const { participantId: id, source, now } = o;
  const changed = await tx.execute(
    `UPDATE "Participant" SET "status" = 'opted-out', "optedOutAt" = ?, "updatedAt" = ? WHERE "id" = ?${source.kind === "participant" ? "" : ` AND "status" <> 'opted-out'`}`,
    [now, now, id],
  );
  if (!changed) return [];
  await recordConsent(tx, { participantId: id, granted: false, method: consentMethod[source.kind], now, source });
  await tx.execute(
    `UPDATE "Message" SET "status" = 'refused', "errorCode" = 'opted-out'
     WHERE "id" IN (SELECT "messageId" FROM "OutboxItem" WHERE "participantId" = ? AND "status" = 'pending')`,
    [id],
  );
  await tx.execute(`UPDATE "OutboxItem" SET "status" = 'cancelled', "lastError" = 'opted-out', "updatedAt" = ? WHERE "participantId" = ? AND "status" = 'pending'`, [now, id]);
  return [pendingEvent("participant.opted-out", { participantId: id })];
}

/** A START word brings someone back: messages are allowed again, recorded as consent. */
export async function optIn(tx: SqlExecutor, o: { participantId: number; status: ParticipantStatus; now: Date }): Promise<PendingEvent[]> {
  await tx.execute(`UPDATE "Participant" SET "status" = ?, "optedOutAt" = NULL, "updatedAt" = ? WHERE "id" = ?`, [o.status, o.now, o.participantId]);
  await recordConsent(tx, { participantId: o.participantId, granted: true, method: "keyword", now: o.now, source: { kind: "participant" } });
  return [pendingEvent("participant.opted-in", { participantId: o.participantId })];
}

async function recordConsent(tx: SqlExecutor, c: { participantId: number; granted: boolean; method: string; now: Date; source: OptOutSource }): Promise<void> {
  await tx.execute(`INSERT INTO "Consent" ("participantId", "kind", "granted", "method", "createdAt") VALUES (?, 'messages', ?, ?, ?)`, [c.participantId, c.granted, c.method, c.now]);
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
