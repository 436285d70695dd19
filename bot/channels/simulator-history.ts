// What the simulator page shows of one phone number: what it sent, and what reached it (sent or
// delivered), as a phone would.
import type { Db } from "../db/client.js";
import { messagesOf, messageWithPhone } from "../db/message-history.js";
import { participantRowByPhone } from "../db/participants.js";

const visibleOutbound = new Set(["sent", "delivered"]);

export interface SimulatedMessage {
  id: number;
  direction: string;
  author: string;
  body: string;
  choices?: string[];
  at: string;
}

type MessageRow = { id: number; direction: string; authorKind: string; status: string; body: string; choices: string | null; createdAt: Date };

function view(m: MessageRow): SimulatedMessage {
  return { id: m.id, direction: m.direction, author: m.authorKind, body: m.body, choices: m.choices ? (JSON.parse(m.choices) as string[]) : undefined, at: m.createdAt.toISOString() };
}

const shown = (m: MessageRow) => m.direction === "in" || visibleOutbound.has(m.status);

/** The number's last 500 messages as its phone shows them. */
export async function phoneHistory(db: Db, phone: string): Promise<SimulatedMessage[]> {
  const participant = await participantRowByPhone(db, phone);
  if (!participant) return [];
  const messages = await messagesOf(db, participant.id, 500);
  return messages.filter(shown).map(view);
}

/** One message, if it belongs to this number and its phone would show it. */
export async function messageOnPhone(db: Db, phone: string, messageId: number): Promise<SimulatedMessage | undefined> {
  const m = await messageWithPhone(db, messageId);
  return m?.participant.phone === phone && shown(m) ? view(m) : undefined;
}

/** Whether a delivery status is one the simulated phone shows. */
export const reachesPhone = (status: string) => visibleOutbound.has(status);
