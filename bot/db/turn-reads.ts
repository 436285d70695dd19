// What a turn reads before the dialogs run, in one statement each: the message (or, for a proactive
// turn, the conversation) with its participant's status, coordinator, team office hours and latest
// consents. Kept to single joined reads because every message takes this path.
import { date, int, strOrNull, type SqlExecutor } from "./sql.js";

export interface TurnParticipantRow {
  participantId: number;
  preferredName: string | null;
  language: string;
  status: string;
  onboarded: boolean;
  coordinatorFirstName: string | null;
  /** The name of the participant's team, as its team lead set it; null without a team. */
  teamName: string | null;
  officeHours: string | null;
  /** Latest data-processing consent; null while never answered. */
  dataConsent: boolean | null;
  /** Latest language-model consent; null while never answered. */
  modelConsent: boolean | null;
  /** Said no to the follow-up after discharge (Participant.followUpDeclinedAt set). */
  followUpDeclined: boolean;
  /** How often reminders may come ("as-planned" | "weekly"), and whether they are off ("bara när jag skriver"). */
  reminderPace: string;
  remindersOff: boolean;
  conversationStatus: string;
  conversationPriority: string;
  takenOverAt: Date | null;
  lastStaffReplyAt: Date | null;
  /** Why the conversation waits for a person, and since when; null unless it waits. */
  handoffReason: string | null;
  waitingSince: Date | null;
}

export interface InboundTurnRow extends TurnParticipantRow {
  id: number;
  conversationId: number;
  channel: string;
  body: string;
  createdAt: Date;
}

export interface ProactiveTurnRow extends TurnParticipantRow {
  conversationId: number;
  unansweredCount: number;
  lastMessageAt: Date | null;
}

const participantColumns = `c."status" AS "conversationStatus", c."priority" AS "conversationPriority", c."takenOverAt", c."lastStaffReplyAt", c."handoffReason", c."waitingSince",
  p."id" AS "participantId", p."preferredName", p."language", p."status", p."onboardedAt", p."followUpDeclinedAt", p."reminderPace", p."remindersOff", s."firstName" AS "coordinatorFirstName", t."name" AS "teamName", t."officeHours",
  (SELECT k."granted" FROM "Consent" k WHERE k."participantId" = p."id" AND k."kind" = 'data-processing' ORDER BY k."id" DESC LIMIT 1) AS "consented",
  (SELECT k."granted" FROM "Consent" k WHERE k."participantId" = p."id" AND k."kind" = 'language-model' ORDER BY k."id" DESC LIMIT 1) AS "modelConsented"`;
const participantJoins = `JOIN "Participant" p ON p."id" = c."participantId" LEFT JOIN "StaffUser" s ON s."id" = p."coordinatorId"
  LEFT JOIN "Team" t ON t."id" = p."teamId"`;

const granted = (v: unknown) => (v == null ? null : Number(v) === 1 || v === true);
const dateOrNull = (v: unknown) => (v == null ? null : date(v));

function participantRow(row: Record<string, unknown>): TurnParticipantRow {
  return {
    participantId: int(row.participantId),
    preferredName: strOrNull(row.preferredName),
    language: String(row.language),
    status: String(row.status),
    onboarded: row.onboardedAt != null,
    coordinatorFirstName: strOrNull(row.coordinatorFirstName),
    teamName: strOrNull(row.teamName),
    officeHours: strOrNull(row.officeHours),
    dataConsent: granted(row.consented),
    modelConsent: granted(row.modelConsented),
    followUpDeclined: row.followUpDeclinedAt != null,
    reminderPace: String(row.reminderPace ?? "as-planned"),
    remindersOff: Boolean(int(row.remindersOff ?? 0)),
    conversationStatus: String(row.conversationStatus),
    conversationPriority: String(row.conversationPriority),
    takenOverAt: dateOrNull(row.takenOverAt),
    lastStaffReplyAt: dateOrNull(row.lastStaffReplyAt),
    handoffReason: strOrNull(row.handoffReason),
    waitingSince: dateOrNull(row.waitingSince),
  };
}

function inboundRow(row: Record<string, unknown>): InboundTurnRow {
  return { ...participantRow(row), id: int(row.id), conversationId: int(row.conversationId), channel: String(row.channel), body: String(row.body), createdAt: date(row.createdAt) };
}

const inboundSelect = `SELECT m."id", m."conversationId", m."channel", m."body", m."createdAt", ${participantColumns}
     FROM "Message" m JOIN "Conversation" c ON c."id" = m."conversationId" ${participantJoins}`;

/** The oldest message of the conversation that has not had its turn. */
export async function nextUnprocessedInbound(sql: SqlExecutor, conversationId: number): Promise<InboundTurnRow | undefined> {
  const [row] = await sql.query(`${inboundSelect} WHERE m."conversationId" = ? AND m."direction" = 'in' AND m."processedAt" IS NULL ORDER BY m."id" LIMIT 1`, [conversationId]);
  return row ? inboundRow(row) : undefined;
}

/** An inbound message by id, as it stands now. */
export async function inboundById(sql: SqlExecutor, messageId: number): Promise<InboundTurnRow | undefined> {
  const [row] = await sql.query(`${inboundSelect} WHERE m."id" = ? AND m."direction" = 'in'`, [messageId]);
  return row ? inboundRow(row) : undefined;
}

/** A conversation about to get a message Tillit starts itself (a nudge, a proposal). */
export async function conversationForProactiveTurn(sql: SqlExecutor, conversationId: number): Promise<ProactiveTurnRow | undefined> {
  const [row] = await sql.query(
    `SELECT c."id", c."participantId", c."unansweredCount", c."lastMessageAt", ${participantColumns}
     FROM "Conversation" c ${participantJoins} WHERE c."id" = ?`,
    [conversationId],
  );
  if (!row) return undefined;
  return { ...participantRow(row), conversationId: int(row.id), unansweredCount: int(row.unansweredCount), lastMessageAt: dateOrNull(row.lastMessageAt) };
}

/** For a plain text Tillit sends on its own initiative: who it goes to and whether anything holds it. */
export async function conversationAndParticipantStatus(sql: SqlExecutor, conversationId: number): Promise<{ participantId: number; status: string; handoffReason: string | null; participantStatus: string; teamId: number | null } | undefined> {
  const [row] = await sql.query(
    `SELECT c."participantId", c."status", c."handoffReason", p."status" AS "participantStatus", p."teamId" FROM "Conversation" c JOIN "Participant" p ON p."id" = c."participantId" WHERE c."id" = ?`,
    [conversationId],
  );
  return row ? { participantId: int(row.participantId), status: String(row.status), handoffReason: strOrNull(row.handoffReason), participantStatus: String(row.participantStatus), teamId: row.teamId == null ? null : int(row.teamId) } : undefined;
}
