// The optional language model as a second opinion on safety (issue 12.5). It is asked, for a consenting
// participant, about every message the rules found no crisis in — but the turn never waits for it:
// the rules' answer goes out at once. When the model's answer arrives it is applied in turn with the
// conversation's other work, and it can only raise: to crisis (help numbers, the team alerted, as for
// the rules) or to concern (a flag for the team). It never lowers what the rules found. Each asked
// message is marked "pending" first, so an answer lost to a crash is asked for again after a restart.
import { pendingSecondOpinions, setSecondOpinion } from "../db/messages.js";
import { errorSummary } from "../infrastructure/log.js";
import type { ModelClassification } from "./language-model.js";
import type { ModelIntent } from "../runtime/turn-types.js";
import { announce, type MessageContext, type PendingMessage, type TurnDeps } from "../core/message-turn.js";
import { flagCrisis } from "../core/flag-crisis.js";
import { flagConcern } from "../conversations/transitions.js";
import { isCrisisCategory } from "../safety/categories.js";
import { loadMessage } from "../core/load-message.js";

export interface SecondOpinion {
  /** The model's reading of the intent if it has arrived by now; the dialogs never wait for it. */
  intent(): ModelIntent | undefined;
  /** Resolves when the answer has been applied (or failed). */
  done: Promise<void>;
}

/** Asks the model about a stored message; the answer is applied later through `later` (the conversation's queue). */
export async function askSecondOpinion(deps: TurnDeps, message: PendingMessage, later: (task: () => Promise<void>) => Promise<void>): Promise<SecondOpinion | undefined> {
  const model = deps.languageModel;
  if (!model || !message.participant.modelAllowed || !message.id) return undefined;
  await setSecondOpinion(deps.sql, message.id, "pending");
  let settled: ModelClassification | undefined;
  const answer = model.classify(message.body).then((a) => (settled = a));
  const done = answer.then((a) => later(() => applySecondOpinion(deps, message.id, a))).catch((err: unknown) => {
    deps.log.error({ err: errorSummary(err), messageId: message.id }, "second opinion could not be applied");
  });
  return { intent: () => settled?.intent, done };
}

/** Records the model's answer and raises the message's level if the model sees more than the rules did. */
export async function applySecondOpinion(deps: TurnDeps, messageId: number, answer: ModelClassification | undefined): Promise<void> {
  const level = answer === undefined ? "failed" : answer.crisis ? "crisis" : answer.concern ? "concern" : "none";
  // Only the first answer is applied: another instance restarted meanwhile may have asked again.
  const first = await setSecondOpinion(deps.sql, messageId, level, true);
  if (!first || (level !== "crisis" && level !== "concern")) return;
  const message = await loadMessage(deps, messageId);
  if (!message || message.conversationPriority === "crisis") return;
  const ctx: MessageContext = { deps, message, late: true };
  if (level === "crisis") {
    const categories = answer!.categories.filter(isCrisisCategory);
    return flagCrisis(ctx, categories.length ? categories : ["acute-danger"]);
  }
  const reasons = ["model", ...answer!.categories.filter((c) => !isCrisisCategory(c))];
  const events = await deps.sql.transaction((tx) => flagConcern(tx, { conversationId: message.conversationId, participantId: message.participant.id, reasons, source: "model", messageId, now: deps.now() }));
  announce(deps, { conversationId: message.conversationId, messageId }, events);
}

/** After a restart: every message still waiting for the model's answer is asked again. */
export async function resumeSecondOpinions(deps: TurnDeps, later: (conversationId: number, task: () => Promise<void>) => Promise<void>): Promise<Promise<void>[]> {
  const work: Promise<void>[] = [];
  for (const id of await pendingSecondOpinions(deps.sql)) {
    const message = await loadMessage(deps, id);
    if (!message) continue;
    if (!deps.languageModel || !message.participant.modelAllowed) {
      await setSecondOpinion(deps.sql, message.id, "failed");
      continue;
    }
    const opinion = await askSecondOpinion(deps, message, (task) => later(message.conversationId, task));
    if (opinion) work.push(opinion.done);
  }
  return work;
}
