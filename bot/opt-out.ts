// STOPP and START: honoured before any dialog, recorded as consent, audited.
import type { SqlExecutor } from "./db/sql.js";
import type { ParticipantStatus } from "./domain/vocabulary.js";
import { commit, copyVaried, type MessageContext } from "./turn-context.js";
import { recentTexts } from "./conversation-so-far.js";

export async function optOut(ctx: MessageContext): Promise<void> {
  const id = ctx.message.participant.id;
  const text = copyVaried(ctx, "core.optedOut", await recentTexts(ctx.deps.sql, ctx.message.conversationId));
  await commit(ctx, [{ text }], "opt-out-confirmation", (tx) => recordOptOut(tx, id, ctx.deps.now()));
  ctx.deps.events.emit("participant.opted-out", { participantId: id });
}

/** What STOPP changes, whether it came as the keyword or as a choice in a dialog: nothing queued goes out. */
export async function recordOptOut(tx: SqlExecutor, id: number, now: Date): Promise<void> {
  await tx.execute(`UPDATE "Participant" SET "status" = 'opted-out', "optedOutAt" = ?, "updatedAt" = ? WHERE "id" = ?`, [now, now, id]);
  await recordConsentAndAudit(tx, id, false, now);
  await tx.execute(
    `UPDATE "Message" SET "status" = 'refused', "errorCode" = 'opted-out'
     WHERE "id" IN (SELECT "messageId" FROM "OutboxItem" WHERE "participantId" = ? AND "status" = 'pending')`,
    [id],
  );
  await tx.execute(`UPDATE "OutboxItem" SET "status" = 'cancelled', "lastError" = 'opted-out', "updatedAt" = ? WHERE "participantId" = ? AND "status" = 'pending'`, [now, id]);
}

export async function optIn(ctx: MessageContext): Promise<void> {
  const now = ctx.deps.now();
  const id = ctx.message.participant.id;
  const status: ParticipantStatus = ctx.message.participant.preferredName ? "active" : "new";
  const text = copyVaried(ctx, "core.optedIn", await recentTexts(ctx.deps.sql, ctx.message.conversationId));
  await commit(ctx, [{ text }], "reply", async (tx) => {
    await tx.execute(`UPDATE "Participant" SET "status" = ?, "optedOutAt" = NULL, "updatedAt" = ? WHERE "id" = ?`, [status, now, id]);
    await recordConsentAndAudit(tx, id, true, now);
    // A number erased after STOPP that now writes START is an ordinary number again.
    const [p] = await tx.query(`SELECT "phone" FROM "Participant" WHERE "id" = ?`, [id]);
    if (p?.phone && ctx.deps.optOuts) await ctx.deps.optOuts.forget(tx, String(p.phone));
  });
  ctx.deps.events.emit("participant.opted-in", { participantId: id });
}

async function recordConsentAndAudit(tx: SqlExecutor, participantId: number, granted: boolean, now: Date): Promise<void> {
  await tx.execute(`INSERT INTO "Consent" ("participantId", "kind", "granted", "method", "createdAt") VALUES (?, 'messages', ?, 'keyword', ?)`, [participantId, granted, now]);
  await tx.execute(
    `INSERT INTO "AuditLog" ("at", "actorKind", "actorId", "action", "subjectType", "subjectId") VALUES (?, 'participant', ?, ?, 'participant', ?)`,
    [now, participantId, granted ? "participant.opted-in" : "participant.opted-out", String(participantId)],
  );
}
