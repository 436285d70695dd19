// The Consent table: every grant and withdrawal is a new row; the latest of a kind decides.
import type { Db } from "./client.js";
import { date, int, type SqlExecutor } from "./sql.js";

export type ConsentKind = "data-processing" | "language-model" | "messages";

/** The participant's latest answer on this kind of consent; null when never asked. */
export async function latestConsent(tx: SqlExecutor, participantId: number, kind: ConsentKind): Promise<boolean | null> {
  const [k] = await tx.query(`SELECT "granted" FROM "Consent" WHERE "participantId" = ? AND "kind" = ? ORDER BY "id" DESC LIMIT 1`, [participantId, kind]);
  return k === undefined ? null : k.granted === true || Number(k.granted) === 1;
}

export async function insertConsent(
  tx: SqlExecutor,
  c: { participantId: number; kind: ConsentKind; granted: boolean; method: string; textVersion?: string | null; now: Date },
): Promise<number> {
  const [row] = await tx.query(
    `INSERT INTO "Consent" ("participantId", "kind", "granted", "method", "textVersion", "createdAt") VALUES (?, ?, ?, ?, ?, ?) RETURNING "id"`,
    [c.participantId, c.kind, c.granted, c.method, c.textVersion ?? null, c.now],
  );
  return int(row!.id);
}

/** The participant's consent rows, newest first (at most `limit`, every one without it): for staff reads. */
export function consentsOf(db: Db, participantId: number, limit?: number) {
  // Two answers in the same millisecond (a coordinator's right after the bot's) are told apart by id,
  // as latestConsent does, so the profile shows the answer that decides.
  return db.consent.findMany({ where: { participantId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...(limit === undefined ? {} : { take: limit }) });
}

/**
 * What the participant's latest stop was: who made it (the consent row's method: keyword for their own
 * word or a dialog's choice, provider, staff), the word they sent just before it (before the message now answered) and on which channel,
 * and when Tillit has written since (the first is the confirmation). Null when messages are not stopped.
 */
export async function latestStop(sql: SqlExecutor, participantId: number, conversationId: number, beforeMessageId: number): Promise<{ method: string; at: Date; word: string | null; channel: string | null; sentSince: Date[] } | null> {
  const [consent] = await sql.query(
    `SELECT "method", "granted", "createdAt" FROM "Consent" WHERE "participantId" = ? AND "kind" = 'messages' ORDER BY "id" DESC LIMIT 1`,
    [participantId],
  );
  if (!consent || consent.granted === true || Number(consent.granted) === 1) return null;
  const at = date(consent.createdAt);
  const [word] = await sql.query(
    `SELECT "body", "channel" FROM "Message" WHERE "conversationId" = ? AND "direction" = 'in' AND "id" < ? AND "createdAt" <= ? ORDER BY "id" DESC LIMIT 1`,
    [conversationId, beforeMessageId, at],
  );
  const sent = await sql.query(`SELECT "createdAt" FROM "Message" WHERE "conversationId" = ? AND "direction" = 'out' AND "createdAt" >= ? ORDER BY "id" ASC`, [conversationId, at]);
  return {
    method: String(consent.method),
    at,
    word: word ? String(word.body) : null,
    channel: word ? String(word.channel) : null,
    sentSince: sent.map((r) => date(r.createdAt)),
  };
}
