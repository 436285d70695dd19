// The Message table: what participants wrote and what was sent to them, with its turn and delivery
// state. (Claims and retries of outgoing messages are outbox.ts.)
import { date, int, type SqlExecutor } from "./sql.js";
import type { WrittenWords } from "../domain/owed-words.js";

/** Stored once per provider id: undefined when this channel's id is already stored (a provider's retry). */
export async function insertInbound(
  tx: SqlExecutor,
  m: { conversationId: number; participantId: number; channel: string; body: string; providerId: string; at: Date },
): Promise<number | undefined> {
  const [inserted] = await tx.query(
    `INSERT INTO "Message" ("conversationId", "participantId", "direction", "channel", "authorKind", "body", "providerId", "status", "createdAt")
     VALUES (?, ?, 'in', ?, 'participant', ?, ?, 'received', ?)
     ON CONFLICT ("channel", "providerId") DO NOTHING RETURNING "id"`,
    [m.conversationId, m.participantId, m.channel, m.body, m.providerId, m.at],
  );
  return inserted ? int(inserted.id) : undefined;
}

export async function findByProviderId(tx: SqlExecutor, channel: string, providerId: string): Promise<{ messageId: number; conversationId: number; participantId: number } | undefined> {
  const [row] = await tx.query(`SELECT "id", "conversationId", "participantId" FROM "Message" WHERE "channel" = ? AND "providerId" = ?`, [channel, providerId]);
  return row ? { messageId: int(row.id), conversationId: int(row.conversationId), participantId: int(row.participantId) } : undefined;
}

/** The channel the participant last wrote on in this conversation, and whether they have a number. */
export async function lastInboundChannel(tx: SqlExecutor, conversationId: number, participantId: number): Promise<{ channel: string | null; hasPhone: boolean } | undefined> {
  const [row] = await tx.query(
    `SELECT (SELECT m."channel" FROM "Message" m WHERE m."conversationId" = ? AND m."direction" = 'in' ORDER BY m."id" DESC LIMIT 1) AS "channel", p."phone"
       FROM "Participant" p WHERE p."id" = ?`,
    [conversationId, participantId],
  );
  return row ? { channel: row.channel == null ? null : String(row.channel), hasPhone: Boolean(row.phone) } : undefined;
}

export async function markProcessed(tx: SqlExecutor, messageId: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "Message" SET "status" = 'processed', "processedAt" = ? WHERE "id" = ?`, [now, messageId]);
}

/** Messages of the conversation stored after this one that have not had their turn yet (sent together with it). */
export async function storedAfter(sql: SqlExecutor, conversationId: number, messageId: number): Promise<boolean> {
  const rows = await sql.query(`SELECT 1 AS "one" FROM "Message" WHERE "conversationId" = ? AND "id" > ? AND "direction" = 'in' AND "processedAt" IS NULL LIMIT 1`, [conversationId, messageId]);
  return rows.length > 0;
}

/** Conversations with a stored message that has not had its turn (after a restart). */
export async function conversationsWithUnprocessed(sql: SqlExecutor): Promise<number[]> {
  const rows = await sql.query(`SELECT DISTINCT "conversationId" FROM "Message" WHERE "direction" = 'in' AND "processedAt" IS NULL`);
  return rows.map((r) => int(r.conversationId));
}

export interface SentRow {
  body: string;
  choices: string[] | null;
  /** The outbox purpose it went out with; null for a message that never had an outbox item. */
  purpose: string | null;
  /** bot | system | coordinator. */
  authorKind: string;
}

/**
 * What a turn reads of the conversation before its dialogs run, in one statement (each is a round trip
 * on PostgreSQL): the last `limit` messages sent to the participant (not those refused), newest first;
 * and its rhythm up to a message — when the participant wrote before it, when Tillit itself last wrote,
 * and how many messages the participant sent since. The rhythm is one row, joined to each sent one (and
 * alone when nothing was sent yet).
 */
export async function conversationSoFar(
  sql: SqlExecutor,
  conversationId: number,
  upToMessageId: number,
  limit: number,
): Promise<{ recent: SentRow[]; previousInboundAt: Date | null; lastAutomatedAt: Date | null; inboundSinceAutomated: number }> {
  const rows = await sql.query(
    `SELECT x."previousInboundAt", x."automatedAt", x."since", r."id" AS "sentId", r."body", r."choices", r."purpose", r."authorKind"
       FROM (SELECT (SELECT "createdAt" FROM "Message" WHERE "conversationId" = ? AND "direction" = 'in' AND "id" < ? ORDER BY "id" DESC LIMIT 1) AS "previousInboundAt",
                    a."createdAt" AS "automatedAt",
                    (SELECT COUNT(*) FROM "Message" WHERE "conversationId" = ? AND "direction" = 'in' AND "id" > COALESCE(a."id", 0) AND "id" <= ?) AS "since"
               FROM (SELECT 1 AS "one") AS o1
               LEFT JOIN (SELECT "id", "createdAt" FROM "Message" WHERE "conversationId" = ? AND "direction" = 'out' AND "authorKind" IN ('bot', 'system') AND "status" <> 'refused'
                           ORDER BY "id" DESC LIMIT 1) AS a ON 1 = 1) AS x
       LEFT JOIN (SELECT m."id", m."body", m."choices", m."authorKind", o."purpose" FROM "Message" m LEFT JOIN "OutboxItem" o ON o."messageId" = m."id"
                   WHERE m."conversationId" = ? AND m."direction" = 'out' AND m."status" <> 'refused' ORDER BY m."id" DESC LIMIT ${Math.floor(limit)}) AS r ON 1 = 1
      ORDER BY r."id" DESC`,
    [conversationId, upToMessageId, conversationId, upToMessageId, conversationId, conversationId],
  );
  const first = rows[0];
  return {
    recent: rows
      .filter((r) => r.sentId != null)
      .map((r) => ({ body: String(r.body ?? ""), choices: r.choices ? (JSON.parse(String(r.choices)) as string[]) : null, purpose: r.purpose == null ? null : String(r.purpose), authorKind: String(r.authorKind) })),
    previousInboundAt: first?.previousInboundAt == null ? null : date(first.previousInboundAt),
    lastAutomatedAt: first?.automatedAt == null ? null : date(first.automatedAt),
    inboundSinceAutomated: int(first?.since ?? 0),
  };
}

/**
 * What the participant wrote in this conversation just before a message (since `since`), and when, oldest first,
 * at most `limit`: where the safety screen finds the burst it reads the message with (bot/safety/screen-in-context.ts).
 */
export async function writtenJustBefore(sql: SqlExecutor, conversationId: number, messageId: number, since: Date, limit: number): Promise<{ text: string; at: Date }[]> {
  const rows = await sql.query(
    `SELECT "body", "createdAt" FROM "Message" WHERE "conversationId" = ? AND "id" < ? AND "direction" = 'in' AND "createdAt" >= ? ORDER BY "id" DESC LIMIT ${Math.floor(limit)}`,
    [conversationId, messageId, since],
  );
  return rows.map((r) => ({ text: String(r.body), at: date(r.createdAt) })).reverse();
}

/**
 * What the participant wrote after the last message sent to them and before `messageId`, oldest first, at
 * most `limit`: messages nobody answered (written while a coordinator had the chat and then handed it back). A
 * receipt (that a question was visible to the coordinator) answered nothing, and is not counted as sent; nor is a line
 * of the system's own (the web chat's "Nu svarar Tillit igen" at a hand-back, a phone code: bot/staff/web-notices.ts),
 * which made her unanswered words on the web chat look answered, so they were never passed on. An answer
 * to a meeting the coordinator then recorded ("aa torsdag funkar", and "Ungdomen sa ja" on the page) was answered
 * by that: a tester's Malin was told after the hand-back that her coordinator had not had time to answer it.
 */
export async function writtenSinceLastSent(sql: SqlExecutor, conversationId: number, messageId: number, limit: number): Promise<string[]> {
  const rows = await sql.query(
    `SELECT w."body" FROM "Message" w WHERE w."conversationId" = ? AND w."direction" = 'in' AND w."id" < ?
        AND w."id" > COALESCE((SELECT MAX(m."id") FROM "Message" m WHERE m."conversationId" = ? AND m."direction" = 'out' AND m."status" <> 'refused'
                               AND m."authorKind" <> 'system' AND NOT EXISTS (SELECT 1 FROM "OutboxItem" o WHERE o."messageId" = m."id" AND o."purpose" = 'receipt')), 0)
        AND NOT EXISTS (SELECT 1 FROM "Meeting" r WHERE r."participantId" = w."participantId" AND r."respondedAt" >= w."createdAt")
      ORDER BY w."id" DESC LIMIT ${Math.floor(limit)}`,
    [conversationId, messageId, conversationId],
  );
  return rows.map((r) => String(r.body)).reverse();
}

/** How many of a conversation's messages writtenFrom reads: a crisis's words, not a week of them. */
const WRITTEN_FROM_MESSAGES = 20;

/**
 * For each conversation given (its id, and the id of a message of the participant's), what the participant wrote from
 * that message on, oldest first, at most WRITTEN_FROM_MESSAGES, erased messages left out: the words after the one that
 * raised a standing crisis, which its acuity reads with it (bot/db/inbox-queries.ts, bot/domain/crisis-acuity.ts).
 */
export async function writtenFrom(sql: SqlExecutor, from: ReadonlyMap<number, number>): Promise<Map<number, string[]>> {
  const found = new Map<number, string[]>();
  if (!from.size) return found;
  const rows = await sql.query(
    `SELECT "conversationId", "body" FROM "Message" WHERE "direction" = 'in' AND "erasedAt" IS NULL
        AND (${[...from].map(() => `("conversationId" = ? AND "id" >= ?)`).join(" OR ")})
      ORDER BY "id" ASC`,
    [...from].flat(),
  );
  for (const r of rows) {
    const words = found.get(int(r.conversationId)) ?? [];
    if (words.length < WRITTEN_FROM_MESSAGES) words.push(String(r.body));
    found.set(int(r.conversationId), words);
  }
  return found;
}

/** The texts last sent to the participant, oldest first. */
export async function recentTexts(sql: SqlExecutor, conversationId: number, limit: number): Promise<string[]> {
  const rows = await sql.query(
    `SELECT "body" FROM "Message" WHERE "conversationId" = ? AND "direction" = 'out' AND "status" <> 'refused' ORDER BY "id" DESC LIMIT ${Math.floor(limit)}`,
    [conversationId],
  );
  return rows.map((r) => String(r.body)).reverse();
}

/** The first name of the staff member who last wrote in the conversation, if anyone has. */
export async function lastStaffWriter(sql: SqlExecutor, conversationId: number): Promise<string | null> {
  const [row] = await sql.query(
    `SELECT s."firstName" FROM "Message" m JOIN "StaffUser" s ON s."id" = m."authorStaffId"
      WHERE m."conversationId" = ? AND m."direction" = 'out' AND m."authorStaffId" IS NOT NULL ORDER BY m."id" DESC LIMIT 1`,
    [conversationId],
  );
  return row?.firstName == null ? null : String(row.firstName);
}

/**
 * What people from the team wrote to the participant since `since` (any conversation, words that reached them),
 * newest first, at most `limit`: who, and their words ("Vill du ta en kort promenad med mig på fredag?"), so that
 * "den där promenaden" weeks later is known for what it is (dialogs/shared/chosen-step-words.ts).
 */
export async function staffWordsSince(sql: SqlExecutor, participantId: number, since: Date, limit: number): Promise<{ firstName: string; text: string }[]> {
  const rows = await sql.query(
    `SELECT s."firstName", m."body" FROM "Message" m JOIN "StaffUser" s ON s."id" = m."authorStaffId"
      WHERE m."participantId" = ? AND m."direction" = 'out' AND m."authorStaffId" IS NOT NULL AND m."status" <> 'refused' AND m."createdAt" >= ?
      ORDER BY m."id" DESC LIMIT ${Math.floor(limit)}`,
    [participantId, since],
  );
  return rows.map((r) => ({ firstName: String(r.firstName), text: String(r.body) }));
}

/**
 * The first name of the person from the team the participant last talked with or met: who last wrote to them
 * (in any conversation, words that reached them), or whom they met (a meeting recorded as attended),
 * whichever was later. "Kan jag få samma person som förut" names them only then.
 */
export async function personKnown(sql: SqlExecutor, participantId: number): Promise<string | null> {
  const [row] = await sql.query(
    `SELECT "firstName" FROM (
       SELECT s."firstName", m."createdAt" AS "at" FROM "Message" m JOIN "StaffUser" s ON s."id" = m."authorStaffId"
        WHERE m."participantId" = ? AND m."direction" = 'out' AND m."authorStaffId" IS NOT NULL AND m."status" <> 'refused'
       UNION ALL
       SELECT s."firstName", g."startsAt" AS "at" FROM "Meeting" g JOIN "StaffUser" s ON s."id" = g."coordinatorId"
        WHERE g."participantId" = ? AND g."outcome" = 'attended'
     ) k ORDER BY k."at" DESC LIMIT 1`,
    [participantId, participantId],
  );
  return row?.firstName == null ? null : String(row.firstName);
}

/**
 * Who wrote first to the participant (their earliest message, any conversation or channel): they
 * did, or Tillit's side did, and then whether an outreach list's first SMS was sent to them.
 */
export async function firstContact(sql: SqlExecutor, participantId: number): Promise<"outreach" | "team" | "participant"> {
  const [first] = await sql.query(`SELECT "direction" FROM "Message" WHERE "participantId" = ? ORDER BY "id" ASC LIMIT 1`, [participantId]);
  if (!first || first.direction === "in") return "participant";
  const [outreach] = await sql.query(`SELECT 1 AS "x" FROM "Nudge" WHERE "participantId" = ? AND "kind" = 'outreach' AND "status" = 'sent' LIMIT 1`, [participantId]);
  return outreach ? "outreach" : "team";
}

/** Whether Tillit ever answered in this conversation (a reply, not only nudges). */
export async function repliedEver(sql: SqlExecutor, conversationId: number): Promise<boolean> {
  const [row] = await sql.query(
    `SELECT 1 AS "x" FROM "OutboxItem" o JOIN "Message" m ON m."id" = o."messageId" WHERE m."conversationId" = ? AND o."purpose" = 'reply' LIMIT 1`,
    [conversationId],
  );
  return Boolean(row);
}

/** The language model's second opinion on an inbound message: pending | none | concern | crisis | failed. */
export async function setSecondOpinion(sql: SqlExecutor, messageId: number, level: string, onlyIfPending = false): Promise<boolean> {
  const changed = await sql.execute(`UPDATE "Message" SET "secondOpinion" = ? WHERE "id" = ?${onlyIfPending ? ` AND "secondOpinion" = 'pending'` : ""}`, [level, messageId]);
  return changed > 0;
}

export async function pendingSecondOpinions(sql: SqlExecutor): Promise<number[]> {
  const rows = await sql.query(`SELECT "id" FROM "Message" WHERE "secondOpinion" = 'pending' AND "direction" = 'in' ORDER BY "id"`);
  return rows.map((r) => int(r.id));
}

/** An outgoing message by the provider's id (a delivery report). */
export async function findOutboundByProviderId(sql: SqlExecutor, channel: string, providerId: string): Promise<{ id: number; conversationId: number; participantId: number; status: string } | undefined> {
  const [row] = await sql.query(
    `SELECT "id", "conversationId", "participantId", "status" FROM "Message" WHERE "channel" = ? AND "providerId" = ? AND "direction" = 'out'`,
    [channel, providerId],
  );
  return row ? { id: int(row.id), conversationId: int(row.conversationId), participantId: int(row.participantId), status: String(row.status) } : undefined;
}

export async function setDeliveryStatus(tx: SqlExecutor, messageId: number, r: { status: string; errorCode: string | null; at: Date }): Promise<void> {
  await tx.execute(
    `UPDATE "Message" SET "status" = ?, "errorCode" = COALESCE(?, "errorCode"),
       "deliveredAt" = CASE WHEN ? = 'delivered' THEN ? ELSE "deliveredAt" END,
       "failedAt" = CASE WHEN ? IN ('failed', 'undelivered') THEN ? ELSE "failedAt" END
     WHERE "id" = ?`,
    [r.status, r.errorCode, r.status, r.at, r.status, r.at, messageId],
  );
}

/** The crisis and concern flags, the screen's or a coordinator's mark: not the young person's to take back. */
const FLAGGED = ["conversation.crisis-flagged", "conversation.concern-flagged", "conversation.crisis-raised", "conversation.concern-raised"];
/** What raises a message for a person: a request for one, or a crisis or concern flag (the screen's, or a coordinator's mark). */
const RAISED_FOR_A_PERSON = ["conversation.handoff-requested", ...FLAGGED];

/** A message of the participant's since the team last wrote, as a hand-back reads it (writtenSinceStaff): the rule's words, and its id. */
export interface WrittenSinceStaff extends WrittenWords {
  id: number;
}

/**
 * What the participant wrote since anyone from the team last wrote to them (words that were sent), newest first, at
 * most `limit`, with whether a coordinator marked it a false alarm: the words a hand-back would leave without a
 * person's answer (bot/staff/handoff.ts unansweredByStaff). Erased messages are left out. `botAnswered`: Tillit
 * itself answered it while it had the conversation (a reply of the bot's after it, written before any takeover);
 * `before`: only messages before that id (a turn's own message is not yet left unanswered).
 * `raised`: a request for a person or a crisis or concern flag came at it or after it, or one stands on the conversation
 * (demo data and older rows have no audit of it), which only a person answers. `requestedAt`: when a person was last
 * asked for in the conversation, at or before it (the request's audit); `flagged`: a crisis or concern flag came at it or after it, or
 * one stands, which the young person cannot take back as they can a request (handoff.ts unansweredByStaff).
 */
export async function writtenSinceStaff(sql: SqlExecutor, conversationId: number, limit: number, before = 2 ** 31 - 1): Promise<WrittenSinceStaff[]> {
  const rows = await sql.query(
    `SELECT m."id", m."body", m."createdAt", l."label",
            CASE WHEN (c."takenOverAt" IS NULL OR m."createdAt" <= c."takenOverAt")
                  AND EXISTS (SELECT 1 FROM "Message" b WHERE b."conversationId" = m."conversationId" AND b."direction" = 'out'
                                AND b."authorKind" = 'bot' AND b."status" <> 'refused' AND b."id" > m."id") THEN 1 ELSE 0 END AS "botAnswered",
            CASE WHEN c."handoffReason" IS NOT NULL OR c."priority" IN ('crisis', 'concern') OR EXISTS (SELECT 1 FROM "AuditLog" a WHERE a."subjectType" = 'conversation' AND a."subjectId" = ?
                                AND a."action" IN (${RAISED_FOR_A_PERSON.map(() => "?").join(", ")}) AND a."at" >= m."createdAt") THEN 1 ELSE 0 END AS "raised",
            (SELECT MAX(a."at") FROM "AuditLog" a WHERE a."subjectType" = 'conversation' AND a."subjectId" = ? AND a."action" = 'conversation.handoff-requested'
                AND a."at" <= m."createdAt") AS "requestedAt",
            CASE WHEN c."priority" IN ('crisis', 'concern') OR EXISTS (SELECT 1 FROM "AuditLog" a WHERE a."subjectType" = 'conversation' AND a."subjectId" = ?
                                AND a."action" IN (${FLAGGED.map(() => "?").join(", ")}) AND a."at" >= m."createdAt") THEN 1 ELSE 0 END AS "flagged"
       FROM "Message" m JOIN "Conversation" c ON c."id" = m."conversationId" LEFT JOIN "SafetyLabel" l ON l."messageId" = m."id"
      WHERE m."conversationId" = ? AND m."direction" = 'in' AND m."erasedAt" IS NULL AND m."id" < ?
        AND m."id" > COALESCE((SELECT MAX(s."id") FROM "Message" s WHERE s."conversationId" = ? AND s."direction" = 'out'
                                 AND s."authorStaffId" IS NOT NULL AND s."status" <> 'refused'), 0)
      ORDER BY m."id" DESC LIMIT ${Math.floor(limit)}`,
    [String(conversationId), ...RAISED_FOR_A_PERSON, String(conversationId), String(conversationId), ...FLAGGED, conversationId, before, conversationId],
  );
  return rows.map((r) => ({
    id: int(r.id), body: String(r.body), at: date(r.createdAt), falseAlarm: r.label === "false-alarm",
    botAnswered: Number(r.botAnswered) === 1, raised: Number(r.raised) === 1, requestedAt: r.requestedAt == null ? null : date(r.requestedAt), flagged: Number(r.flagged) === 1,
  }));
}
