// Everything Tillit says on its own initiative (a nudge, a reminder, a coordinator's proposal) goes
// out here, under the same guards as a dialog started without a message: never to an opted-out
// participant, held while a human has or awaits the conversation, never a third unanswered message.
// The caller's claim (a nudge's lease) is written in the same transaction as the outbox, so a claim
// lost to another instance sends nothing. Callers decide only when and whether.
import { conversationAndParticipantStatus } from "../db/turn-reads.js";
import { announceQueued, enqueueOutbound, replyChannel } from "../outbox/enqueue-outbound.js";

/** A row of unanswered messages ends after this pause: when a held proactive message may try again. */
export { UNANSWERED_ROW_PAUSE_MS } from "../outbox/enqueue-outbound.js";
import type { DialogStart } from "../runtime/turn-types.js";
import { processDialogStart, type StartOutcome } from "./process-turn.js";
import { AbortTurnError, type TurnDeps } from "./message-turn.js";
import type { SqlExecutor } from "../db/sql.js";
import type { PendingEvent } from "../infrastructure/events.js";
import { requestAnsweredByTeam } from "../conversations/transitions.js";
import { holdsTheBot } from "../domain/vocabulary.js";

/**
 * A dialog to begin, or a finished text (a coordinator's own words name them as author; `timed`: a
 * one-off the coordinator wrote for a time they chose, not a schedule's; `teamsNotice`: Tillit's words for a
 * change a person in the team made, such as a meeting agreed or called off: counted in the row of unanswered
 * messages as the coordinator's timed words are, never held back by it).
 */
export type ProactiveContent = { dialog: DialogStart } | { text: string; coordinatorId?: number; timed?: boolean; teamsNotice?: boolean };

/** "started": sent (a dialog begun or a text queued). */
export type ProactiveOutcome = StartOutcome;

/**
 * Written in the send's transaction; returns false when the caller's claim no longer holds (then
 * nothing is sent and nothing changes).
 */
export type ProactiveClaim = (tx: SqlExecutor) => Promise<boolean>;

/** The caller serialises this with the conversation's turns (ConversationCore.sendProactive). */
export async function sendProactive(deps: TurnDeps, conversationId: number, content: ProactiveContent, claim?: ProactiveClaim): Promise<ProactiveOutcome> {
  const beforeCommit = claim
    ? async (tx: SqlExecutor) => {
        if (!(await claim(tx))) throw new AbortTurnError("claim lost");
      }
    : undefined;
  if ("dialog" in content) return processDialogStart(deps, conversationId, content.dialog, beforeCommit);
  return sendText(deps, conversationId, content, beforeCommit);
}

async function sendText(deps: TurnDeps, conversationId: number, content: { text: string; coordinatorId?: number; timed?: boolean; teamsNotice?: boolean }, beforeCommit?: (tx: SqlExecutor) => Promise<void>): Promise<ProactiveOutcome> {
  const row = await conversationAndParticipantStatus(deps.sql, conversationId);
  if (!row) return "no-conversation";
  if (row.participantStatus === "opted-out") return "opted-out";
  // A coordinator's own timed words are a person's answer: they go out while a request for a person
  // waits, and answer it (a crisis, an erasure request or a takeover still holds them).
  const coordinatorTimed = content.timed === true && content.coordinatorId !== undefined;
  const answers = coordinatorTimed && row.status === "waiting";
  if (holdsTheBot(row.status, row.handoffReason) && !answers) return "held-for-human";
  const { participantId } = row;
  const channel = await replyChannel(deps.sql, conversationId, participantId);
  const now = deps.now();
  let refused: "opted-out" | "unanswered-limit" | "held-for-human" | undefined;
  let sent: { messageId: number; decided: PendingEvent[] };
  try {
    sent = await deps.sql.transaction(async (tx) => {
      const decided = answers ? await requestAnsweredByTeam(tx, { conversationId, participantId, staffId: content.coordinatorId!, teamId: row.teamId, now, by: "timed-message" }) : [];
      if (answers && decided.length === 0) {
        refused = "held-for-human";
        throw new AbortTurnError("held-for-human");
      }
      const result = await enqueueOutbound(tx, {
        conversationId, participantId, channel, body: content.text,
        authorKind: content.coordinatorId ? "coordinator" : "bot", authorStaffId: content.coordinatorId,
        purpose: "nudge", chosenByCoordinator: coordinatorTimed || content.teamsNotice === true, now,
      });
      if (!result.queued) {
        refused = result.reason;
        throw new AbortTurnError(result.reason);
      }
      await beforeCommit?.(tx);
      return { messageId: result.messageId, decided };
    });
  } catch (err) {
    if (!(err instanceof AbortTurnError)) throw err;
    return refused ?? "aborted";
  }
  deps.events.emitAll(sent.decided);
  announceQueued(deps.events, { conversationId, participantId }, [sent.messageId]);
  return "started";
}

