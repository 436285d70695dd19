// The concern flag: a conversation that a youth worker should follow up rises in the inbox, below
// crisis and above everything else, until a coordinator hands it back. Written in the caller's
// transaction (a turn's commit); never lowers a crisis.
import type { SqlExecutor } from "./db/sql.js";
import type { BotReply } from "./runtime/turn-types.js";
import type { OutboxPurpose } from "./domain/vocabulary.js";
import { commit, type MessageContext } from "./turn-context.js";

export interface ConcernFlag {
  conversationId: number;
  participantId: number;
  reasons: string[];
  /** rules | check-in | model */
  source: string;
  messageId?: number;
  now: Date;
}

/** Returns true when the flag is new (the conversation had none): then the team is told. */
export async function writeConcernFlag(tx: SqlExecutor, flag: ConcernFlag): Promise<boolean> {
  const [row] = await tx.query(`SELECT "priority", "concernReason" FROM "Conversation" WHERE "id" = ?`, [flag.conversationId]);
  if (!row || row.priority === "crisis") return false;
  const known = row.concernReason ? String(row.concernReason).split(",") : [];
  const reasons = [...new Set([...known, ...flag.reasons])].join(",");
  await tx.execute(
    `UPDATE "Conversation" SET "priority" = 'concern', "concernReason" = ?, "concernSince" = COALESCE("concernSince", ?), "updatedAt" = ? WHERE "id" = ? AND "priority" <> 'crisis'`,
    [reasons, flag.now, flag.now, flag.conversationId],
  );
  // Which concern it is stays in the audit log (health data), never in the service log.
  await tx.execute(
    `INSERT INTO "AuditLog" ("at", "actorKind", "actorId", "action", "subjectType", "subjectId", "details") VALUES (?, 'system', NULL, 'conversation.concern-flagged', 'conversation', ?, ?)`,
    [flag.now, String(flag.conversationId), JSON.stringify({ reasons: flag.reasons, source: flag.source, messageId: flag.messageId ?? null })],
  );
  return row.priority === "normal";
}

/**
 * A turn that answers without the dialogs (an opted-out participant, a conversation a human has or
 * awaits): the concern flag, if the screen found one, is written with it, and the team told.
 */
export async function commitWithConcern(ctx: MessageContext, replies: BotReply[] = [], purpose?: OutboxPurpose): Promise<void> {
  const { deps, message } = ctx;
  const reasons = ctx.concern;
  let isNew = false;
  await commit(ctx, replies, purpose, async (tx) => {
    if (reasons) isNew = await writeConcernFlag(tx, { conversationId: message.conversationId, participantId: message.participant.id, reasons, source: "rules", messageId: message.id, now: deps.now() });
  });
  if (isNew && reasons) announceConcern(ctx, reasons);
}

export function announceConcern(ctx: MessageContext, reasons: string[]): void {
  const { deps, message } = ctx;
  deps.log.info({ conversationId: message.conversationId, messageId: message.id || undefined }, "concern flagged");
  deps.events.emit("conversation.concern-flagged", { conversationId: message.conversationId, participantId: message.participant.id, reasons });
}
