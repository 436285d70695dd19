// What a machine-written handover note is made from and where it is kept (Conversation.summary).
import type { Db } from "./client.js";

/**
 * Whether the participant's latest consents allow the language model to read, and the conversation's
 * last `limit` messages oldest first. Throws when the conversation does not exist.
 */
export async function summaryInputs(db: Db, conversationId: number, limit: number): Promise<{ modelAllowed: boolean; messages: { authorKind: string; body: string }[] }> {
  const conversation = await db.conversation.findUniqueOrThrow({
    where: { id: conversationId },
    include: { participant: { include: { consents: { where: { kind: { in: ["data-processing", "language-model"] } }, orderBy: { id: "desc" } } } } },
  });
  const latest = (kind: string) => conversation.participant.consents.find((k) => k.kind === kind)?.granted === true;
  if (!latest("data-processing") || !latest("language-model")) return { modelAllowed: false, messages: [] };
  const recent = await db.message.findMany({ where: { conversationId }, orderBy: { id: "desc" }, take: limit, select: { authorKind: true, body: true } });
  return { modelAllowed: true, messages: recent.reverse() };
}

export async function storeSummary(db: Db, conversationId: number, summaryJson: string, at: Date): Promise<void> {
  await db.conversation.update({ where: { id: conversationId }, data: { summary: summaryJson, summaryAt: at } });
}
