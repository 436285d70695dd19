// Retention's reads and sweeps (the rules: bot/privacy/retention.ts) and the daily run's claim
// (RetentionRun). Reads go a page of participants at a time so that no single statement holds the
// database for long on a large register.
import { date, int, strOrNull, type SqlExecutor } from "./sql.js";

export const RETENTION_PAGE = 2000;

/** What retention needs to know about one participant's contact. */
export interface ContactRow {
  participantId: number;
  teamId: number | null;
  status: string;
  dischargedAt: Date | null;
  createdAt: Date;
  name: string | null;
  lastInbound: Date | null;
  lastReply: Date | null;
  conversationId: number | null;
  /** The last message Tillit or a coordinator sent after discharge (the farewell, the follow-up check-ins). */
  lastSentAfterDischarge: Date | null;
  /** The monthly follow-up after discharge is still running (not declined, stopped, quiet or finished). */
  followUpRunning: boolean;
  hold: { reason: string; since: Date } | null;
}

/** The next page of participant ids after `after`: its last id, or undefined when there are none. */
export async function participantPageEnd(tx: SqlExecutor, after: number): Promise<number | undefined> {
  const [page] = await tx.query(`SELECT MAX("id") AS "last", COUNT(*) AS "n" FROM (SELECT "id" FROM "Participant" WHERE "id" > ? ORDER BY "id" LIMIT ${RETENTION_PAGE}) page`, [after]);
  return !page || int(page.n) === 0 ? undefined : int(page.last);
}

export interface ContactFilter {
  teamIds?: number[] | null;
  /** One participant, or a page of ids (after, upTo]. */
  participantId?: number;
  page?: { after: number; upTo: number };
}

/** Participants matching `f` whose creation and every contact (message in, coordinator's reply) are before `earliest`. */
export async function contactsBefore(tx: SqlExecutor, f: ContactFilter, earliest: Date): Promise<ContactRow[]> {
  const filters: string[] = [];
  const args: (number | Date)[] = [];
  if (f.teamIds) {
    filters.push(`p."teamId" IN (${f.teamIds.map(() => "?").join(", ")})`);
    args.push(...f.teamIds);
  }
  if (f.participantId !== undefined) {
    filters.push(`p."id" = ?`);
    args.push(f.participantId);
  }
  if (f.page) {
    filters.push(`p."id" > ?`, `p."id" <= ?`);
    args.push(f.page.after, f.page.upTo);
  }
  const rows = await tx.query(
    `SELECT * FROM (
       SELECT p."id", p."teamId", p."status", p."dischargedAt", p."createdAt", p."preferredName",
              (SELECT MAX(c."lastInboundAt") FROM "Conversation" c WHERE c."participantId" = p."id") AS "lastInbound",
              (SELECT MAX(c."lastStaffReplyAt") FROM "Conversation" c WHERE c."participantId" = p."id") AS "lastReply",
              (SELECT MAX(c."id") FROM "Conversation" c WHERE c."participantId" = p."id") AS "conversationId",
              CASE WHEN p."dischargedAt" IS NULL THEN NULL ELSE
                (SELECT MAX(m."createdAt") FROM "Message" m WHERE m."participantId" = p."id" AND m."direction" = 'out' AND m."createdAt" >= p."dischargedAt") END AS "lastSentAfterDischarge",
              (SELECT COUNT(*) FROM "NudgeSchedule" s WHERE s."participantId" = p."id" AND s."cadenceKey" = 'discharge' AND s."status" = 'active') AS "followUpsRunning",
              (SELECT h."reason" FROM "RetentionHold" h WHERE h."participantId" = p."id" AND h."releasedAt" IS NULL ORDER BY h."id" DESC LIMIT 1) AS "holdReason",
              (SELECT h."createdAt" FROM "RetentionHold" h WHERE h."participantId" = p."id" AND h."releasedAt" IS NULL ORDER BY h."id" DESC LIMIT 1) AS "heldSince"
         FROM "Participant" p WHERE ${filters.join(" AND ")}
     ) x WHERE x."createdAt" < ? AND COALESCE(x."lastInbound", x."createdAt") < ? AND COALESCE(x."lastReply", x."createdAt") < ?`,
    [...args, earliest, earliest, earliest],
  );
  return rows.map((r) => ({
    participantId: int(r.id), teamId: r.teamId == null ? null : int(r.teamId), status: String(r.status),
    dischargedAt: r.dischargedAt == null ? null : date(r.dischargedAt), createdAt: date(r.createdAt), name: strOrNull(r.preferredName),
    lastInbound: r.lastInbound == null ? null : date(r.lastInbound), lastReply: r.lastReply == null ? null : date(r.lastReply),
    conversationId: r.conversationId == null ? null : int(r.conversationId),
    lastSentAfterDischarge: r.lastSentAfterDischarge == null ? null : date(r.lastSentAfterDischarge),
    followUpRunning: int(r.followUpsRunning) > 0,
    hold: r.holdReason == null ? null : { reason: String(r.holdReason), since: date(r.heldSince) },
  }));
}

// Participants whose latest answer to the consent question is not yes (or who were never asked), and
// whose record no team lead holds.
const UNCONSENTED = `SELECT p."id" FROM "Participant" p
  WHERE NOT EXISTS (SELECT 1 FROM "Consent" k WHERE k."participantId" = p."id" AND k."kind" = 'data-processing' AND k."granted" = ?
                      AND NOT EXISTS (SELECT 1 FROM "Consent" k2 WHERE k2."participantId" = p."id" AND k2."kind" = 'data-processing' AND k2."id" > k."id"))
    AND NOT EXISTS (SELECT 1 FROM "RetentionHold" h WHERE h."participantId" = p."id" AND h."releasedAt" IS NULL)`;

/** The next page of participants without consent (after id `after`). */
export async function unconsentedPage(sql: SqlExecutor, after: number): Promise<number[]> {
  return (await sql.query(`SELECT u."id" FROM (${UNCONSENTED}) u WHERE u."id" > ? ORDER BY u."id" LIMIT ${RETENTION_PAGE}`, [true, after])).map((r) => int(r.id));
}

/** Texts older than `before` of these participants: message bodies blanked, notes, safety labels (a copy of the words), meeting wishes, Slack copies. */
export async function scrubTexts(tx: SqlExecutor, ids: number[], now: Date, before: Date): Promise<Record<string, number>> {
  const them = ids.map(() => "?").join(", ");
  const theirConversations = `SELECT c."id" FROM "Conversation" c WHERE c."participantId" IN (${them})`;
  return {
    "message-texts": await tx.execute(
      `UPDATE "Message" SET "body" = '', "choices" = NULL, "erasedAt" = ? WHERE "conversationId" IN (${theirConversations}) AND "erasedAt" IS NULL AND "createdAt" < ?`,
      [now, ...ids, before],
    ),
    notes: await tx.execute(`DELETE FROM "InternalNote" WHERE "conversationId" IN (${theirConversations}) AND "createdAt" < ?`, [...ids, before]),
    "safety-labels": await tx.execute(`DELETE FROM "SafetyLabel" WHERE "conversationId" IN (${theirConversations}) AND "createdAt" < ?`, [...ids, before]),
    "meeting-wishes": await tx.execute(`UPDATE "Meeting" SET "requestedTime" = NULL WHERE "participantId" IN (${them}) AND "requestedTime" IS NOT NULL AND "updatedAt" < ?`, [...ids, before]),
    "slack-posts": await tx.execute(
      `UPDATE "SlackPost" SET "deleteRequestedAt" = ? WHERE "conversationId" IN (${theirConversations}) AND "deleteRequestedAt" IS NULL AND "createdAt" < ?`,
      [now, ...ids, before],
    ),
  };
}

/** Expired sessions, attempts, links and codes, and audit details past `auditDetailsBefore`. */
export async function sweepExpired(tx: SqlExecutor, now: Date, cut: { days30: Date; days90: Date; auditDetailsBefore: Date }): Promise<Record<string, number>> {
  return {
    sessions: await tx.execute(`DELETE FROM "StaffSession" WHERE "expiresAt" < ?`, [now]),
    "login-attempts": await tx.execute(`DELETE FROM "LoginAttempt" WHERE "at" < ?`, [cut.days30]),
    "web-invites": await tx.execute(`DELETE FROM "WebInvite" WHERE "expiresAt" < ?`, [cut.days30]),
    "phone-codes": await tx.execute(`UPDATE "PhoneLinkRequest" SET "codeHash" = NULL WHERE "codeHash" IS NOT NULL AND "codeExpiresAt" < ?`, [now]),
    "phone-links": await tx.execute(`DELETE FROM "PhoneLinkRequest" WHERE ("status" <> 'pending' AND "createdAt" < ?) OR "createdAt" < ?`, [cut.days30, cut.days90]),
    "audit-details": await tx.execute(`UPDATE "AuditLog" SET "details" = NULL WHERE "details" IS NOT NULL AND "at" < ?`, [cut.auditDetailsBefore]),
  };
}

/**
 * Claims the day's run: a new day, or one whose run died (lease passed, never finished). With
 * several instances exactly one gets it.
 */
export async function claimRetentionDay(sql: SqlExecutor, day: string, now: Date, leaseUntil: Date): Promise<boolean> {
  const [claimed] = await sql.query(
    `INSERT INTO "RetentionRun" ("day", "startedAt", "leaseUntil") VALUES (?, ?, ?)
     ON CONFLICT ("day") DO UPDATE SET "startedAt" = excluded."startedAt", "leaseUntil" = excluded."leaseUntil"
       WHERE "RetentionRun"."finishedAt" IS NULL AND "RetentionRun"."leaseUntil" < excluded."startedAt"
     RETURNING "day"`,
    [day, now, leaseUntil],
  );
  return claimed !== undefined;
}

/** The day's run is done (counts only); runs older than `pruneBefore` are forgotten. */
export async function finishRetentionDay(sql: SqlExecutor, day: string, at: Date, counts: Record<string, number>, pruneBefore: string): Promise<void> {
  await sql.execute(`UPDATE "RetentionRun" SET "finishedAt" = ?, "counts" = ? WHERE "day" = ?`, [at, JSON.stringify(counts), day]);
  await sql.execute(`DELETE FROM "RetentionRun" WHERE "day" < ?`, [pruneBefore]);
}
