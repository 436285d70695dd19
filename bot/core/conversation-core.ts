// The core every channel feeds: store first, then one turn at a time per conversation.
import { storeInbound, type InboundMessage, type StoredInbound } from "./store-inbound.js";
import { processPendingTurns, type TurnDeps } from "./process-turn.js";
import { sendProactive, type ProactiveClaim, type ProactiveContent, type ProactiveOutcome } from "./send-proactive.js";
import { errorSummary } from "../infrastructure/log.js";
import type { DialogStart } from "../runtime/turn-types.js";
import { KeyedSerialRunner } from "../infrastructure/keyed-serial-runner.js";
import { crashPoint } from "../infrastructure/crash-points.js";
import { conversationsWithUnprocessed } from "../db/messages.js";
import { guessLanguage } from "../domain/language.js";
import { resumeSecondOpinions } from "../language-model/second-opinion.js";

/** First retry of a conversation whose turn failed (a locked or full database); doubles up to the cap. */
export const TURN_RETRY_BASE_MS = 1000;
export const TURN_RETRY_MAX_MS = 60_000;

export class ConversationCore {
  private readonly turns: KeyedSerialRunner<number>;
  /** Conversations whose stored messages wait for a retry: failures so far and the timer. */
  private readonly retries = new Map<number, { failures: number; timer?: NodeJS.Timeout }>();
  private closed = false;
  private readonly deps: TurnDeps;
  /** Second opinions of a language model still on their way (bot/language-model/second-opinion.ts). */
  private readonly opinions = new Set<Promise<void>>();

  constructor(deps: TurnDeps) {
    this.turns = new KeyedSerialRunner(
      (conversationId, err) => deps.log.error({ conversationId, err: errorSummary(err), retryInMs: this.retryDelay(conversationId) }, "turn processing failed; will retry"),
      deps.turnConcurrency,
    );
    this.deps = { ...deps, later: (conversationId, task) => this.turns.schedule(conversationId, task, { coalesce: false }), track: (work) => this.track(work) };
  }

  private track(work: Promise<void>): void {
    this.opinions.add(work);
    void work.finally(() => this.opinions.delete(work));
  }

  /** Stores the message (once per provider id) and schedules its turn; resolves once it is durable. */
  async receive(message: InboundMessage): Promise<StoredInbound> {
    // The language guess only matters for someone new; storeInbound ignores it for known participants.
    const language = message.language ?? guessLanguage(message.body) ?? this.deps.defaultLanguage;
    const stored = await storeInbound(this.deps.sql, { ...message, language, teamSlug: message.teamSlug ?? this.deps.defaultTeamSlug }, this.deps.optOuts);
    crashPoint("after-inbound-stored");
    if (!stored.duplicate) {
      this.deps.events.emit("message.stored", { messageId: stored.messageId, conversationId: stored.conversationId, participantId: stored.participantId, direction: "in" });
    }
    // A retried webhook may belong to a message whose turn a crash interrupted: schedule either way.
    this.schedule(stored.conversationId);
    return stored;
  }

  schedule(conversationId: number): Promise<void> {
    return this.turns.schedule(conversationId, () => this.drain(conversationId));
  }

  /**
   * Runs the conversation's stored turns. A failure (the database locked, the disk full) leaves the
   * messages stored and unprocessed; they are tried again with backoff while the service runs, not
   * only at the next start.
   */
  private async drain(conversationId: number): Promise<void> {
    try {
      await processPendingTurns(this.deps, conversationId);
    } catch (err) {
      this.retryLater(conversationId);
      throw err;
    }
    const retry = this.retries.get(conversationId);
    if (retry && !retry.timer) this.retries.delete(conversationId);
  }

  private retryDelay(conversationId: number): number {
    const failures = this.retries.get(conversationId)?.failures ?? 1;
    return Math.min(TURN_RETRY_BASE_MS * 2 ** (failures - 1), TURN_RETRY_MAX_MS);
  }

  private retryLater(conversationId: number): void {
    if (this.closed) return;
    const retry = this.retries.get(conversationId) ?? { failures: 0 };
    retry.failures++;
    clearTimeout(retry.timer);
    this.retries.set(conversationId, retry);
    retry.timer = setTimeout(() => {
      retry.timer = undefined;
      void this.schedule(conversationId);
    }, this.retryDelay(conversationId));
    retry.timer.unref();
  }

  /** Stops pending retries (the service is stopping; the next start's recovery picks them up). */
  close(): void {
    this.closed = true;
    for (const retry of this.retries.values()) clearTimeout(retry.timer);
    this.retries.clear();
  }

  /**
   * Everything Tillit says on its own initiative, in turn with the conversation's messages: the
   * guards (opt-out, a human's conversation, two unanswered) and the outbox write are bot/core/send-proactive.ts.
   */
  sendProactive(conversationId: number, content: ProactiveContent, claim?: ProactiveClaim): Promise<ProactiveOutcome> {
    // The runner logs a task's error; the caller learns it as "failed", not as a missing conversation.
    let outcome: ProactiveOutcome = "failed";
    return this.turns
      .schedule(conversationId, async () => {
        await this.drain(conversationId);
        outcome = await sendProactive(this.deps, conversationId, content, claim);
      }, { coalesce: false })
      .then(() => outcome);
  }

  /** Begins a dialog for a conversation, as a proactive message (see sendProactive). */
  startDialog(conversationId: number, start: DialogStart): Promise<ProactiveOutcome> {
    return this.sendProactive(conversationId, { dialog: start });
  }

  /** After a restart: every stored message that has not had its turn gets one, and every unanswered second opinion is asked again. */
  async recover(): Promise<number> {
    const pending = await conversationsWithUnprocessed(this.deps.sql);
    for (const conversationId of pending) void this.schedule(conversationId);
    for (const work of await resumeSecondOpinions(this.deps, this.deps.later!)) this.track(work);
    return pending.length;
  }

  /** Resolves when no turn is running or waiting (second opinions may still be on their way). */
  idle(): Promise<void> {
    return this.turns.idle();
  }

  /** Resolves when every turn and every second opinion has been handled (shutdown, tests). */
  async settled(): Promise<void> {
    while (this.opinions.size) await Promise.allSettled([...this.opinions]);
    await this.turns.idle();
  }
}
