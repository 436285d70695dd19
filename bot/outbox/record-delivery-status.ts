// A provider's delivery report updates the message it belongs to. Reports can arrive out of order
// or twice; a later state is never overwritten by an earlier one.
import type { Sql } from "../db/sql.js";
import { findOutboundByProviderId, setDeliveryStatus } from "../db/messages.js";
import type { EventBus } from "../infrastructure/events.js";
import type { Channel, DeliveryStatus } from "../domain/vocabulary.js";
import { adoptFromReport } from "./outbox-in-doubt.js";
import { optOut } from "../conversations/transitions.js";

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
  /** The outbox key the message was sent with (in the status callback URL). */
  outboxKey?: string;
  at: Date;
}

export type ReportOutcome = "updated" | "unchanged" | "unknown-message";

const findMessage = (sql: Sql, report: DeliveryReport) => findOutboundByProviderId(sql, report.channel, report.providerId);

export async function recordDeliveryStatus(sql: Sql, events: EventBus, report: DeliveryReport): Promise<ReportOutcome> {
  let message = await findMessage(sql, report);
  // The report may be the first Tillit hears of a send whose answer it never got (a crash, a timeout).
  if (!message && report.outboxKey && (await adoptFromReport(sql, report.outboxKey, report.providerId, report.at)) !== undefined) {
    message = await findMessage(sql, report);
  }
  if (!message) return "unknown-message";
  const current = message.status as DeliveryStatus;
  if (rank[current] === 3 || report.status === current || rank[report.status] < rank[current]) return "unchanged";
  const { id, participantId } = message;
  const decided = await sql.transaction(async (tx) => {
    await setDeliveryStatus(tx, id, { status: report.status, errorCode: report.errorCode ?? null, at: report.at });
    return report.optedOut ? optOut(tx, { participantId, source: { kind: "provider", code: report.errorCode ?? "opted-out" }, now: report.at }) : [];
  });
  events.emit("message.status-changed", { messageId: id, conversationId: message.conversationId, participantId, status: report.status });
  events.emitAll(decided);
  return "updated";
}
