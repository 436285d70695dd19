// Erasure of one participant: every row that holds something about them, in every table, inside the
// caller's transaction, so that a crash leaves either everything or nothing erased. What remains is
// an audit tombstone with ids and counts (no name, number or text), the staff's access log without
// its details, and — when they had said STOPP — only a keyed hash of the number.
import { int, type SqlExecutor, type SqlValue } from "../db/sql.js";
import { crashPoint } from "../infrastructure/crash-points.js";
import type { ErasedOptOuts } from "./erased-opt-outs.js";

export type ErasureBasis = "request" | "discharged" | "no-contact";

export interface ErasureOptions {
  now: Date;
  /** A staff member carrying out a request, or the retention job (null). */
  staffId: number | null;
  basis: ErasureBasis;
  requestId?: number;
  optOuts: ErasedOptOuts;
}

export interface ErasureResult {
  participantId: number;
  conversationIds: number[];
  teamId: number | null;
  /** Rows removed per table: the tombstone's only content. */
  rows: Record<string, number>;
  optOutKept: boolean;
}

const marks = (n: number) => Array.from({ length: n }, () => "?").join(", ");

export async function eraseParticipant(tx: SqlExecutor, participantId: number, o: ErasureOptions): Promise<ErasureResult | undefined> {
  const [p] = await tx.query(`SELECT "id", "phone", "status", "teamId" FROM "Participant" WHERE "id" = ?`, [participantId]);
  if (!p) return undefined;
  const phone = p.phone == null ? null : String(p.phone);
  const conversationIds = (await tx.query(`SELECT "id" FROM "Conversation" WHERE "participantId" = ?`, [participantId])).map((r) => int(r.id));
  const inConversations = conversationIds.length ? `IN (${marks(conversationIds.length)})` : "IN (NULL)";
  const rows: Record<string, number> = {};
  const remove = async (table: string, where: string, args: SqlValue[]) => {
    const n = await tx.execute(`DELETE FROM "${table}" WHERE ${where}`, args);
    if (n) rows[table] = (rows[table] ?? 0) + n;
  };
  const own = [participantId];

  // Slack keeps its own copies: they are queued for deletion there (ids only), and removed by the
  // Slack side after this commits (bot/slack/slack-posts.ts).
  await tx.execute(`UPDATE "SlackPost" SET "conversationId" = NULL, "deleteRequestedAt" = ? WHERE "conversationId" ${inConversations}`, [o.now, ...conversationIds]);
  const plans = `SELECT "id" FROM "ActionPlan" WHERE "participantId" = ?`;
  await remove("SubGoalUpdate", `"subGoalId" IN (SELECT "id" FROM "SubGoal" WHERE "planId" IN (${plans}))`, own);
  await remove("SubGoal", `"planId" IN (${plans})`, own);
  for (const table of ["ActionPlan", "CheckIn", "MappingAnswer", "SelfRating", "ParticipantStep", "Meeting", "Nudge", "NudgeSchedule", "StaffTask", "Consent", "RetentionHold"]) {
    await remove(table, `"participantId" = ?`, own);
  }
  // A participant's messages all live in their conversations (a joined web chat's are moved there), so
  // the indexed conversation id finds them.
  await remove("OutboxItem", `"messageId" IN (SELECT "id" FROM "Message" WHERE "conversationId" ${inConversations})`, conversationIds);
  crashPoint("erasure-in-transaction");
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
  const optOutKept = p.status === "opted-out" && phone !== null;
  if (optOutKept) await o.optOuts.remember(tx, phone, o.now);
  await tx.execute(
    `UPDATE "ErasureRequest" SET "status" = CASE WHEN "status" = 'open' THEN 'done' ELSE "status" END, "decidedAt" = COALESCE("decidedAt", ?),
       "decidedById" = COALESCE("decidedById", ?), "participantId" = NULL, "conversationId" = NULL, "rejectReason" = NULL WHERE "participantId" = ?`,
    [o.now, o.staffId, participantId],
  );
  await remove("Participant", `"id" = ?`, own);
  const teamId = p.teamId == null ? null : int(p.teamId);
  await tx.execute(
    `INSERT INTO "AuditLog" ("at", "actorKind", "actorId", "action", "subjectType", "subjectId", "teamId", "details") VALUES (?, ?, ?, 'participant.erased', 'participant', ?, ?, ?)`,
    [o.now, o.staffId === null ? "system" : "staff", o.staffId, String(participantId), teamId, JSON.stringify({ basis: o.basis, requestId: o.requestId ?? null, rows, optOutKept })],
  );
  return { participantId, conversationIds, teamId, rows, optOutKept };
}
