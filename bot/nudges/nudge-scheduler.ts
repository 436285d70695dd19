// Sends due nudges, exactly once, at the provider's pace. A tick claims due nudges with a lease and a
// random token (one UPDATE … RETURNING, safe with several app instances); each claimed nudge is then
// sent, held, skipped or cancelled. A send commits in the same transaction as the nudge's change to
// "sent", guarded by the token: a scheduler whose lease expired and whose nudge someone else took
// over rolls back instead of sending twice. Back-off: after unanswered nudges the interval doubles;
// after more, the schedule goes quiet and a coordinator gets a task to reach out personally.
import { randomBytes } from "node:crypto";
import type { ConversationCore } from "../core/conversation-core.js";
import type { Sql, SqlExecutor } from "../db/sql.js";
import { claimDueNudges, claimNudge, finishClaimedNudge, lastDueOfSchedule, rescheduleClaimedNudge, scheduleHasPendingNudge, type ClaimedNudge } from "../db/nudges.js";
import { lockActiveSchedule, quietSchedule, scheduleById, schedulesWithoutNext } from "../db/nudge-schedules.js";
import { addUnansweredNudge, participantTiming, unansweredNudgesAndTeam } from "../db/participants.js";
import { nextReading, parseOfficeHours } from "../domain/office-hours.js";
import { lastMessageAt, meetingOfNudge, nudgeParticipant, reminderPaceNow } from "../db/nudge-facts.js";
import { lockParticipantRow } from "../db/participant-locks.js";
import { recentTexts } from "../core/conversation-so-far.js";
import { UNANSWERED_ROW_PAUSE_MS, type ProactiveContent } from "../core/send-proactive.js";
import type { EventBus } from "../infrastructure/events.js";
import { translate, translateVaried, type Locales } from "../infrastructure/i18n.js";
import { errorSummary, type Logger } from "../infrastructure/log.js";
import { formatMeetingTime } from "../domain/format-time.js";
import { isLanguage, type Language } from "../domain/vocabulary.js";
import type { StartableDialog } from "../runtime/turn-types.js";
import { decideNudge, isTeamsNotice, weeklyPaceWait, type NudgeFacts } from "./nudge-eligibility.js";
import { allowedTime, BURST_PAUSE, HANDED_BACK, planNext, timingFor, type Timing } from "./schedule-nudges.js";
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
  /** While a coordinator has the conversation (or an offer of a person stands unanswered), a due nudge waits this long and is tried again. */
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

/** What a nudge's message is written from. */
interface NudgeAbout {
  conversationId: number;
  teamId: number | null;
  language: Language;
  coordinator: string;
  meetingWhen?: string;
}

export type NudgeOutcome = "sent" | "held" | "skipped" | "aborted" | "retry";

export class NudgeScheduler {
  private tokens: number;
  private lastRefill: number;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(private readonly deps: NudgeSchedulerDeps) {
    this.tokens = Math.max(1, deps.settings.perSecond);
    this.lastRefill = deps.now().getTime();
  }

  private stopped = false;

  start(): void {
    this.stopped = false;
    const loop = () => {
      let busy = false;
      this.running = this.tick()
        .then((outcomes) => (busy = outcomes.size > 0))
        .catch((err) => this.deps.log.error({ err: errorSummary(err) }, "nudge tick failed"))
        .finally(() => {
          if (this.stopped) return;
          // While a batch is being worked through, come back as soon as the rate allows another nudge.
          const delay = busy ? Math.max(50, Math.ceil(1000 / this.deps.settings.perSecond)) : this.deps.settings.pollMs;
          this.timer = setTimeout(loop, Math.min(delay, this.deps.settings.pollMs));
        });
    };
    this.timer = setTimeout(loop, this.deps.settings.pollMs);
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
        this.deps.log.error({ nudgeId: nudge.id, err: errorSummary(err) }, "nudge failed");
        outcomes.set(nudge.id, "retry");
      }
    }
    return outcomes;
  }

  /** Token bucket: perSecond per second, at most one second's worth (and at least one nudge) at once. */
  private budget(): number {
    const now = this.deps.now().getTime();
    const capacity = Math.max(1, this.deps.settings.perSecond);
    this.tokens = Math.min(capacity, this.tokens + (Math.max(0, now - this.lastRefill) / 1000) * this.deps.settings.perSecond);
    this.lastRefill = now;
    return Math.floor(this.tokens);
  }

  /** Claims up to `limit` due nudges: scheduled ones now due, and claimed ones whose lease ran out. */
  async claim(limit: number): Promise<ClaimedNudge[]> {
    if (limit <= 0) return [];
    const now = this.deps.now();
    const rows = await claimDueNudges(this.deps.sql, { now, limit, token: randomBytes(12).toString("hex"), leaseUntil: new Date(now.getTime() + this.deps.settings.leaseMs) });
    this.tokens -= rows.length;
    return rows;
  }

  /**
   * Sends one nudge now, outside the rate budget: a coordinator's own proposal, written a moment ago
   * in the same transaction as what it is about. Should this process die first, the sender finds it due.
   */
  async sendNow(nudgeId: number): Promise<NudgeOutcome | "not-due"> {
    const now = this.deps.now();
    const claimed = await claimNudge(this.deps.sql, nudgeId, { now, token: randomBytes(12).toString("hex"), leaseUntil: new Date(now.getTime() + this.deps.settings.leaseMs) });
    return claimed ? this.handle(claimed) : "not-due";
  }

  async handle(nudge: ClaimedNudge): Promise<NudgeOutcome> {
    const now = this.deps.now();
    const { facts, about } = await this.factsFor(nudge);
    const decision = decideNudge(nudge, facts, now, this.deps.settings);
    switch (decision.act) {
      case "skip":
        if (decision.outcome === "unanswered-limit") return this.finish(nudge, "skipped", decision.outcome, (tx) => this.quietUntilAnswered(tx, nudge, about, now));
        if (decision.outcome === "stale") this.deps.log.info({ nudgeId: nudge.id, kind: nudge.kind, lateMinutes: Math.round((now.getTime() - nudge.dueAt.getTime()) / 60_000) }, "nudge skipped as stale");
        return this.finish(nudge, "skipped", decision.outcome);
      case "open-task":
        return this.finish(nudge, "sent", "task-created", async (tx) => void (await openTask(tx, { participantId: nudge.participantId, teamId: about.teamId, kind: "outreach-no-answer" }, now)));
      case "hold":
        return this.hold(nudge, decision.until);
      case "send":
        return this.send(nudge, about, decision.quietContact, facts.timing, now);
    }
  }

  /**
   * The words a nudge of Tillit's copy will say, rendered as its send renders them (the same locale, person, meeting time
   * and place, and the phrasing this person has not seen for the longest): for the inbox to show what a meeting's
   * reminder says before it goes (a tester saw only "Mötespåminnelse"). Undefined for a dialog or a coordinator's words.
   */
  async wording(nudge: Pick<ClaimedNudge, "participantId" | "createdById" | "meetingId" | "copyKey" | "copyVars" | "dialog" | "text">): Promise<string | undefined> {
    if (nudge.dialog || nudge.text || !nudge.copyKey) return undefined;
    const { about } = await this.factsFor(nudge);
    return this.copyText(nudge, about);
  }

  /** What the decision needs, and what the message is written from. */
  private async factsFor(nudge: Pick<ClaimedNudge, "participantId" | "createdById" | "meetingId">): Promise<{ facts: NudgeFacts; about: NudgeAbout }> {
    const { sql } = this.deps;
    const p = await nudgeParticipant(sql, nudge.participantId, nudge.createdById);
    const timing = await timingFor(sql, nudge.participantId);
    const m = nudge.meetingId === null ? undefined : await meetingOfNudge(sql, nudge.meetingId);
    const facts: NudgeFacts = {
      participant: p && {
        status: p.status, remindersOff: p.remindersOff, reminderPace: p.reminderPace, lastReminderAt: p.lastReminderAt, unansweredNudges: p.unansweredNudges,
        lastInboundAt: p.lastInboundAt, hasOpenConversation: p.conversationId != null,
      },
      timing,
      meeting: nudge.meetingId === null ? undefined : m ? { status: m.status, startsAt: m.startsAt } : null,
    };
    const language: Language = isLanguage(p?.language) ? p.language : "sv";
    return {
      facts,
      about: {
        conversationId: p?.conversationId ?? 0,
        teamId: p?.teamId ?? null,
        language,
        coordinator: p?.coordinator ? p.coordinator : translate(this.deps.locales, language, "core.someoneFromTheTeam"),
        meetingWhen: m ? formatMeetingTime(m.startsAt, language, timing.zone) + (m.location ? `, ${m.location}` : "") : undefined,
      },
    };
  }

  /** Hands the nudge to the core's one proactive entry; the claim is marked sent in the send's transaction. */
  private async send(nudge: ClaimedNudge, about: NudgeAbout, quietContact: boolean, timing: Timing, now: Date): Promise<NudgeOutcome> {
    // A weekly pace is checked again under the participant's row lock: another instance may have sent
    // one of this person's reminders since the facts were read (then this one waits for the week).
    let pacedUntil: Date | undefined;
    const claim = async (tx: SqlExecutor) => {
      await lockParticipantRow(tx, nudge.participantId);
      pacedUntil = weeklyPaceWait(nudge.kind, await reminderPaceNow(tx, nudge.participantId), now, timing);
      return !pacedUntil && (await this.markSent(tx, nudge, now));
    };
    const outcome = await this.deps.core.sendProactive(about.conversationId, await this.content(nudge, about, quietContact), claim);
    // A burst's pause answer is a reply of the moment: held, it would answer an old sentence later; so is the word at a
    // hand-back (a person who took the conversation again writes themselves).
    if ((nudge.kind === BURST_PAUSE || nudge.kind === HANDED_BACK) && (outcome === "held-for-human" || outcome === "unanswered-limit")) return this.finish(nudge, "skipped", outcome);
    switch (outcome) {
      case "started":
        crashPoint("after-nudge-sent");
        return this.afterSend(nudge);
      case "held-for-human":
        return this.hold(nudge);
      // An offer of a person stands unanswered: the reminder waits, as for a person, and is tried again.
      case "offer-open":
        return this.hold(nudge);
      case "aborted":
        return pacedUntil ? this.hold(nudge, pacedUntil) : "aborted";
      case "failed":
        return "retry";
      case "unanswered-limit":
        return this.holdForNewRow(nudge, about.conversationId);
      default:
        return this.finish(nudge, "skipped", outcome);
    }
  }

  /** The nudge's dialog, or its words: a coordinator's own, or copy in the phrasing this person has not seen for the longest. */
  private async content(nudge: ClaimedNudge, about: NudgeAbout, quietContact: boolean): Promise<ProactiveContent> {
    if (nudge.dialog && !quietContact) {
      const options = nudge.dialogOptions ? (JSON.parse(nudge.dialogOptions) as Record<string, unknown>) : undefined;
      return { dialog: { dialog: nudge.dialog as StartableDialog, options } };
    }
    const { locales } = this.deps;
    // A one-off of a coordinator's own words, for the time they chose: theirs to send (send-proactive.ts).
    const timed = nudge.kind === "message" && nudge.scheduleId === null;
    if (nudge.text) return nudge.createdById ? { text: translate(locales, about.language, "nudge.coordinatorSays", { text: nudge.text, coordinator: about.coordinator }), coordinatorId: nudge.createdById, timed } : { text: nudge.text };
    return { text: await this.copyText(nudge, about), ...(isTeamsNotice(nudge.kind) ? { teamsNotice: true } : {}) };
  }

  /** Tillit's copy for the nudge, in the phrasing this person has not seen for the longest. */
  private async copyText(nudge: Pick<ClaimedNudge, "copyKey" | "copyVars">, about: NudgeAbout): Promise<string> {
    // What reached the participant: a message refused at an opt-out was never on their phone (tests/nudges/nudge-phrasing.test.ts).
    const recent = await recentTexts(this.deps.sql, about.conversationId);
    const vars = { coordinator: about.coordinator, when: about.meetingWhen ?? "", ...(nudge.copyVars ? (JSON.parse(nudge.copyVars) as Record<string, string>) : {}) };
    return translateVaried(this.deps.locales, about.language, nudge.copyKey ?? "nudge.reEngage", vars, recent);
  }

  /** Inside the send's transaction: only the holder of the claim marks it sent; then back-off and the next occurrence. */
  private async markSent(tx: SqlExecutor, nudge: ClaimedNudge, now: Date): Promise<boolean> {
    if (!(await finishClaimedNudge(tx, nudge, "sent", "sent", now))) return false;
    // A meeting reminder is not counted as unanswered: it asks for nothing; nor is a burst's answer, a reply.
    await addUnansweredNudge(tx, nudge.participantId, nudge.kind.startsWith("meeting-") || nudge.kind === BURST_PAUSE || nudge.kind === HANDED_BACK ? 0 : 1);
    await this.continueSchedule(tx, nudge, now);
    return true;
  }

  private async afterSend(nudge: ClaimedNudge): Promise<NudgeOutcome> {
    this.deps.log.info({ nudgeId: nudge.id, kind: nudge.kind }, "nudge sent");
    return "sent";
  }

  /** The schedule's next occurrence, stretched by back-off; or quiet, with a task, after too many unanswered. */
  private async continueSchedule(tx: SqlExecutor, nudge: ClaimedNudge, now: Date): Promise<void> {
    if (nudge.scheduleId === null) return;
    const schedule = await scheduleById(tx, nudge.scheduleId);
    if (!schedule || schedule.status !== "active") return;
    if (schedule.kind === "cadence") schedule.cadenceCount += 1;
    const p = await unansweredNudgesAndTeam(tx, nudge.participantId);
    const unanswered = p.unansweredNudges;
    if (unanswered >= this.deps.settings.stopAfter) {
      await quietSchedule(tx, schedule.id, schedule.cadenceCount, now);
      await openTask(tx, { participantId: nudge.participantId, teamId: p.teamId, kind: "contact-quiet" }, now);
      return;
    }
    const slowdown = unanswered >= this.deps.settings.backoffAfter ? 2 ** (unanswered - this.deps.settings.backoffAfter + 1) : 1;
    await planNext(tx, schedule, nudge.dueAt > now ? nudge.dueAt : now, now, slowdown);
  }

  /** Puts the nudge back on the calendar: at `until`, or after the hold time (while a coordinator has the conversation). */
  private async hold(nudge: ClaimedNudge, until?: Date): Promise<NudgeOutcome> {
    const timing = await timingFor(this.deps.sql, nudge.participantId);
    const retryAt = until ?? allowedTime(new Date(this.deps.now().getTime() + this.deps.settings.holdMs), timing);
    await rescheduleClaimedNudge(this.deps.sql, nudge, retryAt);
    return "held";
  }

  /**
   * Two unanswered messages already: the nudge waits for a pause without messages (the row's end), and
   * then for the team's office hours (a coordinator's proposal held on Friday once went out on a Sunday
   * for a Tuesday meeting, with nobody at work to hear the answer).
   */
  private async holdForNewRow(nudge: ClaimedNudge, conversationId: number): Promise<NudgeOutcome> {
    const last = (await lastMessageAt(this.deps.sql, conversationId))?.getTime() ?? this.deps.now().getTime();
    const timing = await timingFor(this.deps.sql, nudge.participantId);
    const { officeHours } = await participantTiming(this.deps.sql, nudge.participantId);
    const afterPause = new Date(Math.max(last + UNANSWERED_ROW_PAUSE_MS, this.deps.now().getTime() + 60_000));
    return this.hold(nudge, allowedTime(nextReading(afterPause, parseOfficeHours(officeHours)).at, timing));
  }

  /**
   * A skipped occurrence of Tillit's own after two unanswered: the schedule goes quiet until the participant
   * writes (it is revived then) and the coordinator gets a task, so the skip is seen, never silent.
   */
  private async quietUntilAnswered(tx: SqlExecutor, nudge: ClaimedNudge, about: NudgeAbout, now: Date): Promise<void> {
    if (nudge.scheduleId === null) return;
    const schedule = await scheduleById(tx, nudge.scheduleId);
    if (!schedule || schedule.status !== "active") return;
    await quietSchedule(tx, schedule.id, schedule.cadenceCount, now);
    await openTask(tx, { participantId: nudge.participantId, teamId: about.teamId, kind: "contact-quiet" }, now);
  }

  private async finish(nudge: ClaimedNudge, status: "sent" | "skipped", outcome: string, also?: (tx: SqlExecutor) => Promise<void>): Promise<NudgeOutcome> {
    const now = this.deps.now();
    let lost = false;
    await this.deps.sql.transaction(async (tx) => {
      if (!(await finishClaimedNudge(tx, nudge, status, outcome, now))) return void (lost = true);
      await also?.(tx);
      // A skipped occurrence does not end a schedule; its next one is planned as usual.
      if (nudge.scheduleId !== null && outcome !== "opted-out") await this.continueSchedule(tx, nudge, now);
    });
    if (lost) return "aborted";
    if (status === "skipped") this.deps.log.info({ nudgeId: nudge.id, kind: nudge.kind, outcome }, "nudge skipped");
    return status === "sent" ? "sent" : "skipped";
  }

  /**
   * Active schedules without a next occurrence get one: after the participant wrote (back from quiet),
   * after "påminn mig", or when a coordinator removed just the next occurrence.
   */
  private async reviveSchedules(): Promise<void> {
    const now = this.deps.now();
    await this.deps.sql.transaction(async (tx) => {
      for (const schedule of await schedulesWithoutNext(tx)) {
        // Lock the schedule's row, then look again: another instance may have just planned it.
        const locked = await lockActiveSchedule(tx, schedule.id, now);
        const pending = await scheduleHasPendingNudge(tx, schedule.id);
        if (!locked || pending) continue;
        // After the latest occurrence it had, so a removed occurrence is skipped, not planned again.
        const last = await lastDueOfSchedule(tx, schedule.id);
        const after = last ? new Date(Math.max(now.getTime(), last.getTime())) : now;
        await planNext(tx, schedule, after, now, 1);
      }
    });
  }
}
