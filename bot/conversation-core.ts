// The core every channel feeds: store first, then one turn at a time per conversation.
import { storeInbound, type InboundMessage, type StoredInbound } from "./store-inbound.js";
import { processDialogStart, processPendingTurns, type BeforeCommit, type StartOutcome, type TurnDeps } from "./process-turn.js";
import { errorSummary } from "./log.js";
import type { DialogStart } from "./runtime/turn-types.js";
import { KeyedSerialRunner } from "./keyed-serial-runner.js";
import { crashPoint } from "./crash-points.js";
import { int } from "./db/sql.js";
import { guessLanguage } from "./domain/language.js";

export class ConversationCore {
  private readonly turns: KeyedSerialRunner<number>;

  constructor(private readonly deps: TurnDeps) {
    this.turns = new KeyedSerialRunner((conversationId, err) =>
      deps.log.error({ conversationId, err: errorSummary(err) }, "turn processing failed; will retry on recovery"),
    );
  }

  /** Stores the message (once per provider id) and schedules its turn; resolves once it is durable. */
  async receive(message: InboundMessage): Promise<StoredInbound> {
    // The language guess only matters for someone new; storeInbound ignores it for known participants.
    const language = message.language ?? guessLanguage(message.body) ?? this.deps.defaultLanguage;
    const stored = await storeInbound(this.deps.sql, { ...message, language, teamSlug: message.teamSlug ?? this.deps.defaultTeamSlug });
    crashPoint("after-inbound-stored");
    if (!stored.duplicate) {
      this.deps.events.emit("message.stored", { messageId: stored.messageId, conversationId: stored.conversationId, participantId: stored.participantId, direction: "in" });
    }
    // A retried webhook may belong to a message whose turn a crash interrupted: schedule either way.
    this.schedule(stored.conversationId);
    return stored;
  }

  schedule(conversationId: number): Promise<void> {
    return this.turns.schedule(conversationId, async () => {
      await processPendingTurns(this.deps, conversationId);
    });
  }

  /** Begins a dialog for a conversation, in turn with its messages (see processDialogStart). */
  startDialog(conversationId: number, start: DialogStart, beforeCommit?: BeforeCommit): Promise<StartOutcome> {
    // The runner logs a task's error; the caller learns it as "failed", not as a missing conversation.
    let outcome: StartOutcome = "failed";
    return this.turns
      .schedule(conversationId, async () => {
        await processPendingTurns(this.deps, conversationId);
        outcome = await processDialogStart(this.deps, conversationId, start, beforeCommit);
      }, { coalesce: false })
      .then(() => outcome);
  }

  /** After a restart: every stored message that has not had its turn gets one. */
  async recover(): Promise<number> {
    const pending = await this.deps.sql.query(`SELECT DISTINCT "conversationId" FROM "Message" WHERE "direction" = 'in' AND "processedAt" IS NULL`);
    for (const row of pending) void this.schedule(int(row.conversationId));
    return pending.length;
  }

  idle(): Promise<void> {
    return this.turns.idle();
  }
}
