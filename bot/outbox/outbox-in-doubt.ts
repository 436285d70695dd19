// Resolving a message whose send may or may not have reached the provider (after a crash or a
// timeout). The provider is asked for messages to the number with the same text since the attempt
// began; a message another row already owns (an earlier identical text) is never adopted, and the
// recorded id is written only if no other row has it, so two rows can never claim one provider message.
import { int, type Sql, type SqlExecutor } from "../db/sql.js";
import type { OutboundSms, SendReceipt, SmsTransport } from "../channels/sms-transport.js";

export async function adoptableReceipt(sql: Sql, sms: SmsTransport, outbound: OutboundSms, since: Date): Promise<SendReceipt | undefined> {
  const candidates = await sms.findSent(outbound, since);
  if (candidates.length === 0) return undefined;
  const taken = new Set(
    (await sql.query(
      `SELECT "providerId" FROM "Message" WHERE "channel" = 'sms' AND "providerId" IN (${candidates.map(() => "?").join(", ")})`,
      candidates.map((c) => c.providerId),
    )).map((r) => String(r.providerId)),
  );
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
  await sql.transaction(async (tx) => {
    await alsoInTransaction?.(tx);
    await tx.execute(`UPDATE "OutboxItem" SET "status" = 'sent', "leaseUntil" = NULL, "lastError" = NULL, "sendStartedAt" = NULL, "updatedAt" = ? WHERE "id" = ?`, [at, item.id]);
    await tx.execute(
      `UPDATE "Message" SET "providerId" = COALESCE("providerId", ?), "status" = CASE WHEN "status" IN ('delivered', 'undelivered', 'failed') THEN "status" ELSE ? END, "sentAt" = ?
        WHERE "id" = ?`,
      [receipt.providerId, receipt.status, at, item.messageId],
    );
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
  return sql.transaction(async (tx) => {
    const [row] = await tx.query(
      `SELECT o."messageId", o."status" FROM "OutboxItem" o JOIN "Message" m ON m."id" = o."messageId"
        WHERE o."id" = ? AND o."channel" = 'sms' AND m."providerId" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "Message" x WHERE x."channel" = 'sms' AND x."providerId" = ?)`,
      [outboxId, providerId],
    );
    if (!row) return undefined;
    const messageId = int(row.messageId);
    await tx.execute(`UPDATE "Message" SET "providerId" = ? WHERE "id" = ?`, [providerId, messageId]);
    if (row.status === "pending") {
      await tx.execute(
        `UPDATE "OutboxItem" SET "status" = 'sent', "leaseUntil" = NULL, "lastError" = NULL, "sendStartedAt" = NULL, "updatedAt" = ? WHERE "id" = ?`,
        [at, outboxId],
      );
      await tx.execute(`UPDATE "Message" SET "status" = 'sending', "sentAt" = ? WHERE "id" = ? AND "status" = 'queued'`, [at, messageId]);
    }
    return messageId;
  });
}
