// The Meeting table: the participant's answers, a coordinator's proposals, agreed meetings,
// cancellations and outcomes (the rules are bot/staff/meetings.ts and bot/plans/meeting-outcomes.ts).
import type { Db } from "./client.js";
import { date, int, type SqlExecutor } from "./sql.js";

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

/**
 * Whether the participant's last answer to a meeting was a no to meeting at all or to a new time: a meeting they called
 * off in words (dialogs/meeting.dialog.ts keeps their words on it only then: 'jag klarar inte av att träffas alls just
 * nu', or a cancellation and their no to a new time). A yes or a wish for another time since then says otherwise. A
 * meeting "Redan överenskommet" on the page is no answer of theirs in chat (no respondedAt), so it does not undo the no.
 */
export async function saidNoToMeetingLast(tx: SqlExecutor, participantId: number): Promise<boolean> {
  const [m] = await tx.query(
    `SELECT "status", "cancelledBy", "requestedTime", "outcomeAt" FROM "Meeting" WHERE "participantId" = ? AND "respondedAt" IS NOT NULL ORDER BY "respondedAt" DESC, "id" DESC LIMIT 1`,
    [participantId],
  );
  // Called off in chat (no outcomeAt: "Ungdomen ställde in" on the page closing a wish for another time is not it).
  return m !== undefined && m.status === "cancelled" && m.cancelledBy === "participant" && m.requestedTime != null && m.outcomeAt == null;
}

/** A participant's own meeting: when it starts, with whom, and where it stands. */
export async function meetingOf(
  tx: SqlExecutor,
  meetingId: number,
  participantId: number,
): Promise<{ startsAt: Date; coordinatorId: number | null; status: string; outcome: string | null; superseded: boolean } | undefined> {
  const [m] = await tx.query(
    `SELECT m."startsAt", m."coordinatorId", m."status", m."outcome",
            EXISTS (SELECT 1 FROM "Meeting" n WHERE n."participantId" = m."participantId" AND n."id" > m."id") AS "superseded"
       FROM "Meeting" m WHERE m."id" = ? AND m."participantId" = ?`,
    [meetingId, participantId],
  );
  return m
    ? { startsAt: date(m.startsAt), coordinatorId: m.coordinatorId == null ? null : Number(m.coordinatorId), status: String(m.status), outcome: m.outcome == null ? null : String(m.outcome), superseded: Boolean(Number(m.superseded)) }
    : undefined;
}

/** The first name of the person from the team a meeting of the participant's is with (who proposed it), if one is named on it. */
export async function meetingCoordinatorName(tx: SqlExecutor, meetingId: number, participantId: number): Promise<string | null> {
  const [m] = await tx.query(
    `SELECT s."firstName" FROM "Meeting" m JOIN "StaffUser" s ON s."id" = m."coordinatorId" WHERE m."id" = ? AND m."participantId" = ?`,
    [meetingId, participantId],
  );
  return m?.firstName == null ? null : String(m.firstName);
}

/** A meeting that began this long ago is still "the next one" to someone asking on their way there. */
const STARTED_GRACE_MS = 60 * 60_000;
/** A meeting moved at the participant's wish stays theirs to ask about this long, until the new time comes. */
const MOVING_KEPT_MS = 14 * 24 * 60 * 60_000;

/**
 * The participant's next meeting that still stands (proposed, agreed, or waiting for a new time; one
 * coming first, a moved one from the last two weeks only when none is), or, when none does, one the team
 * cancelled that was still to come: with the participant's time zone for saying when and the first name of
 * the coordinator it is with: "när är mitt nästa möte?". A meeting moved or cancelled is no longer the
 * answer once a meeting was made after it (the new time is): a tester's agreed Thursday was answered with
 * the Tuesday she had asked to move.
 */
export async function nextMeetingOf(
  tx: SqlExecutor,
  participantId: number,
  now: Date,
): Promise<{ startsAt: Date; location: string | null; status: string; timeZone: string; coordinatorFirstName: string | null } | undefined> {
  const started = new Date(now.getTime() - STARTED_GRACE_MS);
  const [m] = await tx.query(
    `SELECT m."startsAt", m."location", m."status", p."timezone", s."firstName" FROM "Meeting" m
       JOIN "Participant" p ON p."id" = m."participantId" LEFT JOIN "StaffUser" s ON s."id" = m."coordinatorId"
      WHERE m."participantId" = ?
        AND ((m."status" IN ('proposed', 'confirmed') AND m."startsAt" >= ?)
          OR (m."status" = 'reschedule-requested' AND m."startsAt" >= ?)
          OR (m."status" = 'cancelled' AND m."cancelledBy" = 'coordinator' AND m."startsAt" >= ?))
        AND (m."status" IN ('proposed', 'confirmed') OR NOT EXISTS (SELECT 1 FROM "Meeting" n WHERE n."participantId" = m."participantId" AND n."id" > m."id"))
      ORDER BY CASE WHEN m."status" = 'cancelled' THEN 2 WHEN m."startsAt" >= ? THEN 0 ELSE 1 END, m."startsAt", m."id" LIMIT 1`,
    [participantId, started, new Date(now.getTime() - MOVING_KEPT_MS), started, started],
  );
  return m
    ? {
        startsAt: date(m.startsAt),
        location: m.location == null ? null : String(m.location),
        status: String(m.status),
        timeZone: String(m.timezone),
        coordinatorFirstName: m.firstName == null ? null : String(m.firstName),
      }
    : undefined;
}

/**
 * The participant's next agreed meeting, not begun more than an hour ago, with whether a reminder of it
 * has gone out: "kan inte imorgon" after "En påminnelse: du och Kim ses torsdag …" is about it.
 */
export async function agreedMeetingOf(
  tx: SqlExecutor,
  participantId: number,
  now: Date,
): Promise<{ id: number; startsAt: Date; location: string | null; timeZone: string; coordinatorFirstName: string | null; reminded: boolean } | undefined> {
  const [m] = await tx.query(
    `SELECT m."id", m."startsAt", m."location", p."timezone", s."firstName",
            (SELECT COUNT(*) FROM "Nudge" n WHERE n."meetingId" = m."id" AND n."kind" = 'meeting-reminder' AND n."status" = 'sent') AS "reminders"
       FROM "Meeting" m JOIN "Participant" p ON p."id" = m."participantId" LEFT JOIN "StaffUser" s ON s."id" = m."coordinatorId"
      WHERE m."participantId" = ? AND m."status" = 'confirmed' AND m."outcome" IS NULL AND m."startsAt" >= ?
      ORDER BY m."startsAt", m."id" LIMIT 1`,
    [participantId, new Date(now.getTime() - STARTED_GRACE_MS)],
  );
  return m
    ? {
        id: int(m.id),
        startsAt: date(m.startsAt),
        location: m.location == null ? null : String(m.location),
        timeZone: String(m.timezone),
        coordinatorFirstName: m.firstName == null ? null : String(m.firstName),
        reminded: Number(m.reminders) > 0,
      }
    : undefined;
}

/** A meeting a coordinator made: proposed by chat, or confirmed when it was agreed another way. */
export async function insertMeeting(
  tx: SqlExecutor,
  m: { participantId: number; coordinatorId: number | null; startsAt: Date; location: string | null; status: "proposed" | "confirmed"; now: Date },
): Promise<number> {
  const [row] = await tx.query(
    `INSERT INTO "Meeting" ("participantId", "coordinatorId", "startsAt", "location", "status", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING "id"`,
    [m.participantId, m.coordinatorId, m.startsAt, m.location, m.status, m.now, m.now],
  );
  return int(row!.id);
}

/**
 * The participant agreed a proposed time with the coordinator (in their conversation, or by phone):
 * its time, or "none" when the meeting is not this participant's, "not-open" when it is no longer
 * a proposal (answered, moved or cancelled already).
 */
export async function confirmMeetingByCoordinator(tx: SqlExecutor, c: { meetingId: number; participantId: number; now: Date }): Promise<{ startsAt: Date } | "none" | "not-open"> {
  const [row] = await tx.query(
    `UPDATE "Meeting" SET "status" = 'confirmed', "respondedAt" = ?, "updatedAt" = ? WHERE "id" = ? AND "participantId" = ? AND "status" = 'proposed' AND "outcome" IS NULL RETURNING "startsAt"`,
    [c.now, c.now, c.meetingId, c.participantId],
  );
  if (row) return { startsAt: date(row.startsAt) };
  const [exists] = await tx.query(`SELECT 1 AS "one" FROM "Meeting" WHERE "id" = ? AND "participantId" = ?`, [c.meetingId, c.participantId]);
  return exists ? "not-open" : "none";
}

/**
 * The participant asked the coordinator for another time (in their conversation, or by phone): a proposal or an
 * agreed meeting not yet held is marked so; "none" when it is not this participant's, "not-open" when it is
 * answered another way already (moved, cancelled, or its outcome recorded).
 */
export async function rescheduleMeetingByCoordinator(tx: SqlExecutor, c: { meetingId: number; participantId: number; now: Date }): Promise<"moved" | "none" | "not-open"> {
  const changed = await tx.execute(
    `UPDATE "Meeting" SET "status" = 'reschedule-requested', "respondedAt" = ?, "updatedAt" = ? WHERE "id" = ? AND "participantId" = ? AND "status" IN ('proposed', 'confirmed') AND "outcome" IS NULL`,
    [c.now, c.now, c.meetingId, c.participantId],
  );
  if (changed) return "moved";
  const [exists] = await tx.query(`SELECT 1 AS "one" FROM "Meeting" WHERE "id" = ? AND "participantId" = ?`, [c.meetingId, c.participantId]);
  return exists ? "not-open" : "none";
}

/** The coordinator cancelled the participant's meeting; 0 when it is not theirs. */
export function cancelMeetingByCoordinator(tx: SqlExecutor, c: { meetingId: number; participantId: number; staffId: number; now: Date }): Promise<number> {
  return tx.execute(
    `UPDATE "Meeting" SET "status" = 'cancelled', "outcome" = 'cancelled', "cancelledBy" = 'coordinator', "outcomeAt" = ?, "outcomeById" = ?, "updatedAt" = ? WHERE "id" = ? AND "participantId" = ?`,
    [c.now, c.staffId, c.now, c.meetingId, c.participantId],
  );
}

/** What happened, as a coordinator recorded it afterwards. */
export async function setMeetingOutcome(
  tx: SqlExecutor,
  o: { meetingId: number; status: string; outcome: string; cancelledBy: string | null; staffId: number; now: Date },
): Promise<void> {
  await tx.execute(
    `UPDATE "Meeting" SET "status" = ?, "outcome" = ?, "cancelledBy" = ?, "outcomeAt" = ?, "outcomeById" = ?, "updatedAt" = ? WHERE "id" = ?`,
    [o.status, o.outcome, o.cancelledBy, o.now, o.staffId, o.now, o.meetingId],
  );
}

/** The participant's latest meetings, the latest first. */
export function meetingsOf(db: Db, participantId: number, limit: number) {
  return db.meeting.findMany({ where: { participantId }, orderBy: [{ startsAt: "desc" }, { id: "desc" }], take: limit });
}

/**
 * Whether the participant refused a meeting at exactly this time (asked for another, or called it off themselves): a
 * proposal of it again is asked about first on the page (a tester proposed the Tuesday Malin had just refused).
 */
export async function refusedTime(tx: SqlExecutor, participantId: number, startsAt: Date): Promise<boolean> {
  const [row] = await tx.query(
    `SELECT 1 AS "hit" FROM "Meeting" WHERE "participantId" = ? AND "startsAt" = ?
        AND ("status" = 'reschedule-requested' OR ("status" = 'cancelled' AND "cancelledBy" = 'participant')) LIMIT 1`,
    [participantId, startsAt],
  );
  return Boolean(row);
}
