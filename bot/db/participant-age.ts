// What is known of a participant's age: the profile's birth year or age band (entered by a coordinator) and
// the messages they wrote that may tell it (newest first; "jag är minderårig" tells it without a digit, so all
// of their last messages are read, not only those with a number), for which help numbers fit.
import { date, int, strOrNull, type SqlExecutor } from "./sql.js";

export interface AgeFacts {
  birthYear: number | null;
  ageBand: string | null;
  /** Their own messages, newest first (at most `limit`). */
  written: { body: string; at: Date }[];
}

export async function ageFacts(sql: SqlExecutor, participantId: number, limit = 100): Promise<AgeFacts> {
  const [p] = await sql.query(`SELECT "birthYear", "ageBand" FROM "Participant" WHERE "id" = ?`, [participantId]);
  const rows = await sql.query(
    `SELECT "body", "createdAt" FROM "Message" WHERE "participantId" = ? AND "direction" = 'in' ORDER BY "id" DESC LIMIT ${Math.floor(limit)}`,
    [participantId],
  );
  return {
    birthYear: p?.birthYear == null ? null : int(p.birthYear),
    ageBand: strOrNull(p?.ageBand),
    written: rows.map((r) => ({ body: String(r.body), at: date(r.createdAt) })),
  };
}
