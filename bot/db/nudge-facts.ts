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

// Read only for a weekly pace: the pace counts from the last reminder sent.
const LAST_REMINDER_AT = `CASE WHEN p."reminderPace" = 'weekly' THEN (SELECT MAX(n."processedAt") FROM "Nudge" n WHERE n."participantId" = p."id" AND n."status" = 'sent' AND n."kind" IN ${REMINDER_KINDS}) END AS "lastReminderAt"`;

export async function nudgeParticipant(sql: SqlExecutor, participantId: number, authorId: number | null): Promise<NudgeParticipantRow | undefined> {
  const [p] = await sql.query(
    `SELECT p."status", p."language", p."remindersOff", p."reminderPace", p."unansweredNudges", p."teamId",
            ${LAST_REMINDER_AT},
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

/**
 * The participant's pace and last reminder, read in a send's transaction after its row lock
 * (lockParticipantRow): a reminder another instance sent a moment ago is seen.
 */
export async function reminderPaceNow(tx: SqlExecutor, participantId: number): Promise<{ reminderPace: string; lastReminderAt: Date | null }> {
  const [p] = await tx.query(`SELECT p."reminderPace", ${LAST_REMINDER_AT} FROM "Participant" p WHERE p."id" = ?`, [participantId]);
  return { reminderPace: String(p?.reminderPace ?? "as-planned"), lastReminderAt: p?.lastReminderAt ? date(p.lastReminderAt) : null };
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
