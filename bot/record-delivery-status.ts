// A provider's delivery report updates the message it belongs to. Reports can arrive out of order
// or twice; a later state is never overwritten by an earlier one.
import type { Db } from "./db/client.js";
import type { EventBus } from "./events.js";
import type { Channel, DeliveryStatus } from "./domain/vocabulary.js";

const rank: Record<DeliveryStatus, number> = {
  queued: 0, sending: 1, sent: 2, delivered: 3, undelivered: 3, failed: 3, refused: 3,
};

export interface DeliveryReport {
  channel: Channel;
  providerId: string;
  status: DeliveryStatus;
  errorCode?: string;
  /** The provider says the recipient has opted out with it (Twilio 21610). */
  optedOut?: boolean;
  at: Date;
}

export type ReportOutcome = "updated" | "unchanged" | "unknown-message";

export async function recordDeliveryStatus(db: Db, events: EventBus, report: DeliveryReport): Promise<ReportOutcome> {
  const message = await db.message.findUnique({ where: { channel_providerId: { channel: report.channel, providerId: report.providerId } } });
  if (!message || message.direction !== "out") return "unknown-message";
  const current = message.status as DeliveryStatus;
  const terminal = rank[current] === 3;
  if (terminal || report.status === current || rank[report.status] < rank[current]) return "unchanged";
  const final = report.status === "failed" || report.status === "undelivered";
  await db.$transaction(async (tx) => {
    await tx.message.update({
      where: { id: message.id },
      data: {
        status: report.status,
        errorCode: report.errorCode ?? message.errorCode,
        ...(report.status === "delivered" ? { deliveredAt: report.at } : {}),
        ...(final ? { failedAt: report.at } : {}),
      },
    });
    if (report.optedOut) {
      await tx.participant.update({ where: { id: message.participantId }, data: { status: "opted-out", optedOutAt: report.at } });
    }
  });
  events.emit("message.status-changed", { messageId: message.id, conversationId: message.conversationId, participantId: message.participantId, status: report.status });
  return "updated";
}
