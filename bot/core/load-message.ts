// Reads a stored inbound message with what a turn needs to know about its participant and
// conversation: the next unprocessed one of a conversation, or one by id (a late second opinion).
import { date, int, strOrNull } from "../db/sql.js";
import { isLanguage, type Channel, type ConversationStatus, type ParticipantStatus } from "../domain/vocabulary.js";
import type { ParticipantView } from "../runtime/turn-types.js";
import type { PendingMessage, TurnDeps } from "./message-turn.js";
import { parseOfficeHours } from "../domain/office-hours.js";
import type { ConversationFacts } from "./conversation-so-far.js";

export const participantColumns = `c."status" AS "conversationStatus", c."priority" AS "conversationPriority", c."takenOverAt", c."lastStaffReplyAt",
  p."id" AS "participantId", p."preferredName", p."language", p."status", p."onboardedAt", s."firstName" AS "coordinatorFirstName", t."officeHours",
  (SELECT k."granted" FROM "Consent" k WHERE k."participantId" = p."id" AND k."kind" = 'data-processing' ORDER BY k."id" DESC LIMIT 1) AS "consented",
  (SELECT k."granted" FROM "Consent" k WHERE k."participantId" = p."id" AND k."kind" = 'language-model' ORDER BY k."id" DESC LIMIT 1) AS "modelConsented"`;
export const participantJoins = `JOIN "Participant" p ON p."id" = c."participantId" LEFT JOIN "StaffUser" s ON s."id" = p."coordinatorId"
  LEFT JOIN "Team" t ON t."id" = p."teamId"`;

const isTrue = (v: unknown) => Number(v ?? 0) === 1 || v === true;

export function participantOf(deps: TurnDeps, row: Record<string, unknown>): ParticipantView {
  return {
    id: int(row.participantId),
    preferredName: strOrNull(row.preferredName),
    language: isLanguage(row.language) ? row.language : deps.defaultLanguage,
    status: row.status as ParticipantStatus,
    coordinatorFirstName: strOrNull(row.coordinatorFirstName),
    onboarded: row.onboardedAt != null,
    // The language model reads only with its own consent, on top of consent to data processing.
    modelAllowed: isTrue(row.consented) && isTrue(row.modelConsented),
    dataConsent: row.consented == null ? null : isTrue(row.consented),
    officeHours: parseOfficeHours(strOrNull(row.officeHours)),
  };
}

export function factsOf(deps: TurnDeps, row: Record<string, unknown>, conversationId: number, messageId: number, officeHours: ParticipantView["officeHours"]): ConversationFacts {
  return {
    conversationId,
    messageId,
    status: row.conversationStatus as ConversationStatus,
    takenOverAt: row.takenOverAt == null ? null : date(row.takenOverAt),
    lastStaffReplyAt: row.lastStaffReplyAt == null ? null : date(row.lastStaffReplyAt),
    officeHours,
    now: deps.now(),
  };
}

const messageColumns = `m."id", m."conversationId", m."channel", m."body", m."createdAt", ${participantColumns}`;

function pendingOf(deps: TurnDeps, row: Record<string, unknown>): PendingMessage {
  const participant = participantOf(deps, row);
  const conversationId = int(row.conversationId);
  return {
    id: int(row.id),
    conversationId,
    channel: row.channel as Channel,
    body: String(row.body),
    createdAt: date(row.createdAt),
    conversationStatus: row.conversationStatus as ConversationStatus,
    conversationPriority: String(row.conversationPriority),
    participant,
    facts: factsOf(deps, row, conversationId, int(row.id), participant.officeHours),
  };
}

/** The oldest message of the conversation that has not had its turn. */
export async function nextPending(deps: TurnDeps, conversationId: number): Promise<PendingMessage | undefined> {
  const [row] = await deps.sql.query(
    `SELECT ${messageColumns}
     FROM "Message" m JOIN "Conversation" c ON c."id" = m."conversationId" ${participantJoins}
     WHERE m."conversationId" = ? AND m."direction" = 'in' AND m."processedAt" IS NULL
     ORDER BY m."id" LIMIT 1`,
    [conversationId],
  );
  return row ? pendingOf(deps, row) : undefined;
}

/** An inbound message by id, as it stands now. */
export async function loadMessage(deps: TurnDeps, messageId: number): Promise<PendingMessage | undefined> {
  const [row] = await deps.sql.query(
    `SELECT ${messageColumns}
     FROM "Message" m JOIN "Conversation" c ON c."id" = m."conversationId" ${participantJoins}
     WHERE m."id" = ? AND m."direction" = 'in'`,
    [messageId],
  );
  return row ? pendingOf(deps, row) : undefined;
}
