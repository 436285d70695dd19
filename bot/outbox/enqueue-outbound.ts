// The only way a message leaves Tillit: a Message row plus an OutboxItem, written in the caller's
// transaction. The guards live here so no path (bot reply, nudge, staff reply) can skip them.
import { lockParticipantRow } from "../db/participant-locks.js";
import type { SqlExecutor } from "../db/sql.js";
import { countOutbound } from "../db/conversations.js";
import { lastInboundChannel } from "../db/messages.js";
import { insertQueuedMessages } from "../db/outbox.js";
import { reachesAfterStop, type AuthorKind, type Channel, type OutboxPurpose } from "../domain/vocabulary.js";
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
  /**
   * A coordinator's own words at the time they chose (a one-off text): counted in the row of unanswered
   * messages, so Tillit's own next initiative waits, but never refused by it. A job tip Kim set for
   * Friday 11:00 once went out on Monday because Tillit's reply and check-in had used up the row.
   */
  chosenByCoordinator?: boolean;
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

const countsAsUnanswered = (purpose: OutboxPurpose) => purpose === "reply" || purpose === "nudge" || purpose === "system" || purpose === "hand-back";

/** Unanswered automated messages in the current row, given the conversation's counter and last message time. */
export function unansweredInRow(count: number, lastMessageAt: Date | null, now: Date): number {
  return lastMessageAt && now.getTime() - lastMessageAt.getTime() >= UNANSWERED_ROW_PAUSE_MS ? 0 : count;
}

export async function enqueueOutbound(tx: SqlExecutor, req: OutboundRequest): Promise<EnqueueResult> {
  const { body, choices, ...to } = req;
  const [result] = await enqueueOutboundAll(tx, to, [{ body, choices }]);
  return result!;
}

/**
 * Several messages to one participant from one author and purpose (a turn's replies), in order: the
 * participant's row is locked and read once, each message is counted against the limit in turn, and
 * the ones that pass are written together (on PostgreSQL one statement for all of them: every round
 * trip to the database costs the service CPU; see bot/db/outbox.ts).
 */
export async function enqueueOutboundAll(tx: SqlExecutor, to: Omit<OutboundRequest, "body" | "choices">, texts: readonly { body: string; choices?: string[] }[]): Promise<EnqueueResult[]> {
  if (texts.length === 0) return [];
  const participant = await lockParticipantRow(tx, to.participantId);
  if (!participant) throw new Error(`No participant ${to.participantId}`);
  if (participant.status === "opted-out" && !reachesAfterStop(to.purpose)) {
    return texts.map(() => ({ queued: false, reason: "opted-out" }));
  }
  const counted: boolean[] = [];
  for (let i = 0; i < texts.length; i++) {
    // One conditional statement, so concurrent senders (a nudge and a reply) cannot both pass the limit.
    counted.push(await countOutbound(tx, {
      conversationId: to.conversationId,
      counts: countsAsUnanswered(to.purpose),
      limit: MAX_UNANSWERED_BOT_MESSAGES,
      limited: !to.chosenByCoordinator,
      rowStartsAfter: new Date(to.now.getTime() - UNANSWERED_ROW_PAUSE_MS),
      now: to.now,
    }));
  }
  const ids = await insertQueuedMessages(tx, {
    conversationId: to.conversationId, participantId: to.participantId, channel: to.channel, authorKind: to.authorKind,
    authorStaffId: to.authorStaffId ?? null, purpose: to.purpose, toPhone: to.toPhone ?? null, now: to.now,
  }, texts.filter((_, i) => counted[i]));
  let next = 0;
  return counted.map((ok): EnqueueResult => (ok ? { queued: true, messageId: ids[next++]! } : { queued: false, reason: "unanswered-limit" }));
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
