// One stored inbound message becomes one turn: the safety screen first, then STOPP/START/HJÄLP,
// then — unless a human has the conversation — the dialog runtime. Each path ends in the one
// transaction of message-turn.ts.
import { date, int, strOrNull, type SqlExecutor } from "../db/sql.js";
import { errorSummary } from "../infrastructure/log.js";
import { detectKeyword } from "../domain/keywords.js";
import { MAX_UNANSWERED_BOT_MESSAGES, replyChannel, unansweredInRow } from "../outbox/enqueue-outbound.js";
import { ETagConflictError } from "../runtime/dialog-state-storage.js";
import type { DialogStart, TurnLookups } from "../runtime/turn-types.js";
import { screenMessage } from "../safety/screen.js";
import { applyEffects } from "./apply-effects.js";
import { AbortTurnError, TurnTakenError, commit, coordinatorName, copy, copyVaried, type MessageContext, type PendingMessage, type TurnDeps } from "./message-turn.js";
import { flagCrisis } from "./flag-crisis.js";
import { optIn, optOut } from "./opt-out.js";
import { coordinatorActive, loadConversationView, recentTexts } from "./conversation-so-far.js";
import { factsOf, nextPending, participantColumns, participantJoins, participantOf } from "./load-message.js";
import { commitWithConcern } from "./flag-concern.js";
import { askSecondOpinion } from "../language-model/second-opinion.js";
import { LOW_RUN_WINDOW_MS } from "../safety/check-in-concern.js";
import { answerCollectingDialogs } from "../runtime/turn-types.js";
import { recordErasureRequest } from "../privacy/erasure-requests.js";
// The one recogniser the core shares with the dialogs: an erasure request must reach the team even
// when no dialog runs (after STOPP, or while a human has the conversation).
import { detectErasureRequest } from "../../dialogs/shared/erasure-words.js";

export type { TurnDeps } from "./message-turn.js";

const MAX_TURN_ATTEMPTS = 3;

/** Processes every stored, unprocessed inbound message of one conversation, oldest first. */
export async function processPendingTurns(deps: TurnDeps, conversationId: number): Promise<number> {
  let handled = 0;
  for (let message = await nextPending(deps, conversationId); message; message = await nextPending(deps, conversationId)) {
    deps.events.emit("turn.started", { conversationId, participantId: message.participant.id });
    try {
      await processMessage(deps, message);
    } catch (err) {
      // Another instance answered it while this one worked on it: go on with what is left.
      if (err instanceof TurnTakenError) continue;
      throw err;
    }
    handled++;
  }
  return handled;
}

/** What some dialogs need beyond the participant row, read only when a dialog asks. */
function lookupsFor(deps: TurnDeps, participantId: number): TurnLookups {
  return {
    async mappedTopics() {
      const topics = await deps.sql.query(`SELECT DISTINCT "topic" FROM "MappingAnswer" WHERE "participantId" = ?`, [participantId]);
      return topics.map((r) => String(r.topic));
    },
    async actionPlan() {
      const [plan] = await deps.sql.query(
        `SELECT "id", "mainActivity", "weeklySchedule", "nextFollowUpAt", "optionalItems" FROM "ActionPlan" WHERE "participantId" = ? AND "status" = 'active' ORDER BY "id" DESC LIMIT 1`,
        [participantId],
      );
      if (!plan) return null;
      const goals = await deps.sql.query(`SELECT "id", "text", "owner", "agency" FROM "SubGoal" WHERE "planId" = ? AND "status" IN ('open', 'stuck') ORDER BY "position"`, [int(plan.id)]);
      const own = (g: (typeof goals)[number]) => g.owner == null || g.owner === "participant";
      return {
        mainActivity: String(plan.mainActivity),
        weeklySchedule: strOrNull(plan.weeklySchedule),
        nextFollowUpAt: plan.nextFollowUpAt == null ? null : date(plan.nextFollowUpAt).toISOString(),
        optionalItems: plan.optionalItems ? (JSON.parse(String(plan.optionalItems)) as string[]) : [],
        openSubGoals: goals.filter(own).map((g) => ({ id: int(g.id), text: String(g.text) })),
        othersSubGoals: goals.filter((g) => !own(g)).map((g) => ({ text: String(g.text), owner: g.owner === "agency" ? "agency" as const : "coordinator" as const, agency: strOrNull(g.agency) })),
      };
    },
    openSmallStep: () => openSmallStep(deps, participantId),
    async recentMoods() {
      const since = new Date(deps.now().getTime() - LOW_RUN_WINDOW_MS);
      const rows = await deps.sql.query(
        `SELECT "mood" FROM "CheckIn" WHERE "participantId" = ? AND "mood" IS NOT NULL AND "createdAt" >= ? ORDER BY "createdAt" DESC, "id" DESC LIMIT 5`,
        [participantId, since],
      );
      return rows.map((r) => int(r.mood));
    },
    async erasureRequested() {
      const [open] = await deps.sql.query(`SELECT 1 AS "open" FROM "ErasureRequest" WHERE "participantId" = ? AND "status" = 'open' LIMIT 1`, [participantId]);
      return open !== undefined;
    },
  };
}

/** A small step is remembered (welcome back, next check-in) this long, and asked about once. */
const SMALL_STEP_FOLLOW_UP_MS = 90 * 24 * 3_600_000;

async function openSmallStep(deps: TurnDeps, participantId: number) {
  const [row] = await deps.sql.query(
    `SELECT "id", "smallStep", "smallStepFollowUp", "createdAt" FROM "CheckIn" WHERE "participantId" = ? AND "smallStep" IS NOT NULL ORDER BY "id" DESC LIMIT 1`,
    [participantId],
  );
  if (!row || row.smallStepFollowUp != null || deps.now().getTime() - date(row.createdAt).getTime() > SMALL_STEP_FOLLOW_UP_MS) return null;
  return { checkInId: int(row.id), step: String(row.smallStep) };
}

export type StartOutcome = "started" | "opted-out" | "no-consent" | "held-for-human" | "unanswered-limit" | "no-conversation" | "aborted" | "failed";

/** Runs inside the proactive turn's transaction; throwing AbortTurnError sends nothing and changes nothing. */
export type BeforeCommit = (tx: SqlExecutor) => Promise<void>;

/**
 * Begins a dialog without a participant message (a coordinator's proposal, a nudge). It goes out as
 * a nudge: never to an opted-out participant, held while a human has the conversation, and subject
 * to the two-unanswered-messages limit. The caller serialises it with the conversation's turns.
 */
export async function processDialogStart(deps: TurnDeps, conversationId: number, start: DialogStart, beforeCommit?: BeforeCommit): Promise<StartOutcome> {
  const [row] = await deps.sql.query(
    `SELECT c."id", c."participantId", c."unansweredCount", c."lastMessageAt", ${participantColumns},
            (SELECT m."channel" FROM "Message" m WHERE m."conversationId" = c."id" AND m."direction" = 'in' ORDER BY m."id" DESC LIMIT 1) AS "channel"
     FROM "Conversation" c ${participantJoins} WHERE c."id" = ?`,
    [conversationId],
  );
  if (!row) return "no-conversation";
  const participant = participantOf(deps, row);
  if (participant.status === "opted-out") return "opted-out";
  // A reminder never asks someone who declined for answers (nor for consent again: that would be pushy).
  if (answerCollectingDialogs.includes(start.dialog) && participant.dataConsent !== true) return "no-consent";
  if (row.conversationStatus !== "bot") return "held-for-human";
  const allowance = MAX_UNANSWERED_BOT_MESSAGES - unansweredInRow(int(row.unansweredCount), row.lastMessageAt == null ? null : date(row.lastMessageAt), deps.now());
  if (allowance <= 0) return "unanswered-limit";
  const message: PendingMessage = {
    id: 0,
    conversationId,
    channel: await replyChannel(deps.sql, conversationId, int(row.participantId)),
    body: "",
    createdAt: deps.now(),
    conversationStatus: "bot",
    conversationPriority: String(row.conversationPriority),
    participant,
    facts: factsOf(deps, row, conversationId, 0, participant.officeHours),
  };
  try {
    await runDialogTurn({ deps, message }, { start, allowance, beforeCommit });
  } catch (err) {
    if (err instanceof AbortTurnError) return "aborted";
    throw err;
  }
  return "started";
}

async function processMessage(deps: TurnDeps, message: PendingMessage): Promise<void> {
  const ctx: MessageContext = { deps, message };
  // The safety screen comes before everything else, STOPP and a human's takeover included.
  const screen = screenMessage(message.body);
  if (screen.level === "crisis") return flagCrisis(ctx, screen.crisisCategories);
  if (screen.level === "concern") ctx.concern = screen.concernCategories;
  // The model's second opinion may raise the level later; the reply below never waits for it.
  const opinion = await askSecondOpinion(deps, message, (task) => (deps.later ? deps.later(message.conversationId, task) : task()));
  if (opinion) {
    deps.track?.(opinion.done);
    ctx.modelIntent = opinion.intent;
  }
  const keyword = detectKeyword(message.body);
  const { participant } = message;
  if (keyword === "opt-out") return optOut(ctx);
  if (participant.status === "opted-out") {
    // Only a START word brings someone back; anything else is kept for staff and left unanswered.
    if (keyword === "opt-in") return optIn(ctx);
    return detectErasureRequest(message.body) ? recordUnconfirmedErasure(ctx) : commitWithConcern(ctx);
  }
  if (keyword === "help") {
    const help = copyVaried(ctx, "core.help", await recentTexts(deps.sql, message.conversationId), { coordinator: coordinatorName(ctx) });
    return commitWithConcern(ctx, [{ text: help }], "system");
  }
  // A coordinator at work in the conversation answers themselves; otherwise nobody is left without an
  // answer (a conversation waiting for a person gets honest acknowledgements, see dialogs/waiting.ts).
  // A concern still raises the conversation in the inbox; an erasure request also goes on the team leads' list.
  if (coordinatorActive(message.facts)) return detectErasureRequest(message.body) ? recordUnconfirmedErasure(ctx) : commitWithConcern(ctx);
  return runDialogTurn(ctx);
}

/** No bot is there to ask "are you sure?": the request is recorded as written, marked unconfirmed. */
async function recordUnconfirmedErasure(ctx: MessageContext): Promise<void> {
  const { deps, message } = ctx;
  await commit(ctx, [], "reply", async (tx) =>
    (await recordErasureRequest(tx, { participantId: message.participant.id, conversationId: message.conversationId, source: "chat-unconfirmed", now: deps.now() })).events,
  );
}

async function runDialogTurn(ctx: MessageContext, proactive?: { start: DialogStart; allowance: number; beforeCommit?: BeforeCommit }): Promise<void> {
  const start = proactive?.start;
  const { deps, message } = ctx;
  for (let attempt = 1; ; attempt++) {
    try {
      const input = {
        conversationId: message.conversationId,
        start,
        participant: message.participant,
        conversation: await loadConversationView(deps.sql, message.facts),
        text: message.body,
        channel: message.channel,
        messageId: message.id,
        receivedAt: message.createdAt,
        now: deps.now(),
        modelIntent: ctx.modelIntent,
        concern: ctx.concern ? { reasons: ctx.concern } : undefined,
        concernFlagged: message.conversationPriority === "concern",
      };
      const outcome = await deps.runtime.runTurn(input, lookupsFor(deps, message.participant.id));
      // The screen's concern is flagged whatever the dialogs made of the message.
      const effects = ctx.concern && !outcome.effects.some((e) => e.kind === "flag-concern") ? [...outcome.effects, { kind: "flag-concern" as const, reasons: ctx.concern }] : outcome.effects;
      const replies = proactive ? outcome.replies.slice(-proactive.allowance) : outcome.replies;
      // Stopping everything from a dialog is STOPP's opt-out; its confirmation is the one message still allowed.
      const purpose = outcome.effects.some((e) => e.kind === "opt-out") ? "opt-out-confirmation" : start ? "nudge" : "reply";
      await commit(ctx, replies, purpose, async (tx) => {
        await proactive?.beforeCommit?.(tx);
        await outcome.saveState(tx);
        return applyEffects(tx, { participantId: message.participant.id, conversationId: message.conversationId, now: deps.now(), messageId: message.id || undefined }, effects);
      });
      return;
    } catch (err) {
      if (err instanceof AbortTurnError) throw err;
      if (err instanceof ETagConflictError && attempt < MAX_TURN_ATTEMPTS) continue;
      deps.log.error({ err: errorSummary(err), conversationId: message.conversationId, messageId: message.id }, "turn failed");
      return commit(ctx, [{ text: copy(ctx, "core.turnError", { coordinator: coordinatorName(ctx) }) }], "system");
    }
  }
}
