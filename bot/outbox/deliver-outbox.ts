// Delivers outbox items through their channel. An item is claimed with a lease; a crash leaves it
// "sending" with an expired lease, and a timeout leaves it in doubt too: the next attempt asks the
// provider whether the message already went out before sending again, and adopts only a provider
// message that no other row has. One participant's messages leave in the order they were written;
// an item that keeps failing is marked failed (the conversation shows it) and the rest go on.
import { date, int, strOrNull, type Sql, type SqlExecutor } from "../db/sql.js";
import { errorSummary, type Logger } from "../infrastructure/log.js";
import type { EventBus } from "../infrastructure/events.js";
import type { DeliveryStatus } from "../domain/vocabulary.js";
import { renderSmsBody, type OutboundSms, type SendFailure, type SendReceipt, type SmsTransport } from "../channels/sms-transport.js";
import { crashPoint } from "../infrastructure/crash-points.js";
import { SweepLoop } from "../infrastructure/sweep-loop.js";
import { adoptableReceipt, recordSent } from "./outbox-in-doubt.js";
import { dueHeads } from "./outbox-heads.js";
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

interface Claimed {
  id: number;
  messageId: number;
  conversationId: number;
  participantId: number;
  purpose: string;
  channel: string;
  attempts: number;
  createdAt: Date;
  body: string;
  choices: string | null;
  phone: string | null;
  participantStatus: string;
  /** An earlier attempt may have reached the provider: ask before sending again. */
  inDoubt: boolean;
  /** When the earliest unresolved attempt began (the window to search at the provider). */
  sendStartedAt: Date;
  /** Set by a delivery report that named this item before the sender learnt the outcome. */
  providerId: string | null;
}

export class OutboxSender {
  private readonly loop: SweepLoop;

  constructor(private readonly o: OutboxSenderOptions) {
    this.loop = new SweepLoop(() => this.drainOnce(), { pollMs: o.pollMs, log: o.log, failure: "outbox sweep failed" });
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

  /** Claims and delivers one batch; returns how many items it handled. */
  async drainOnce(): Promise<number> {
    const claimed = await this.claim(this.o.concurrency);
    await Promise.all(claimed.map((c) => this.deliver(c)));
    return claimed.length;
  }

  private async claim(limit: number): Promise<Claimed[]> {
    const { sql, now, leaseMs } = this.o;
    const at = now();
    return sql.transaction(async (tx) => {
      const due = await dueHeads(tx, at, limit);
      if (due.size === 0) return [];
      const ids = [...due.keys()];
      // The conditions are re-checked in the UPDATE itself, so two senders never claim one item.
      const claimed = await tx.query(
        `UPDATE "OutboxItem" SET "status" = 'sending', "leaseUntil" = ?, "attempts" = "attempts" + 1, "updatedAt" = ?,
                "sendStartedAt" = COALESCE("sendStartedAt", ?)
         WHERE "id" IN (${ids.map(() => "?").join(", ")})
           AND (("status" = 'pending' AND "nextAttemptAt" <= ?) OR ("status" = 'sending' AND "leaseUntil" < ?))
         RETURNING "id"`,
        [new Date(at.getTime() + leaseMs), at, at, ...ids, at, at],
      );
      if (claimed.length === 0) return [];
      const rows = await tx.query(
        `SELECT o."id", o."messageId", o."participantId", o."purpose", o."channel", o."attempts", o."createdAt",
                m."body", m."choices", m."conversationId", m."providerId", COALESCE(o."toPhone", p."phone") AS "phone", p."status" AS "participantStatus"
         FROM "OutboxItem" o JOIN "Message" m ON m."id" = o."messageId" JOIN "Participant" p ON p."id" = o."participantId"
         WHERE o."id" IN (${claimed.map(() => "?").join(", ")}) ORDER BY o."id"`,
        claimed.map((r) => int(r.id)),
      );
      return rows.map((r) => ({
        id: int(r.id),
        messageId: int(r.messageId),
        conversationId: int(r.conversationId),
        participantId: int(r.participantId),
        purpose: String(r.purpose),
        channel: String(r.channel),
        attempts: int(r.attempts),
        createdAt: date(r.createdAt),
        body: String(r.body),
        choices: strOrNull(r.choices),
        phone: strOrNull(r.phone),
        participantStatus: String(r.participantStatus),
        inDoubt: Boolean(due.get(int(r.id))),
        sendStartedAt: due.get(int(r.id))?.since ?? at,
        providerId: strOrNull(r.providerId),
      }));
    });
  }

  private async deliver(item: Claimed): Promise<void> {
    try {
      await this.deliverItem(item);
    } catch (err) {
      // Whatever went wrong with this item (a constraint, a bad row, a failed write) stays with it:
      // it is retried, then failed, and never holds up the person's later messages for good.
      this.o.log.error({ outboxId: item.id, err: errorSummary(err) }, "outbox item failed unexpectedly");
      await this.fail(item, { permanent: false, code: "internal-error", optedOut: false, maybeSent: true }).catch((e: unknown) =>
        this.o.log.error({ outboxId: item.id, err: errorSummary(e) }, "could not record an outbox failure; the lease will expire"),
      );
    }
  }

  private async deliverItem(item: Claimed): Promise<void> {
    const { sms, log, maxAttempts } = this.o;
    if (item.participantStatus === "opted-out" && item.purpose !== "opt-out-confirmation") {
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
        receipt = item.providerId ? { providerId: item.providerId, status: "sending" } : await adoptableReceipt(this.o.sql, sms, outbound, item.sendStartedAt);
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
    await recordSent(this.o.sql, item, receipt, this.o.now(), (tx) => forgetCode(tx, item));
    this.o.events.emit("message.status-changed", { messageId: item.messageId, conversationId: item.conversationId, participantId: item.participantId, status: receipt.status });
  }

  /**
   * The web chat has no provider: a message is delivered once it is in the conversation's history,
   * which the participant's open pages are then sent (and any later visit reads).
   */
  private async deliverToWeb(item: Claimed): Promise<void> {
    const at = this.o.now();
    await this.o.sql.transaction(async (tx) => {
      await tx.execute(`UPDATE "OutboxItem" SET "status" = 'sent', "leaseUntil" = NULL, "lastError" = NULL, "updatedAt" = ? WHERE "id" = ?`, [at, item.id]);
      await tx.execute(`UPDATE "Message" SET "status" = 'delivered', "sentAt" = ?, "deliveredAt" = ? WHERE "id" = ?`, [at, at, item.messageId]);
    });
    this.o.events.emit("message.status-changed", { messageId: item.messageId, conversationId: item.conversationId, participantId: item.participantId, status: "delivered" });
  }

  private async fail(item: Claimed, failure: SendFailure): Promise<void> {
    const { sql, log, now, maxAttempts } = this.o;
    log.warn({ outboxId: item.id, code: failure.code, permanent: failure.permanent, maybeSent: failure.maybeSent, attempt: item.attempts }, "send failed");
    if (failure.permanent || item.attempts >= maxAttempts) {
      // A code to a number being verified says nothing about the web visitor's own opt-out.
      if (failure.optedOut && item.purpose !== "verification") {
        const at = now();
        // The same opt-out as STOPP's (consent row, audit, queued messages cancelled), told by the provider.
        this.o.events.emitAll(await sql.transaction((tx) => optOut(tx, { participantId: item.participantId, source: { kind: "provider", code: failure.code }, now: at })));
      }
      return this.finish(item, "failed", "failed", failure.code);
    }
    const at = now();
    await sql.execute(
      `UPDATE "OutboxItem" SET "status" = 'pending', "leaseUntil" = NULL, "lastError" = ?, "nextAttemptAt" = ?, "updatedAt" = ?,
              "sendStartedAt" = ${failure.maybeSent ? `"sendStartedAt"` : "NULL"}
        WHERE "id" = ?`,
      [failure.code, new Date(at.getTime() + backoffMs(item.attempts)), at, item.id],
    );
  }

  private async finish(item: Claimed, outboxStatus: "failed" | "cancelled", status: DeliveryStatus, code: string): Promise<void> {
    const at = this.o.now();
    await this.o.sql.transaction(async (tx) => {
      await tx.execute(`UPDATE "OutboxItem" SET "status" = ?, "leaseUntil" = NULL, "lastError" = ?, "updatedAt" = ? WHERE "id" = ?`, [outboxStatus, code, at, item.id]);
      await tx.execute(`UPDATE "Message" SET "status" = ?, "errorCode" = ?, "failedAt" = ? WHERE "id" = ?`, [status, code, at, item.messageId]);
      await forgetCode(tx, item);
    });
    this.o.events.emit("message.status-changed", { messageId: item.messageId, conversationId: item.conversationId, participantId: item.participantId, status });
  }
}

/** A one-time code is kept in the clear only until it has left: then the stored text hides it, and the number goes. */
async function forgetCode(tx: SqlExecutor, item: Claimed): Promise<void> {
  if (item.purpose !== "verification") return;
  await tx.execute(`UPDATE "Message" SET "body" = ? WHERE "id" = ?`, [item.body.replace(/\b\d{6}\b/g, "••••••"), item.messageId]);
  await tx.execute(`UPDATE "OutboxItem" SET "toPhone" = NULL WHERE "id" = ?`, [item.id]);
}

/** 1 s, 2 s, 4 s … capped at 5 minutes, with ±20 % jitter so retries of a batch spread out. */
export function backoffMs(attempt: number, random = Math.random): number {
  const base = Math.min(1000 * 2 ** Math.max(0, attempt - 1), 300_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}
