// One stored inbound message becomes one turn: the safety screen first, then STOPP/START/HJÄLP,
// then — unless a human has the conversation — the dialog runtime. Each path ends in the one
// transaction of turn-context.ts.
import { date, int, strOrNull, type SqlExecutor } from "./db/sql.js";
import { errorSummary } from "./log.js";
import { detectKeyword } from "./domain/keywords.js";
import { isLanguage, type Channel, type ConversationStatus, type ParticipantStatus } from "./domain/vocabulary.js";
import { MAX_UNANSWERED_BOT_MESSAGES, replyChannel, unansweredInRow } from "./enqueue-outbound.js";
import { ETagConflictError } from "./runtime/dialog-state-storage.js";
import type { DialogStart, ParticipantView, TurnLookups } from "./runtime/turn-types.js";
import { screenForCrisis } from "./safety/classify-message.js";
import { applyEffects } from "./apply-effects.js";
import { AbortTurnError, commit, coordinatorName, copy, copyVaried, type MessageContext, type PendingMessage, type TurnDeps } from "./turn-context.js";
import { flagCrisis } from "./flag-crisis.js";
import { optIn, optOut } from "./opt-out.js";
import { parseOfficeHours } from "./domain/office-hours.js";
import { coordinatorActive, loadConversationView, recentTexts, type ConversationFacts } from "./conversation-so-far.js";

export type { TurnDeps } from "./turn-context.js";

const MAX_TURN_ATTEMPTS = 3;

/** Processes every stored, unprocessed inbound message of one conversation, oldest first. */
export async function processPendingTurns(deps: TurnDeps, conversationId: number): Promise<number> {
  let handled = 0;
  for (let message = await nextPending(deps, conversationId); message; message = await nextPending(deps, conversationId)) {
    deps.events.emit("turn.started", { conversationId, participantId: message.participant.id });
    await processMessage(deps, message);
    handled++;
  }
  return handled;
}

const participantColumns = `c."status" AS "conversationStatus", c."takenOverAt", c."lastStaffReplyAt", p."id" AS "participantId", p."preferredName", p."language",
  p."status", p."onboardedAt", s."firstName" AS "coordinatorFirstName", t."officeHours",
  (SELECT k."granted" FROM "Consent" k WHERE k."participantId" = p."id" AND k."kind" = 'data-processing' ORDER BY k."id" DESC LIMIT 1) AS "consented"`;
const participantJoins = `JOIN "Participant" p ON p."id" = c."participantId" LEFT JOIN "StaffUser" s ON s."id" = p."coordinatorId"
  LEFT JOIN "Team" t ON t."id" = p."teamId"`;

function participantOf(deps: TurnDeps, row: Record<string, unknown>): ParticipantView {
  return {
    id: int(row.participantId),
    preferredName: strOrNull(row.preferredName),
    language: isLanguage(row.language) ? row.language : deps.defaultLanguage,
    status: row.status as ParticipantStatus,
    coordinatorFirstName: strOrNull(row.coordinatorFirstName),
    onboarded: row.onboardedAt != null,
    modelAllowed: Number(row.consented ?? 0) === 1 || row.consented === true,
    dataConsent: row.consented == null ? null : Number(row.consented) === 1 || row.consented === true,
    officeHours: parseOfficeHours(strOrNull(row.officeHours)),
  };
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
        `SELECT "id", "mainActivity", "weeklySchedule", "nextFollowUpAt" FROM "ActionPlan" WHERE "participantId" = ? AND "status" = 'active' ORDER BY "id" DESC LIMIT 1`,
        [participantId],
      );
      if (!plan) return null;
      const goals = await deps.sql.query(`SELECT "id", "text" FROM "SubGoal" WHERE "planId" = ? AND "status" = 'open' ORDER BY "position"`, [int(plan.id)]);
      return {
        mainActivity: String(plan.mainActivity),
        weeklySchedule: strOrNull(plan.weeklySchedule),
        nextFollowUpAt: plan.nextFollowUpAt == null ? null : date(plan.nextFollowUpAt).toISOString(),
        openSubGoals: goals.map((g) => ({ id: int(g.id), text: String(g.text) })),
      };
    },
    openSmallStep: () => openSmallStep(deps, participantId),
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

function factsOf(deps: TurnDeps, row: Record<string, unknown>, conversationId: number, messageId: number, officeHours: ParticipantView["officeHours"]): ConversationFacts {
  return {
    conversationId,
    messageId,
    status: row.conversationStatus as ConversationStatus,
    takenOverAt: row.takenOverAt == null ? null : date(row.takenOverAt),
    lastStaffReplyAt: row.lastStaffReplyAt == null ? null : date(row.lastStaffReplyAt),
    officeHours,
    now: deps.now(),
  };
}

async function nextPending(deps: TurnDeps, conversationId: number): Promise<PendingMessage | undefined> {
  const [row] = await deps.sql.query(
    `SELECT m."id", m."channel", m."body", m."createdAt", ${participantColumns}
     FROM "Message" m JOIN "Conversation" c ON c."id" = m."conversationId" ${participantJoins}
     WHERE m."conversationId" = ? AND m."direction" = 'in' AND m."processedAt" IS NULL
     ORDER BY m."id" LIMIT 1`,
    [conversationId],
  );
  if (!row) return undefined;
  const participant = participantOf(deps, row);
  return {
    id: int(row.id),
    conversationId,
    channel: row.channel as Channel,
    body: String(row.body),
    createdAt: date(row.createdAt),
    conversationStatus: row.conversationStatus as ConversationStatus,
    participant,
    facts: factsOf(deps, row, conversationId, int(row.id), participant.officeHours),
  };
}

export type StartOutcome = "started" | "opted-out" | "held-for-human" | "unanswered-limit" | "no-conversation" | "aborted" | "failed";

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
  // The safety screen comes before everything else, STOPP and a human's takeover included. The
  // rules answer at once; only when they find nothing may the language model add a flag.
  const categories = screenForCrisis(message.body);
  if (categories.length > 0) return flagCrisis(ctx, categories);
  if (deps.languageModel && message.participant.modelAllowed) {
    const model = await deps.languageModel.classify(message.body);
    if (model?.crisis) return flagCrisis(ctx, model.categories.length ? model.categories : ["acute-danger"]);
    ctx.modelIntent = model?.intent;
  }
  const keyword = detectKeyword(message.body);
  const { participant } = message;
  if (keyword === "opt-out") return optOut(ctx);
  if (participant.status === "opted-out") {
    // Only a START word brings someone back; anything else is kept for staff and left unanswered.
    return keyword === "opt-in" ? optIn(ctx) : commit(ctx, []);
  }
  if (keyword === "help") {
    const help = copyVaried(ctx, "core.help", await recentTexts(deps.sql, message.conversationId), { coordinator: coordinatorName(ctx) });
    return commit(ctx, [{ text: help }], "system");
  }
  // A coordinator at work in the conversation answers themselves; otherwise nobody is left without an
  // answer (a conversation waiting for a person gets honest acknowledgements, see dialogs/waiting.ts).
  if (coordinatorActive(message.facts)) return commit(ctx, []);
  return runDialogTurn(ctx);
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
      };
      const outcome = await deps.runtime.runTurn(input, lookupsFor(deps, message.participant.id));
      let applied = { handedOff: false, optedOut: false };
      const replies = proactive ? outcome.replies.slice(-proactive.allowance) : outcome.replies;
      // Stopping everything from a dialog is STOPP's opt-out; its confirmation is the one message still allowed.
      const purpose = outcome.effects.some((e) => e.kind === "opt-out") ? "opt-out-confirmation" : start ? "nudge" : "reply";
      await commit(ctx, replies, purpose, async (tx) => {
        await proactive?.beforeCommit?.(tx);
        await outcome.saveState(tx);
        applied = await applyEffects(tx, { participantId: message.participant.id, conversationId: message.conversationId, now: deps.now() }, outcome.effects);
      });
      if (applied.handedOff) deps.events.emit("conversation.status-changed", { conversationId: message.conversationId, participantId: message.participant.id, status: "waiting" });
      if (applied.optedOut) deps.events.emit("participant.opted-out", { participantId: message.participant.id });
      return;
    } catch (err) {
      if (err instanceof AbortTurnError) throw err;
      if (err instanceof ETagConflictError && attempt < MAX_TURN_ATTEMPTS) continue;
      deps.log.error({ err: errorSummary(err), conversationId: message.conversationId, messageId: message.id }, "turn failed");
      return commit(ctx, [{ text: copy(ctx, "core.turnError", { coordinator: coordinatorName(ctx) }) }], "system");
    }
  }
}
