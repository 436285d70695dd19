// A web chat visitor becomes a participant only when they write: the participant, their conversation
// and the web conversation (with the id their token already names) are made in one transaction.
import { openConversation } from "./conversations.js";
import { int, type Sql } from "./sql.js";

export interface NewWebVisitor {
  webConversationId: string;
  language: string;
  teamSlug?: string;
  resumeHash: string;
  now: Date;
}

/** The visitor's participant id; made once, even when two first messages race (the second finds the first's rows). */
export async function createWebVisitor(sql: Sql, v: NewWebVisitor): Promise<number> {
  const existing = async () => {
    const [row] = await sql.query(`SELECT "participantId" FROM "WebConversation" WHERE "id" = ?`, [v.webConversationId]);
    return row ? int(row.participantId) : undefined;
  };
  const known = await existing();
  if (known !== undefined) return known;
  try {
    return await sql.transaction(async (tx) => {
      const [p] = await tx.query(
        `INSERT INTO "Participant" ("phone", "language", "teamId", "createdAt", "updatedAt") VALUES (NULL, ?, (SELECT "id" FROM "Team" WHERE "slug" = ?), ?, ?) RETURNING "id"`,
        [v.language, v.teamSlug ?? null, v.now, v.now],
      );
      const participantId = int(p!.id);
      const conversationId = await openConversation(tx, participantId, v.now);
      await tx.execute(
        `INSERT INTO "WebConversation" ("id", "conversationId", "participantId", "resumeHash", "createdAt", "lastSeenAt") VALUES (?, ?, ?, ?, ?, ?)`,
        [v.webConversationId, conversationId, participantId, v.resumeHash, v.now, v.now],
      );
      return participantId;
    });
  } catch (err) {
    // The other first message won the race (the web conversation id is the primary key): use its rows.
    const winner = await existing();
    if (winner !== undefined) return winner;
    throw err;
  }
}
