// The Meeting table as the participant's answers change it (coordinators' proposals and outcomes are
// bot/staff/ and bot/plans/).
import { date, type SqlExecutor } from "./sql.js";

/**
 * The participant confirmed, cancelled or asked for another time. Cancelled in chat is the
 * participant's own choice and is recorded as such (bot/plans/meeting-outcomes.ts).
 */
export async function answerMeeting(tx: SqlExecutor, a: { meetingId: number; participantId: number; status: string; requestedTime: string | null; now: Date }): Promise<void> {
  await tx.execute(
    `UPDATE "Meeting" SET "status" = ?, "requestedTime" = COALESCE(?, "requestedTime"), "respondedAt" = ?, "updatedAt" = ?,
            "outcome" = CASE WHEN ? = 'cancelled' THEN 'cancelled' ELSE NULL END, "cancelledBy" = CASE WHEN ? = 'cancelled' THEN 'participant' ELSE NULL END
      WHERE "id" = ? AND "participantId" = ?`,
    [a.status, a.requestedTime, a.now, a.now, a.status, a.status, a.meetingId, a.participantId],
  );
}

/** A participant's own meeting: when it starts and with whom. */
export async function meetingOf(tx: SqlExecutor, meetingId: number, participantId: number): Promise<{ startsAt: Date; coordinatorId: number | null } | undefined> {
  const [m] = await tx.query(`SELECT "startsAt", "coordinatorId" FROM "Meeting" WHERE "id" = ? AND "participantId" = ?`, [meetingId, participantId]);
  return m ? { startsAt: date(m.startsAt), coordinatorId: m.coordinatorId == null ? null : Number(m.coordinatorId) } : undefined;
}
