// Step one for every channel: the message is durably stored (once, keyed by the provider's id)
// before anyone acknowledges it. Turn processing happens later, from the stored row.
import type { Db } from "./db/client.js";
import { Prisma } from "./db/generated/client.js";
import type { Channel, Language } from "./domain/vocabulary.js";

export interface InboundMessage {
  channel: Channel;
  providerId: string;
  /** E.164 phone number for SMS. */
  from: string;
  body: string;
  receivedAt: Date;
  /** A first guess at the language for a participant we have never met. */
  language?: Language;
}

export interface StoredInbound {
  messageId: number;
  conversationId: number;
  participantId: number;
  duplicate: boolean;
}

export async function storeInbound(db: Db, msg: InboundMessage): Promise<StoredInbound> {
  const existing = await findByProviderId(db, msg.channel, msg.providerId);
  if (existing) return existing;
  try {
    return await db.$transaction(async (tx) => {
      const participant =
        (await tx.participant.findUnique({ where: { phone: msg.from } })) ??
        (await tx.participant.create({ data: { phone: msg.from, ...(msg.language ? { language: msg.language } : {}) } }));
      const conversation =
        (await tx.conversation.findFirst({ where: { participantId: participant.id, status: { not: "closed" } }, orderBy: { id: "desc" } })) ??
        (await tx.conversation.create({ data: { participantId: participant.id } }));
      const message = await tx.message.create({
        data: {
          conversationId: conversation.id,
          participantId: participant.id,
          direction: "in",
          channel: msg.channel,
          authorKind: "participant",
          body: msg.body,
          providerId: msg.providerId,
          status: "received",
          createdAt: msg.receivedAt,
        },
      });
      await tx.conversation.update({
        where: { id: conversation.id },
        data: { lastInboundAt: msg.receivedAt, lastMessageAt: msg.receivedAt, unansweredCount: 0 },
      });
      return { messageId: message.id, conversationId: conversation.id, participantId: participant.id, duplicate: false };
    });
  } catch (err) {
    // Two deliveries of the same webhook raced past the first check: the other one stored it.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") {
      const stored = await findByProviderId(db, msg.channel, msg.providerId);
      if (stored) return stored;
    }
    throw err;
  }
}

async function findByProviderId(db: Db, channel: Channel, providerId: string): Promise<StoredInbound | undefined> {
  const found = await db.message.findUnique({ where: { channel_providerId: { channel, providerId } } });
  return found
    ? { messageId: found.id, conversationId: found.conversationId, participantId: found.participantId, duplicate: true }
    : undefined;
}
