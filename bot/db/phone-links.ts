// PhoneLinkRequest: a web visitor's claim to a phone number, from the one-time code
// (bot/webchat/phone-code.ts) to a coordinator's confirmation (bot/webchat/phone-link.ts), and the
// join itself when the number is already known.
import { date, int, type SqlExecutor } from "./sql.js";

export interface UnverifiedPhoneLink {
  id: number;
  codeHash: string | null;
  codeExpiresAt: Date;
  codeAttempts: number;
}

/** Requests in the last hour by this visitor or for this number: the flood limit counts both. */
export async function phoneLinkRequestsSince(tx: SqlExecutor, participantId: number, phone: string, since: Date): Promise<number> {
  const [recent] = await tx.query(`SELECT COUNT(*) AS "n" FROM "PhoneLinkRequest" WHERE ("participantId" = ? OR "phone" = ?) AND "createdAt" > ?`, [participantId, phone, since]);
  return int(recent?.n ?? 0);
}

/** A new code replaces the visitor's earlier requests still open. */
export async function replaceOpenPhoneLinks(tx: SqlExecutor, participantId: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "PhoneLinkRequest" SET "status" = 'replaced', "codeHash" = NULL, "decidedAt" = ? WHERE "participantId" = ? AND "status" IN ('pending', 'unverified')`, [now, participantId]);
}

export async function insertUnverifiedPhoneLink(tx: SqlExecutor, r: { participantId: number; phone: string; codeHash: string; codeExpiresAt: Date; now: Date }): Promise<void> {
  await tx.execute(
    `INSERT INTO "PhoneLinkRequest" ("participantId", "phone", "status", "createdAt", "codeHash", "codeExpiresAt", "codeAttempts") VALUES (?, ?, 'unverified', ?, ?, ?, 0)`,
    [r.participantId, r.phone, r.now, r.codeHash, r.codeExpiresAt],
  );
}

/** The visitor's latest request still waiting for its code. */
export async function latestUnverifiedPhoneLink(tx: SqlExecutor, participantId: number): Promise<UnverifiedPhoneLink | undefined> {
  const [r] = await tx.query(
    `SELECT "id", "codeHash", "codeExpiresAt", "codeAttempts" FROM "PhoneLinkRequest" WHERE "participantId" = ? AND "status" = 'unverified' ORDER BY "id" DESC LIMIT 1`,
    [participantId],
  );
  return r ? { id: int(r.id), codeHash: r.codeHash == null ? null : String(r.codeHash), codeExpiresAt: date(r.codeExpiresAt), codeAttempts: int(r.codeAttempts ?? 0) } : undefined;
}

/** The code is used up (expired or too many tries): the request ends with `status`. */
export async function endPhoneLinkCode(tx: SqlExecutor, id: number, status: string, now: Date): Promise<void> {
  await tx.execute(`UPDATE "PhoneLinkRequest" SET "status" = ?, "codeHash" = NULL, "decidedAt" = ? WHERE "id" = ?`, [status, now, id]);
}

/** The right code: the request now waits for a coordinator. */
export async function markPhoneLinkVerified(tx: SqlExecutor, id: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "PhoneLinkRequest" SET "status" = 'pending', "codeHash" = NULL, "verifiedAt" = ? WHERE "id" = ?`, [now, id]);
}

export async function setPhoneLinkAttempts(tx: SqlExecutor, id: number, attempts: number): Promise<void> {
  await tx.execute(`UPDATE "PhoneLinkRequest" SET "codeAttempts" = ? WHERE "id" = ?`, [attempts, id]);
}

/** The visitor's request that passed the code and waits for a coordinator. */
export async function pendingPhoneLink(sql: SqlExecutor, participantId: number): Promise<{ id: number; phone: string; createdAt: unknown } | undefined> {
  const [r] = await sql.query(`SELECT "id", "phone", "createdAt" FROM "PhoneLinkRequest" WHERE "participantId" = ? AND "status" = 'pending' ORDER BY "id" DESC LIMIT 1`, [participantId]);
  return r ? { id: int(r.id), phone: String(r.phone), createdAt: r.createdAt } : undefined;
}

export async function markPhoneLinkConfirmed(tx: SqlExecutor, id: number, staffId: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "PhoneLinkRequest" SET "status" = 'confirmed', "decidedAt" = ?, "decidedById" = ? WHERE "id" = ?`, [now, staffId, id]);
}

/**
 * The join with a known number: the web visitor's messages (and their outbox items) move to the
 * number's participant and conversation. Only here do messages change participant.
 */
export async function moveMessagesToParticipant(tx: SqlExecutor, fromParticipantId: number, to: { participantId: number; conversationId: number }): Promise<void> {
  await tx.execute(`UPDATE "Message" SET "participantId" = ?, "conversationId" = ? WHERE "participantId" = ?`, [to.participantId, to.conversationId, fromParticipantId]);
  await tx.execute(`UPDATE "OutboxItem" SET "participantId" = ? WHERE "participantId" = ?`, [to.participantId, fromParticipantId]);
}
