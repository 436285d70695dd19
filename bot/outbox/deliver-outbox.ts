// Delivers outbox items through their channel. An item is claimed with a lease; a crash leaves it
// "sending" with an expired lease, and a timeout leaves it in doubt too: the next attempt asks the
// provider whether the message already went out before sending again, and adopts only a provider
// message that no other row has. One participant's messages leave in the order they were written;
// an item that keeps failing is marked failed (the conversation shows it) and the rest go on.
import type { Sql, SqlExecutor } from "../db/sql.js";
import { finishItem, hideSentCode, markDeliveredToWeb, scheduleRetry, type ClaimedItem } from "../db/outbox.js";
import { errorSummary, type Logger } from "../infrastructure/log.js";
import type { EventBus } from "../infrastructure/events.js";
import { reachesAfterStop, type DeliveryStatus } from "../domain/vocabulary.js";
import { renderSmsBody } from "../domain/sms-segments.js";
import { type OutboundSms, type SendFailure, type SendReceipt, type SmsTransport } from "../channels/sms-transport.js";
import { crashPoint } from "../infrastructure/crash-points.js";
import { SweepingSender } from "../infrastructure/sweep-loop.js";
import { adoptableReceipt, recordSent } from "./outbox-in-doubt.js";
import { claimDueHeads } from "../db/outbox-heads.js";
import { optOut } from "../conversations/transitions.js";

export interface OutboxSenderOptions {
  sql: Sql;
  sms: SmsTransport;
  events: EventBus;
  log: Logger;
  now: () => Date;
  leaseMs: number;
  maxAttempts: number;
  concurrency: number;
  pollMs: number;
}

type Claimed = ClaimedItem;

export class OutboxSender extends SweepingSender {
  constructor(private readonly options: OutboxSenderOptions) {
    super({ pollMs: options.pollMs, log: options.log, failure: "outbox sweep failed" });
  }

  /** Claims and delivers one batch; returns how many items it handled. */
  async drainOnce(): Promise<number> {
    const claimed = await this.claim(this.options.concurrency);
    await Promise.all(claimed.map((c) => this.deliver(c)));
    return claimed.length;
  }

  private async claim(limit: number): Promise<Claimed[]> {
    const { sql, now, leaseMs } = this.options;
    const at = now();
    return claimDueHeads(sql, at, limit, new Date(at.getTime() + leaseMs));
  }

  private async deliver(item: Claimed): Promise<void> {
    try {
      await this.deliverItem(item);
    } catch (err) {
      // Whatever went wrong with this item (a constraint, a bad row, a failed write) stays with it:
      // it is retried, then failed, and never holds up the person's later messages for good.
      this.options.log.error({ outboxId: item.id, err: errorSummary(err) }, "outbox item failed unexpectedly");
      await this.fail(item, { permanent: false, code: "internal-error", optedOut: false, maybeSent: true }).catch((e: unknown) =>
        this.options.log.error({ outboxId: item.id, err: errorSummary(e) }, "could not record an outbox failure; the lease will expire"),
      );
    }
  }

  private async deliverItem(item: Claimed): Promise<void> {
    const { sms, log, maxAttempts } = this.options;
    if (item.participantStatus === "opted-out" && !reachesAfterStop(item.purpose)) {
      return this.finish(item, "cancelled", "refused", "opted-out");
    }
    if (item.channel === "webchat") return this.deliverToWeb(item);
    if (item.channel !== "sms" || !item.phone) return this.finish(item, "failed", "failed", "no-route");
    const outbound: OutboundSms = {
      to: item.phone,
      body: renderSmsBody(item.body, item.choices ? (JSON.parse(item.choices) as string[]) : undefined),
      key: String(item.id),
    };
    let receipt: SendReceipt | undefined;
    try {
      if (item.inDoubt) {
        receipt = item.providerId ? { providerId: item.providerId, status: "sending" } : await adoptableReceipt(this.options.sql, sms, outbound, item.sendStartedAt);
        if (receipt) log.warn({ outboxId: item.id }, "in-doubt message found at the provider; not sending again");
        // Crashed or timed out more often than it may be tried: give up rather than risk a loop.
        else if (item.attempts > maxAttempts) return this.finish(item, "failed", "failed", "gave-up");
      }
      if (!receipt) {
        crashPoint("before-provider-send");
        receipt = await sms.send(outbound);
      }
    } catch (err) {
      return this.fail(item, sms.classifyError(err));
    }
    crashPoint("after-provider-send");
    await recordSent(this.options.sql, item, receipt, this.options.now(), item.purpose === "verification" ? (tx) => forgetCode(tx, item) : undefined);
    this.options.events.emit("message.status-changed", { messageId: item.messageId, conversationId: item.conversationId, participantId: item.participantId, status: receipt.status });
  }

  /**
   * The web chat has no provider: a message is delivered once it is in the conversation's history,
   * which the participant's open pages are then sent (and any later visit reads).
   */
  private async deliverToWeb(item: Claimed): Promise<void> {
    const at = this.options.now();
    await this.options.sql.transaction((tx) => markDeliveredToWeb(tx, item, at));
    this.options.events.emit("message.status-changed", { messageId: item.messageId, conversationId: item.conversationId, participantId: item.participantId, status: "delivered" });
  }

  private async fail(item: Claimed, failure: SendFailure): Promise<void> {
    const { sql, log, now, maxAttempts } = this.options;
    log.warn({ outboxId: item.id, code: failure.code, permanent: failure.permanent, maybeSent: failure.maybeSent, attempt: item.attempts }, "send failed");
    if (failure.permanent || item.attempts >= maxAttempts) {
      // A code to a number being verified says nothing about the web visitor's own opt-out.
      if (failure.optedOut && item.purpose !== "verification") {
        const at = now();
        // The same opt-out as STOPP's (consent row, audit, queued messages cancelled), told by the provider.
        this.options.events.emitAll(await sql.transaction((tx) => optOut(tx, { participantId: item.participantId, source: { kind: "provider", code: failure.code }, now: at })));
      }
      return this.finish(item, "failed", "failed", failure.code);
    }
    const at = now();
    await scheduleRetry(sql, item.id, { code: failure.code, nextAttemptAt: new Date(at.getTime() + backoffMs(item.attempts)), maybeSent: failure.maybeSent, at });
  }

  private async finish(item: Claimed, outboxStatus: "failed" | "cancelled", status: DeliveryStatus, code: string): Promise<void> {
    const at = this.options.now();
    await this.options.sql.transaction(async (tx) => {
      await finishItem(tx, item, { outboxStatus, messageStatus: status, code, at });
      await forgetCode(tx, item);
    });
    this.options.events.emit("message.status-changed", { messageId: item.messageId, conversationId: item.conversationId, participantId: item.participantId, status });
  }
}

/** A one-time code is kept in the clear only until it has left: then the stored text hides it, and the number goes. */
async function forgetCode(tx: SqlExecutor, item: Claimed): Promise<void> {
  if (item.purpose !== "verification") return;
  await hideSentCode(tx, item, item.body.replace(/\b\d{6}\b/g, "••••••"));
}

/** 1 s, 2 s, 4 s … capped at 5 minutes, with ±20 % jitter so retries of a batch spread out. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(1000 * 2 ** Math.max(0, attempt - 1), 300_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}
