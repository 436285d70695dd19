// What the copy promises about time, done: everything about a participant is erased N months after
// the contact ended (discharge, or their last message if later) and after M months without any
// contact; without consent, message texts go after D days. Plus housekeeping: expired sessions,
// links and codes, and audit details past their retention. Every step is idempotent, each erasure is
// its own transaction, and the log gets counts only.
import { DateTime } from "luxon";
import { date, int, type Sql, type SqlExecutor } from "../db/sql.js";
import type { EventBus } from "../infrastructure/events.js";
import type { Logger } from "../infrastructure/log.js";
import { eraseParticipant } from "./erase-participant.js";
import type { ErasedOptOuts } from "./erased-opt-outs.js";

export interface RetentionSettings {
  afterDischargeMonths: number;
  noContactMonths: number;
  unconsentedMessageDays: number;
  auditDetailsMonths: number;
}

export interface DueRecord {
  participantId: number;
  teamId: number | null;
  conversationId: number | null;
  name: string | null;
  reason: "discharged" | "no-contact";
  dueAt: Date;
  hold: { reason: string; since: Date } | null;
}

const ZONE = "Europe/Stockholm";
const DAY_MS = 86_400_000;
const plusMonths = (at: Date, months: number) => DateTime.fromJSDate(at, { zone: ZONE }).plus({ months }).toJSDate();

const PAGE = 2000;

/** Participants whose erasure falls due before `until`, with any hold; optionally for some teams or one participant. */
export async function recordsDue(tx: SqlExecutor, s: RetentionSettings, opts: { until: Date; teamIds?: number[] | null; participantId?: number }): Promise<DueRecord[]> {
  if (opts.teamIds && !opts.teamIds.length) return [];
  const filters: string[] = [];
  const args: (number | Date)[] = [];
  if (opts.teamIds) {
    filters.push(`p."teamId" IN (${opts.teamIds.map(() => "?").join(", ")})`);
    args.push(...opts.teamIds);
  }
  if (opts.participantId !== undefined) return duePage(tx, s, opts.until, [...filters, `p."id" = ?`], [...args, opts.participantId]);
  // Page by id so that no single read holds the database for long on a large register.
  const due: DueRecord[] = [];
  for (let after = 0; ;) {
    const [page] = await tx.query(`SELECT MAX("id") AS "last", COUNT(*) AS "n" FROM (SELECT "id" FROM "Participant" WHERE "id" > ? ORDER BY "id" LIMIT ${PAGE}) page`, [after]);
    if (!page || int(page.n) === 0) return due.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    due.push(...(await duePage(tx, s, opts.until, [...filters, `p."id" > ?`, `p."id" <= ?`], [...args, after, int(page.last)])));
    after = int(page.last);
  }
}

async function duePage(tx: SqlExecutor, s: RetentionSettings, until: Date, filters: string[], args: (number | Date)[]): Promise<DueRecord[]> {
  // Contact is a message from the participant or a coordinator's reply; never earlier than these.
  const earliest = plusMonths(until, -Math.min(s.afterDischargeMonths, s.noContactMonths));
  const rows = await tx.query(
    `SELECT * FROM (
       SELECT p."id", p."teamId", p."status", p."dischargedAt", p."createdAt", p."preferredName",
              (SELECT MAX(c."lastInboundAt") FROM "Conversation" c WHERE c."participantId" = p."id") AS "lastInbound",
              (SELECT MAX(c."lastStaffReplyAt") FROM "Conversation" c WHERE c."participantId" = p."id") AS "lastReply",
              (SELECT MAX(c."id") FROM "Conversation" c WHERE c."participantId" = p."id") AS "conversationId",
              (SELECT h."reason" FROM "RetentionHold" h WHERE h."participantId" = p."id" AND h."releasedAt" IS NULL ORDER BY h."id" DESC LIMIT 1) AS "holdReason",
              (SELECT h."createdAt" FROM "RetentionHold" h WHERE h."participantId" = p."id" AND h."releasedAt" IS NULL ORDER BY h."id" DESC LIMIT 1) AS "heldSince"
         FROM "Participant" p WHERE ${filters.join(" AND ")}
     ) x WHERE x."createdAt" < ? AND COALESCE(x."lastInbound", x."createdAt") < ? AND COALESCE(x."lastReply", x."createdAt") < ?`,
    [...args, earliest, earliest, earliest],
  );
  const due: DueRecord[] = [];
  for (const r of rows) {
    const lastContact = new Date(Math.max(...[r.createdAt, r.lastInbound, r.lastReply].filter((v) => v != null).map((v) => date(v).getTime())));
    const candidates: { reason: DueRecord["reason"]; at: Date }[] = [{ reason: "no-contact", at: plusMonths(lastContact, s.noContactMonths) }];
    // Discharged (an opted-out participant can be discharged too, keeping STOPP as their status).
    if (r.status === "discharged" || (r.status === "opted-out" && r.dischargedAt != null)) {
      const ended = r.dischargedAt == null ? lastContact : new Date(Math.max(date(r.dischargedAt).getTime(), lastContact.getTime()));
      candidates.push({ reason: "discharged", at: plusMonths(ended, s.afterDischargeMonths) });
    }
    const first = candidates.sort((a, b) => a.at.getTime() - b.at.getTime())[0]!;
    if (first.at >= until) continue;
    due.push({
      participantId: int(r.id), teamId: r.teamId == null ? null : int(r.teamId), conversationId: r.conversationId == null ? null : int(r.conversationId),
      name: r.preferredName == null ? null : String(r.preferredName), reason: first.reason, dueAt: first.at,
      hold: r.holdReason == null ? null : { reason: String(r.holdReason), since: date(r.heldSince) },
    });
  }
  return due;
}

export interface RetentionDeps {
  sql: Sql;
  events: EventBus;
  log: Logger;
  optOuts: ErasedOptOuts;
  settings: RetentionSettings;
}

export type RetentionCounts = Record<string, number>;

// Participants whose latest answer to the consent question is not yes (or who were never asked), and
// whose record no team lead holds.
const UNCONSENTED = `SELECT p."id" FROM "Participant" p
  WHERE NOT EXISTS (SELECT 1 FROM "Consent" k WHERE k."participantId" = p."id" AND k."kind" = 'data-processing' AND k."granted" = ?
                      AND NOT EXISTS (SELECT 1 FROM "Consent" k2 WHERE k2."participantId" = p."id" AND k2."kind" = 'data-processing' AND k2."id" > k."id"))
    AND NOT EXISTS (SELECT 1 FROM "RetentionHold" h WHERE h."participantId" = p."id" AND h."releasedAt" IS NULL)`;

/** One pass of retention at `now`. Running it again at once finds nothing more to do. */
export async function runRetention(d: RetentionDeps, now: Date): Promise<RetentionCounts> {
  const counts: RetentionCounts = { "erased-discharged": 0, "erased-no-contact": 0, held: 0 };
  for (const due of await recordsDue(d.sql, d.settings, { until: now })) {
    if (due.hold) {
      counts.held!++;
      continue;
    }
    // Checked again inside the transaction: a message that arrived a moment ago keeps the record.
    const erased = await d.sql.transaction(async (tx) => {
      const still = (await recordsDue(tx, d.settings, { until: now, participantId: due.participantId }))[0];
      if (!still || still.hold) return undefined;
      return eraseParticipant(tx, due.participantId, { now, staffId: null, basis: still.reason, optOuts: d.optOuts });
    });
    if (!erased) continue;
    counts[`erased-${due.reason}`]!++;
    d.events.emit("participant.erased", { participantId: erased.participantId, conversationIds: erased.conversationIds });
  }
  const textsBefore = new Date(now.getTime() - d.settings.unconsentedMessageDays * DAY_MS);
  Object.assign(counts, { "message-texts": 0, notes: 0, "safety-labels": 0, "meeting-wishes": 0, "slack-posts": 0 });
  // Those without consent, a page at a time; each page is one short transaction over indexed rows.
  for (let after = 0; ;) {
    const ids = (await d.sql.query(`SELECT u."id" FROM (${UNCONSENTED}) u WHERE u."id" > ? ORDER BY u."id" LIMIT ${PAGE}`, [true, after])).map((r) => int(r.id));
    if (!ids.length) break;
    after = ids.at(-1)!;
    const them = ids.map(() => "?").join(", ");
    const theirConversations = `SELECT c."id" FROM "Conversation" c WHERE c."participantId" IN (${them})`;
    await d.sql.transaction(async (tx) => {
      counts["message-texts"]! += await tx.execute(
        `UPDATE "Message" SET "body" = '', "choices" = NULL, "erasedAt" = ? WHERE "conversationId" IN (${theirConversations}) AND "erasedAt" IS NULL AND "createdAt" < ?`,
        [now, ...ids, textsBefore],
      );
      counts.notes! += await tx.execute(`DELETE FROM "InternalNote" WHERE "conversationId" IN (${theirConversations}) AND "createdAt" < ?`, [...ids, textsBefore]);
      // A safety label carries a copy of the message's words.
      counts["safety-labels"]! += await tx.execute(`DELETE FROM "SafetyLabel" WHERE "conversationId" IN (${theirConversations}) AND "createdAt" < ?`, [...ids, textsBefore]);
      counts["meeting-wishes"]! += await tx.execute(`UPDATE "Meeting" SET "requestedTime" = NULL WHERE "participantId" IN (${them}) AND "requestedTime" IS NOT NULL AND "updatedAt" < ?`, [...ids, textsBefore]);
      counts["slack-posts"]! += await tx.execute(
        `UPDATE "SlackPost" SET "deleteRequestedAt" = ? WHERE "conversationId" IN (${theirConversations}) AND "deleteRequestedAt" IS NULL AND "createdAt" < ?`,
        [now, ...ids, textsBefore],
      );
    });
  }
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  await d.sql.transaction(async (tx) => {
    counts.sessions = await tx.execute(`DELETE FROM "StaffSession" WHERE "expiresAt" < ?`, [now]);
    counts["login-attempts"] = await tx.execute(`DELETE FROM "LoginAttempt" WHERE "at" < ?`, [daysAgo(30)]);
    counts["web-invites"] = await tx.execute(`DELETE FROM "WebInvite" WHERE "expiresAt" < ?`, [daysAgo(30)]);
    counts["phone-codes"] = await tx.execute(`UPDATE "PhoneLinkRequest" SET "codeHash" = NULL WHERE "codeHash" IS NOT NULL AND "codeExpiresAt" < ?`, [now]);
    counts["phone-links"] = await tx.execute(`DELETE FROM "PhoneLinkRequest" WHERE ("status" <> 'pending' AND "createdAt" < ?) OR "createdAt" < ?`, [daysAgo(30), daysAgo(90)]);
    counts["audit-details"] = await tx.execute(`UPDATE "AuditLog" SET "details" = NULL WHERE "details" IS NOT NULL AND "at" < ?`, [plusMonths(now, -d.settings.auditDetailsMonths)]);
  });
  // Counts only: never who or what.
  d.log.info({ counts }, "retention run");
  return counts;
}
