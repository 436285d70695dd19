// Resolving a message whose send may or may not have reached the provider (after a crash or a
// timeout). The provider is asked for messages to the number with the same text since the attempt
// began; a message another row already owns (an earlier identical text) is never adopted, and the
// recorded id is written only if no other row has it, so two rows can never claim one provider message.
import type { Sql, SqlExecutor } from "../db/sql.js";
import { adoptProviderId, markSent, markSentAlone, providerIdsTaken } from "../db/outbox.js";
import type { OutboundSms, SendReceipt, SmsTransport } from "../channels/sms-transport.js";

export async function adoptableReceipt(sql: Sql, sms: SmsTransport, outbound: OutboundSms, since: Date): Promise<SendReceipt | undefined> {
  const candidates = await sms.findSent(outbound, since);
  if (candidates.length === 0) return undefined;
  const taken = await providerIdsTaken(sql, candidates.map((c) => c.providerId));
  return candidates.find((c) => !taken.has(c.providerId));
}

export interface SentItem {
  id: number;
  messageId: number;
}

/**
 * Marks the item sent and the message with the provider's id (unless a delivery report already named
 * it); `alsoInTransaction` commits with it (a one-time code's text is hidden once it has left).
 */
export async function recordSent(sql: Sql, item: SentItem, receipt: SendReceipt, at: Date, alsoInTransaction?: (tx: SqlExecutor) => Promise<void>): Promise<void> {
  if (!alsoInTransaction) return markSentAlone(sql, item, receipt, at);
  await sql.transaction(async (tx) => {
    await alsoInTransaction(tx);
    await markSent(tx, item, receipt, at);
  });
}

/**
 * A delivery report that carries an outbox key Tillit has no provider id for yet (the sender
 * crashed or timed out before learning it): the message gets the provider's id, and an item still
 * waiting to be retried is sent. Returns the message id, or undefined when the key matches nothing
 * that may take this provider id.
 */
export async function adoptFromReport(sql: Sql, outboxKey: string, providerId: string, at: Date): Promise<number | undefined> {
  const outboxId = Number(outboxKey);
  if (!Number.isSafeInteger(outboxId) || outboxId <= 0) return undefined;
  return sql.transaction((tx) => adoptProviderId(tx, outboxId, providerId, at));
}
