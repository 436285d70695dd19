// The only way a message leaves Tillit: a Message row plus an OutboxItem, written in the caller's
// transaction. The guards live here so no path (bot reply, nudge, staff reply) can skip them.
import { lockParticipantRow } from "../db/participant-locks.js";
import type { SqlExecutor } from "../db/sql.js";
import { countOutbound } from "../db/conversations.js";
import { insertOutbound, lastInboundChannel } from "../db/messages.js";
import { insertOutboxItem } from "../db/outbox.js";
import type { AuthorKind, Channel, OutboxPurpose } from "../domain/vocabulary.js";
import type { EventBus } from "../infrastructure/events.js";

export interface OutboundRequest {
  conversationId: number;
  participantId: number;
  channel: Channel;
  body: string;
  authorKind: AuthorKind;
  purpose: OutboxPurpose;
  authorStaffId?: number;
  choices?: string[];
  /** Another number than the participant's own (a one-time code to a phone being verified). */
  toPhone?: string;
  now: Date;
}

export type EnqueueResult =
  | { queued: true; messageId: number }
  | { queued: false; reason: "opted-out" | "unanswered-limit" };

/** Automated messages in a row without an answer; a third would be pushy. Crisis help is never held back. */
export const MAX_UNANSWERED_BOT_MESSAGES = 2;
/**
 * A row of unanswered messages ends when the participant writes, or after this long with no message
 * at all: a follow-up weeks later starts a new row (the nudge back-off spaces those out and stops them).
 */
export const UNANSWERED_ROW_PAUSE_MS = 3 * 24 * 3_600_000;

const countsAsUnanswered = (purpose: OutboxPurpose) => purpose === "reply" || purpose === "nudge" || purpose === "system";

/** Unanswered automated messages in the current row, given the conversation's counter and last message time. */
export function unansweredInRow(count: number, lastMessageAt: Date | null, now: Date): number {
  return lastMessageAt && now.getTime() - lastMessageAt.getTime() >= UNANSWERED_ROW_PAUSE_MS ? 0 : count;
}

export async function enqueueOutbound(tx: SqlExecutor, req: OutboundRequest): Promise<EnqueueResult> {
  const participant = await lockParticipantRow(tx, req.participantId);
  if (!participant) throw new Error(`No participant ${req.participantId}`);
  if (participant.status === "opted-out" && req.purpose !== "opt-out-confirmation") {
    return { queued: false, reason: "opted-out" };
  }
  // One conditional statement, so concurrent senders (a nudge and a reply) cannot both pass the limit.
  const counted = await countOutbound(tx, {
    conversationId: req.conversationId,
    counts: countsAsUnanswered(req.purpose),
    limit: MAX_UNANSWERED_BOT_MESSAGES,
    rowStartsAfter: new Date(req.now.getTime() - UNANSWERED_ROW_PAUSE_MS),
    now: req.now,
  });
  if (!counted) return { queued: false, reason: "unanswered-limit" };
  const messageId = await insertOutbound(tx, {
    conversationId: req.conversationId, participantId: req.participantId, channel: req.channel, authorKind: req.authorKind,
    authorStaffId: req.authorStaffId ?? null, body: req.body, choices: req.choices, now: req.now,
  });
  await insertOutboxItem(tx, { messageId, participantId: req.participantId, channel: req.channel, purpose: req.purpose, toPhone: req.toPhone ?? null, now: req.now });
  return { queued: true, messageId };
}

/** Where a message to this participant goes: the channel they last wrote on; SMS when they have a number, else the web chat. */
export async function replyChannel(tx: SqlExecutor, conversationId: number, participantId: number): Promise<Channel> {
  const last = await lastInboundChannel(tx, conversationId, participantId);
  if (last?.channel === "sms" || last?.channel === "webchat") return last.channel;
  return last?.hasPhone ? "sms" : "webchat";
}

/** After the commit that queued them: listeners (the inbox, the web chat, the outbox sender) hear of the messages. */
export function announceQueued(events: EventBus, to: { conversationId: number; participantId: number }, messageIds: readonly number[]): void {
  for (const messageId of messageIds) events.emit("message.stored", { messageId, conversationId: to.conversationId, participantId: to.participantId, direction: "out" });
  if (messageIds.length) events.emit("outbox.enqueued", { count: messageIds.length });
}
