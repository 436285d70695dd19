// Erasing one participant's record, table by table, inside the caller's transaction (the rules:
// bot/privacy/erase-participant.ts). Every table that can hold something about a participant is
// named here, so a new table with personal data must be added in this one place.
import { closeErasureRequestsOf } from "./erasure-requests.js";
import { int, strOrNull, type SqlExecutor, type SqlValue } from "./sql.js";

export interface ErasureSubject {
  participantId: number;
  phone: string | null;
  status: string;
  teamId: number | null;
  conversationIds: number[];
}

/** Rows removed per table. */
export type ErasedRows = Record<string, number>;

const marks = (n: number) => Array.from({ length: n }, () => "?").join(", ");
const inList = (ids: number[]) => (ids.length ? `IN (${marks(ids.length)})` : "IN (NULL)");

export async function erasureSubject(tx: SqlExecutor, participantId: number): Promise<ErasureSubject | undefined> {
  const [p] = await tx.query(`SELECT "id", "phone", "status", "teamId" FROM "Participant" WHERE "id" = ?`, [participantId]);
  if (!p) return undefined;
  const conversationIds = (await tx.query(`SELECT "id" FROM "Conversation" WHERE "participantId" = ?`, [participantId])).map((r) => int(r.id));
  return { participantId, phone: strOrNull(p.phone), status: String(p.status), teamId: p.teamId == null ? null : int(p.teamId), conversationIds };
}

function remover(tx: SqlExecutor, rows: ErasedRows) {
  return async (table: string, where: string, args: SqlValue[]) => {
    const n = await tx.execute(`DELETE FROM "${table}" WHERE ${where}`, args);
    if (n) rows[table] = (rows[table] ?? 0) + n;
  };
}

/**
 * Everything about the participant except the participant row and their erasure requests
 * (finishErasure, after the caller has kept what it keeps). `beforeMessages` runs between the outbox
 * and the messages: the crash tests' point inside the transaction.
 */
export async function eraseParticipantData(tx: SqlExecutor, s: ErasureSubject, now: Date, beforeMessages: () => void): Promise<ErasedRows> {
  const { participantId, phone, conversationIds } = s;
  const inConversations = inList(conversationIds);
  const rows: ErasedRows = {};
  const remove = remover(tx, rows);
  const own = [participantId];

  // Slack keeps its own copies: they are queued for deletion there (ids only), and removed by the
  // Slack side after this commits (bot/slack/slack-posts.ts).
  await tx.execute(`UPDATE "SlackPost" SET "conversationId" = NULL, "deleteRequestedAt" = ? WHERE "conversationId" ${inConversations}`, [now, ...conversationIds]);
  const plans = `SELECT "id" FROM "ActionPlan" WHERE "participantId" = ?`;
  await remove("SubGoalUpdate", `"subGoalId" IN (SELECT "id" FROM "SubGoal" WHERE "planId" IN (${plans}))`, own);
  await remove("SubGoal", `"planId" IN (${plans})`, own);
  for (const table of ["ActionPlan", "CheckIn", "MappingAnswer", "SelfRating", "ParticipantStep", "Meeting", "Nudge", "NudgeSchedule", "StaffTask", "Consent", "RetentionHold"]) {
    await remove(table, `"participantId" = ?`, own);
  }
  // A participant's messages all live in their conversations (a joined web chat's are moved there), so
  // the indexed conversation id finds them.
  await remove("OutboxItem", `"messageId" IN (SELECT "id" FROM "Message" WHERE "conversationId" ${inConversations})`, conversationIds);
  beforeMessages();
  await remove("Message", `"conversationId" ${inConversations}`, conversationIds);
  // A safety label keeps the participant's words (redacted of numbers, not of everything): it goes too.
  for (const table of ["InternalNote", "ConversationRead", "SlackThread", "SafetyLabel", "OnCallAlert"]) await remove(table, `"conversationId" ${inConversations}`, conversationIds);
  // botbuilder keys conversation state "<channel>/conversations/<id>/<namespace>" (the namespace may be empty).
  for (const id of conversationIds) await remove("DialogState", `"key" LIKE ? OR "key" LIKE ?`, [`%/conversations/conversation-${id}`, `%/conversations/conversation-${id}/%`]);
  await remove("WebConversation", `"participantId" = ?`, own);
  await remove("WebInvite", `"participantId" = ?`, own);
  if (phone) {
    // A code on its way to their number for someone else's web chat (sent codes no longer name it).
    await tx.execute(
      `UPDATE "OutboxItem" SET "toPhone" = NULL WHERE "toPhone" = ? AND "messageId" IN (SELECT m."id" FROM "Message" m WHERE m."conversationId" IN
         (SELECT c."id" FROM "Conversation" c WHERE c."participantId" IN (SELECT r."participantId" FROM "PhoneLinkRequest" r WHERE r."phone" = ?)))`,
      [phone, phone],
    );
  }
  await remove("PhoneLinkRequest", `"participantId" = ? OR "phone" = ?`, [participantId, phone]);
  await remove("Conversation", `"participantId" = ?`, own);

  // Who on the staff opened the record stays accountable, but the entries lose their details.
  await tx.execute(
    `UPDATE "AuditLog" SET "details" = NULL WHERE "details" IS NOT NULL AND (("subjectType" = 'participant' AND "subjectId" = ?) OR ("actorKind" = 'participant' AND "actorId" = ?)
       OR ("subjectType" = 'conversation' AND "subjectId" ${inConversations}))`,
    [String(participantId), participantId, ...conversationIds.map(String)],
  );
  return rows;
}

/** Closes the participant's erasure requests (an open one is done by this) and removes the participant row. */
export async function finishErasure(tx: SqlExecutor, participantId: number, by: { now: Date; staffId: number | null }, rows: ErasedRows): Promise<void> {
  await closeErasureRequestsOf(tx, participantId, by);
  await remover(tx, rows)("Participant", `"id" = ?`, [participantId]);
}
