// Reads a stored inbound message with what a turn needs to know about its participant and
// conversation: the next unprocessed one of a conversation, or one by id (a late second opinion).
import { inboundById, nextUnprocessedInbound, type InboundTurnRow, type TurnParticipantRow } from "../db/turn-reads.js";
import { isLanguage, type Channel, type ConversationStatus, type ParticipantStatus } from "../domain/vocabulary.js";
import type { ParticipantView } from "../runtime/turn-types.js";
import type { PendingMessage, TurnDeps } from "./message-turn.js";
import { parseOfficeHours } from "../domain/office-hours.js";
import type { ConversationFacts } from "./conversation-so-far.js";

export function participantOf(deps: TurnDeps, row: TurnParticipantRow): ParticipantView {
  return {
    id: row.participantId,
    preferredName: row.preferredName,
    language: isLanguage(row.language) ? row.language : deps.defaultLanguage,
    status: row.status as ParticipantStatus,
    coordinatorFirstName: row.coordinatorFirstName,
    teamName: row.teamName,
    onboarded: row.onboarded,
    // The language model reads only with its own consent, on top of consent to data processing.
    modelAllowed: row.dataConsent === true && row.modelConsent === true,
    dataConsent: row.dataConsent,
    officeHours: parseOfficeHours(row.officeHours),
    followUpOpen: row.status === "discharged" && !row.followUpDeclined,
    reminderPace: row.reminderPace === "weekly" ? "weekly" : "as-planned",
    remindersOff: row.remindersOff,
  };
}

export function factsOf(deps: TurnDeps, row: TurnParticipantRow, conversationId: number, messageId: number, officeHours: ParticipantView["officeHours"]): ConversationFacts {
  return {
    conversationId,
    messageId,
    status: row.conversationStatus as ConversationStatus,
    takenOverAt: row.takenOverAt,
    lastStaffReplyAt: row.lastStaffReplyAt,
    handoffReason: row.handoffReason,
    waitingSince: row.waitingSince,
    officeHours,
    now: deps.now(),
  };
}

function pendingOf(deps: TurnDeps, row: InboundTurnRow): PendingMessage {
  const participant = participantOf(deps, row);
  return {
    id: row.id,
    conversationId: row.conversationId,
    channel: row.channel as Channel,
    body: row.body,
    createdAt: row.createdAt,
    conversationStatus: row.conversationStatus as ConversationStatus,
    conversationPriority: row.conversationPriority,
    participant,
    facts: factsOf(deps, row, row.conversationId, row.id, participant.officeHours),
  };
}

/** The oldest message of the conversation that has not had its turn. */
export async function nextPending(deps: TurnDeps, conversationId: number): Promise<PendingMessage | undefined> {
  const row = await nextUnprocessedInbound(deps.sql, conversationId);
  return row ? pendingOf(deps, row) : undefined;
}

/** An inbound message by id, as it stands now. */
export async function loadMessage(deps: TurnDeps, messageId: number): Promise<PendingMessage | undefined> {
  const row = await inboundById(deps.sql, messageId);
  return row ? pendingOf(deps, row) : undefined;
}
