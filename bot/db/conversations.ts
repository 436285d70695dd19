// The Conversation table: every statement that reads or changes a conversation's row. The rules of
// when a state may change, and the audit and events that go with it, are
// bot/conversations/transitions.ts; this module only runs the guarded statements it asks for.
import type { Db } from "./client.js";
import { date, int, strOrNull, type SqlExecutor } from "./sql.js";
import { requestsTheBotTalksThrough } from "../domain/vocabulary.js";

/** The participant's open conversation (the newest not closed), made when there is none. */
export async function openConversation(tx: SqlExecutor, participantId: number, now: Date): Promise<number> {
  const [open] = await tx.query(`SELECT MAX("id") AS "id" FROM "Conversation" WHERE "participantId" = ? AND "status" <> 'closed'`, [participantId]);
  if (open?.id != null) return int(open.id);
  return insertConversation(tx, participantId, now, null);
}

/** A new conversation; `inboundAt`: begun by a message from the participant at that time. */
async function insertConversation(tx: SqlExecutor, participantId: number, now: Date, inboundAt: Date | null): Promise<number> {
  const [created] = await tx.query(
    `INSERT INTO "Conversation" ("participantId", "lastInboundAt", "lastMessageAt", "unansweredCount", "createdAt", "updatedAt") VALUES (?, ?, ?, 0, ?, ?) RETURNING "id"`,
    [participantId, inboundAt, inboundAt, now, now],
  );
  return int(created!.id);
}

/**
 * A participant's very first conversation, begun by a message from them: opened with that message's
 * time as its last inbound one (what openConversation + recordInbound would write, in one statement).
 */
export function startConversationWithInbound(tx: SqlExecutor, participantId: number, at: Date): Promise<number> {
  return insertConversation(tx, participantId, at, at);
}

/** The participant wrote: their row of unanswered automated messages ends. */
export async function recordInbound(tx: SqlExecutor, conversationId: number, at: Date): Promise<void> {
  await tx.execute(`UPDATE "Conversation" SET "lastInboundAt" = ?, "lastMessageAt" = ?, "unansweredCount" = 0, "updatedAt" = ? WHERE "id" = ?`, [at, at, at, conversationId]);
}

/** A turn for a message starts a new row of automated messages (see message-turn.ts's beginTurn). */
export async function resetUnanswered(tx: SqlExecutor, conversationId: number): Promise<void> {
  await tx.execute(`UPDATE "Conversation" SET "unansweredCount" = 0 WHERE "id" = ? AND "unansweredCount" > 0`, [conversationId]);
}

/**
 * resetUnanswered for a message's turn, and whether another instance answered the message meanwhile
 * (PostgreSQL; then the caller rolls back). One round trip: the reset is a data-modifying CTE, which
 * runs whether or not it is read. Called after the turn's locks: a statement's snapshot is taken when
 * it starts, so an answer committed before the lock was granted is seen. SQLite has one writer, and
 * its turns are serial in-process: nothing can answer the message meanwhile.
 */
export async function resetUnansweredUnlessAnswered(tx: SqlExecutor, conversationId: number, messageId: number): Promise<"answered" | "reset"> {
  if (tx.dialect !== "postgres") {
    await resetUnanswered(tx, conversationId);
    return "reset";
  }
  const [row] = await tx.query(
    `WITH "reset" AS (UPDATE "Conversation" SET "unansweredCount" = 0 WHERE "id" = ? AND "unansweredCount" > 0 RETURNING "id")
     SELECT "processedAt" FROM "Message" WHERE "id" = ?`,
    [conversationId, messageId],
  );
  return row?.processedAt != null ? "answered" : "reset";
}

/**
 * A message goes out: the last-message time moves and, when it counts as unanswered, the counter
 * rises — in one conditional statement, so two concurrent senders cannot both pass the limit. A row
 * older than `rowStartsAfter` starts afresh. False when the limit refused it.
 */
export async function countOutbound(
  tx: SqlExecutor,
  options: { conversationId: number; counts: boolean; limit: number; rowStartsAfter: Date; now: Date; limited?: boolean },
): Promise<boolean> {
  const step = options.counts ? 1 : 0;
  // `limited: false`: counted in the row, never refused by it (a coordinator's own timed words).
  const guarded = options.counts && options.limited !== false;
  const changed = await tx.execute(
    `UPDATE "Conversation"
        SET "unansweredCount" = CASE WHEN "lastMessageAt" IS NOT NULL AND "lastMessageAt" <= ? THEN ? ELSE "unansweredCount" + ? END,
            "lastMessageAt" = ?, "updatedAt" = ?
      WHERE "id" = ?${guarded ? ` AND ("unansweredCount" < ${Math.floor(options.limit)} OR "lastMessageAt" <= ?)` : ""}`,
    [options.rowStartsAfter, step, step, options.now, options.now, options.conversationId, ...(guarded ? [options.rowStartsAfter] : [])],
  );
  return changed > 0;
}

/**
 * A bot conversation starts waiting for a person; 0 when it was not with the bot. A request the bot talks
 * through (a meeting's change, requestsTheBotTalksThrough) gives way to one that waits for a person ("prata
 * med en människa" after "kan inte imorgon"), so the bot then keeps quiet as for any such request.
 */
export function setWaiting(tx: SqlExecutor, conversationId: number, reason: string, now: Date): Promise<number> {
  const talkedThrough = requestsTheBotTalksThrough.includes(reason) ? [] : requestsTheBotTalksThrough;
  const replaces = talkedThrough.length ? ` OR ("status" = 'waiting' AND "priority" <> 'crisis' AND "handoffReason" IN (${talkedThrough.map(() => "?").join(", ")}))` : "";
  return tx.execute(`UPDATE "Conversation" SET "status" = 'waiting', "waitingSince" = ?, "handoffReason" = ?, "updatedAt" = ? WHERE "id" = ? AND ("status" = 'bot'${replaces})`, [now, reason, now, conversationId, ...talkedThrough]);
}

/**
 * The participant took back their own request for a person: back to the bot, unless it waits for
 * anything else (a crisis, an erasure request) or a coordinator has taken it meanwhile. A concern flag
 * (the priority) stays: the team still follows it up.
 */
export function setRequestWithdrawn(tx: SqlExecutor, conversationId: number, reasons: readonly string[], now: Date): Promise<number> {
  return tx.execute(
    `UPDATE "Conversation" SET "status" = 'bot', "waitingSince" = NULL, "handoffReason" = NULL, "updatedAt" = ?
      WHERE "id" = ? AND "status" = 'waiting' AND "priority" <> 'crisis' AND "handoffReason" IN (${reasons.map(() => "?").join(", ")})`,
    [now, conversationId, ...reasons],
  );
}

export async function conversationStatus(tx: SqlExecutor, conversationId: number): Promise<string | undefined> {
  const [row] = await tx.query(`SELECT "status" FROM "Conversation" WHERE "id" = ?`, [conversationId]);
  return row ? String(row.status) : undefined;
}

/** Crisis: to the top, waiting for a person unless a coordinator already has it. */
export async function setCrisis(tx: SqlExecutor, conversationId: number, reason: string, now: Date): Promise<void> {
  await tx.execute(
    `UPDATE "Conversation" SET "priority" = 'crisis', "status" = CASE WHEN "status" = 'human' THEN 'human' ELSE 'waiting' END,
       "waitingSince" = CASE WHEN "status" = 'human' THEN NULL ELSE COALESCE("waitingSince", ?) END,
       "handoffReason" = ?, "updatedAt" = ? WHERE "id" = ?`,
    [now, reason, now, conversationId],
  );
}

/**
 * A coordinator raises an open conversation to crisis (a signal the screen missed): as setCrisis, but never a
 * closed conversation nor one already in crisis (its reason, the screen's categories, stays). 0 when nothing changed.
 */
export function raiseToCrisis(tx: SqlExecutor, conversationId: number, reason: string, now: Date): Promise<number> {
  return tx.execute(
    `UPDATE "Conversation" SET "priority" = 'crisis', "status" = CASE WHEN "status" = 'human' THEN 'human' ELSE 'waiting' END,
       "waitingSince" = CASE WHEN "status" = 'human' THEN NULL ELSE COALESCE("waitingSince", ?) END,
       "handoffReason" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" <> 'closed' AND "priority" <> 'crisis'`,
    [now, reason, now, conversationId],
  );
}

/** A coordinator raises an open conversation with no flag to concern; 0 when it is closed or already flagged. */
export function raiseToConcern(tx: SqlExecutor, conversationId: number, reason: string, now: Date): Promise<number> {
  return tx.execute(
    `UPDATE "Conversation" SET "priority" = 'concern', "concernReason" = ?, "concernSince" = COALESCE("concernSince", ?), "updatedAt" = ?
      WHERE "id" = ? AND "status" <> 'closed' AND "priority" = 'normal'`,
    [reason, now, now, conversationId],
  );
}

export async function priorityOf(tx: SqlExecutor, conversationId: number): Promise<{ priority: string; concernReasons: string[] } | undefined> {
  const [row] = await tx.query(`SELECT "priority", "concernReason" FROM "Conversation" WHERE "id" = ?`, [conversationId]);
  if (!row) return undefined;
  return { priority: String(row.priority), concernReasons: row.concernReason ? String(row.concernReason).split(",") : [] };
}

/** Concern: below crisis and never over it; the first flag's time is kept. */
export async function setConcern(tx: SqlExecutor, conversationId: number, reasons: string[], now: Date): Promise<void> {
  await tx.execute(
    `UPDATE "Conversation" SET "priority" = 'concern', "concernReason" = ?, "concernSince" = COALESCE("concernSince", ?), "updatedAt" = ? WHERE "id" = ? AND "priority" <> 'crisis'`,
    [reasons.join(","), now, now, conversationId],
  );
}

export async function setTakenOver(tx: SqlExecutor, conversationId: number, staffId: number, now: Date): Promise<void> {
  await tx.execute(
    `UPDATE "Conversation" SET "status" = 'human', "assigneeId" = ?, "waitingSince" = NULL, "takenOverAt" = ?, "idleRemindedAt" = NULL, "updatedAt" = ? WHERE "id" = ?`,
    [staffId, now, now, conversationId],
  );
}

/**
 * How many messages Tillit has sent in the conversation since a takeover, and the first name of the
 * coordinator who took it over: what the first message after a silent takeover is told. A message in the
 * same millisecond as the takeover counts as after it: the cheaper mistake is not to tell (as before).
 */
export async function sinceTakeover(sql: SqlExecutor, conversationId: number, takenOverAt: Date): Promise<{ botMessages: number; takerFirstName: string | null }> {
  const [row] = await sql.query(
    `SELECT s."firstName",
            (SELECT COUNT(*) FROM "Message" m WHERE m."conversationId" = c."id" AND m."direction" = 'out' AND m."authorKind" IN ('bot', 'system')
               AND m."status" <> 'refused' AND m."createdAt" >= ?) AS "spoke"
       FROM "Conversation" c LEFT JOIN "StaffUser" s ON s."id" = c."assigneeId" WHERE c."id" = ?`,
    [takenOverAt, conversationId],
  );
  return { botMessages: int(row?.spoke ?? 0), takerFirstName: strOrNull(row?.firstName) };
}

/** Back to the bot, with every flag and handoff mark cleared. */
/**
 * The crisis or concern flag standing on the conversation, as the row keeps it once a hand-back has cleared it
 * ("crisis:suicide", "crisis:raised-by-staff", "concern:money,food"); null when none stands.
 */
export async function standingFlag(tx: SqlExecutor, conversationId: number): Promise<string | null> {
  const [row] = await tx.query(`SELECT "priority", "handoffReason", "concernReason" FROM "Conversation" WHERE "id" = ?`, [conversationId]);
  if (row?.priority === "crisis") return strOrNull(row.handoffReason) ?? "crisis:";
  if (row?.priority === "concern") return `concern:${strOrNull(row.concernReason) ?? ""}`;
  return null;
}

/**
 * The flag kept on the conversation at its last hand-back ("crisis:suicide", "concern:money"; transitions.ts handBack)
 * and when, or null: what the inbox shows as "Kris nyligen" and the hand-back's word to the young person reads.
 */
export async function recentFlagOf(sql: SqlExecutor, conversationId: number): Promise<{ flag: string; at: Date } | null> {
  const [row] = await sql.query(`SELECT "recentFlag", "recentFlagAt" FROM "Conversation" WHERE "id" = ?`, [conversationId]);
  const flag = strOrNull(row?.recentFlag);
  return flag && row?.recentFlagAt != null ? { flag, at: date(row.recentFlagAt) } : null;
}

/** Back to the bot, its flags cleared; `kept`, the flag it had, stays on the row as recent (an earlier one stays otherwise). */
export async function setHandedBack(tx: SqlExecutor, conversationId: number, now: Date, kept: string | null = null): Promise<void> {
  await tx.execute(
    `UPDATE "Conversation" SET "status" = 'bot', "priority" = 'normal', "handoffReason" = NULL, "concernReason" = NULL, "concernSince" = NULL,
       "waitingSince" = NULL, "takenOverAt" = NULL, "idleRemindedAt" = NULL, ${kept ? `"recentFlag" = ?, "recentFlagAt" = ?, ` : ""}"updatedAt" = ? WHERE "id" = ?`,
    [...(kept ? [kept, now] : []), now, conversationId],
  );
}

export async function closeAllOf(tx: SqlExecutor, participantId: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "Conversation" SET "status" = 'closed', "updatedAt" = ? WHERE "participantId" = ? AND "status" <> 'closed'`, [now, participantId]);
}

/** Moves the conversation up the inbox as if a message had just been written. */
export async function touchLastMessage(tx: SqlExecutor, conversationId: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "Conversation" SET "lastMessageAt" = ?, "updatedAt" = ? WHERE "id" = ?`, [now, now, conversationId]);
}

/** Closes an open conversation; 0 when it was already closed. Its flags, a recent one too, and waiting go with it. */
export function closeConversationRow(tx: SqlExecutor, conversationId: number, now: Date): Promise<number> {
  return tx.execute(
    `UPDATE "Conversation" SET "status" = 'closed', "priority" = 'normal', "handoffReason" = NULL, "concernReason" = NULL, "concernSince" = NULL,
       "waitingSince" = NULL, "snoozedUntil" = NULL, "snoozedAt" = NULL, "idleRemindedAt" = NULL, "recentFlag" = NULL, "recentFlagAt" = NULL, "updatedAt" = ?
     WHERE "id" = ? AND "status" <> 'closed'`,
    [now, conversationId],
  );
}

/** Snoozes (until a time) or wakes (null) an open conversation that is not a crisis; 0 when it is closed or a crisis. */
export function snoozeConversationRow(tx: SqlExecutor, conversationId: number, until: Date | null, now: Date): Promise<number> {
  return tx.execute(
    `UPDATE "Conversation" SET "snoozedUntil" = ?, "snoozedAt" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" <> 'closed' AND "priority" <> 'crisis'`,
    [until, until ? now : null, now, conversationId],
  );
}

/** The conversation with its participant's row, or null: what a staff member's access check reads (bot/staff/access.ts). */
export function conversationWithParticipant(db: Db, conversationId: number) {
  return db.conversation.findUnique({ where: { id: conversationId }, include: { participant: true } });
}

/**
 * Claims the taken-over conversations quiet since `cutoff` that have not been reminded: one UPDATE …
 * RETURNING, so with several instances each is claimed once per quiet spell (bot/staff/idle-takeovers.ts).
 */
export async function claimIdleTakeovers(tx: SqlExecutor, now: Date, cutoff: Date): Promise<{ conversationId: number; participantId: number; assigneeId: number | null }[]> {
  const claimed = await tx.query(
    `UPDATE "Conversation" SET "idleRemindedAt" = ?
      WHERE "status" = 'human' AND "idleRemindedAt" IS NULL
        AND COALESCE("lastMessageAt", "takenOverAt") < ? AND COALESCE("takenOverAt", "lastMessageAt") < ?
      RETURNING "id", "participantId", "assigneeId"`,
    [now, cutoff, cutoff],
  );
  return claimed.map((r) => ({ conversationId: int(r.id), participantId: int(r.participantId), assigneeId: r.assigneeId === null ? null : int(r.assigneeId) }));
}

/** A coordinator's reply was queued: it answers the participant and restarts the quiet-spell reminder. */
export async function markStaffReplied(tx: SqlExecutor, conversationId: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "Conversation" SET "lastStaffReplyAt" = ?, "idleRemindedAt" = NULL WHERE "id" = ?`, [now, conversationId]);
}

/**
 * Assigns the conversation and its participant to a coordinator (or to no one) together: the
 * participant's coordinator is whoever holds their conversation.
 */
export async function assignConversationRow(db: Db, a: { conversationId: number; participantId: number; assigneeId: number | null }): Promise<void> {
  await db.$transaction([
    db.conversation.update({ where: { id: a.conversationId }, data: { assigneeId: a.assigneeId } }),
    db.participant.update({ where: { id: a.participantId }, data: { coordinatorId: a.assigneeId } }),
  ]);
}
