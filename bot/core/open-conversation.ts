// A participant has at most one open conversation at a time: the newest that is not closed.
import { int, type SqlExecutor } from "../db/sql.js";

/** The participant's open conversation, made when the last one was closed (or there was none). */
export async function openConversation(tx: SqlExecutor, participantId: number, now: Date): Promise<number> {
  const [open] = await tx.query(`SELECT MAX("id") AS "id" FROM "Conversation" WHERE "participantId" = ? AND "status" <> 'closed'`, [participantId]);
  if (open?.id != null) return int(open.id);
  const [created] = await tx.query(`INSERT INTO "Conversation" ("participantId", "createdAt", "updatedAt") VALUES (?, ?, ?) RETURNING "id"`, [participantId, now, now]);
  return int(created!.id);
}
