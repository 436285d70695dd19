// Delivers outbox items through their channel. An item is claimed with a lease; a crash leaves it
// "sending" with an expired lease, and the next claim asks the provider whether the message already
// went out before sending again. One participant's messages leave in the order they were written.
import type { Db } from "./db/client.js";
import type { Logger } from "./log.js";
import type { EventBus } from "./events.js";
import type { DeliveryStatus } from "./domain/vocabulary.js";
import { renderSmsBody, type SendFailure, type SendReceipt, type SmsTransport } from "./channels/sms-transport.js";
import { crashPoint } from "./crash-points.js";
import { errorSummary } from "./process-turn.js";

export interface OutboxSenderOptions {
  db: Db;
  sms: SmsTransport;
  events: EventBus;
  log: Logger;
  now: () => Date;
  leaseMs: number;
  maxAttempts: number;
  concurrency: number;
  pollMs: number;
}

interface Claimed {
  id: number;
  inDoubt: boolean;
}

const HEAD_SIZE = 500;

export class OutboxSender {
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private kicked = false;

  constructor(private readonly o: OutboxSenderOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.kick();
    await this.loop;
  }

  /** Wakes the sender now instead of at the next poll. */
  kick(): void {
    this.kicked = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let sent = 0;
      try {
        sent = await this.drainOnce();
      } catch (err) {
        this.o.log.error({ err: errorSummary(err) }, "outbox sweep failed");
      }
      if (sent === 0 && this.running && !this.kicked) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.o.pollMs);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = undefined;
      }
      this.kicked = false;
    }
  }

  /** Claims and delivers one batch; returns how many items it handled. */
  async drainOnce(): Promise<number> {
    const claimed = await this.claim(this.o.concurrency);
    await Promise.all(claimed.map((c) => this.deliver(c)));
    return claimed.length;
  }

  private async claim(limit: number): Promise<Claimed[]> {
    const { db, now, leaseMs } = this.o;
    const at = now();
    return db.$transaction(async (tx) => {
      const head = await tx.outboxItem.findMany({
        where: { status: { in: ["pending", "sending"] } },
        orderBy: { id: "asc" },
        take: HEAD_SIZE,
        select: { id: true, participantId: true, status: true, nextAttemptAt: true, leaseUntil: true, attempts: true },
      });
      const seen = new Set<number>();
      const claimed: Claimed[] = [];
      for (const item of head) {
        if (claimed.length >= limit) break;
        if (seen.has(item.participantId)) continue; // an earlier message to this person goes first
        seen.add(item.participantId);
        const due = item.status === "pending" ? item.nextAttemptAt <= at : (item.leaseUntil ?? at) < at;
        if (!due) continue;
        const { count } = await tx.outboxItem.updateMany({
          where: { id: item.id, status: item.status, attempts: item.attempts },
          data: { status: "sending", leaseUntil: new Date(at.getTime() + leaseMs), attempts: { increment: 1 } },
        });
        if (count === 1) claimed.push({ id: item.id, inDoubt: item.status === "sending" });
      }
      return claimed;
    });
  }

  private async deliver({ id, inDoubt }: Claimed): Promise<void> {
    const { db, sms, log } = this.o;
    const item = await db.outboxItem.findUniqueOrThrow({ where: { id }, include: { message: true, participant: true } });
    if (item.participant.status === "opted-out" && item.purpose !== "opt-out-confirmation") {
      return this.finish(item.id, item.messageId, item.message.conversationId, item.participantId, "cancelled", "refused", "opted-out");
    }
    const to = item.participant.phone;
    if (item.channel !== "sms" || !to) {
      return this.finish(item.id, item.messageId, item.message.conversationId, item.participantId, "failed", "failed", "no-route");
    }
    const outbound = { to, body: renderSmsBody(item.message.body, item.message.choices ? (JSON.parse(item.message.choices) as string[]) : undefined) };
    let receipt: SendReceipt | undefined;
    try {
      if (inDoubt) receipt = await sms.findSent(outbound, item.updatedAt);
      if (receipt) log.warn({ outboxId: item.id }, "in-doubt message found at the provider; not sending again");
      receipt ??= await sms.send(outbound);
    } catch (err) {
      return this.fail(item, sms.classifyError(err));
    }
    crashPoint("after-provider-send");
    await db.$transaction([
      db.outboxItem.update({ where: { id: item.id }, data: { status: "sent", leaseUntil: null, lastError: null } }),
      db.message.update({ where: { id: item.messageId }, data: { providerId: receipt.providerId, status: receipt.status, sentAt: this.o.now() } }),
    ]);
    this.o.events.emit("message.status-changed", { messageId: item.messageId, conversationId: item.message.conversationId, participantId: item.participantId, status: receipt.status });
  }

  private async fail(item: { id: number; messageId: number; attempts: number; participantId: number; message: { conversationId: number } }, failure: SendFailure): Promise<void> {
    const { db, log, now, maxAttempts } = this.o;
    log.warn({ outboxId: item.id, code: failure.code, permanent: failure.permanent, attempt: item.attempts }, "send failed");
    if (failure.permanent || item.attempts >= maxAttempts) {
      if (failure.optedOut) {
        await db.participant.update({ where: { id: item.participantId }, data: { status: "opted-out", optedOutAt: now() } });
      }
      return this.finish(item.id, item.messageId, item.message.conversationId, item.participantId, "failed", "failed", failure.code);
    }
    await db.outboxItem.update({
      where: { id: item.id },
      data: { status: "pending", leaseUntil: null, lastError: failure.code, nextAttemptAt: new Date(now().getTime() + backoffMs(item.attempts)) },
    });
  }

  private async finish(outboxId: number, messageId: number, conversationId: number, participantId: number, outboxStatus: "failed" | "cancelled", status: DeliveryStatus, code: string): Promise<void> {
    const { db, now } = this.o;
    await db.$transaction([
      db.outboxItem.update({ where: { id: outboxId }, data: { status: outboxStatus, leaseUntil: null, lastError: code } }),
      db.message.update({ where: { id: messageId }, data: { status, errorCode: code, failedAt: now() } }),
    ]);
    this.o.events.emit("message.status-changed", { messageId, conversationId, participantId, status });
  }
}

/** 1 s, 2 s, 4 s … capped at 5 minutes, with ±20 % jitter so retries of a batch spread out. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(1000 * 2 ** Math.max(0, attempt - 1), 300_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}
