// What the nudge sender reads about the participant, their conversation and the meeting before it
// decides (bot/nudges/nudge-scheduler.ts): each a single statement, so a due nudge costs few round-trips.
import { date, int, strOrNull, type SqlExecutor } from "./sql.js";
import { REMINDER_KINDS } from "./nudges.js";

export interface NudgeParticipantRow {
  status: string;
  language: string | null;
  remindersOff: boolean;
  reminderPace: string;
  /** When the last reminder (not a meeting's, not outreach) went out: a weekly pace counts from it (read only for that pace). */
  lastReminderAt: Date | null;
  unansweredNudges: number;
  teamId: number | null;
  /** The latest conversation not closed, if any. */
  conversationId: number | null;
  lastInboundAt: Date | null;
  /** The first name of the nudge's author, else of the participant's coordinator. */
  coordinator: string | null;
}

export async function nudgeParticipant(sql: SqlExecutor, participantId: number, authorId: number | null): Promise<NudgeParticipantRow | undefined> {
  const [p] = await sql.query(
    `SELECT p."status", p."language", p."remindersOff", p."reminderPace", p."unansweredNudges", p."teamId",
            CASE WHEN p."reminderPace" = 'weekly' THEN (SELECT MAX(n."processedAt") FROM "Nudge" n WHERE n."participantId" = p."id" AND n."status" = 'sent' AND n."kind" IN ${REMINDER_KINDS}) END AS "lastReminderAt",
            c."id" AS "conversationId", c."lastInboundAt",
            (SELECT s."firstName" FROM "StaffUser" s WHERE s."id" = COALESCE(?, p."coordinatorId")) AS "coordinator"
       FROM "Participant" p LEFT JOIN "Conversation" c ON c."id" = (SELECT MAX(c2."id") FROM "Conversation" c2 WHERE c2."participantId" = p."id" AND c2."status" <> 'closed')
      WHERE p."id" = ?`,
    [authorId, participantId],
  );
  return p && {
    status: String(p.status), language: strOrNull(p.language), remindersOff: Boolean(int(p.remindersOff)), reminderPace: String(p.reminderPace),
    lastReminderAt: p.lastReminderAt ? date(p.lastReminderAt) : null, unansweredNudges: int(p.unansweredNudges), teamId: p.teamId == null ? null : int(p.teamId),
    conversationId: p.conversationId == null ? null : int(p.conversationId), lastInboundAt: p.lastInboundAt ? date(p.lastInboundAt) : null, coordinator: p.coordinator ? String(p.coordinator) : null,
  };
}

/** The meeting a reminder is about. */
export async function meetingOfNudge(sql: SqlExecutor, meetingId: number): Promise<{ status: string; startsAt: Date; location: string | null } | undefined> {
  const [m] = await sql.query(`SELECT "status", "startsAt", "location" FROM "Meeting" WHERE "id" = ?`, [meetingId]);
  return m ? { status: String(m.status), startsAt: date(m.startsAt), location: m.location ? String(m.location) : null } : undefined;
}

/** When the conversation last had a message, either way. */
export async function lastMessageAt(sql: SqlExecutor, conversationId: number): Promise<Date | undefined> {
  const [c] = await sql.query(`SELECT "lastMessageAt" FROM "Conversation" WHERE "id" = ?`, [conversationId]);
  return c?.lastMessageAt ? date(c.lastMessageAt) : undefined;
}
