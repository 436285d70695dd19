// Step one for every channel: the message is durably stored (once, keyed by the provider's id)
// before anyone acknowledges it. Turn processing happens later, from the stored row.
import { int, type Sql, type SqlExecutor } from "../db/sql.js";
import type { Channel, Language } from "../domain/vocabulary.js";
import { openConversation } from "./open-conversation.js";
import type { ErasedOptOuts } from "../privacy/erased-opt-outs.js";

export interface InboundMessage {
  channel: Channel;
  providerId: string;
  /** E.164 phone number for SMS; for web chat, empty (the participant is known by `participantId`). */
  from: string;
  /** Web chat: the participant the browser's session is bound to. */
  participantId?: number;
  body: string;
  receivedAt: Date;
  /** A first guess at the language for a participant we have never met. */
  language?: Language;
  /** The slug of the team a participant we have never met joins (DEFAULT_TEAM). */
  teamSlug?: string;
}

export interface StoredInbound {
  messageId: number;
  conversationId: number;
  participantId: number;
  duplicate: boolean;
}

/** `optOuts`: numbers erased after STOPP; one of them writing again is met as opted out. */
export async function storeInbound(sql: Sql, msg: InboundMessage, optOuts?: ErasedOptOuts): Promise<StoredInbound> {
  return sql.transaction(async (tx) => {
    const at = msg.receivedAt;
    const { participantId, conversationId } = await participantAndConversation(tx, msg, at, optOuts);
    const [inserted] = await tx.query(
      `INSERT INTO "Message" ("conversationId", "participantId", "direction", "channel", "authorKind", "body", "providerId", "status", "createdAt")
       VALUES (?, ?, 'in', ?, 'participant', ?, ?, 'received', ?)
       ON CONFLICT ("channel", "providerId") DO NOTHING RETURNING "id"`,
      [conversationId, participantId, msg.channel, msg.body, msg.providerId, at],
    );
    // A provider's retry of a message already stored: report the stored one. (The participant and
    // conversation rows it needs already existed, so nothing else was written.)
    if (!inserted) return (await findByProviderId(tx, msg.channel, msg.providerId))!;
    await tx.execute(
      `UPDATE "Conversation" SET "lastInboundAt" = ?, "lastMessageAt" = ?, "unansweredCount" = 0, "updatedAt" = ? WHERE "id" = ?`,
      [at, at, at, conversationId],
    );
    await resetNudgeBackOff(tx, participantId);
    return { messageId: int(inserted.id), conversationId, participantId, duplicate: false };
  });
}

/**
 * One participant's messages are stored one at a time. On PostgreSQL a message's id is drawn at
 * insert but seen only at commit, so two texts stored at once could become visible out of id order
 * and the turn would answer the later one first. A no-op update takes the participant's row lock
 * before the id is drawn (on SQLite, the single writer already serialises this).
 */
const lockParticipant = (tx: SqlExecutor, column: "id" | "phone", value: number | string) =>
  tx.execute(`UPDATE "Participant" SET "updatedAt" = "updatedAt" WHERE "${column}" = ?`, [value]);

async function participantAndConversation(tx: SqlExecutor, msg: InboundMessage, at: Date, optOuts?: ErasedOptOuts) {
  if (msg.participantId !== undefined) {
    await lockParticipant(tx, "id", msg.participantId);
    return { participantId: msg.participantId, conversationId: await openConversation(tx, msg.participantId, at) };
  }
  await lockParticipant(tx, "phone", msg.from);
  const [found] = await tx.query(
    `SELECT p."id" AS "participantId", c."id" AS "conversationId" FROM "Participant" p
     LEFT JOIN "Conversation" c ON c."participantId" = p."id" AND c."status" <> 'closed'
     WHERE p."phone" = ? ORDER BY c."id" DESC LIMIT 1`,
    [msg.from],
  );
  let participantId = found ? int(found.participantId) : undefined;
  if (participantId === undefined) {
    // Two first messages from one number at once (a provider's retry): on PostgreSQL the second
    // insert waits for the first to commit, then finds the participant it made. A number erased
    // after STOPP is met as opted out.
    const optedOut = (await optOuts?.has(tx, msg.from)) === true;
    const [created] = await tx.query(
      `INSERT INTO "Participant" ("phone", "language", "teamId", "status", "optedOutAt", "createdAt", "updatedAt")
       VALUES (?, ?, (SELECT "id" FROM "Team" WHERE "slug" = ?), ?, ?, ?, ?) ON CONFLICT ("phone") DO NOTHING RETURNING "id"`,
      [msg.from, msg.language ?? "sv", msg.teamSlug ?? null, optedOut ? "opted-out" : "new", optedOut ? at : null, at, at],
    );
    if (!created) return participantAndConversation(tx, msg, at, optOuts);
    participantId = int(created.id);
  }
  if (found?.conversationId != null) return { participantId, conversationId: int(found.conversationId) };
  return { participantId, conversationId: await openConversation(tx, participantId, at) };
}

async function findByProviderId(sql: SqlExecutor, channel: Channel, providerId: string): Promise<StoredInbound | undefined> {
  const [row] = await sql.query(`SELECT "id", "conversationId", "participantId" FROM "Message" WHERE "channel" = ? AND "providerId" = ?`, [channel, providerId]);
  return row ? { messageId: int(row.id), conversationId: int(row.conversationId), participantId: int(row.participantId), duplicate: true } : undefined;
}

/** Any message from the participant ends the nudge back-off, and schedules that went quiet come back. */
async function resetNudgeBackOff(tx: SqlExecutor, participantId: number): Promise<void> {
  const reset = await tx.execute(`UPDATE "Participant" SET "unansweredNudges" = 0 WHERE "id" = ? AND "unansweredNudges" > 0`, [participantId]);
  if (reset) await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'active' WHERE "participantId" = ? AND "status" = 'quiet'`, [participantId]);
}
