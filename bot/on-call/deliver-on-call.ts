// Delivers on-call alerts (queue-on-call-alerts.ts). An alert is claimed with a lease, like the
// outbox: a crash leaves it "sending" with an expired lease, and the next claim first asks the SMS
// provider whether the message already went out before sending again, so an on-call phone gets each
// alert exactly once. Slack has no such lookup: an alert in doubt is posted again (at least once).
import type { Sql } from "../db/sql.js";
import { claimDueOnCallAlerts, markOnCallAlertFailed, markOnCallAlertSent, onCallProviderIdTaken, retryOnCallAlert, type ClaimedOnCallAlert } from "../db/on-call-alerts.js";
import { errorSummary, type Logger } from "../infrastructure/log.js";
import type { OutboundSms, SmsTransport } from "../channels/sms-transport.js";
import { backoffMs } from "../outbox/deliver-outbox.js";
import { crashPoint } from "../infrastructure/crash-points.js";
import { SweepingSender } from "../infrastructure/sweep-loop.js";
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

export class OnCallSender extends SweepingSender {
  constructor(private readonly options: OnCallSenderOptions) {
    super({ pollMs: options.pollMs, log: options.log, failure: "on-call sweep failed" });
  }

  /** Claims and delivers what is due; returns how many alerts it handled. */
  async drainOnce(): Promise<number> {
    const claimed = await this.claim();
    for (const alert of claimed) await this.deliver(alert);
    return claimed.length;
  }

  private async claim(): Promise<ClaimedOnCallAlert[]> {
    const at = this.options.now();
    return this.options.sql.transaction((tx) => claimDueOnCallAlerts(tx, at, new Date(at.getTime() + this.options.leaseMs)));
  }

  private async deliver(alert: ClaimedOnCallAlert): Promise<void> {
    const text = onCallText(this.options.publicUrl, alert.conversationId);
    let providerId: string;
    try {
      if (alert.channel === "sms") {
        // The key tells delivery reports this is no outbox item (they are ignored).
        const sms = { to: alert.target, body: text, key: `on-call-${alert.id}` };
        const found = alert.inDoubt ? await this.adoptable(sms, alert.createdAt) : undefined;
        providerId = found ?? (await this.options.sms.send(sms)).providerId;
      } else {
        if (!this.options.postToSlack) return this.finish(alert, "slack-not-configured");
        providerId = await this.options.postToSlack(alert.target, `<!here> ${text}`);
      }
    } catch (err) {
      const failure = alert.channel === "sms" ? this.options.sms.classifyError(err) : { permanent: false, code: errorSummary(err).name, maybeSent: true };
      this.options.log.warn({ onCallAlertId: alert.id, channel: alert.channel, code: failure.code, attempt: alert.attempts }, "on-call alert failed");
      if (failure.permanent || alert.attempts >= this.options.maxAttempts) return this.finish(alert, failure.code);
      const retryAt = new Date(this.options.now().getTime() + backoffMs(alert.attempts));
      // The provider may have it all the same (a timeout): then the retry asks before it sends, as after a crash.
      await retryOnCallAlert(this.options.sql, alert.id, retryAt, failure.code, failure.maybeSent);
      return;
    }
    crashPoint("after-on-call-sent");
    await markOnCallAlertSent(this.options.sql, alert.id, providerId, this.options.now());
    this.options.log.info({ onCallAlertId: alert.id, channel: alert.channel }, "on-call alert sent");
  }

  /** An SMS the provider already has for this alert, not yet claimed by another alert. */
  private async adoptable(sms: OutboundSms, since: Date): Promise<string | undefined> {
    for (const receipt of await this.options.sms.findSent(sms, since)) {
      if (!(await onCallProviderIdTaken(this.options.sql, receipt.providerId))) return receipt.providerId;
    }
    return undefined;
  }

  private async finish(alert: ClaimedOnCallAlert, code: string): Promise<void> {
    await markOnCallAlertFailed(this.options.sql, alert.id, code);
    this.options.log.error({ onCallAlertId: alert.id, channel: alert.channel, code }, "on-call alert could not be delivered");
  }
}
