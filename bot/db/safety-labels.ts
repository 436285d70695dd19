// SafetyLabel: a coordinator's mark on a participant's message that the safety screen missed or
// flagged wrongly, kept with the text redacted (bot/staff/safety-labels.ts redacts and decides).
import type { Db } from "./client.js";

export interface SafetyLabelData {
  label: string;
  redactedText: string;
  screenLevel: string;
  language: string;
  staffId: number;
  teamId: number | null;
}

/** One label per message: a new mark replaces the old one. */
export async function upsertSafetyLabel(db: Db, l: { conversationId: number; messageId: number; data: SafetyLabelData; now: Date }): Promise<void> {
  await db.safetyLabel.upsert({
    where: { messageId: l.messageId },
    create: { ...l.data, conversationId: l.conversationId, messageId: l.messageId, createdAt: l.now, updatedAt: l.now },
    update: { ...l.data, updatedAt: l.now },
  });
}

export async function deleteSafetyLabel(db: Db, messageId: number): Promise<void> {
  await db.safetyLabel.deleteMany({ where: { messageId } });
}

/** The labels on one conversation's messages, in message order. */
export function labelsOfConversation(db: Db, conversationId: number) {
  return db.safetyLabel.findMany({ where: { conversationId }, orderBy: { messageId: "asc" }, select: { messageId: true, label: true, screenLevel: true } });
}

/** Every label of a team (every team for undefined), oldest first: the labelled set to export. */
export function labelsOfTeam(db: Db, teamId: number | undefined) {
  return db.safetyLabel.findMany({ where: teamId === undefined ? {} : { teamId }, orderBy: { id: "asc" } });
}

/** A coordinator marked one of the conversation's messages a false alarm at or after `since` (any time for null). */
export async function falseAlarmMarkedSince(db: Db, conversationId: number, since: Date | null): Promise<boolean> {
  return (await db.safetyLabel.count({ where: { conversationId, label: "false-alarm", ...(since ? { updatedAt: { gte: since } } : {}) } })) > 0;
}
