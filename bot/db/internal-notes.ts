// InternalNote: a coordinator's note kept with a conversation for the team, never sent to the participant.
import type { Db } from "./client.js";

export function insertNote(db: Db, n: { conversationId: number; staffId: number; body: string; now: Date }) {
  return db.internalNote.create({ data: { conversationId: n.conversationId, staffId: n.staffId, body: n.body, createdAt: n.now } });
}

/** The conversation's notes, oldest first, with their author's names. */
export function notesOf(db: Db, conversationId: number) {
  return db.internalNote.findMany({ where: { conversationId }, orderBy: { createdAt: "asc" }, include: { staff: { select: { firstName: true, displayName: true } } } });
}
