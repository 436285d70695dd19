// Everything stored about one participant, table by table: the registerutdrag's reads (the rules
// and the document: bot/privacy/export-participant.ts). Every table holding something about a
// participant is named here or in the export's list of tables without participant data.
import type { Db } from "./client.js";

export type RecordRow = Record<string, unknown>;
type Finder = { findMany(args: { where: object; orderBy?: object }): Promise<RecordRow[]> };

function finder(db: Db, model: string): Finder {
  return (db as unknown as Record<string, Finder>)[model[0]!.toLowerCase() + model.slice(1)]!;
}

/** The participant (with their team's name and coordinator's display name) and every row about them, by table. */
export async function participantRecord(db: Db, participantId: number) {
  const p = await db.participant.findUniqueOrThrow({ where: { id: participantId }, include: { team: { select: { name: true } }, coordinator: { select: { displayName: true } } } });
  const conversations = (await db.conversation.findMany({ where: { participantId }, select: { id: true } })).map((c) => c.id);
  const plans = (await db.actionPlan.findMany({ where: { participantId }, select: { id: true } })).map((a) => a.id);
  const goals = (await db.subGoal.findMany({ where: { planId: { in: plans } }, select: { id: true } })).map((g) => g.id);
  const own = { participantId };
  const inConversations = { conversationId: { in: conversations } };
  const aboutThem = [
    { subjectType: "participant", subjectId: String(participantId) },
    { subjectType: "conversation", subjectId: { in: conversations.map(String) } },
    { actorKind: "participant", actorId: participantId },
  ];
  const where: Record<string, object> = {
    Participant: { id: participantId },
    Conversation: own,
    Message: { OR: [own, inConversations] },
    OutboxItem: own,
    SubGoal: { planId: { in: plans } },
    SubGoalUpdate: { subGoalId: { in: goals } },
    InternalNote: inConversations,
    ConversationRead: inConversations,
    SlackThread: inConversations,
    SlackPost: inConversations,
    SafetyLabel: inConversations,
    OnCallAlert: inConversations,
    PhoneLinkRequest: p.phone ? { OR: [own, { phone: p.phone }] } : own,
    // botbuilder keys conversation state "<channel>/conversations/<id>/<namespace>".
    DialogState: { OR: conversations.flatMap((id) => [{ key: { endsWith: `/conversations/conversation-${id}` } }, { key: { contains: `/conversations/conversation-${id}/` } }]) },
    AuditLog: { OR: aboutThem },
  };
  for (const model of ["Consent", "CheckIn", "MappingAnswer", "SelfRating", "Meeting", "ActionPlan", "ParticipantStep", "Nudge", "NudgeSchedule", "StaffTask", "WebConversation", "WebInvite", "ErasureRequest", "RetentionHold"]) where[model] = own;
  const tables: Record<string, RecordRow[]> = {};
  for (const [model, filter] of Object.entries(where)) {
    tables[model] = model === "DialogState" && conversations.length === 0 ? [] : await finder(db, model).findMany({ where: filter });
  }
  return { participant: p, conversations, tables };
}

/** Staff audit entries of the inbox list or search that showed any of these conversations (their ids are in the details). */
export async function inboxListingsOf(db: Db, conversations: number[]): Promise<RecordRow[]> {
  if (!conversations.length) return [];
  return db.auditLog.findMany({
    where: { actorKind: "staff", action: { in: ["inbox.listed", "inbox.searched"] }, OR: conversations.flatMap((id) => [`[${id},`, `,${id},`, `,${id}]`, `[${id}]`].map((s) => ({ details: { contains: s } }))) },
  });
}

/** Names and roles of these staff members. */
export async function staffNames(db: Db, ids: number[]): Promise<{ id: number; displayName: string; role: string }[]> {
  return db.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true, role: true } });
}
