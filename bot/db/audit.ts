// The audit trail's one writer: who did what to which subject, when. Ids and field names only, never
// the personal data itself. Code inside a transaction writes through the SQL executor (insertAudit);
// staff reads and settings off the message path through the Prisma client (insertAuditWith). Both
// store the same columns from one mapper, so an entry looks the same whichever wrote it.
import type { Db } from "./client.js";
import { date, type SqlExecutor } from "./sql.js";

export interface AuditRow {
  at: Date;
  actorKind: "participant" | "staff" | "system";
  actorId: number | null;
  action: string;
  subjectType: "conversation" | "participant" | "staff" | "team" | "inbox" | "task";
  subjectId: string | number;
  teamId?: number | null;
  details?: Record<string, unknown> | null;
}

function auditColumns(row: AuditRow) {
  return {
    at: row.at, actorKind: row.actorKind, actorId: row.actorId, action: row.action, subjectType: row.subjectType,
    subjectId: String(row.subjectId), teamId: row.teamId ?? null, details: row.details ? JSON.stringify(row.details) : null,
  };
}

export async function insertAudit(tx: SqlExecutor, row: AuditRow): Promise<void> {
  const c = auditColumns(row);
  await tx.execute(
    `INSERT INTO "AuditLog" ("at", "actorKind", "actorId", "action", "subjectType", "subjectId", "teamId", "details") VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [c.at, c.actorKind, c.actorId, c.action, c.subjectType, c.subjectId, c.teamId, c.details],
  );
}

export async function insertAuditWith(db: Db, row: AuditRow): Promise<void> {
  await db.auditLog.create({ data: auditColumns(row) });
}

/** The audit entries with these actions about a conversation or its participant, newest first. */
export function auditEventsAbout(db: Db, subjects: { conversationId: number; participantId: number }, actions: string[], limit: number) {
  return db.auditLog.findMany({
    where: {
      action: { in: actions },
      OR: [
        { subjectType: "conversation", subjectId: String(subjects.conversationId) },
        { subjectType: "participant", subjectId: String(subjects.participantId) },
      ],
    },
    orderBy: { at: "desc" },
    take: limit,
  });
}

// A flag raised on a message that told a protective step ("i gave the pills to my sister like kim said",
// bot/core/flag-crisis.ts) stands for the team, but is no new crisis to what Tillit says after it: not pills
// taken, not a fresh crisis, not a crisis a person has yet to answer (texter18 #2, #3).
const NOT_PROTECTIVE = `("details" IS NULL OR "details" NOT LIKE '%"protective":true%')`;

/**
 * The crisis flags raised in a conversation since `since`, each with when and the categories it recorded
 * (`conversation.crisis-flagged`, written with the flag in its transaction): what the crisis was about and
 * how long ago, read from what the screen found rather than from what Tillit happened to say about it.
 * A flag on a protective step is not among them.
 */
/** A crisis flag as the conversation's wait reads it: when, which categories, and whether it was told of someone else. */
export interface CrisisFlagSeen {
  at: Date;
  categories: string[];
  /** The crisis words were told of someone else with the writer (dialogs/shared/someone-else-words.ts). */
  aboutAnother: boolean;
  /** …and told from afar: in writing, or somewhere else than the writer (someone-else-words.ts toldFromAfar). */
  fromAfar: boolean;
  /** …harm told as from a parent or family (dialogs/shared/crisis-kind.ts fromFamily): "han slog mig igen" after it is too. */
  fromFamily: boolean;
  /** The words of the message that raised it (null once erased, or none recorded): which numbers fit its kind. */
  body: string | null;
}

export async function crisisFlagsSince(sql: SqlExecutor, conversationId: number, since: Date): Promise<CrisisFlagSeen[]> {
  const rows = await sql.query(
    `SELECT "at", "details" FROM "AuditLog" WHERE "subjectType" = 'conversation' AND "subjectId" = ? AND "action" = 'conversation.crisis-flagged' AND "at" >= ? AND ${NOT_PROTECTIVE}`,
    [String(conversationId), since],
  );
  const flags = rows.map((row) => {
    const details = typeof row.details === "string" ? (JSON.parse(row.details) as { categories?: unknown; aboutAnother?: unknown; fromAfar?: unknown; fromFamily?: unknown; messageId?: unknown }) : {};
    const categories = Array.isArray(details.categories) ? details.categories.filter((c): c is string => typeof c === "string") : [];
    const messageId = typeof details.messageId === "number" ? details.messageId : undefined;
    return { at: date(row.at), categories, aboutAnother: details.aboutAnother === true, fromAfar: details.fromAfar === true, fromFamily: details.fromFamily === true, messageId };
  });
  const ids = [...new Set(flags.flatMap((f) => (f.messageId === undefined ? [] : [f.messageId])))];
  const bodies = new Map(
    ids.length
      ? (await sql.query(`SELECT "id", "body", "erasedAt" FROM "Message" WHERE "id" IN (${ids.map(() => "?").join(", ")})`, ids)).map((m) => [Number(m.id), m.erasedAt || m.body == null ? null : String(m.body)] as const)
      : [],
  );
  return flags.map(({ messageId, ...f }) => ({ ...f, body: messageId === undefined ? null : (bodies.get(messageId) ?? null) }));
}

/**
 * A person from the team has been with the participant since the conversation's last crisis flag: a
 * coordinator's own words went out to them, or a meeting with them was recorded as attended. Then "the
 * team has not answered yet" is untrue (a tester got it the evening after his coordinator met him). A flag
 * on a protective step told after it is no new crisis (a tester heard "hasn't had time to answer yet" for
 * two weeks after telling he gave his pills away, as his coordinator had asked).
 */
export async function personSinceCrisis(sql: SqlExecutor, conversationId: number, participantId: number): Promise<boolean> {
  const [row] = await sql.query(
    `SELECT 1 AS "x" FROM (SELECT MAX("at") AS "flaggedAt" FROM "AuditLog" WHERE "subjectType" = 'conversation' AND "subjectId" = ? AND "action" = 'conversation.crisis-flagged' AND ${NOT_PROTECTIVE}) f
      WHERE f."flaggedAt" IS NOT NULL AND (
        EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = ? AND m."direction" = 'out' AND m."authorKind" = 'coordinator' AND m."createdAt" > f."flaggedAt")
        OR EXISTS (SELECT 1 FROM "Meeting" g WHERE g."participantId" = ? AND g."outcome" = 'attended' AND g."startsAt" > f."flaggedAt"))`,
    [String(conversationId), conversationId, participantId],
  );
  return row !== undefined;
}

/**
 * The first name of the person from the team who last wrote to the participant in this conversation since its last
 * crisis flag (as personSinceCrisis reads the flag), if anyone: who has read it and answered, not merely who last
 * wrote at some time before the crisis.
 */
export async function staffWriterSinceCrisis(sql: SqlExecutor, conversationId: number): Promise<string | null> {
  const [row] = await sql.query(
    `SELECT s."firstName" FROM "Message" m JOIN "StaffUser" s ON s."id" = m."authorStaffId"
      WHERE m."conversationId" = ? AND m."direction" = 'out' AND m."authorStaffId" IS NOT NULL AND m."createdAt" > (
        SELECT MAX("at") FROM "AuditLog" WHERE "subjectType" = 'conversation' AND "subjectId" = ? AND "action" = 'conversation.crisis-flagged' AND ${NOT_PROTECTIVE})
      ORDER BY m."id" DESC LIMIT 1`,
    [conversationId, String(conversationId)],
  );
  return row?.firstName == null ? null : String(row.firstName);
}

/**
 * A crisis a coordinator raised by marking a message the screen missed (`conversation.crisis-raised`, bot/staff/
 * safety-labels.ts), the last of them, and whether anything has gone to the participant since (Tillit's words or a
 * coordinator's): nothing is sent when it is raised, so until then nobody has told them anything of it.
 */
export async function lastStaffRaisedCrisis(sql: SqlExecutor, conversationId: number): Promise<{ at: Date; toldSince: boolean } | null> {
  const [row] = await sql.query(
    `SELECT r."at" AS "at",
            EXISTS (SELECT 1 FROM "Message" m WHERE m."conversationId" = ? AND m."direction" = 'out' AND m."status" <> 'refused' AND m."createdAt" > r."at") AS "told"
       FROM (SELECT MAX("at") AS "at" FROM "AuditLog" WHERE "subjectType" = 'conversation' AND "subjectId" = ? AND "action" = 'conversation.crisis-raised') r
      WHERE r."at" IS NOT NULL`,
    [conversationId, String(conversationId)],
  );
  if (!row || row.at == null) return null;
  return { at: date(row.at), toldSince: Boolean(Number(row.told)) || row.told === true };
}

/** When a coordinator last handed the conversation back to the bot (`conversation.handed-back`), if ever. */
export async function lastHandBack(sql: SqlExecutor, conversationId: number): Promise<Date | null> {
  const [row] = await sql.query(
    `SELECT MAX("at") AS "at" FROM "AuditLog" WHERE "subjectType" = 'conversation' AND "subjectId" = ? AND "action" = 'conversation.handed-back'`,
    [String(conversationId)],
  );
  return row?.at == null ? null : date(row.at);
}

/** A flag on one of the participant's messages: raised by the safety screen, or by someone in the team who marked it. */
export interface MessageFlag {
  messageId: number;
  level: "crisis" | "concern";
  by: "screen" | "staff";
  /** The screen's crisis categories or concern reasons (none for a flag raised by staff). */
  kinds: string[];
  /** Who raised it, for a flag raised by staff (their first name is what the inbox says). */
  staffId?: number;
}

/**
 * Which of a conversation's messages raised a flag, as the flags' audit entries recorded it (their messageId): the
 * inbox shows on the message itself that the screen read it as a crisis or a concern, so a label beside it says what it is.
 */
export async function flagsOnMessages(db: Db, conversationId: number): Promise<MessageFlag[]> {
  const rows = await db.auditLog.findMany({
    where: { subjectType: "conversation", subjectId: String(conversationId), action: { in: ["conversation.crisis-flagged", "conversation.concern-flagged", "conversation.crisis-raised", "conversation.concern-raised"] } },
    orderBy: { id: "asc" },
    select: { action: true, details: true, actorId: true },
  });
  const flags: MessageFlag[] = [];
  for (const row of rows) {
    const details = row.details ? (JSON.parse(row.details) as { messageId?: unknown; categories?: unknown; reasons?: unknown }) : {};
    if (typeof details.messageId !== "number") continue;
    const kinds = [details.categories, details.reasons].find(Array.isArray) ?? [];
    flags.push({
      messageId: details.messageId,
      level: row.action.endsWith("crisis-flagged") || row.action.endsWith("crisis-raised") ? "crisis" : "concern",
      by: row.action.endsWith("-raised") ? "staff" : "screen",
      kinds: kinds.filter((k): k is string => typeof k === "string"),
      ...(row.action.endsWith("-raised") && row.actorId !== null ? { staffId: row.actorId } : {}),
    });
  }
  return flags;
}

/** Who raised a flag by marking a missed signal: the first name of whoever raised each level last. */
export interface FlagRaisers {
  crisis?: string;
  concern?: string;
}

/** For each conversation given, who in the team raised its crisis or concern flag by marking a missed signal (last one wins). */
export async function flagRaisersOf(sql: SqlExecutor, conversationIds: number[]): Promise<Map<number, FlagRaisers>> {
  const found = new Map<number, FlagRaisers>();
  if (!conversationIds.length) return found;
  const rows = await sql.query(
    `SELECT a."subjectId", a."action", s."firstName" FROM "AuditLog" a JOIN "StaffUser" s ON s."id" = a."actorId"
      WHERE a."subjectType" = 'conversation' AND a."action" IN ('conversation.crisis-raised', 'conversation.concern-raised')
        AND a."subjectId" IN (${conversationIds.map(() => "?").join(", ")})
      ORDER BY a."id" ASC`,
    conversationIds.map(String),
  );
  for (const r of rows) {
    const id = Number(r.subjectId);
    const level = String(r.action) === "conversation.crisis-raised" ? "crisis" : "concern";
    found.set(id, { ...found.get(id), [level]: String(r.firstName) });
  }
  return found;
}

/** A message that raised a flag still standing: its id, its words (null once erased) and the categories the screen gave it. */
export interface FlagRaiser {
  messageId: number;
  body: string | null;
  /** The screen's crisis categories or concern reasons; none for a flag someone in the team raised. */
  kinds: string[];
}

const FLAG_ACTIONS: Record<string, "crisis" | "concern"> = {
  "conversation.crisis-flagged": "crisis", "conversation.crisis-raised": "crisis",
  "conversation.concern-flagged": "concern", "conversation.concern-raised": "concern",
};

/**
 * For each conversation given, the messages that raised its standing crisis and concern flags, oldest first: the flags'
 * audit entries (their messageId) since the last hand-back or closing, the only two that clear a flag
 * (bot/conversations/transitions.ts). The inbox quotes the first (tester25 #2: a crisis row quoted "hallå?") and orders
 * the crises by them (bot/domain/crisis-acuity.ts).
 */
export async function standingFlagRaisers(sql: SqlExecutor, conversationIds: number[]): Promise<Map<number, { crisis: FlagRaiser[]; concern: FlagRaiser[] }>> {
  const found = new Map<number, { crisis: FlagRaiser[]; concern: FlagRaiser[] }>();
  if (!conversationIds.length) return found;
  // A hand-back and a closing clear the flags.
  const actions = [...Object.keys(FLAG_ACTIONS), ...["handed-back", "closed"].map((a) => `conversation.${a}`)];
  const rows = await sql.query(
    `SELECT a."subjectId", a."action", a."details" FROM "AuditLog" a
      WHERE a."subjectType" = 'conversation' AND a."subjectId" IN (${conversationIds.map(() => "?").join(", ")})
        AND a."action" IN (${actions.map(() => "?").join(", ")})
      ORDER BY a."id" ASC`,
    [...conversationIds.map(String), ...actions],
  );
  const raised: { conversationId: number; level: "crisis" | "concern"; messageId: number; kinds: string[] }[] = [];
  for (const r of rows) {
    const conversationId = Number(r.subjectId);
    const level = FLAG_ACTIONS[String(r.action)];
    if (!level) {
      // Cleared: what came before no longer stands.
      for (let i = raised.length - 1; i >= 0; i--) if (raised[i]!.conversationId === conversationId) raised.splice(i, 1);
      continue;
    }
    const details = r.details ? (JSON.parse(String(r.details)) as { messageId?: unknown; categories?: unknown; reasons?: unknown }) : {};
    if (typeof details.messageId !== "number") continue;
    const kinds = ([details.categories, details.reasons].find(Array.isArray) ?? []).filter((k): k is string => typeof k === "string");
    raised.push({ conversationId, level, messageId: details.messageId, kinds });
  }
  if (!raised.length) return found;
  const ids = [...new Set(raised.map((r) => r.messageId))];
  const bodies = new Map(
    (await sql.query(`SELECT "id", "body", "erasedAt" FROM "Message" WHERE "id" IN (${ids.map(() => "?").join(", ")})`, ids))
      .map((m) => [Number(m.id), m.erasedAt ? null : m.body == null ? null : String(m.body)] as const),
  );
  for (const r of raised) {
    const entry = found.get(r.conversationId) ?? { crisis: [], concern: [] };
    entry[r.level].push({ messageId: r.messageId, body: bodies.get(r.messageId) ?? null, kinds: r.kinds });
    found.set(r.conversationId, entry);
  }
  return found;
}
