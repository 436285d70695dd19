// One stored inbound message becomes one turn: opt-out and help are honoured before any dialog;
// a conversation a human owns gets no bot reply; otherwise the dialog runtime answers. Each path
// ends in one transaction that writes replies to the outbox and marks the message processed.
import { date, int, strOrNull, type Sql, type SqlExecutor } from "./db/sql.js";
import { errorSummary, type Logger } from "./log.js";
import { detectKeyword } from "./domain/keywords.js";
import { isLanguage, type Channel, type ConversationStatus, type Language, type OutboxPurpose, type ParticipantStatus } from "./domain/vocabulary.js";
import { MAX_UNANSWERED_BOT_MESSAGES, enqueueOutbound } from "./enqueue-outbound.js";
import type { EventBus } from "./events.js";
import { translate, type Locales, type Vars } from "./i18n.js";
import { ETagConflictError } from "./runtime/dialog-state-storage.js";
import type { BotReply, DialogRuntime, DialogStart, ModelIntent, ParticipantView } from "./runtime/turn-types.js";
import { crashPoint } from "./crash-points.js";
import { screenForCrisis } from "./safety/classify-message.js";
import type { CrisisCategory } from "./safety/crisis-phrases.js";
import type { LanguageModel } from "./language-model/language-model.js";
import { applyEffects } from "./apply-effects.js";

export interface TurnDeps {
  sql: Sql;
  /** Optional; when present it may add crisis flags, never remove them. */
  languageModel?: LanguageModel;
  runtime: DialogRuntime;
  locales: Locales;
  events: EventBus;
  log: Logger;
  now: () => Date;
  defaultLanguage: Language;
}

const MAX_TURN_ATTEMPTS = 3;

interface PendingMessage {
  id: number;
  conversationId: number;
  channel: Channel;
  body: string;
  createdAt: Date;
  conversationStatus: ConversationStatus;
  participant: ParticipantView;
}

/** Processes every stored, unprocessed inbound message of one conversation, oldest first. */
export async function processPendingTurns(deps: TurnDeps, conversationId: number): Promise<number> {
  let handled = 0;
  for (let message = await nextPending(deps, conversationId); message; message = await nextPending(deps, conversationId)) {
    await processMessage(deps, message);
    handled++;
  }
  return handled;
}

const participantColumns = `c."status" AS "conversationStatus", p."id" AS "participantId", p."preferredName", p."language",
  p."status", p."onboardedAt", s."firstName" AS "coordinatorFirstName",
  (SELECT k."granted" FROM "Consent" k WHERE k."participantId" = p."id" AND k."kind" = 'data-processing' ORDER BY k."id" DESC LIMIT 1) AS "consented"`;
const participantJoins = `JOIN "Participant" p ON p."id" = c."participantId" LEFT JOIN "StaffUser" s ON s."id" = p."coordinatorId"`;

function participantOf(deps: TurnDeps, row: Record<string, unknown>): ParticipantView {
  return {
    id: int(row.participantId),
    preferredName: strOrNull(row.preferredName),
    language: isLanguage(row.language) ? row.language : deps.defaultLanguage,
    status: row.status as ParticipantStatus,
    coordinatorFirstName: strOrNull(row.coordinatorFirstName),
    onboarded: row.onboardedAt != null,
    mappedTopics: [],
    actionPlan: null,
    modelAllowed: Number(row.consented ?? 0) === 1 || row.consented === true,
  };
}

/** What dialogs need beyond the participant row: mapping progress and the active plan. */
async function loadDialogContext(deps: TurnDeps, participant: ParticipantView): Promise<void> {
  const topics = await deps.sql.query(`SELECT DISTINCT "topic" FROM "MappingAnswer" WHERE "participantId" = ?`, [participant.id]);
  participant.mappedTopics = topics.map((r) => String(r.topic));
  const [plan] = await deps.sql.query(
    `SELECT "id", "mainActivity", "weeklySchedule", "nextFollowUpAt" FROM "ActionPlan" WHERE "participantId" = ? AND "status" = 'active' ORDER BY "id" DESC LIMIT 1`,
    [participant.id],
  );
  if (!plan) return;
  const goals = await deps.sql.query(`SELECT "id", "text" FROM "SubGoal" WHERE "planId" = ? AND "status" = 'open' ORDER BY "position"`, [int(plan.id)]);
  participant.actionPlan = {
    mainActivity: String(plan.mainActivity),
    weeklySchedule: strOrNull(plan.weeklySchedule),
    nextFollowUpAt: plan.nextFollowUpAt == null ? null : date(plan.nextFollowUpAt).toISOString(),
    openSubGoals: goals.map((g) => ({ id: int(g.id), text: String(g.text) })),
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
  return {
    id: int(row.id),
    conversationId,
    channel: row.channel as Channel,
    body: String(row.body),
    createdAt: date(row.createdAt),
    conversationStatus: row.conversationStatus as ConversationStatus,
    participant: participantOf(deps, row),
  };
}

export type StartOutcome = "started" | "opted-out" | "held-for-human" | "unanswered-limit" | "no-conversation";

/**
 * Begins a dialog without a participant message (a coordinator's proposal, a nudge). It goes out as
 * a nudge: never to an opted-out participant, held while a human has the conversation, and subject
 * to the two-unanswered-messages limit. The caller serialises it with the conversation's turns.
 */
export async function processDialogStart(deps: TurnDeps, conversationId: number, start: DialogStart): Promise<StartOutcome> {
  const [row] = await deps.sql.query(
    `SELECT c."id", c."participantId", c."unansweredCount", ${participantColumns},
            (SELECT m."channel" FROM "Message" m WHERE m."conversationId" = c."id" AND m."direction" = 'in' ORDER BY m."id" DESC LIMIT 1) AS "channel"
     FROM "Conversation" c ${participantJoins} WHERE c."id" = ?`,
    [conversationId],
  );
  if (!row) return "no-conversation";
  const participant = participantOf(deps, row);
  if (participant.status === "opted-out") return "opted-out";
  if (row.conversationStatus !== "bot") return "held-for-human";
  const allowance = MAX_UNANSWERED_BOT_MESSAGES - int(row.unansweredCount);
  if (allowance <= 0) return "unanswered-limit";
  const message: PendingMessage = {
    id: 0,
    conversationId,
    channel: (row.channel as Channel | null) ?? "sms",
    body: "",
    createdAt: deps.now(),
    conversationStatus: "bot",
    participant,
  };
  await runDialogTurn({ deps, message }, { start, allowance });
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
  if (keyword === "help") return commit(ctx, [{ text: copy(ctx, "core.help", { coordinator: coordinatorName(ctx) }) }], "system");
  if (message.conversationStatus === "waiting" || message.conversationStatus === "human") return commit(ctx, []);
  return runDialogTurn(ctx);
}

interface MessageContext {
  deps: TurnDeps;
  message: PendingMessage;
  modelIntent?: ModelIntent;
}

function copy(ctx: MessageContext, key: string, vars?: Vars): string {
  return translate(ctx.deps.locales, ctx.message.participant.language, key, vars);
}

function coordinatorName(ctx: MessageContext): string {
  return ctx.message.participant.coordinatorFirstName ?? copy(ctx, "core.someoneFromTheTeam");
}

/** A proactive turn may send only `allowance` messages: the last ones, where the question is. */
async function runDialogTurn(ctx: MessageContext, proactive?: { start: DialogStart; allowance: number }): Promise<void> {
  const start = proactive?.start;
  const { deps, message } = ctx;
  await loadDialogContext(deps, message.participant);
  for (let attempt = 1; ; attempt++) {
    try {
      const outcome = await deps.runtime.runTurn({
        conversationId: message.conversationId,
        start,
        participant: message.participant,
        text: message.body,
        channel: message.channel,
        messageId: message.id,
        receivedAt: message.createdAt,
        now: deps.now(),
        modelIntent: ctx.modelIntent,
      });
      let handedOff = false;
      const replies = proactive ? outcome.replies.slice(-proactive.allowance) : outcome.replies;
      await commit(ctx, replies, start ? "nudge" : "reply", async (tx) => {
        await outcome.saveState(tx);
        ({ handedOff } = await applyEffects(tx, { participantId: message.participant.id, conversationId: message.conversationId, now: deps.now() }, outcome.effects));
      });
      if (handedOff) deps.events.emit("conversation.status-changed", { conversationId: message.conversationId, participantId: message.participant.id, status: "waiting" });
      return;
    } catch (err) {
      if (err instanceof ETagConflictError && attempt < MAX_TURN_ATTEMPTS) continue;
      deps.log.error({ err: errorSummary(err), conversationId: message.conversationId, messageId: message.id }, "turn failed");
      return commit(ctx, [{ text: copy(ctx, "core.turnError", { coordinator: coordinatorName(ctx) }) }], "system");
    }
  }
}

const crisisCopy: [CrisisCategory, string][] = [
  ["overdose", "crisis.overdose"],
  ["suicide", "crisis.suicide"],
  ["self-harm", "crisis.selfHarm"],
];

/**
 * A message that may mean someone is not safe: help numbers at once, the conversation to the top of
 * the inbox waiting for a human, open dialogs stopped. Only a coordinator hands it back to the bot.
 * An opted-out participant gets no message (STOPP holds), but the flag still reaches the team.
 */
async function flagCrisis(ctx: MessageContext, categories: CrisisCategory[]): Promise<void> {
  const { deps, message } = ctx;
  const now = deps.now();
  const first = crisisCopy.find(([c]) => categories.includes(c))?.[1] ?? "crisis.danger";
  const replies = [{ text: copy(ctx, first) }, { text: copy(ctx, "crisis.followUp", { coordinator: coordinatorName(ctx) }) }];
  await commit(ctx, message.participant.status === "opted-out" ? [] : replies, "crisis", async (tx) => {
    await tx.execute(
      // A coordinator who already has the conversation keeps it.
      `UPDATE "Conversation" SET "priority" = 'crisis', "status" = CASE WHEN "status" = 'human' THEN 'human' ELSE 'waiting' END,
         "handoffReason" = ?, "updatedAt" = ? WHERE "id" = ?`,
      [`crisis:${categories.join(",")}`, now, message.conversationId],
    );
    await deps.runtime.stopDialogs(tx, message.conversationId);
    await tx.execute(
      `INSERT INTO "AuditLog" ("at", "actorKind", "actorId", "action", "subjectType", "subjectId", "details") VALUES (?, 'system', NULL, 'conversation.crisis-flagged', 'conversation', ?, ?)`,
      [now, String(message.conversationId), JSON.stringify({ categories, messageId: message.id })],
    );
  });
  deps.log.warn({ conversationId: message.conversationId, messageId: message.id, categories }, "crisis flagged");
  deps.events.emit("conversation.crisis-flagged", { conversationId: message.conversationId, participantId: message.participant.id, categories });
  deps.events.emit("conversation.status-changed", { conversationId: message.conversationId, participantId: message.participant.id, status: "waiting" });
}

async function optOut(ctx: MessageContext): Promise<void> {
  const now = ctx.deps.now();
  const id = ctx.message.participant.id;
  await commit(ctx, [{ text: copy(ctx, "core.optedOut") }], "opt-out-confirmation", async (tx) => {
    await tx.execute(`UPDATE "Participant" SET "status" = 'opted-out', "optedOutAt" = ?, "updatedAt" = ? WHERE "id" = ?`, [now, now, id]);
    await recordConsentAndAudit(tx, id, false, now);
    await tx.execute(
      `UPDATE "Message" SET "status" = 'refused', "errorCode" = 'opted-out'
       WHERE "id" IN (SELECT "messageId" FROM "OutboxItem" WHERE "participantId" = ? AND "status" = 'pending')`,
      [id],
    );
    await tx.execute(`UPDATE "OutboxItem" SET "status" = 'cancelled', "lastError" = 'opted-out', "updatedAt" = ? WHERE "participantId" = ? AND "status" = 'pending'`, [now, id]);
  });
  ctx.deps.events.emit("participant.opted-out", { participantId: id });
}

async function optIn(ctx: MessageContext): Promise<void> {
  const now = ctx.deps.now();
  const id = ctx.message.participant.id;
  const status: ParticipantStatus = ctx.message.participant.preferredName ? "active" : "new";
  await commit(ctx, [{ text: copy(ctx, "core.optedIn") }], "reply", async (tx) => {
    await tx.execute(`UPDATE "Participant" SET "status" = ?, "optedOutAt" = NULL, "updatedAt" = ? WHERE "id" = ?`, [status, now, id]);
    await recordConsentAndAudit(tx, id, true, now);
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

async function commit(ctx: MessageContext, replies: BotReply[], purpose: OutboxPurpose = "reply", before?: (tx: SqlExecutor) => Promise<void>): Promise<void> {
  const { deps, message } = ctx;
  const now = deps.now();
  const queued: number[] = [];
  await deps.sql.transaction(async (tx) => {
    await before?.(tx);
    for (const reply of replies) {
      const result = await enqueueOutbound(tx, {
        conversationId: message.conversationId,
        participantId: message.participant.id,
        channel: message.channel,
        body: reply.text,
        choices: reply.choices,
        authorKind: purpose === "reply" || purpose === "nudge" || purpose === "crisis" ? "bot" : "system",
        purpose,
        now,
      });
      if (result.queued) queued.push(result.messageId);
      else deps.log.warn({ conversationId: message.conversationId, reason: result.reason }, "reply not queued");
    }
    if (message.id) await tx.execute(`UPDATE "Message" SET "status" = 'processed', "processedAt" = ? WHERE "id" = ?`, [now, message.id]);
  });
  crashPoint("after-turn-committed");
  for (const messageId of queued) {
    deps.events.emit("message.stored", { messageId, conversationId: message.conversationId, participantId: message.participant.id, direction: "out" });
  }
  if (queued.length) deps.events.emit("outbox.enqueued", { count: queued.length });
}
