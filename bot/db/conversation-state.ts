// The guarded row updates behind a coordinator closing or snoozing a conversation. Called only from
// bot/conversations/transitions.ts, which writes the audit entry in the same transaction.
import type { SqlExecutor } from "./sql.js";

/** Closes an open conversation; 0 when it was already closed. Its flags and waiting go with it. */
export function closeConversationRow(tx: SqlExecutor, conversationId: number, now: Date): Promise<number> {
  return tx.execute(
    `UPDATE "Conversation" SET "status" = 'closed', "priority" = 'normal', "handoffReason" = NULL, "concernReason" = NULL, "concernSince" = NULL,
       "waitingSince" = NULL, "snoozedUntil" = NULL, "snoozedAt" = NULL, "idleRemindedAt" = NULL, "updatedAt" = ? WHERE "id" = ? AND "status" <> 'closed'`,
    [now, conversationId],
  );
}

/** Snoozes (until a time) or wakes (null) an open conversation that is not a crisis; 0 when it is closed or a crisis. */
export function snoozeConversationRow(tx: SqlExecutor, conversationId: number, until: Date | null, now: Date): Promise<number> {
  return tx.execute(
    `UPDATE "Conversation" SET "snoozedUntil" = ?, "snoozedAt" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" <> 'closed' AND "priority" <> 'crisis'`,
    [until, until ? now : null, now, conversationId],
  );
}
