// The only way a message leaves Tillit: a Message row plus an OutboxItem, written in the caller's
// transaction. The guards live here so no path (bot reply, nudge, staff reply) can skip them.
import { int, type SqlExecutor } from "./db/sql.js";
import type { AuthorKind, Channel, OutboxPurpose } from "./domain/vocabulary.js";

export interface OutboundRequest {
  conversationId: number;
  participantId: number;
  channel: Channel;
  body: string;
  authorKind: AuthorKind;
  purpose: OutboxPurpose;
  authorStaffId?: number;
  choices?: string[];
  now: Date;
}

export type EnqueueResult =
  | { queued: true; messageId: number }
  | { queued: false; reason: "opted-out" | "unanswered-limit" };

/** Automated messages in a row without an answer; a third would be pushy. Crisis help is never held back. */
export const MAX_UNANSWERED_BOT_MESSAGES = 2;

const countsAsUnanswered = (purpose: OutboxPurpose) => purpose === "reply" || purpose === "nudge" || purpose === "system";

export async function enqueueOutbound(tx: SqlExecutor, req: OutboundRequest): Promise<EnqueueResult> {
  const [participant] = await tx.query(`SELECT "status" FROM "Participant" WHERE "id" = ?`, [req.participantId]);
  if (!participant) throw new Error(`No participant ${req.participantId}`);
  if (participant.status === "opted-out" && req.purpose !== "opt-out-confirmation") {
    return { queued: false, reason: "opted-out" };
  }
  // One conditional statement, so concurrent senders (a nudge and a reply) cannot both pass the limit.
  const guard = countsAsUnanswered(req.purpose)
    ? ` AND "unansweredCount" < ${MAX_UNANSWERED_BOT_MESSAGES}`
    : "";
  const counted = await tx.execute(
    `UPDATE "Conversation" SET "unansweredCount" = "unansweredCount" + ?, "lastMessageAt" = ?, "updatedAt" = ? WHERE "id" = ?${guard}`,
    [countsAsUnanswered(req.purpose) ? 1 : 0, req.now, req.now, req.conversationId],
  );
  if (counted === 0) return { queued: false, reason: "unanswered-limit" };
  const [message] = await tx.query(
    `INSERT INTO "Message" ("conversationId", "participantId", "direction", "channel", "authorKind", "authorStaffId", "body", "choices", "status", "createdAt")
     VALUES (?, ?, 'out', ?, ?, ?, ?, ?, 'queued', ?) RETURNING "id"`,
    [req.conversationId, req.participantId, req.channel, req.authorKind, req.authorStaffId ?? null, req.body, req.choices?.length ? JSON.stringify(req.choices) : null, req.now],
  );
  const messageId = int(message!.id);
  await tx.execute(
    `INSERT INTO "OutboxItem" ("messageId", "participantId", "channel", "purpose", "status", "attempts", "nextAttemptAt", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, 'pending', 0, ?, ?, ?)`,
    [messageId, req.participantId, req.channel, req.purpose, req.now, req.now, req.now],
  );
  return { queued: true, messageId };
}
