// The final self-ratings asked at discharge, for funder reports ("self-rated ready for work or
// studies, and in good health, at exit"). Exit answers are the SelfRating rows with "kind" = 'exit'
// (the battery every 4-6 weeks has kind null); a participant who rated at exit more than once (a
// second discharge) counts with the latest battery. In SQL:
//
//   SELECT r."participantId", r."statement", r."score" FROM "SelfRating" r
//    WHERE r."kind" = 'exit' AND r."batteryId" = (SELECT r2."batteryId" FROM "SelfRating" r2
//          WHERE r2."participantId" = r."participantId" AND r2."kind" = 'exit' ORDER BY r2."createdAt" DESC, r2."id" DESC LIMIT 1)
//
// Statements: readiness (ready for work or studies), physicalHealth, mentalHealth, dailyRoutine,
// socialContacts, futureConfidence; score 1-10, null when skipped.
import { date, int, type SqlExecutor } from "./sql.js";

/**
 * The participant's exit battery as a scalar subquery (the one definition the dialog's record and the
 * outcome reports share): the latest battery with kind 'exit', so a second discharge counts with its own.
 */
export function latestExitBattery(participantIdSql: string): string {
  return `(SELECT x."batteryId" FROM "SelfRating" x WHERE x."participantId" = ${participantIdSql} AND x."kind" = 'exit' ORDER BY x."createdAt" DESC, x."id" DESC LIMIT 1)`;
}

export interface ExitRating {
  participantId: number;
  at: Date;
  /** Statement → score (1-10), null when the participant skipped it. */
  scores: Record<string, number | null>;
}

/** Each participant's latest exit rating, optionally for one team's participants. */
export async function exitRatings(sql: SqlExecutor, opts: { teamId?: number } = {}): Promise<ExitRating[]> {
  const rows = await sql.query(
    `SELECT r."participantId", r."statement", r."score", r."createdAt" FROM "SelfRating" r JOIN "Participant" p ON p."id" = r."participantId"
      WHERE r."kind" = 'exit'${opts.teamId === undefined ? "" : ` AND p."teamId" = ?`}
        AND r."batteryId" = ${latestExitBattery(`r."participantId"`)}
      ORDER BY r."participantId", r."id"`,
    opts.teamId === undefined ? [] : [opts.teamId],
  );
  const byParticipant = new Map<number, ExitRating>();
  for (const r of rows) {
    const id = int(r.participantId);
    const entry = byParticipant.get(id) ?? { participantId: id, at: date(r.createdAt), scores: {} };
    entry.scores[String(r.statement)] = r.score == null ? null : int(r.score);
    byParticipant.set(id, entry);
  }
  return [...byParticipant.values()];
}
