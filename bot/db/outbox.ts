// The OutboxItem table (and the delivery columns of its Message): queued, claimed with a lease, sent,
// retried, finished. The sender's rules (what is in doubt, when to give up) are bot/outbox/; which
// items are due first is outbox-heads.ts.
import { date, int, strOrNull, type Sql, type SqlExecutor } from "./sql.js";
import type { DueHeads } from "./outbox-heads.js";

const MESSAGE_COLUMNS = `("conversationId", "participantId", "direction", "channel", "authorKind", "authorStaffId", "body", "choices", "status", "createdAt")`;
const MESSAGE_VALUES = `(?, ?, 'out', ?, ?, ?, ?, ?, 'queued', ?)`;
const ITEM_COLUMNS = `("messageId", "participantId", "channel", "purpose", "status", "attempts", "nextAttemptAt", "toPhone", "createdAt", "updatedAt")`;
// Everything after the message id: participant, channel, purpose, next attempt, number, created, updated.
const ITEM_VALUES = `?, ?, ?, 'pending', 0, ?, ?, ?, ?`;

export interface QueuedMessages {
  conversationId: number;
  participantId: number;
  channel: string;
  authorKind: string;
  authorStaffId: number | null;
  purpose: string;
  toPhone: string | null;
  now: Date;
}

/**
 * Outbound messages, each with its outbox item, in the order given; returns their message ids in that
 * order (ids are drawn row by row, so the person's queue order is the order of `texts`). On PostgreSQL
 * every message and item goes in one statement; SQLite runs in-process, where statements cost little.
 */
export async function insertQueuedMessages(tx: SqlExecutor, to: QueuedMessages, texts: readonly { body: string; choices?: string[] }[]): Promise<number[]> {
  if (texts.length === 0) return [];
  const messageValues = (t: { body: string; choices?: string[] }) =>
    [to.conversationId, to.participantId, to.channel, to.authorKind, to.authorStaffId, t.body, t.choices?.length ? JSON.stringify(t.choices) : null, to.now];
  if (tx.dialect === "postgres") {
    const rows = await tx.query(
      `WITH m AS (INSERT INTO "Message" ${MESSAGE_COLUMNS} VALUES ${texts.map(() => MESSAGE_VALUES).join(", ")} RETURNING "id")
       INSERT INTO "OutboxItem" ${ITEM_COLUMNS} SELECT m."id", ${ITEM_VALUES} FROM m ORDER BY m."id"
       RETURNING "messageId"`,
      [...texts.flatMap(messageValues), to.participantId, to.channel, to.purpose, to.now, to.toPhone, to.now, to.now],
    );
    return rows.map((r) => int(r.messageId)).sort((a, b) => a - b);
  }
  const ids: number[] = [];
  for (const t of texts) {
    const [message] = await tx.query(`INSERT INTO "Message" ${MESSAGE_COLUMNS} VALUES ${MESSAGE_VALUES} RETURNING "id"`, messageValues(t));
    const messageId = int(message!.id);
    await tx.execute(`INSERT INTO "OutboxItem" ${ITEM_COLUMNS} VALUES (?, ${ITEM_VALUES})`, [messageId, to.participantId, to.channel, to.purpose, to.now, to.toPhone, to.now, to.now]);
    ids.push(messageId);
  }
  return ids;
}

export interface ClaimedItem {
  id: number;
  messageId: number;
  conversationId: number;
  participantId: number;
  purpose: string;
  channel: string;
  attempts: number;
  createdAt: Date;
  body: string;
  choices: string | null;
  phone: string | null;
  participantStatus: string;
  /** An earlier attempt may have reached the provider: ask before sending again. */
  inDoubt: boolean;
  /** When the earliest unresolved attempt began (the window to search at the provider). */
  sendStartedAt: Date;
  /** Set by a delivery report that named this item before the sender learnt the outcome. */
  providerId: string | null;
}

/**
 * Claims the due heads with a lease. The conditions are re-checked in the UPDATE itself, so two
 * senders never claim one item; returns what a send needs, in queue order.
 */
export async function claimItems(tx: SqlExecutor, due: DueHeads, at: Date, leaseUntil: Date): Promise<ClaimedItem[]> {
  const ids = [...due.keys()];
  if (ids.length === 0) return [];
  const claimed = await tx.query(
    `UPDATE "OutboxItem" SET "status" = 'sending', "leaseUntil" = ?, "attempts" = "attempts" + 1, "updatedAt" = ?,
            "sendStartedAt" = COALESCE("sendStartedAt", ?)
     WHERE "id" IN (${ids.map(() => "?").join(", ")})
       AND ${isDue('"OutboxItem"')}
     RETURNING "id"`,
    [leaseUntil, at, at, ...ids, at, at],
  );
  if (claimed.length === 0) return [];
  const rows = await tx.query(
    `SELECT ${claimedColumns}
     FROM "OutboxItem" o JOIN "Message" m ON m."id" = o."messageId" JOIN "Participant" p ON p."id" = o."participantId"
     WHERE o."id" IN (${claimed.map(() => "?").join(", ")}) ORDER BY o."id"`,
    claimed.map((r) => int(r.id)),
  );
  return rows.map((r) => claimedItem(r, due.get(int(r.id)) ?? null, at));
}

/** An item of `table` (a name or alias) that may be claimed now: pending and due, or sending with its lease run out (two `?`: now, now). */
export const isDue = (table: string) =>
  `((${table}."status" = 'pending' AND ${table}."nextAttemptAt" <= ?) OR (${table}."status" = 'sending' AND ${table}."leaseUntil" < ?))`;

/** What a claim reads of an item (`o`), its message (`m`) and its participant (`p`). */
export const claimedColumns = `o."id", o."messageId", o."participantId", o."purpose", o."channel", o."attempts", o."createdAt",
            m."body", m."choices", m."conversationId", m."providerId", COALESCE(o."toPhone", p."phone") AS "phone", p."status" AS "participantStatus"`;

/** A claimed row; `doubt` says since when an earlier attempt may have reached the provider (null: a first attempt). */
export function claimedItem(r: Record<string, unknown>, doubt: { since: Date } | null, at: Date): ClaimedItem {
  return {
    id: int(r.id),
    messageId: int(r.messageId),
    conversationId: int(r.conversationId),
    participantId: int(r.participantId),
    purpose: String(r.purpose),
    channel: String(r.channel),
    attempts: int(r.attempts),
    createdAt: date(r.createdAt),
    body: String(r.body),
    choices: strOrNull(r.choices),
    phone: strOrNull(r.phone),
    participantStatus: String(r.participantStatus),
    inDoubt: doubt !== null,
    sendStartedAt: doubt?.since ?? at,
    providerId: strOrNull(r.providerId),
  };
}

/** Web chat: delivered the moment it is in the conversation's history. */
export async function markDeliveredToWeb(tx: SqlExecutor, item: { id: number; messageId: number }, at: Date): Promise<void> {
  await tx.execute(`UPDATE "OutboxItem" SET "status" = 'sent', "leaseUntil" = NULL, "lastError" = NULL, "updatedAt" = ? WHERE "id" = ?`, [at, item.id]);
  await tx.execute(`UPDATE "Message" SET "status" = 'delivered', "sentAt" = ?, "deliveredAt" = ? WHERE "id" = ?`, [at, at, item.messageId]);
}

/** The provider took it: the item is done and the message carries the provider's id (unless a report already named it). */
const SENT_ITEM = `UPDATE "OutboxItem" SET "status" = 'sent', "leaseUntil" = NULL, "lastError" = NULL, "sendStartedAt" = NULL, "updatedAt" = ? WHERE "id" = ?`;
const SENT_MESSAGE = `UPDATE "Message" SET "providerId" = COALESCE("providerId", ?), "status" = CASE WHEN "status" IN ('delivered', 'undelivered', 'failed') THEN "status" ELSE ? END, "sentAt" = ?
      WHERE "id" = ?`;

export async function markSent(tx: SqlExecutor, item: { id: number; messageId: number }, receipt: { providerId: string; status: string }, at: Date): Promise<void> {
  await tx.execute(SENT_ITEM, [at, item.id]);
  await tx.execute(SENT_MESSAGE, [receipt.providerId, receipt.status, at, item.messageId]);
}

/**
 * markSent in a transaction of its own. On PostgreSQL both updates go as one statement (atomic by
 * itself): BEGIN, two updates and COMMIT were four round trips for every message sent.
 */
export async function markSentAlone(sql: Sql, item: { id: number; messageId: number }, receipt: { providerId: string; status: string }, at: Date): Promise<void> {
  if (sql.dialect !== "postgres") return sql.transaction((tx) => markSent(tx, item, receipt, at));
  // Both updates see the same snapshot; PostgreSQL happens to run the Message update first, as
  // adoptProviderId does (finishItem goes the other way round; these rows are never contended by both).
  await sql.execute(`WITH item AS (${SENT_ITEM} RETURNING "id") ${SENT_MESSAGE}`, [at, item.id, receipt.providerId, receipt.status, at, item.messageId]);
}

/** Back in the queue after a transient failure; `maybeSent` keeps the in-doubt mark so the next attempt asks first. */
export async function scheduleRetry(tx: SqlExecutor, itemId: number, r: { code: string; nextAttemptAt: Date; maybeSent: boolean; at: Date }): Promise<void> {
  await tx.execute(
    `UPDATE "OutboxItem" SET "status" = 'pending', "leaseUntil" = NULL, "lastError" = ?, "nextAttemptAt" = ?, "updatedAt" = ?,
            "sendStartedAt" = ${r.maybeSent ? `"sendStartedAt"` : "NULL"}
      WHERE "id" = ?`,
    [r.code, r.nextAttemptAt, r.at, itemId],
  );
}

/** Given up or refused: the item ends and the message says why. */
export async function finishItem(
  tx: SqlExecutor,
  item: { id: number; messageId: number },
  f: { outboxStatus: "failed" | "cancelled"; messageStatus: string; code: string; at: Date },
): Promise<void> {
  await tx.execute(`UPDATE "OutboxItem" SET "status" = ?, "leaseUntil" = NULL, "lastError" = ?, "updatedAt" = ? WHERE "id" = ?`, [f.outboxStatus, f.code, f.at, item.id]);
  await tx.execute(`UPDATE "Message" SET "status" = ?, "errorCode" = ?, "failedAt" = ? WHERE "id" = ?`, [f.messageStatus, f.code, f.at, item.messageId]);
}

/** A one-time code has left: the stored text hides it, and the number it went to is forgotten. */
export async function hideSentCode(tx: SqlExecutor, item: { id: number; messageId: number }, maskedBody: string): Promise<void> {
  await tx.execute(`UPDATE "Message" SET "body" = ? WHERE "id" = ?`, [maskedBody, item.messageId]);
  await tx.execute(`UPDATE "OutboxItem" SET "toPhone" = NULL WHERE "id" = ?`, [item.id]);
}

/** Opted out: nothing still queued for the participant goes out. */
export async function cancelQueuedFor(tx: SqlExecutor, participantId: number, now: Date): Promise<void> {
  await tx.execute(
    `UPDATE "Message" SET "status" = 'refused', "errorCode" = 'opted-out'
     WHERE "id" IN (SELECT "messageId" FROM "OutboxItem" WHERE "participantId" = ? AND "status" = 'pending')`,
    [participantId],
  );
  await tx.execute(`UPDATE "OutboxItem" SET "status" = 'cancelled', "lastError" = 'opted-out', "updatedAt" = ? WHERE "participantId" = ? AND "status" = 'pending'`, [now, participantId]);
}

/** Provider message ids already owned by a stored SMS (never adopted by another row). */
export async function providerIdsTaken(tx: SqlExecutor, providerIds: readonly string[]): Promise<Set<string>> {
  if (providerIds.length === 0) return new Set();
  const rows = await tx.query(`SELECT "providerId" FROM "Message" WHERE "channel" = 'sms' AND "providerId" IN (${providerIds.map(() => "?").join(", ")})`, [...providerIds]);
  return new Set(rows.map((r) => String(r.providerId)));
}

/**
 * A delivery report names an outbox item whose send Tillit never heard back about: the message takes
 * the provider's id (only if no other message has it) and an item still waiting for a retry counts as
 * sent. Returns the message id, or undefined when the item cannot take this id.
 */
export async function adoptProviderId(tx: SqlExecutor, outboxId: number, providerId: string, at: Date): Promise<number | undefined> {
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
    await tx.execute(`UPDATE "OutboxItem" SET "status" = 'sent', "leaseUntil" = NULL, "lastError" = NULL, "sendStartedAt" = NULL, "updatedAt" = ? WHERE "id" = ?`, [at, outboxId]);
    await tx.execute(`UPDATE "Message" SET "status" = 'sending', "sentAt" = ? WHERE "id" = ? AND "status" = 'queued'`, [at, messageId]);
  }
  return messageId;
}
