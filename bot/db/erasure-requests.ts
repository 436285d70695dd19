// The ErasureRequest table: a participant's request to have everything about them erased.
import { int, type SqlExecutor } from "./sql.js";

/** The participant's open request, if any (one at a time: a repeated request joins it). */
export async function openErasureRequestId(sql: SqlExecutor, participantId: number): Promise<number | undefined> {
  const [open] = await sql.query(`SELECT "id" FROM "ErasureRequest" WHERE "participantId" = ? AND "status" = 'open' ORDER BY "id" LIMIT 1`, [participantId]);
  return open ? int(open.id) : undefined;
}
