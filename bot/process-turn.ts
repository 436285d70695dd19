// One stored inbound message becomes one turn: opt-out and help are honoured before any dialog;
// a conversation a human owns gets no bot reply; otherwise the dialog runtime answers. Each path
// ends in one transaction that writes replies to the outbox and marks the message processed.
import type { Db, Tx } from "./db/client.js";
import type { Message } from "./db/generated/client.js";
import type { Logger } from "./log.js";
import { detectKeyword } from "./domain/keywords.js";
import { isLanguage, type Channel, type ConversationStatus, type ParticipantStatus } from "./domain/vocabulary.js";
import { enqueueOutbound } from "./enqueue-outbound.js";
import type { EventBus } from "./events.js";
import { translate, type Locales } from "./i18n.js";
import { ETagConflictError } from "./runtime/prisma-storage.js";
import type { BotReply, DialogRuntime, ParticipantView, TurnEffect } from "./runtime/turn-types.js";
import { crashPoint } from "./crash-points.js";
import { applyEffects } from "./apply-effects.js";

export interface TurnDeps {
  db: Db;
  runtime: DialogRuntime;
  locales: Locales;
  events: EventBus;
  log: Logger;
  now: () => Date;
}

const MAX_TURN_ATTEMPTS = 3;

/** Processes every stored, unprocessed inbound message of one conversation, oldest first. */
export async function processPendingTurns(deps: TurnDeps, conversationId: number): Promise<number> {
  let handled = 0;
  for (;;) {
    const message = await deps.db.message.findFirst({
      where: { conversationId, direction: "in", processedAt: null },
      orderBy: { id: "asc" },
    });
    if (!message) return handled;
    await processMessage(deps, message);
    handled++;
  }
}

async function processMessage(deps: TurnDeps, message: Message): Promise<void> {
  const { db } = deps;
  const conversation = await db.conversation.findUniqueOrThrow({
    where: { id: message.conversationId },
    include: { participant: { include: { coordinator: { select: { firstName: true } } } } },
  });
  const p = conversation.participant;
  const participant: ParticipantView = {
    id: p.id,
    preferredName: p.preferredName,
    language: isLanguage(p.language) ? p.language : "sv",
    status: p.status as ParticipantStatus,
    coordinatorFirstName: p.coordinator?.firstName ?? null,
  };
  const keyword = detectKeyword(message.body);
  const ctx: MessageContext = { deps, message, participant, channel: message.channel as Channel };

  if (keyword === "opt-out") return optOut(ctx);
  if (participant.status === "opted-out") {
    // Only a START word brings someone back; anything else is kept for staff and left unanswered.
    return keyword === "opt-in" ? optIn(ctx) : commit(ctx, []);
  }
  if (keyword === "help") {
    return commit(ctx, [{ text: copy(ctx, "core.help", { coordinator: coordinatorName(ctx) }) }], "system");
  }
  const status = conversation.status as ConversationStatus;
  if (status === "waiting" || status === "human") return commit(ctx, []);
  return runDialogTurn(ctx);
}

interface MessageContext {
  deps: TurnDeps;
  message: Message;
  participant: ParticipantView;
  channel: Channel;
}

function copy(ctx: MessageContext, key: string, vars?: Record<string, string>): string {
  return translate(ctx.deps.locales, ctx.participant.language, key, vars);
}

function coordinatorName(ctx: MessageContext): string {
  return ctx.participant.coordinatorFirstName ?? copy(ctx, "core.someoneFromTheTeam");
}

async function runDialogTurn(ctx: MessageContext): Promise<void> {
  const { deps, message, participant } = ctx;
  for (let attempt = 1; ; attempt++) {
    try {
      const outcome = await deps.runtime.runTurn({
        conversationId: message.conversationId,
        participant,
        text: message.body,
        channel: ctx.channel,
        messageId: message.id,
        receivedAt: message.createdAt,
      });
      return await commit(ctx, outcome.replies, "reply", async (tx) => {
        await outcome.saveState(tx);
        await applyEffects(tx, participant.id, outcome.effects as TurnEffect[], deps.now());
      });
    } catch (err) {
      if (err instanceof ETagConflictError && attempt < MAX_TURN_ATTEMPTS) continue;
      deps.log.error({ err: errorSummary(err), conversationId: message.conversationId, messageId: message.id }, "turn failed");
      return commit(ctx, [{ text: copy(ctx, "core.turnError", { coordinator: coordinatorName(ctx) }) }], "system");
    }
  }
}

async function optOut(ctx: MessageContext): Promise<void> {
  const now = ctx.deps.now();
  await commit(ctx, [{ text: copy(ctx, "core.optedOut") }], "opt-out-confirmation", async (tx) => {
    await tx.participant.update({ where: { id: ctx.participant.id }, data: { status: "opted-out", optedOutAt: now } });
    await tx.consent.create({ data: { participantId: ctx.participant.id, kind: "messages", granted: false, method: "keyword" } });
    const pending = await tx.outboxItem.findMany({ where: { participantId: ctx.participant.id, status: "pending" }, select: { id: true, messageId: true } });
    await tx.outboxItem.updateMany({ where: { id: { in: pending.map((o) => o.id) } }, data: { status: "cancelled" } });
    await tx.message.updateMany({ where: { id: { in: pending.map((o) => o.messageId) } }, data: { status: "refused", errorCode: "opted-out" } });
    await tx.auditLog.create({ data: { actorKind: "participant", actorId: ctx.participant.id, action: "participant.opted-out", subjectType: "participant", subjectId: String(ctx.participant.id) } });
  });
  ctx.deps.events.emit("participant.opted-out", { participantId: ctx.participant.id });
}

async function optIn(ctx: MessageContext): Promise<void> {
  const status: ParticipantStatus = ctx.participant.preferredName ? "active" : "new";
  await commit(ctx, [{ text: copy(ctx, "core.optedIn") }], "reply", async (tx) => {
    await tx.participant.update({ where: { id: ctx.participant.id }, data: { status, optedOutAt: null } });
    await tx.consent.create({ data: { participantId: ctx.participant.id, kind: "messages", granted: true, method: "keyword" } });
    await tx.auditLog.create({ data: { actorKind: "participant", actorId: ctx.participant.id, action: "participant.opted-in", subjectType: "participant", subjectId: String(ctx.participant.id) } });
  });
  ctx.deps.events.emit("participant.opted-in", { participantId: ctx.participant.id });
}

async function commit(
  ctx: MessageContext,
  replies: BotReply[],
  purpose: "reply" | "system" | "opt-out-confirmation" = "reply",
  before?: (tx: Tx) => Promise<void>,
): Promise<void> {
  const { deps, message, participant } = ctx;
  const now = deps.now();
  const queued: number[] = [];
  await deps.db.$transaction(async (tx) => {
    await before?.(tx);
    for (const reply of replies) {
      const result = await enqueueOutbound(tx, {
        conversationId: message.conversationId,
        participantId: participant.id,
        channel: ctx.channel,
        body: reply.text,
        choices: reply.choices,
        authorKind: purpose === "reply" ? "bot" : "system",
        purpose,
        now,
      });
      if (result.queued) queued.push(result.messageId);
      else deps.log.warn({ conversationId: message.conversationId, reason: result.reason }, "reply not queued");
    }
    await tx.message.update({ where: { id: message.id }, data: { status: "processed", processedAt: now } });
  });
  crashPoint("after-turn-committed");
  for (const messageId of queued) {
    deps.events.emit("message.stored", { messageId, conversationId: message.conversationId, participantId: participant.id, direction: "out" });
  }
  if (queued.length) deps.events.emit("outbox.enqueued", { count: queued.length });
}

export function errorSummary(err: unknown): { name: string; message: string; code?: string } {
  if (err instanceof Error) return { name: err.name, message: err.message, code: (err as { code?: string }).code };
  return { name: "Unknown", message: String(err) };
}
