// The prioritised conversation list: who needs a human now comes first. Crisis flags, then concern
// flags (oldest first), then conversations waiting for a human (oldest first), then taken-over conversations whose participant
// wrote last (oldest first), then everything else by latest activity. Each tier is its own indexed
// query, so the first page stays fast however many quiet conversations a team has. NULL ordering is
// spelled out: SQLite and PostgreSQL put NULLs at opposite ends by default.
import { z } from "zod";
import { date, int, strOrNull, type Sql, type SqlValue } from "../db/sql.js";
import type { StaffActor } from "./staff-actor.js";
import { lastWordsOf } from "../db/inbox-queries.js";

export const listQuery = z.object({
  scope: z.enum(["mine", "team", "all"]).default("team"),
  status: z.enum(["any", "crisis", "concern", "waiting", "human", "bot", "snoozed", "closed"]).default("any"),
  teamId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ListQuery = z.infer<typeof listQuery>;

export type NeedTier = "crisis" | "concern" | "waiting" | "unanswered" | "other";

/** Why a row waits, in the inbox's words: asked for a person, crisis, concern, not understood, quiet contact, unanswered. */
export type WaitReason = "crisis" | "concern" | "asked" | "unclear" | "quiet" | "unanswered";

export interface InboxRow {
  conversationId: number;
  participantId: number;
  name: string | null;
  phone: string | null;
  language: string;
  participantStatus: string;
  teamId: number | null;
  status: string;
  priority: string;
  need: NeedTier;
  handoffReason: string | null;
  /** What raised a concern flag ("sleep,food", "low-check-in"), when there is one. */
  concernReason: string | null;
  assigneeId: number | null;
  waitingSince: Date | null;
  lastInboundAt: Date | null;
  lastMessageAt: Date | null;
  idle: boolean;
  /** Unread messages a human should read: none while the bot has the conversation in hand. */
  unread: number;
  why: WaitReason | null;
  snoozedUntil: Date | null;
  /** The young person's own last words (never the bot's). */
  preview: { body: string; authorKind: string } | null;
  isDemo: boolean;
}

const tiers: { need: NeedTier; where: string; order: string }[] = [
  { need: "crisis", where: `c."priority" = 'crisis' AND c."status" <> 'closed'`, order: `COALESCE(c."waitingSince", c."lastInboundAt") ASC NULLS FIRST, c."id" ASC` },
  { need: "concern", where: `c."priority" = 'concern' AND c."status" <> 'closed'`, order: `c."concernSince" ASC NULLS FIRST, c."id" ASC` },
  { need: "waiting", where: `c."status" = 'waiting' AND c."priority" NOT IN ('crisis', 'concern')`, order: `c."waitingSince" ASC NULLS FIRST, c."id" ASC` },
  {
    need: "unanswered",
    where: `c."status" = 'human' AND c."priority" NOT IN ('crisis', 'concern') AND c."lastInboundAt" IS NOT NULL
            AND c."lastInboundAt" > COALESCE(c."lastStaffReplyAt", c."takenOverAt", c."createdAt")`,
    order: `c."lastInboundAt" ASC, c."id" ASC`,
  },
  {
    need: "other",
    where: `c."priority" NOT IN ('crisis', 'concern') AND c."status" IN ('bot', 'human', 'closed')
            AND NOT (c."status" = 'human' AND c."lastInboundAt" IS NOT NULL AND c."lastInboundAt" > COALESCE(c."lastStaffReplyAt", c."takenOverAt", c."createdAt"))`,
    order: `c."lastMessageAt" DESC NULLS LAST, c."id" DESC`,
  },
];

// A snoozed conversation is out of the open list until its time, or until the participant writes again; never a crisis.
const snoozed = `(c."priority" <> 'crisis' AND c."snoozedUntil" IS NOT NULL AND c."snoozedUntil" > ? AND (c."lastInboundAt" IS NULL OR c."lastInboundAt" <= c."snoozedAt"))`;

const statusFilter: Record<ListQuery["status"], string> = {
  any: `c."status" <> 'closed' AND NOT ${snoozed}`,
  snoozed: `c."status" <> 'closed' AND ${snoozed}`,
  crisis: `c."priority" = 'crisis'`,
  concern: `c."priority" = 'concern'`,
  waiting: `c."status" = 'waiting'`,
  human: `c."status" = 'human'`,
  bot: `c."status" = 'bot'`,
  closed: `c."status" = 'closed'`,
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listConversations(sql: Sql, actor: StaffActor, query: ListQuery, now: Date, idleMs: number): Promise<{ rows: InboxRow[]; hasMore: boolean }> {
  const where: string[] = [statusFilter[query.status]];
  const params: SqlValue[] = query.status === "any" || query.status === "snoozed" ? [now] : [];
  if (actor.role !== "admin") {
    if (actor.teamIds.length === 0) return { rows: [], hasMore: false };
    where.push(`p."teamId" IN (${actor.teamIds.map(() => "?").join(", ")})`);
    params.push(...actor.teamIds);
  }
  if (query.teamId !== undefined) {
    where.push(`p."teamId" = ?`);
    params.push(query.teamId);
  }
  if (query.scope === "mine") {
    where.push(`(c."assigneeId" = ? OR p."coordinatorId" = ?)`);
    params.push(actor.id, actor.id);
  }
  if (query.q) {
    // Case-insensitive on both databases (PostgreSQL's LIKE is case-sensitive; SQLite's only for ASCII).
    const like = `%${escapeLike(query.q.toLowerCase())}%`;
    const digits = query.q.replace(/[^\d]/g, "");
    where.push(`(lower(p."preferredName") LIKE ? ESCAPE '\\' ${digits.length >= 3 ? `OR p."phone" LIKE ? ESCAPE '\\'` : ""}
      OR EXISTS (SELECT 1 FROM "Message" sm WHERE sm."conversationId" = c."id" AND lower(sm."body") LIKE ? ESCAPE '\\'))`);
    params.push(like, ...(digits.length >= 3 ? [`%${digits.replace(/^0/, "")}%`] : []), like);
  }
  const rows: InboxRow[] = [];
  let skip = query.offset;
  const want = query.limit + 1; // one more than asked tells whether there is a next page
  for (const tier of tiers) {
    if (rows.length >= want) break;
    const found = await sql.query(
      `SELECT c."id" AS "conversationId", c."participantId", p."preferredName" AS "name", p."phone", p."language", p."status" AS "participantStatus",
              p."teamId", p."isDemo", c."status", c."priority", c."handoffReason", c."concernReason", c."assigneeId", c."waitingSince", c."lastInboundAt",
              c."lastMessageAt", c."takenOverAt", c."idleRemindedAt", c."snoozedUntil",
              CASE WHEN c."status" IN ('waiting', 'human') OR c."priority" IN ('crisis', 'concern') THEN
                (SELECT COUNT(*) FROM "Message" um WHERE um."conversationId" = c."id" AND um."direction" = 'in'
                   AND um."id" > COALESCE((SELECT r."lastReadMessageId" FROM "ConversationRead" r WHERE r."staffId" = ? AND r."conversationId" = c."id"), 0))
              ELSE 0 END AS "unread"
         FROM "Conversation" c JOIN "Participant" p ON p."id" = c."participantId"
        WHERE ${tier.where} AND ${where.join(" AND ")}
        ORDER BY ${tier.order}
        LIMIT ? OFFSET ?`,
      [actor.id, ...params, want - rows.length, skip],
    );
    if (skip > 0) {
      // The offset is consumed tier by tier: count what this tier held before the page started.
      const [{ n } = { n: 0 }] = await sql.query(
        `SELECT COUNT(*) AS "n" FROM "Conversation" c JOIN "Participant" p ON p."id" = c."participantId" WHERE ${tier.where} AND ${where.join(" AND ")}`,
        params,
      );
      skip = Math.max(0, skip - int(n));
    }
    for (const r of found) rows.push(toRow(r, tier.need, now, idleMs));
  }
  const hasMore = rows.length > query.limit;
  const page = rows.slice(0, query.limit);
  const words = await lastWordsOf(sql, page.map((r) => r.conversationId));
  for (const row of page) {
    const body = words.get(row.conversationId);
    if (body) row.preview = { body: body.slice(0, 140), authorKind: "participant" };
  }
  return { rows: page, hasMore };
}

function waitReason(r: Record<string, unknown>, need: NeedTier, idle: boolean): WaitReason | null {
  if (r.priority === "crisis") return "crisis";
  if (r.priority === "concern") return "concern";
  if (r.status === "waiting") return r.handoffReason === "unclear" ? "unclear" : "asked";
  if (idle) return "quiet";
  if (need === "unanswered") return "unanswered";
  return null;
}

function toRow(r: Record<string, unknown>, need: NeedTier, now: Date, idleMs: number): InboxRow {
  const optDate = (v: unknown) => (v === null || v === undefined ? null : date(v));
  const lastMessageAt = optDate(r.lastMessageAt);
  const takenOverAt = optDate(r.takenOverAt);
  const lastActivity = Math.max(lastMessageAt?.getTime() ?? 0, takenOverAt?.getTime() ?? 0);
  const idle = r.status === "human" && now.getTime() - lastActivity >= idleMs;
  return {
    conversationId: int(r.conversationId),
    participantId: int(r.participantId),
    name: strOrNull(r.name),
    phone: strOrNull(r.phone),
    language: String(r.language),
    participantStatus: String(r.participantStatus),
    teamId: r.teamId === null ? null : int(r.teamId),
    status: String(r.status),
    priority: String(r.priority),
    need,
    handoffReason: strOrNull(r.handoffReason),
    concernReason: strOrNull(r.concernReason),
    assigneeId: r.assigneeId === null ? null : int(r.assigneeId),
    waitingSince: optDate(r.waitingSince),
    lastInboundAt: optDate(r.lastInboundAt),
    lastMessageAt,
    idle,
    unread: int(r.unread),
    why: waitReason(r, need, idle),
    snoozedUntil: optDate(r.snoozedUntil),
    preview: null,
    isDemo: Boolean(int(r.isDemo)),
  };
}
