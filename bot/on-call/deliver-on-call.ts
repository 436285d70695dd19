// Delivers on-call alerts (queue-on-call-alerts.ts). An alert is claimed with a lease, like the
// outbox: a crash leaves it "sending" with an expired lease, and the next claim first asks the SMS
// provider whether the message already went out before sending again, so an on-call phone gets each
// alert exactly once. Slack has no such lookup: an alert in doubt is posted again (at least once).
import { date, int, type Sql } from "../db/sql.js";
import { errorSummary, type Logger } from "../infrastructure/log.js";
import type { OutboundSms, SmsTransport } from "../channels/sms-transport.js";
import { backoffMs } from "../outbox/deliver-outbox.js";
import { crashPoint } from "../infrastructure/crash-points.js";
import { SweepLoop } from "../infrastructure/sweep-loop.js";
import { onCallText } from "./queue-on-call-alerts.js";

export interface OnCallSenderOptions {
  sql: Sql;
  sms: SmsTransport;
  /** Posts to a Slack channel and returns the message's ts; absent when Slack is not configured. */
  postToSlack?: (channel: string, text: string) => Promise<string>;
  log: Logger;
  now: () => Date;
  publicUrl: string;
  leaseMs: number;
  maxAttempts: number;
  pollMs: number;
}

interface Claimed {
  id: number;
  conversationId: number;
  channel: string;
  target: string;
  attempts: number;
  createdAt: Date;
  inDoubt: boolean;
}

export class OnCallSender {
  private readonly loop: SweepLoop;

  constructor(private readonly o: OnCallSenderOptions) {
    this.loop = new SweepLoop(() => this.drainOnce(), { pollMs: o.pollMs, log: o.log, failure: "on-call sweep failed" });
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Wakes the sender now instead of at the next poll. */
  kick(): void {
    this.loop.kick();
  }

  /** Claims and delivers what is due; returns how many alerts it handled. */
  async drainOnce(): Promise<number> {
    const claimed = await this.claim();
    for (const alert of claimed) await this.deliver(alert);
    return claimed.length;
  }

  private async claim(): Promise<Claimed[]> {
    const at = this.o.now();
    return this.o.sql.transaction(async (tx) => {
      const due = await tx.query(
        // PostgreSQL: alerts another instance is claiming right now are skipped, not waited for.
        `SELECT "id", "status" FROM "OnCallAlert" WHERE ("status" = 'pending' AND "nextAttemptAt" <= ?) OR ("status" = 'sending' AND "leaseUntil" < ?) ORDER BY "id" LIMIT 20${tx.dialect === "postgres" ? " FOR UPDATE SKIP LOCKED" : ""}`,
        [at, at],
      );
      if (!due.length) return [];
      const inDoubt = new Set(due.filter((r) => r.status === "sending").map((r) => int(r.id)));
      // The conditions are checked again in the UPDATE, so two senders never claim one alert.
      const claimed = await tx.query(
        `UPDATE "OnCallAlert" SET "status" = 'sending', "leaseUntil" = ?, "attempts" = "attempts" + 1
          WHERE "id" IN (${due.map(() => "?").join(", ")}) AND (("status" = 'pending' AND "nextAttemptAt" <= ?) OR ("status" = 'sending' AND "leaseUntil" < ?))
          RETURNING "id", "conversationId", "channel", "target", "attempts", "createdAt"`,
        [new Date(at.getTime() + this.o.leaseMs), ...due.map((r) => int(r.id)), at, at],
      );
      return claimed.map((r) => ({
        id: int(r.id), conversationId: int(r.conversationId), channel: String(r.channel), target: String(r.target),
        attempts: int(r.attempts), createdAt: date(r.createdAt), inDoubt: inDoubt.has(int(r.id)),
      }));
    });
  }

  private async deliver(alert: Claimed): Promise<void> {
    const text = onCallText(this.o.publicUrl, alert.conversationId);
    let providerId: string;
    try {
      if (alert.channel === "sms") {
        // The key tells delivery reports this is no outbox item (they are ignored).
        const sms = { to: alert.target, body: text, key: `on-call-${alert.id}` };
        const found = alert.inDoubt ? await this.adoptable(sms, alert.createdAt) : undefined;
        providerId = found ?? (await this.o.sms.send(sms)).providerId;
      } else {
        if (!this.o.postToSlack) return this.finish(alert, "failed", "slack-not-configured");
        providerId = await this.o.postToSlack(alert.target, `<!here> ${text}`);
      }
    } catch (err) {
      const failure = alert.channel === "sms" ? this.o.sms.classifyError(err) : { permanent: false, code: errorSummary(err).name, maybeSent: true };
      this.o.log.warn({ onCallAlertId: alert.id, channel: alert.channel, code: failure.code, attempt: alert.attempts }, "on-call alert failed");
      if (failure.permanent || alert.attempts >= this.o.maxAttempts) return this.finish(alert, "failed", failure.code);
      const retryAt = new Date(this.o.now().getTime() + backoffMs(alert.attempts));
      // The provider may have it all the same (a timeout): then the retry asks before it sends, as after a crash.
      await this.o.sql.execute(
        failure.maybeSent
          ? `UPDATE "OnCallAlert" SET "status" = 'sending', "leaseUntil" = ?, "lastError" = ? WHERE "id" = ?`
          : `UPDATE "OnCallAlert" SET "status" = 'pending', "nextAttemptAt" = ?, "leaseUntil" = NULL, "lastError" = ? WHERE "id" = ?`,
        [retryAt, failure.code, alert.id],
      );
      return;
    }
    crashPoint("after-on-call-sent");
    await this.o.sql.execute(`UPDATE "OnCallAlert" SET "status" = 'sent', "leaseUntil" = NULL, "lastError" = NULL, "providerId" = ?, "sentAt" = ? WHERE "id" = ?`, [providerId, this.o.now(), alert.id]);
    this.o.log.info({ onCallAlertId: alert.id, channel: alert.channel }, "on-call alert sent");
  }

  /** An SMS the provider already has for this alert, not yet claimed by another alert. */
  private async adoptable(sms: OutboundSms, since: Date): Promise<string | undefined> {
    for (const receipt of await this.o.sms.findSent(sms, since)) {
      const [taken] = await this.o.sql.query(`SELECT 1 AS "taken" FROM "OnCallAlert" WHERE "providerId" = ?`, [receipt.providerId]);
      if (!taken) return receipt.providerId;
    }
    return undefined;
  }

  private async finish(alert: Claimed, status: "failed", code: string): Promise<void> {
    await this.o.sql.execute(`UPDATE "OnCallAlert" SET "status" = ?, "leaseUntil" = NULL, "lastError" = ? WHERE "id" = ?`, [status, code, alert.id]);
    this.o.log.error({ onCallAlertId: alert.id, channel: alert.channel, code }, "on-call alert could not be delivered");
  }
}
