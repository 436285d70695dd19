// Read-only queries of the staff inbox that are not the prioritised list itself (bot/staff/inbox-list.ts).
import { int, strOrNull, type Sql } from "./sql.js";

/** The young person's own last words in each conversation (never the bot's help text); erased text stays erased. */
export async function lastWordsOf(sql: Sql, conversationIds: number[]): Promise<Map<number, string | null>> {
  if (!conversationIds.length) return new Map();
  const marks = conversationIds.map(() => "?").join(", ");
  const rows = await sql.query(
    `SELECT m."conversationId", m."body", m."erasedAt" FROM "Message" m
      WHERE m."id" IN (SELECT MAX(l."id") FROM "Message" l WHERE l."conversationId" IN (${marks}) AND l."direction" = 'in' GROUP BY l."conversationId")`,
    conversationIds,
  );
  return new Map(rows.map((r) => [int(r.conversationId), r.erasedAt ? null : strOrNull(r.body)]));
}

/**
 * Conversations that need a human now, in the teams given (all teams for null): a crisis or concern
 * flag, waiting for a person, or taken over with the participant's message unanswered. Snoozed ones
 * count again once the participant writes. For the tab title.
 */
export async function countNeedingHuman(sql: Sql, teamIds: number[] | null, now: Date): Promise<number> {
  const teamFilter = teamIds === null ? "" : teamIds.length ? `AND p."teamId" IN (${teamIds.map(() => "?").join(", ")})` : "AND 1 = 0";
  const [row] = await sql.query(
    `SELECT COUNT(*) AS "n" FROM "Conversation" c JOIN "Participant" p ON p."id" = c."participantId"
      WHERE c."status" <> 'closed' ${teamFilter}
        AND (c."priority" IN ('crisis', 'concern') OR c."status" = 'waiting'
             OR (c."status" = 'human' AND c."lastInboundAt" IS NOT NULL AND c."lastInboundAt" > COALESCE(c."lastStaffReplyAt", c."takenOverAt", c."createdAt")))
        AND NOT (c."priority" <> 'crisis' AND c."snoozedUntil" IS NOT NULL AND c."snoozedUntil" > ? AND (c."lastInboundAt" IS NULL OR c."lastInboundAt" <= c."snoozedAt"))`,
    [...(teamIds ?? []), now],
  );
  return int(row?.n ?? 0);
}

/** The team of a conversation's participant (undefined for an unknown conversation); for checks that are not reads. */
export async function conversationTeam(sql: Sql, conversationId: number): Promise<{ participantId: number; teamId: number | null } | undefined> {
  const [row] = await sql.query(`SELECT c."participantId", p."teamId" FROM "Conversation" c JOIN "Participant" p ON p."id" = c."participantId" WHERE c."id" = ?`, [conversationId]);
  return row ? { participantId: int(row.participantId), teamId: row.teamId === null ? null : int(row.teamId) } : undefined;
}
