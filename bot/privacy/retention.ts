// What the copy promises about time, done: everything about a participant is erased N months after
// the contact ended (discharge, the end of the follow-up after it, or their last message, whichever
// is latest) and after M months without any
// contact; without consent, message texts go after D days. Plus housekeeping: expired sessions,
// links and codes, and audit details past their retention. Every step is idempotent, each erasure is
// its own transaction, and the log gets counts only.
import { DateTime } from "luxon";
import type { Sql, SqlExecutor } from "../db/sql.js";
import { contactsBefore, participantPageEnd, scrubTexts, sweepExpired, unconsentedPage, type ContactFilter } from "../db/retention.js";
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
export const plusMonths = (at: Date, months: number) => DateTime.fromJSDate(at, { zone: ZONE }).plus({ months }).toJSDate();

/** Participants whose erasure falls due before `until`, with any hold; optionally for some teams or one participant. */
export async function recordsDue(tx: SqlExecutor, s: RetentionSettings, opts: { until: Date; teamIds?: number[] | null; participantId?: number }): Promise<DueRecord[]> {
  if (opts.teamIds && !opts.teamIds.length) return [];
  const teamIds = opts.teamIds;
  if (opts.participantId !== undefined) return duePage(tx, s, opts.until, { teamIds, participantId: opts.participantId });
  const due: DueRecord[] = [];
  for (let after = 0; ;) {
    const upTo = await participantPageEnd(tx, after);
    if (upTo === undefined) return due.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
    due.push(...(await duePage(tx, s, opts.until, { teamIds, page: { after, upTo } })));
    after = upTo;
  }
}

async function duePage(tx: SqlExecutor, s: RetentionSettings, until: Date, filter: ContactFilter): Promise<DueRecord[]> {
  // Contact is a message from the participant or a coordinator's reply; never earlier than these.
  const earliest = plusMonths(until, -Math.min(s.afterDischargeMonths, s.noContactMonths));
  const due: DueRecord[] = [];
  for (const r of await contactsBefore(tx, filter, earliest)) {
    // The farewell promises a monthly check-in for six months: while that follow-up runs, the contact
    // has not ended, whatever the young person answers or not.
    if (r.followUpRunning) continue;
    const latest = (...at: (Date | null)[]) => new Date(Math.max(...at.filter((v) => v != null).map((v) => v.getTime())));
    const lastContact = latest(r.createdAt, r.lastInbound, r.lastReply);
    const candidates: { reason: DueRecord["reason"]; at: Date }[] = [{ reason: "no-contact", at: plusMonths(lastContact, s.noContactMonths) }];
    // Discharged (an opted-out participant can be discharged too, keeping STOPP as their status). The
    // contact ended with the last of: the discharge, their last message or a reply, and the last
    // follow-up sent after discharge, so a record never goes just after Tillit asked them something.
    if (r.status === "discharged" || (r.status === "opted-out" && r.dischargedAt != null)) {
      const ended = latest(r.dischargedAt, lastContact, r.lastSentAfterDischarge);
      candidates.push({ reason: "discharged", at: plusMonths(ended, s.afterDischargeMonths) });
    }
    const first = candidates.sort((a, b) => a.at.getTime() - b.at.getTime())[0]!;
    if (first.at >= until) continue;
    due.push({ participantId: r.participantId, teamId: r.teamId, conversationId: r.conversationId, name: r.name, reason: first.reason, dueAt: first.at, hold: r.hold });
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

/** One pass of retention at `now`. Running it again at once finds nothing more to do. */
export async function runRetention(deps: RetentionDeps, now: Date): Promise<RetentionCounts> {
  const counts: RetentionCounts = { "erased-discharged": 0, "erased-no-contact": 0, held: 0 };
  for (const due of await recordsDue(deps.sql, deps.settings, { until: now })) {
    if (due.hold) {
      counts.held!++;
      continue;
    }
    // Checked again inside the transaction: a message that arrived a moment ago keeps the record.
    const erased = await deps.sql.transaction(async (tx) => {
      const still = (await recordsDue(tx, deps.settings, { until: now, participantId: due.participantId }))[0];
      if (!still || still.hold) return undefined;
      return eraseParticipant(tx, due.participantId, { now, staffId: null, basis: still.reason, optOuts: deps.optOuts });
    });
    if (!erased) continue;
    counts[`erased-${due.reason}`]!++;
    deps.events.emit("participant.erased", { participantId: erased.participantId, conversationIds: erased.conversationIds });
  }
  const textsBefore = new Date(now.getTime() - deps.settings.unconsentedMessageDays * DAY_MS);
  Object.assign(counts, { "message-texts": 0, notes: 0, "safety-labels": 0, "meeting-wishes": 0, "slack-posts": 0 });
  // Those without consent, a page at a time; each page is one short transaction over indexed rows.
  for (let after = 0; ;) {
    const ids = await unconsentedPage(deps.sql, after);
    if (!ids.length) break;
    after = ids.at(-1)!;
    const scrubbed = await deps.sql.transaction((tx) => scrubTexts(tx, ids, now, textsBefore));
    for (const [what, n] of Object.entries(scrubbed)) counts[what]! += n;
  }
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const cut = { days30: daysAgo(30), days90: daysAgo(90), auditDetailsBefore: plusMonths(now, -deps.settings.auditDetailsMonths) };
  Object.assign(counts, await deps.sql.transaction((tx) => sweepExpired(tx, now, cut)));
  // Counts only: never who or what.
  deps.log.info({ counts }, "retention run");
  return counts;
}
