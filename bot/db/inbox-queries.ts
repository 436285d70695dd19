// Read-only queries of the staff inbox: the prioritised list's page (its rules and the rows' meaning
// are bot/staff/inbox-list.ts), the young person's last words, the count needing a human, the work
// waiting to go out.
import { date, int, strOrNull, type Sql, type SqlValue } from "./sql.js";
import { standingFlagRaisers, type FlagRaiser } from "./audit.js";
import { crisisAcuity } from "../domain/crisis-acuity.js";
import { writtenFrom } from "./messages.js";

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

/** How much waits to go out: outbox items not yet sent, and nudges due but not yet sent. */
export async function queuedWork(sql: Sql, now: Date): Promise<{ outbox: number; due: number }> {
  const [queued] = await sql.query(
    `SELECT (SELECT COUNT(*) FROM "OutboxItem" WHERE "status" IN ('pending', 'sending')) AS "outbox",
            (SELECT COUNT(*) FROM "Nudge" WHERE "status" IN ('scheduled', 'claimed') AND "dueAt" <= ?) AS "due"`,
    [now],
  );
  return { outbox: Number(queued?.outbox ?? 0), due: Number(queued?.due ?? 0) };
}

// The prioritised list (bot/staff/inbox-list.ts says who needs a human first). Each tier is its own
// indexed query, so the first page stays fast however many quiet conversations a team has. NULL
// ordering is spelled out: SQLite and PostgreSQL put NULLs at opposite ends by default. The crisis tier alone is
// ordered here after its query: the most acute crisis first (bot/domain/crisis-acuity.ts: something taken or danger
// now, then a plan with means or a time, then the rest), the longest wait first within each (tester25 #2: Sara's plan
// for tonight with the pills at hand came 4th). Its rows are few at any time: all their ids are ordered, and only the
// page's rows are read whole (BENCHMARKS.md, bench:inbox). The page says the order (index.html #list-order).

export type NeedTier = "crisis" | "concern" | "recent" | "waiting" | "unanswered" | "other";
export type InboxStatusFilter = "any" | "crisis" | "concern" | "waiting" | "human" | "bot" | "snoozed" | "closed";

// A crisis or concern a hand-back cleared not long ago (bot/conversations/transitions.ts handBack): its `?` is the
// time before which it is no longer recent (bot/domain/after-crisis.ts).
const recent = `(c."recentFlagAt" IS NOT NULL AND c."recentFlagAt" > ? AND c."status" <> 'closed')`;

// `recents`: how many times the tier's condition names `recent` (each takes the cut-off).
const tiers: { need: NeedTier; where: string; order: string; recents: number }[] = [
  { need: "crisis", where: `c."priority" = 'crisis' AND c."status" <> 'closed'`, order: `COALESCE(c."waitingSince", c."lastInboundAt") ASC NULLS FIRST, c."id" ASC`, recents: 0 },
  { need: "concern", where: `c."priority" = 'concern' AND c."status" <> 'closed'`, order: `c."concernSince" ASC NULLS FIRST, c."id" ASC`, recents: 0 },
  // Below live flags, above every wait: the young person was in crisis days ago, whatever they wait for now.
  { need: "recent", where: `c."priority" NOT IN ('crisis', 'concern') AND ${recent}`, order: `c."recentFlagAt" DESC, c."id" DESC`, recents: 1 },
  { need: "waiting", where: `c."status" = 'waiting' AND c."priority" NOT IN ('crisis', 'concern') AND NOT ${recent}`, order: `c."waitingSince" ASC NULLS FIRST, c."id" ASC`, recents: 1 },
  {
    need: "unanswered",
    where: `c."status" = 'human' AND c."priority" NOT IN ('crisis', 'concern') AND c."lastInboundAt" IS NOT NULL
            AND c."lastInboundAt" > COALESCE(c."lastStaffReplyAt", c."takenOverAt", c."createdAt") AND NOT ${recent}`,
    order: `c."lastInboundAt" ASC, c."id" ASC`,
    recents: 1,
  },
  {
    need: "other",
    where: `c."priority" NOT IN ('crisis', 'concern') AND c."status" IN ('bot', 'human', 'closed')
            AND NOT (c."status" = 'human' AND c."lastInboundAt" IS NOT NULL AND c."lastInboundAt" > COALESCE(c."lastStaffReplyAt", c."takenOverAt", c."createdAt"))
            AND NOT ${recent}`,
    order: `c."lastMessageAt" DESC NULLS LAST, c."id" DESC`,
    recents: 1,
  },
];

// A snoozed conversation is out of the open list until its time, or until the participant writes again; never a crisis.
const snoozed = `(c."priority" <> 'crisis' AND c."snoozedUntil" IS NOT NULL AND c."snoozedUntil" > ? AND (c."lastInboundAt" IS NULL OR c."lastInboundAt" <= c."snoozedAt"))`;

const statusFilter: Record<InboxStatusFilter, string> = {
  any: `c."status" <> 'closed' AND NOT ${snoozed}`,
  snoozed: `c."status" <> 'closed' AND ${snoozed}`,
  // A crisis a hand-back cleared not long ago ("Kris nyligen") too (tester25 #1: Sara was gone from "Kris" minutes after
  // a suicide crisis); the filter's label says so.
  crisis: `(c."priority" = 'crisis' OR (c."priority" NOT IN ('crisis', 'concern') AND (c."recentFlag" = 'crisis' OR c."recentFlag" LIKE 'crisis:%') AND ${recent}))`,
  concern: `c."priority" = 'concern'`,
  waiting: `c."status" = 'waiting'`,
  human: `c."status" = 'human'`,
  bot: `c."status" = 'bot'`,
  closed: `c."status" = 'closed'`,
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface InboxFilter {
  /** Whose read marks count the unread messages. */
  staffId: number;
  /** The teams the reader may see; null for every team (an admin). */
  teamIds: number[] | null;
  teamId?: number;
  /** Only conversations assigned to, or participants coordinated by, this staff member. */
  mineOf?: number;
  status: InboxStatusFilter;
  q?: string;
  limit: number;
  offset: number;
}

export interface InboxListRow {
  conversationId: number;
  participantId: number;
  name: string | null;
  phone: string | null;
  language: string;
  participantStatus: string;
  teamId: number | null;
  isDemo: boolean;
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
  takenOverAt: Date | null;
  snoozedUntil: Date | null;
  /** The crisis or concern flag a hand-back cleared ("crisis:suicide", "concern:money,food") and when; kept after it is no longer recent. */
  recentFlag: string | null;
  recentFlagAt: Date | null;
  /**
   * Unread messages a human should read: none while the bot has the conversation in hand, and never the answers to
   * onboarding's questions, which the bot took (tester25 #15: "6 olästa" on a crisis of one message).
   */
  unread: number;
  /** The young person's words that raised the standing crisis or concern flag (the first of them); null for none or erased. */
  flagWords: string | null;
}

/** A row of the list as the page shows it; its one parameter is the reader's staff id (their unread count). */
const LIST_COLUMNS = `c."id" AS "conversationId", c."participantId", p."preferredName" AS "name", p."phone", p."language", p."status" AS "participantStatus",
  p."teamId", p."isDemo", c."status", c."priority", c."handoffReason", c."concernReason", c."assigneeId", c."waitingSince", c."lastInboundAt",
  c."lastMessageAt", c."takenOverAt", c."idleRemindedAt", c."snoozedUntil", c."recentFlag", c."recentFlagAt",
  CASE WHEN c."status" IN ('waiting', 'human') OR c."priority" IN ('crisis', 'concern') THEN
    (SELECT COUNT(*) FROM "Message" um WHERE um."conversationId" = c."id" AND um."direction" = 'in'
       AND (p."onboardedAt" IS NULL OR um."createdAt" > p."onboardedAt")
       AND um."id" > COALESCE((SELECT r."lastReadMessageId" FROM "ConversationRead" r WHERE r."staffId" = ? AND r."conversationId" = c."id"), 0))
  ELSE 0 END AS "unread"`;

/**
 * One page of the list, tier after tier; `hasMore` when a row follows the page. A cleared flag counts as recent
 * after `recentSince`.
 */
export async function inboxListPage(sql: Sql, f: InboxFilter, now: Date, recentSince: Date): Promise<{ rows: InboxListRow[]; hasMore: boolean }> {
  const where: string[] = [statusFilter[f.status]];
  const params: SqlValue[] = f.status === "any" || f.status === "snoozed" ? [now] : f.status === "crisis" ? [recentSince] : [];
  if (f.teamIds) {
    where.push(`p."teamId" IN (${f.teamIds.map(() => "?").join(", ")})`);
    params.push(...f.teamIds);
  }
  if (f.teamId !== undefined) {
    where.push(`p."teamId" = ?`);
    params.push(f.teamId);
  }
  if (f.mineOf !== undefined) {
    where.push(`(c."assigneeId" = ? OR p."coordinatorId" = ?)`);
    params.push(f.mineOf, f.mineOf);
  }
  if (f.q) {
    // Case-insensitive on both databases (PostgreSQL's LIKE is case-sensitive; SQLite's only for ASCII).
    const like = `%${escapeLike(f.q.toLowerCase())}%`;
    const digits = f.q.replace(/[^\d]/g, "");
    where.push(`(lower(p."preferredName") LIKE ? ESCAPE '\\' ${digits.length >= 3 ? `OR p."phone" LIKE ? ESCAPE '\\'` : ""}
      OR EXISTS (SELECT 1 FROM "Message" sm WHERE sm."conversationId" = c."id" AND lower(sm."body") LIKE ? ESCAPE '\\'))`);
    params.push(like, ...(digits.length >= 3 ? [`%${digits.replace(/^0/, "")}%`] : []), like);
  }
  const rows: InboxListRow[] = [];
  // The crisis tier reads its raisers to order them; the page's quotes read them again only for the rows it did not.
  let raisersRead = new Map<number, { crisis: FlagRaiser[]; concern: FlagRaiser[] }>();
  let skip = f.offset;
  const want = f.limit + 1; // one more than asked tells whether there is a next page
  for (const tier of tiers) {
    if (rows.length >= want) break;
    const cutoffs: SqlValue[] = Array.from({ length: tier.recents }, () => recentSince);
    if (tier.need === "crisis") {
      // Ordered by acuity, which is read from words: every crisis row's id in the order of wait (a light query), the
      // acuity of each, then the page's rows alone read whole (their unread counts are the costly part).
      const all = await sql.query(
        `SELECT c."id" AS "conversationId" FROM "Conversation" c JOIN "Participant" p ON p."id" = c."participantId"
          WHERE ${tier.where} AND ${where.join(" AND ")} ORDER BY ${tier.order}`,
        [...cutoffs, ...params],
      );
      const ids = all.map((r) => int(r.conversationId));
      const raisers = await standingFlagRaisers(sql, ids);
      raisersRead = raisers;
      // What they wrote from the first message that raised the crisis on, read with it ("leva", then "ikväll").
      const since = await writtenFrom(sql, new Map([...raisers].flatMap(([id, r]) => (r.crisis[0] ? [[id, r.crisis[0].messageId] as const] : []))));
      // A stable sort: within one acuity the query's longest wait first stays.
      const pageIds = ids
        .map((id) => ({ id, a: crisisAcuity(raisers.get(id)?.crisis ?? [], since.get(id)) }))
        .sort((x, y) => x.a - y.a)
        .slice(skip, skip + want - rows.length)
        .map((x) => x.id);
      skip = Math.max(0, skip - ids.length);
      if (!pageIds.length) continue;
      const read = await sql.query(`SELECT ${LIST_COLUMNS} FROM "Conversation" c JOIN "Participant" p ON p."id" = c."participantId" WHERE c."id" IN (${pageIds.map(() => "?").join(", ")})`, [f.staffId, ...pageIds]);
      const byId = new Map(read.map((r) => [int(r.conversationId), r]));
      for (const id of pageIds) {
        const r = byId.get(id);
        if (r) rows.push(toInboxListRow(r, tier.need));
      }
      continue;
    }
    const found = await sql.query(
      `SELECT ${LIST_COLUMNS}
         FROM "Conversation" c JOIN "Participant" p ON p."id" = c."participantId"
        WHERE ${tier.where} AND ${where.join(" AND ")}
        ORDER BY ${tier.order}
        LIMIT ? OFFSET ?`,
      [f.staffId, ...cutoffs, ...params, want - rows.length, skip],
    );
    if (skip > 0) {
      // The offset is consumed tier by tier: count what this tier held before the page started.
      const [{ n } = { n: 0 }] = await sql.query(
        `SELECT COUNT(*) AS "n" FROM "Conversation" c JOIN "Participant" p ON p."id" = c."participantId" WHERE ${tier.where} AND ${where.join(" AND ")}`,
        [...cutoffs, ...params],
      );
      skip = Math.max(0, skip - int(n));
    }
    for (const r of found) rows.push(toInboxListRow(r, tier.need));
  }
  const page = rows.slice(0, f.limit);
  const flagged = page.filter((r) => r.priority === "crisis" || r.priority === "concern");
  const toRead = flagged.filter((r) => r.priority !== "crisis" || !raisersRead.has(r.conversationId)).map((r) => r.conversationId);
  const raisers = new Map([...raisersRead, ...(await standingFlagRaisers(sql, toRead))]);
  for (const r of flagged) r.flagWords = firstWords(raisers.get(r.conversationId)?.[r.priority as "crisis" | "concern"] ?? []);
  return { rows: page, hasMore: rows.length > f.limit };
}

/** The first words that raised the flag and are still there to quote. */
const firstWords = (raisers: FlagRaiser[]): string | null => raisers.find((r) => r.body)?.body ?? null;

const optDate = (v: unknown) => (v === null || v === undefined ? null : date(v));

function toInboxListRow(r: Record<string, unknown>, need: NeedTier): InboxListRow {
  return {
    conversationId: int(r.conversationId),
    participantId: int(r.participantId),
    name: strOrNull(r.name),
    phone: strOrNull(r.phone),
    language: String(r.language),
    participantStatus: String(r.participantStatus),
    teamId: r.teamId === null ? null : int(r.teamId),
    isDemo: Boolean(int(r.isDemo)),
    status: String(r.status),
    priority: String(r.priority),
    need,
    handoffReason: strOrNull(r.handoffReason),
    concernReason: strOrNull(r.concernReason),
    assigneeId: r.assigneeId === null ? null : int(r.assigneeId),
    waitingSince: optDate(r.waitingSince),
    lastInboundAt: optDate(r.lastInboundAt),
    lastMessageAt: optDate(r.lastMessageAt),
    takenOverAt: optDate(r.takenOverAt),
    snoozedUntil: optDate(r.snoozedUntil),
    recentFlag: strOrNull(r.recentFlag),
    recentFlagAt: optDate(r.recentFlagAt),
    unread: int(r.unread),
    flagWords: null,
  };
}
