// WebConversation: a browser's web chat bound to one participant (bot/webchat/web-sessions.ts), and
// the web chat's view of that participant's messages (bot/webchat/activities.ts).
import { date, int, strOrNull, type SqlExecutor } from "./sql.js";

export async function insertWebConversation(
  tx: SqlExecutor,
  w: { id: string; conversationId: number; participantId: number; resumeHash: string; now: Date },
): Promise<void> {
  await tx.execute(
    `INSERT INTO "WebConversation" ("id", "conversationId", "participantId", "resumeHash", "createdAt", "lastSeenAt") VALUES (?, ?, ?, ?, ?, ?)`,
    [w.id, w.conversationId, w.participantId, w.resumeHash, w.now, w.now],
  );
}

export async function webConversationByResumeHash(sql: SqlExecutor, resumeHash: string): Promise<{ id: string; participantId: number } | undefined> {
  const [row] = await sql.query(`SELECT "id", "participantId" FROM "WebConversation" WHERE "resumeHash" = ?`, [resumeHash]);
  return row ? { id: String(row.id), participantId: int(row.participantId) } : undefined;
}

export async function touchWebConversation(sql: SqlExecutor, id: string, now: Date): Promise<void> {
  await sql.execute(`UPDATE "WebConversation" SET "lastSeenAt" = ? WHERE "id" = ?`, [now, id]);
}

/** The participant and their current conversation (the latest not closed, else the one it began in). */
export async function webBinding(sql: SqlExecutor, webConversationId: string): Promise<{ participantId: number; conversationId: number } | undefined> {
  const [row] = await sql.query(
    `SELECT w."participantId", COALESCE((SELECT MAX(c."id") FROM "Conversation" c WHERE c."participantId" = w."participantId" AND c."status" <> 'closed'), w."conversationId") AS "conversationId"
       FROM "WebConversation" w WHERE w."id" = ?`,
    [webConversationId],
  );
  return row ? { participantId: int(row.participantId), conversationId: int(row.conversationId) } : undefined;
}

/** A joined web visitor's web chats now belong to the number's participant and conversation. */
export async function moveWebConversations(tx: SqlExecutor, fromParticipantId: number, to: { participantId: number; conversationId: number }): Promise<void> {
  await tx.execute(`UPDATE "WebConversation" SET "participantId" = ?, "conversationId" = ? WHERE "participantId" = ?`, [to.participantId, to.conversationId, fromParticipantId]);
}

export interface WebChatMessageRow {
  id: number;
  direction: string;
  authorKind: string;
  /** The writing coordinator (a person in the web chat, with their own id). */
  authorStaffId: number | null;
  body: string;
  choices: string | null;
  channel: string;
  providerId: string | null;
  createdAt: Date;
  /** The writing coordinator's first name. */
  firstName: string | null;
  /** The outbox item's status (null for a message in). */
  outbox: string | null;
}

/**
 * Up to `limit` of the participant's messages after id `after`, in id order, with the coordinator's
 * first name and the outbox status (the web chat shows an outgoing message once it is handed over).
 */
export async function webChatMessagesAfter(sql: SqlExecutor, participantId: number, after: number, limit: number): Promise<WebChatMessageRow[]> {
  const rows = await sql.query(
    `SELECT m."id", m."direction", m."authorKind", m."authorStaffId", m."body", m."choices", m."channel", m."providerId", m."createdAt", s."firstName", o."status" AS "outbox"
       FROM "Message" m LEFT JOIN "StaffUser" s ON s."id" = m."authorStaffId" LEFT JOIN "OutboxItem" o ON o."messageId" = m."id"
      WHERE m."participantId" = ? AND m."id" > ?
      ORDER BY m."id" LIMIT ${limit}`,
    [participantId, after],
  );
  return rows.map((m) => ({
    id: int(m.id), direction: String(m.direction), authorKind: String(m.authorKind), authorStaffId: m.authorStaffId == null ? null : int(m.authorStaffId), body: String(m.body), choices: strOrNull(m.choices), channel: String(m.channel),
    providerId: strOrNull(m.providerId), createdAt: date(m.createdAt), firstName: strOrNull(m.firstName), outbox: strOrNull(m.outbox),
  }));
}
