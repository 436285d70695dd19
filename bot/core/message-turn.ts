// What every way of answering a stored message shares: the message with its participant, the
// participant's copy, and the one transaction that writes replies to the outbox and marks the
// message processed.
import { lockParticipantTurnAndRow } from "../db/participant-locks.js";
import { resetUnansweredUnlessAnswered } from "../db/conversations.js";
import { markProcessed } from "../db/messages.js";
import type { Sql, SqlExecutor } from "../db/sql.js";
import type { Logger } from "../infrastructure/log.js";
import type { Channel, ConversationStatus, Language, OutboxPurpose } from "../domain/vocabulary.js";
import { announceQueued, enqueueOutboundAll } from "../outbox/enqueue-outbound.js";
import type { EventBus, PendingEvent } from "../infrastructure/events.js";
import { translate, translateVaried, type Locales, type Vars } from "../infrastructure/i18n.js";
import type { BotReply, DialogRuntime, ModelIntent, ParticipantView } from "../runtime/turn-types.js";
import type { LanguageModel } from "../language-model/language-model.js";
import { crashPoint } from "../infrastructure/crash-points.js";
import { cancelBurstPause } from "../nudges/schedule-nudges.js";
import type { ConversationFacts } from "./conversation-so-far.js";
import type { ErasedOptOuts } from "../privacy/erased-opt-outs.js";

export interface TurnDeps {
  sql: Sql;
  /** At most this many conversations' turns at once (bot/infrastructure/keyed-serial-runner.ts); unbounded if absent. */
  turnConcurrency?: number;
  /** Optional; when present it may add crisis flags, never remove them. */
  languageModel?: LanguageModel;
  runtime: DialogRuntime;
  locales: Locales;
  events: EventBus;
  log: Logger;
  now: () => Date;
  defaultLanguage: Language;
  /** The team new participants join, by slug; none when unset. */
  defaultTeamSlug?: string;
  /** Set by the conversation core: runs late work (a model's second opinion) in turn with the conversation's messages. */
  later?: (conversationId: number, task: () => Promise<void>) => Promise<void>;
  /** Set by the conversation core: keeps track of second opinions still on their way (for shutdown and tests). */
  track?: (work: Promise<void>) => void;
  /** Numbers erased after STOPP (keyed hashes): still opted out when they write again. */
  optOuts?: ErasedOptOuts;
}

export interface PendingMessage {
  id: number;
  conversationId: number;
  channel: Channel;
  body: string;
  createdAt: Date;
  conversationStatus: ConversationStatus;
  /** normal | concern | crisis */
  conversationPriority: string;
  participant: ParticipantView;
  /** What the conversation's state says about who answers (see conversation-so-far.ts). */
  facts: ConversationFacts;
}

export interface MessageContext {
  deps: TurnDeps;
  message: PendingMessage;
  modelIntent?: () => ModelIntent | undefined;
  /** Concern categories the safety screen found in the message (none when it found crisis or nothing). */
  concern?: string[];
  /** A model's late second opinion about a message already answered (second-opinion.ts). */
  late?: boolean;
}

export function copy(ctx: MessageContext, key: string, vars?: Vars): string {
  return translate(ctx.deps.locales, ctx.message.participant.language, key, vars);
}

/** Copy in the phrasing this person has not seen for the longest (`recent`: what they were last sent). */
export function copyVaried(ctx: MessageContext, key: string, recent: readonly string[], vars: Vars = {}): string {
  return translateVaried(ctx.deps.locales, ctx.message.participant.language, key, vars, recent);
}

export function coordinatorName(ctx: MessageContext): string {
  return ctx.message.participant.coordinatorFirstName ?? copy(ctx, "core.someoneFromTheTeam");
}

/** A precondition of the turn's commit no longer holds (say, a nudge's claim was lost): roll back, send nothing. */
export class AbortTurnError extends Error {}

/** Another instance answered this message first (PostgreSQL): this answer is dropped. */
export class TurnTakenError extends AbortTurnError {}

/** The coordinator's name inside a sentence: their first name, or "your coordinator". */
export function coordinatorInSentence(ctx: MessageContext): string {
  return ctx.message.participant.coordinatorFirstName ?? copy(ctx, "core.yourCoordinator");
}

/**
 * The turn's one transaction: `before` writes the turn's domain changes (and returns the events its
 * transitions decided), then the replies go to the outbox and the message is marked processed. The
 * events are emitted only after the commit.
 */
export async function commit(ctx: MessageContext, replies: BotReply[], purpose: OutboxPurpose = "reply", before?: (tx: SqlExecutor) => Promise<PendingEvent[]>): Promise<void> {
  const { deps, message } = ctx;
  const now = deps.now();
  const queued: number[] = [];
  let decided: PendingEvent[] = [];
  await deps.sql.transaction(async (tx) => {
    await beginTurn(tx, ctx);
    decided = (await before?.(tx)) ?? [];
    const results = await enqueueOutboundAll(
      tx,
      {
        conversationId: message.conversationId,
        participantId: message.participant.id,
        channel: message.channel,
        authorKind: purpose === "reply" || purpose === "nudge" || purpose === "crisis" || purpose === "hand-back" ? "bot" : "system",
        purpose,
        now,
      },
      replies.map((reply) => ({ body: reply.text, choices: reply.choices })),
    );
    for (const result of results) {
      if (result.queued) queued.push(result.messageId);
      else deps.log.warn({ conversationId: message.conversationId, reason: result.reason }, "reply not queued");
    }
    if (message.id) await markProcessed(tx, message.id, now);
  });
  crashPoint("after-turn-committed");
  announceQueued(deps.events, { conversationId: message.conversationId, participantId: message.participant.id }, queued);
  announce(deps, { conversationId: message.conversationId, messageId: message.id }, decided);
}

/** Emits what a committed change decided; the service log says a concern was flagged, never what about. */
export function announce(deps: Pick<TurnDeps, "events" | "log">, at: { conversationId: number; messageId: number }, events: readonly PendingEvent[]): void {
  if (events.some((e) => e.name === "conversation.concern-flagged")) deps.log.info({ conversationId: at.conversationId, messageId: at.messageId || undefined }, "concern flagged");
  deps.events.emitAll(events);
}

/**
 * The start of every turn's transaction. Across instances (PostgreSQL): the participant's turn lock,
 * their row lock (see db/participant-locks.ts), and a look whether the message was answered meanwhile
 * by another instance, which then wins. For a message's own turn, the participant's new row of
 * automated messages starts here too: texts stored before the first of them had its turn must not find
 * the row already used up by the replies to that first one.
 */
async function beginTurn(tx: SqlExecutor, ctx: MessageContext): Promise<void> {
  const { message } = ctx;
  await lockParticipantTurnAndRow(tx, message.participant.id);
  if (!message.id || ctx.late) return;
  // Whatever this message is, a burst's pause answer planned before it is not due (the turn may plan its own).
  await cancelBurstPause(tx, message.participant.id, ctx.deps.now());
  if ((await resetUnansweredUnlessAnswered(tx, message.conversationId, message.id)) === "answered") throw new TurnTakenError("message already answered");
}
