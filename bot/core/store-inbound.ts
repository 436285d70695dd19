// Step one for every channel: the message is durably stored (once, keyed by the provider's id)
// before anyone acknowledges it. Turn processing happens later, from the stored row.
import type { Sql, SqlExecutor } from "../db/sql.js";
import type { Channel, Language } from "../domain/vocabulary.js";
import { openConversation, recordInbound, startConversationWithInbound } from "../db/conversations.js";
import { findByProviderId, insertInbound } from "../db/messages.js";
import { findByPhone, insertParticipant, lockParticipantBy, resetNudgeBackOff } from "../db/participants.js";
import type { ErasedOptOuts } from "../privacy/erased-opt-outs.js";

export interface InboundMessage {
  channel: Channel;
  providerId: string;
  /** E.164 phone number for SMS; for web chat, empty (the participant is known by `participantId`). */
  from: string;
  /** Web chat: the participant the browser's session is bound to. */
  participantId?: number;
  body: string;
  receivedAt: Date;
  /** A first guess at the language for a participant we have never met. */
  language?: Language;
  /** The slug of the team a participant we have never met joins (DEFAULT_TEAM). */
  teamSlug?: string;
}

export interface StoredInbound {
  messageId: number;
  conversationId: number;
  participantId: number;
  duplicate: boolean;
}

/** `optOuts`: numbers erased after STOPP; one of them writing again is met as opted out. */
export async function storeInbound(sql: Sql, msg: InboundMessage, optOuts?: ErasedOptOuts): Promise<StoredInbound> {
  return sql.transaction(async (tx) => {
    const at = msg.receivedAt;
    const { participantId, conversationId, isNew } = await participantAndConversation(tx, msg, at, optOuts);
    const messageId = await insertInbound(tx, { conversationId, participantId, channel: msg.channel, body: msg.body, providerId: msg.providerId, at });
    // A provider's retry of a message already stored: report the stored one. (The participant and
    // conversation rows it needs already existed, so nothing else was written.)
    if (messageId === undefined) return { ...(await findByProviderId(tx, msg.channel, msg.providerId))!, duplicate: true };
    // Someone met just now has no row of unanswered messages and no nudges to back off from: their
    // conversation was opened with this message's time (each statement is a round trip on PostgreSQL).
    if (!isNew) {
      await recordInbound(tx, conversationId, at);
      await resetNudgeBackOff(tx, participantId);
    }
    return { messageId, conversationId, participantId, duplicate: false };
  });
}

async function participantAndConversation(
  tx: SqlExecutor,
  msg: InboundMessage,
  at: Date,
  optOuts?: ErasedOptOuts,
): Promise<{ participantId: number; conversationId: number; isNew: boolean }> {
  if (msg.participantId !== undefined) {
    // Taken before the message's id is drawn (see lockParticipantBy).
    await lockParticipantBy(tx, "id", msg.participantId);
    return { participantId: msg.participantId, conversationId: await openConversation(tx, msg.participantId, at), isNew: false };
  }
  await lockParticipantBy(tx, "phone", msg.from);
  const found = await findByPhone(tx, msg.from);
  let participantId = found?.participantId;
  if (participantId === undefined) {
    // Two first messages from one number at once (a provider's retry): on PostgreSQL the second
    // insert waits for the first to commit, then finds the participant it made. A number erased
    // after STOPP is met as opted out.
    const optedOut = (await optOuts?.has(tx, msg.from)) === true;
    participantId = await insertParticipant(tx, { phone: msg.from, language: msg.language ?? "sv", teamSlug: msg.teamSlug ?? null, optedOut, now: at });
    if (participantId === undefined) return participantAndConversation(tx, msg, at, optOuts);
    return { participantId, conversationId: await startConversationWithInbound(tx, participantId, at), isNew: true };
  }
  if (found?.conversationId != null) return { participantId, conversationId: found.conversationId, isNew: false };
  return { participantId, conversationId: await openConversation(tx, participantId, at), isNew: false };
}
