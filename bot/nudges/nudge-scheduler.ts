// Sends due nudges, exactly once, at the provider's pace. A tick claims due nudges with a lease and a
// random token (one UPDATE … RETURNING, safe with several app instances); each claimed nudge is then
// sent, held, skipped or cancelled. A send commits in the same transaction as the nudge's change to
// "sent", guarded by the token: a scheduler whose lease expired and whose nudge someone else took
// over rolls back instead of sending twice. Back-off: after unanswered nudges the interval doubles;
// after more, the schedule goes quiet and a coordinator gets a task to reach out personally.
import { randomBytes } from "node:crypto";
import type { ConversationCore } from "../core/conversation-core.js";
import { date, int, strOrNull, type Sql, type SqlExecutor } from "../db/sql.js";
import { UNANSWERED_ROW_PAUSE_MS, type ProactiveContent } from "../core/send-proactive.js";
import type { EventBus } from "../infrastructure/events.js";
import { translate, translateVaried, type Locales } from "../infrastructure/i18n.js";
import { errorSummary, type Logger } from "../infrastructure/log.js";
import { formatMeetingTime } from "../domain/format-time.js";
import { isLanguage, type Language } from "../domain/vocabulary.js";
import type { StartableDialog } from "../runtime/turn-types.js";
import { decideNudge, type NudgeFacts } from "./nudge-eligibility.js";
import { allowedTime, planNext, scheduleColumns, timingFor, toScheduleRow } from "./schedule-nudges.js";
import { crashPoint } from "../infrastructure/crash-points.js";
import { openTask } from "./staff-tasks.js";

export interface NudgeSettings {
  pollMs: number;
  leaseMs: number;
  /** Nudges handed to the outbox per second at most; large batches are spread. */
  perSecond: number;
  /** A nudge found this long past due (the service was down) is skipped, not sent late. */
  staleMs: number;
  /** Unanswered nudges after which the interval doubles (and keeps doubling). */
  backoffAfter: number;
  /** Unanswered nudges after which a schedule goes quiet and a coordinator is asked to reach out. */
  stopAfter: number;
  /** While a coordinator has the conversation, a due nudge waits this long and is tried again. */
  holdMs: number;
}

export interface NudgeSchedulerDeps {
  sql: Sql;
  core: ConversationCore;
  locales: Locales;
  events: EventBus;
  log: Logger;
  now: () => Date;
  settings: NudgeSettings;
}

interface ClaimedNudge {
  id: number;
  participantId: number;
  kind: string;
  dialog: string | null;
  dialogOptions: string | null;
  text: string | null;
  copyKey: string | null;
  copyVars: string | null;
  dueAt: Date;
  cancelIfAnswered: boolean;
  scheduleId: number | null;
  meetingId: number | null;
  createdById: number | null;
  createdAt: Date;
  claimToken: string;
}

/** What a nudge's message is written from. */
interface NudgeAbout {
  conversationId: number;
  teamId: number | null;
  language: Language;
  coordinator: string;
  meetingWhen?: string;
}

export type NudgeOutcome = "sent" | "held" | "skipped" | "aborted" | "retry";

const CLAIMED_COLUMNS = `"id", "participantId", "kind", "dialog", "dialogOptions", "text", "copyKey", "copyVars", "dueAt", "cancelIfAnswered", "scheduleId", "meetingId", "createdById", "createdAt", "claimToken"`;

function toClaimed(r: Record<string, unknown>): ClaimedNudge {
  return {
    id: int(r.id), participantId: int(r.participantId), kind: String(r.kind), dialog: strOrNull(r.dialog), dialogOptions: strOrNull(r.dialogOptions), text: strOrNull(r.text),
    copyKey: strOrNull(r.copyKey), copyVars: strOrNull(r.copyVars), dueAt: date(r.dueAt), cancelIfAnswered: Boolean(int(r.cancelIfAnswered)),
    scheduleId: r.scheduleId == null ? null : int(r.scheduleId), meetingId: r.meetingId == null ? null : int(r.meetingId),
    createdById: r.createdById == null ? null : int(r.createdById), createdAt: date(r.createdAt), claimToken: String(r.claimToken),
  };
}

export class NudgeScheduler {
  private tokens: number;
  private lastRefill: number;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(private readonly d: NudgeSchedulerDeps) {
    this.tokens = Math.max(1, d.settings.perSecond);
    this.lastRefill = d.now().getTime();
  }

  private stopped = false;

  start(): void {
    this.stopped = false;
    const loop = () => {
      let busy = false;
      this.running = this.tick()
        .then((outcomes) => (busy = outcomes.size > 0))
        .catch((err) => this.d.log.error({ err: errorSummary(err) }, "nudge tick failed"))
        .finally(() => {
          if (this.stopped) return;
          // While a batch is being worked through, come back as soon as the rate allows another nudge.
          const delay = busy ? Math.max(50, Math.ceil(1000 / this.d.settings.perSecond)) : this.d.settings.pollMs;
          this.timer = setTimeout(loop, Math.min(delay, this.d.settings.pollMs));
        });
    };
    this.timer = setTimeout(loop, this.d.settings.pollMs);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Claims what is due (within the rate budget) and handles it; returns each nudge's outcome. */
  async tick(): Promise<Map<number, NudgeOutcome>> {
    await this.reviveSchedules();
    const claimed = await this.claim(this.budget());
    if (claimed.length) crashPoint("after-nudges-claimed");
    const outcomes = new Map<number, NudgeOutcome>();
    for (const nudge of claimed) {
      try {
        outcomes.set(nudge.id, await this.handle(nudge));
      } catch (err) {
        // Left claimed: its lease runs out and it is tried again.
        this.d.log.error({ nudgeId: nudge.id, err: errorSummary(err) }, "nudge failed");
        outcomes.set(nudge.id, "retry");
      }
    }
    return outcomes;
  }

  /** Token bucket: perSecond per second, at most one second's worth (and at least one nudge) at once. */
  private budget(): number {
    const now = this.d.now().getTime();
    const capacity = Math.max(1, this.d.settings.perSecond);
    this.tokens = Math.min(capacity, this.tokens + (Math.max(0, now - this.lastRefill) / 1000) * this.d.settings.perSecond);
    this.lastRefill = now;
    return Math.floor(this.tokens);
  }

  /** Claims up to `limit` due nudges: scheduled ones now due, and claimed ones whose lease ran out. */
  async claim(limit: number): Promise<ClaimedNudge[]> {
    if (limit <= 0) return [];
    const now = this.d.now();
    const token = randomBytes(12).toString("hex");
    // The due conditions are repeated in the UPDATE's own WHERE: on PostgreSQL an UPDATE that waited
    // for another instance's claim re-checks only that WHERE against the row as the claim left it, so
    // without them both instances would take the row. PostgreSQL picks the rows in a CTE (evaluated
    // once, so LIMIT holds) with SKIP LOCKED: a second instance takes other nudges instead of waiting.
    const due = `SELECT "id" FROM "Nudge" WHERE ("status" = 'scheduled' AND "dueAt" <= ?) OR ("status" = 'claimed' AND "leaseUntil" < ?) ORDER BY "dueAt", "id" LIMIT ?`;
    const postgres = this.d.sql.dialect === "postgres";
    const rows = await this.d.sql.query(
      `${postgres ? `WITH "due" AS (${due} FOR UPDATE SKIP LOCKED) ` : ""}UPDATE "Nudge" SET "status" = 'claimed', "claimToken" = ?, "leaseUntil" = ?
        WHERE "id" IN (${postgres ? `SELECT "id" FROM "due"` : due})
          AND (("status" = 'scheduled' AND "dueAt" <= ?) OR ("status" = 'claimed' AND "leaseUntil" < ?))
        RETURNING ${CLAIMED_COLUMNS}`,
      postgres
        ? [now, now, limit, token, new Date(now.getTime() + this.d.settings.leaseMs), now, now]
        : [token, new Date(now.getTime() + this.d.settings.leaseMs), now, now, limit, now, now],
    );
    this.tokens -= rows.length;
    return rows.map(toClaimed).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id - b.id);
  }

  /**
   * Sends one nudge now, outside the rate budget: a coordinator's own proposal, written a moment ago
   * in the same transaction as what it is about. Should this process die first, the sender finds it due.
   */
  async sendNow(nudgeId: number): Promise<NudgeOutcome | "not-due"> {
    const now = this.d.now();
    const [row] = await this.d.sql.query(
      `UPDATE "Nudge" SET "status" = 'claimed', "claimToken" = ?, "leaseUntil" = ? WHERE "id" = ? AND "status" = 'scheduled' AND "dueAt" <= ?
        RETURNING ${CLAIMED_COLUMNS}`,
      [randomBytes(12).toString("hex"), new Date(now.getTime() + this.d.settings.leaseMs), nudgeId, now],
    );
    return row ? this.handle(toClaimed(row)) : "not-due";
  }

  async handle(n: ClaimedNudge): Promise<NudgeOutcome> {
    const now = this.d.now();
    const { facts, about } = await this.factsFor(n);
    const decision = decideNudge(n, facts, now, this.d.settings);
    switch (decision.act) {
      case "skip":
        if (decision.outcome === "stale") this.d.log.info({ nudgeId: n.id, kind: n.kind, lateMinutes: Math.round((now.getTime() - n.dueAt.getTime()) / 60_000) }, "nudge skipped as stale");
        return this.finish(n, "skipped", decision.outcome);
      case "open-task":
        return this.finish(n, "sent", "task-created", async (tx) => void (await openTask(tx, { participantId: n.participantId, teamId: about.teamId, kind: "outreach-no-answer" }, now)));
      case "hold":
        return this.hold(n, decision.until);
      case "send":
        return this.send(n, about, decision.quietContact, now);
    }
  }

  /** What the decision needs, and what the message is written from. */
  private async factsFor(n: ClaimedNudge): Promise<{ facts: NudgeFacts; about: NudgeAbout }> {
    const { sql } = this.d;
    const [p] = await sql.query(
      `SELECT p."status", p."language", p."remindersOff", p."unansweredNudges", p."teamId",
              c."id" AS "conversationId", c."lastInboundAt",
              (SELECT s."firstName" FROM "StaffUser" s WHERE s."id" = COALESCE(?, p."coordinatorId")) AS "coordinator"
         FROM "Participant" p LEFT JOIN "Conversation" c ON c."id" = (SELECT MAX(c2."id") FROM "Conversation" c2 WHERE c2."participantId" = p."id" AND c2."status" <> 'closed')
        WHERE p."id" = ?`,
      [n.createdById, n.participantId],
    );
    const timing = await timingFor(sql, n.participantId);
    const [m] = n.meetingId === null ? [] : await sql.query(`SELECT "status", "startsAt", "location" FROM "Meeting" WHERE "id" = ?`, [n.meetingId]);
    const facts: NudgeFacts = {
      participant: p && {
        status: String(p.status), remindersOff: Boolean(int(p.remindersOff)), unansweredNudges: int(p.unansweredNudges),
        lastInboundAt: p.lastInboundAt ? date(p.lastInboundAt) : null, hasOpenConversation: p.conversationId != null,
      },
      timing,
      meeting: n.meetingId === null ? undefined : m ? { status: String(m.status), startsAt: date(m.startsAt) } : null,
    };
    const language: Language = isLanguage(p?.language) ? p.language : "sv";
    return {
      facts,
      about: {
        conversationId: p?.conversationId == null ? 0 : int(p.conversationId),
        teamId: p?.teamId == null ? null : int(p.teamId),
        language,
        coordinator: p?.coordinator ? String(p.coordinator) : translate(this.d.locales, language, "core.someoneFromTheTeam"),
        meetingWhen: m ? formatMeetingTime(date(m.startsAt), language, timing.zone) + (m.location ? `, ${String(m.location)}` : "") : undefined,
      },
    };
  }

  /** Hands the nudge to the core's one proactive entry; the claim is marked sent in the send's transaction. */
  private async send(n: ClaimedNudge, about: NudgeAbout, quietContact: boolean, now: Date): Promise<NudgeOutcome> {
    const outcome = await this.d.core.sendProactive(about.conversationId, await this.content(n, about, quietContact), (tx) => this.markSent(tx, n, now));
    switch (outcome) {
      case "started":
        crashPoint("after-nudge-sent");
        return this.afterSend(n);
      case "held-for-human":
        return this.hold(n);
      case "aborted":
        return "aborted";
      case "failed":
        return "retry";
      case "unanswered-limit":
        return this.holdForNewRow(n, about.conversationId);
      default:
        return this.finish(n, "skipped", outcome);
    }
  }

  /** The nudge's dialog, or its words: a coordinator's own, or copy in the phrasing this person has not seen for the longest. */
  private async content(n: ClaimedNudge, about: NudgeAbout, quietContact: boolean): Promise<ProactiveContent> {
    if (n.dialog && !quietContact) {
      const options = n.dialogOptions ? (JSON.parse(n.dialogOptions) as Record<string, unknown>) : undefined;
      return { dialog: { dialog: n.dialog as StartableDialog, options } };
    }
    const { locales } = this.d;
    if (n.text) return n.createdById ? { text: translate(locales, about.language, "nudge.coordinatorSays", { text: n.text, coordinator: about.coordinator }), coordinatorId: n.createdById } : { text: n.text };
    const recent = (await this.d.sql.query(`SELECT "body" FROM "Message" WHERE "conversationId" = ? AND "direction" = 'out' ORDER BY "id" DESC LIMIT 8`, [about.conversationId])).map((r) => String(r.body)).reverse();
    const vars = { coordinator: about.coordinator, when: about.meetingWhen ?? "", ...(n.copyVars ? (JSON.parse(n.copyVars) as Record<string, string>) : {}) };
    return { text: translateVaried(locales, about.language, n.copyKey ?? "nudge.reEngage", vars, recent) };
  }

  /** Inside the send's transaction: only the holder of the claim marks it sent; then back-off and the next occurrence. */
  private async markSent(tx: SqlExecutor, n: ClaimedNudge, now: Date): Promise<boolean> {
    const changed = await tx.execute(
      `UPDATE "Nudge" SET "status" = 'sent', "outcome" = 'sent', "processedAt" = ?, "leaseUntil" = NULL WHERE "id" = ? AND "status" = 'claimed' AND "claimToken" = ?`,
      [now, n.id, n.claimToken],
    );
    if (changed === 0) return false;
    const counted = n.kind.startsWith("meeting-") ? 0 : 1;
    await tx.execute(`UPDATE "Participant" SET "unansweredNudges" = "unansweredNudges" + ? WHERE "id" = ?`, [counted, n.participantId]);
    await this.continueSchedule(tx, n, now);
    return true;
  }

  private async afterSend(n: ClaimedNudge): Promise<NudgeOutcome> {
    this.d.log.info({ nudgeId: n.id, kind: n.kind }, "nudge sent");
    return "sent";
  }

  /** The schedule's next occurrence, stretched by back-off; or quiet, with a task, after too many unanswered. */
  private async continueSchedule(tx: SqlExecutor, n: ClaimedNudge, now: Date): Promise<void> {
    if (n.scheduleId === null) return;
    const [row] = await tx.query(`SELECT ${scheduleColumns}, "status" FROM "NudgeSchedule" WHERE "id" = ?`, [n.scheduleId]);
    if (!row || row.status !== "active") return;
    const schedule = toScheduleRow(row);
    if (schedule.kind === "cadence") schedule.cadenceCount += 1;
    const [p] = await tx.query(`SELECT "unansweredNudges", "teamId" FROM "Participant" WHERE "id" = ?`, [n.participantId]);
    const unanswered = int(p?.unansweredNudges ?? 0);
    if (unanswered >= this.d.settings.stopAfter) {
      await tx.execute(`UPDATE "NudgeSchedule" SET "status" = 'quiet', "cadenceCount" = ?, "updatedAt" = ? WHERE "id" = ?`, [schedule.cadenceCount, now, schedule.id]);
      await openTask(tx, { participantId: n.participantId, teamId: p?.teamId == null ? null : int(p.teamId), kind: "contact-quiet" }, now);
      return;
    }
    const slowdown = unanswered >= this.d.settings.backoffAfter ? 2 ** (unanswered - this.d.settings.backoffAfter + 1) : 1;
    await planNext(tx, schedule, n.dueAt > now ? n.dueAt : now, now, slowdown);
  }

  /** Puts the nudge back on the calendar: at `until`, or after the hold time (while a coordinator has the conversation). */
  private async hold(n: ClaimedNudge, until?: Date): Promise<NudgeOutcome> {
    const timing = await timingFor(this.d.sql, n.participantId);
    const retryAt = until ?? allowedTime(new Date(this.d.now().getTime() + this.d.settings.holdMs), timing);
    await this.d.sql.execute(
      `UPDATE "Nudge" SET "status" = 'scheduled', "dueAt" = ?, "claimToken" = NULL, "leaseUntil" = NULL WHERE "id" = ? AND "status" = 'claimed' AND "claimToken" = ?`,
      [retryAt, n.id, n.claimToken],
    );
    return "held";
  }

  /** Two unanswered messages already: the nudge waits until the row has ended (a pause without messages). */
  private async holdForNewRow(n: ClaimedNudge, conversationId: number): Promise<NudgeOutcome> {
    const [c] = await this.d.sql.query(`SELECT "lastMessageAt" FROM "Conversation" WHERE "id" = ?`, [conversationId]);
    const last = c?.lastMessageAt ? date(c.lastMessageAt).getTime() : this.d.now().getTime();
    const timing = await timingFor(this.d.sql, n.participantId);
    return this.hold(n, allowedTime(new Date(Math.max(last + UNANSWERED_ROW_PAUSE_MS, this.d.now().getTime() + 60_000)), timing));
  }

  private async finish(n: ClaimedNudge, status: "sent" | "skipped", outcome: string, also?: (tx: SqlExecutor) => Promise<void>): Promise<NudgeOutcome> {
    const now = this.d.now();
    let lost = false;
    await this.d.sql.transaction(async (tx) => {
      const changed = await tx.execute(
        `UPDATE "Nudge" SET "status" = ?, "outcome" = ?, "processedAt" = ?, "leaseUntil" = NULL WHERE "id" = ? AND "status" = 'claimed' AND "claimToken" = ?`,
        [status, outcome, now, n.id, n.claimToken],
      );
      if (changed === 0) return void (lost = true);
      await also?.(tx);
      // A skipped occurrence does not end a schedule; its next one is planned as usual.
      if (n.scheduleId !== null && outcome !== "opted-out") await this.continueSchedule(tx, n, now);
    });
    if (lost) return "aborted";
    if (status === "skipped") this.d.log.info({ nudgeId: n.id, kind: n.kind, outcome }, "nudge skipped");
    return status === "sent" ? "sent" : "skipped";
  }

  /**
   * Active schedules without a next occurrence get one: after the participant wrote (back from quiet),
   * after "påminn mig", or when a coordinator removed just the next occurrence.
   */
  private async reviveSchedules(): Promise<void> {
    const now = this.d.now();
    await this.d.sql.transaction(async (tx) => {
      const orphans = await tx.query(
        `SELECT ${scheduleColumns} FROM "NudgeSchedule" s WHERE s."status" = 'active'
           AND NOT EXISTS (SELECT 1 FROM "Nudge" n WHERE n."scheduleId" = s."id" AND n."status" IN ('scheduled', 'claimed')) LIMIT 100`,
      );
      for (const row of orphans) {
        // Lock the schedule's row, then look again: another instance may have just planned it.
        const locked = await tx.execute(`UPDATE "NudgeSchedule" SET "updatedAt" = ? WHERE "id" = ? AND "status" = 'active'`, [now, int(row.id)]);
        const [pending] = await tx.query(`SELECT 1 AS "x" FROM "Nudge" WHERE "scheduleId" = ? AND "status" IN ('scheduled', 'claimed') LIMIT 1`, [int(row.id)]);
        if (!locked || pending) continue;
        // After the latest occurrence it had, so a removed occurrence is skipped, not planned again.
        const [last] = await tx.query(`SELECT MAX("dueAt") AS "at" FROM "Nudge" WHERE "scheduleId" = ?`, [int(row.id)]);
        const after = last?.at ? new Date(Math.max(now.getTime(), date(last.at).getTime())) : now;
        await planNext(tx, toScheduleRow(row), after, now, 1);
      }
    });
  }
}
