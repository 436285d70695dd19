// A machine-written handover note for coordinators: made when a conversation is handed to a human,
// and on demand. Only for participants who consented to data processing and, separately, to the
// language model; only from redacted text, always marked as
// written by a language model. Without a model (or when it fails) there is simply no summary.
import type { Db } from "../db/client.js";
import { storeSummary, summaryInputs } from "../db/conversation-summary.js";
import type { Logger } from "../infrastructure/log.js";
import { errorSummary } from "../infrastructure/log.js";
import type { LanguageModel, TranscriptLine } from "./language-model.js";

const RECENT_MESSAGES = 40;

export interface StoredSummary {
  machineWritten: true;
  model: "language-model";
  summary: string;
  moodTrend: "better" | "same" | "worse" | "unknown";
  openQuestions: string[];
}

export async function summarizeConversation(
  deps: { db: Db; languageModel?: LanguageModel; now: () => Date },
  conversationId: number,
): Promise<StoredSummary | undefined> {
  if (!deps.languageModel) return undefined;
  const inputs = await summaryInputs(deps.db, conversationId, RECENT_MESSAGES);
  if (!inputs.modelAllowed) return undefined;
  const transcript: TranscriptLine[] = inputs.messages.map((m) => ({ author: m.authorKind as TranscriptLine["author"], text: m.body }));
  const result = await deps.languageModel.summarize(transcript);
  if (!result) return undefined;
  const stored: StoredSummary = { machineWritten: true, model: "language-model", ...result };
  await storeSummary(deps.db, conversationId, JSON.stringify(stored), deps.now());
  return stored;
}

/** Summarises every conversation handed to a human, in the background; failures are only logged. */
export function summarizeOnHandoff(
  deps: { db: Db; languageModel?: LanguageModel; now: () => Date; log: Logger },
  on: (listener: (e: { conversationId: number; status: string }) => void) => void,
): void {
  if (!deps.languageModel) return;
  on((e) => {
    if (e.status !== "waiting") return;
    summarizeConversation(deps, e.conversationId).catch((err) => deps.log.warn({ conversationId: e.conversationId, err: errorSummary(err) }, "summary failed"));
  });
}
