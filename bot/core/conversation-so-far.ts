// What a turn needs to know about the conversation before the dialogs run: what this person was last
// sent (so no line goes out twice in a row), when they last wrote (a welcome back after a silence),
// and whether a person is awaited (so Tillit answers questions and acknowledges honestly instead of
// running dialogs). Read from the stored messages, so it holds across restarts and instances.
import { date, int, type SqlExecutor } from "../db/sql.js";
import type { ConversationStatus } from "../domain/vocabulary.js";
import { isOfficeOpen, type OfficeHours } from "../domain/office-hours.js";
import type { ConversationView } from "../runtime/turn-types.js";

const RECENT_TEXTS = 8;
/** A coordinator who acted this recently is in the conversation: the bot keeps out of it. */
const ACTIVE_AFTER_ACTION_MS = 60 * 60_000;
/** During office hours a takeover counts as active for a working day after the coordinator's last action. */
const ACTIVE_DURING_OFFICE_MS = 8 * 60 * 60_000;

export interface ConversationFacts {
  conversationId: number;
  /** The message being answered; 0 for a proactive turn. */
  messageId: number;
  status: ConversationStatus;
  takenOverAt: Date | null;
  lastStaffReplyAt: Date | null;
  officeHours: OfficeHours;
  now: Date;
}

/** A coordinator has taken over and is at it now: the bot says nothing at all. */
export function coordinatorActive(f: ConversationFacts): boolean {
  if (f.status !== "human") return false;
  const last = Math.max(f.takenOverAt?.getTime() ?? 0, f.lastStaffReplyAt?.getTime() ?? 0);
  const since = f.now.getTime() - last;
  return since < ACTIVE_AFTER_ACTION_MS || (isOfficeOpen(f.now, f.officeHours) && since < ACTIVE_DURING_OFFICE_MS);
}

export async function loadConversationView(sql: SqlExecutor, f: ConversationFacts): Promise<ConversationView> {
  // No message (a proactive turn): no upper bound. Ids are `integer` on PostgreSQL, where a bound past
  // 2^31 - 1 is an out-of-range error rather than "everything".
  const upTo = f.messageId || 2 ** 31 - 1;
  const recent = await sql.query(
    `SELECT m."id", m."body", m."choices", m."authorKind", m."createdAt", o."purpose" FROM "Message" m LEFT JOIN "OutboxItem" o ON o."messageId" = m."id"
      WHERE m."conversationId" = ? AND m."direction" = 'out' AND m."status" <> 'refused' ORDER BY m."id" DESC LIMIT ${RECENT_TEXTS}`,
    [f.conversationId],
  );
  // One statement: when the participant wrote before this, when Tillit itself last wrote, and how
  // many messages the participant sent since.
  const [row] = await sql.query(
    `SELECT (SELECT "createdAt" FROM "Message" WHERE "conversationId" = ? AND "direction" = 'in' AND "id" < ? ORDER BY "id" DESC LIMIT 1) AS "previousInboundAt",
            a."id" AS "automatedId", a."createdAt" AS "automatedAt",
            (SELECT COUNT(*) FROM "Message" WHERE "conversationId" = ? AND "direction" = 'in' AND "id" > COALESCE(a."id", 0) AND "id" <= ?) AS "since"
       FROM (SELECT 1 AS "one") AS x
       LEFT JOIN (SELECT "id", "createdAt" FROM "Message" WHERE "conversationId" = ? AND "direction" = 'out' AND "authorKind" IN ('bot', 'system') AND "status" <> 'refused'
                   ORDER BY "id" DESC LIMIT 1) AS a ON 1 = 1`,
    [f.conversationId, upTo, f.conversationId, upTo, f.conversationId],
  );
  const spokenBefore = recent.some((r) => r.purpose === "reply") || (recent.length === RECENT_TEXTS && (await repliedEver(sql, f.conversationId)));
  const last = recent[0];
  return {
    waiting: f.status === "waiting" || (f.status === "human" && !coordinatorActive(f)),
    recentTexts: recent.map((r) => String(r.body)).reverse(),
    lastChoices: last?.choices ? (JSON.parse(String(last.choices)) as string[]) : null,
    previousInboundAt: row?.previousInboundAt == null ? null : date(row.previousInboundAt),
    spokenBefore,
    lastAutomatedAt: row?.automatedAt == null ? null : date(row.automatedAt),
    inboundSinceAutomated: int(row?.since ?? 0),
  };
}

/** The texts last sent to the participant in this conversation, oldest first. */
export async function recentTexts(sql: SqlExecutor, conversationId: number): Promise<string[]> {
  const rows = await sql.query(
    `SELECT "body" FROM "Message" WHERE "conversationId" = ? AND "direction" = 'out' AND "status" <> 'refused' ORDER BY "id" DESC LIMIT ${RECENT_TEXTS}`,
    [conversationId],
  );
  return rows.map((r) => String(r.body)).reverse();
}

async function repliedEver(sql: SqlExecutor, conversationId: number): Promise<boolean> {
  const [row] = await sql.query(
    `SELECT 1 AS "x" FROM "OutboxItem" o JOIN "Message" m ON m."id" = o."messageId" WHERE m."conversationId" = ? AND o."purpose" = 'reply' LIMIT 1`,
    [conversationId],
  );
  return Boolean(row);
}
