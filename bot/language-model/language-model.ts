// The optional language model (any OpenAI-compatible endpoint, through the openai SDK). Every call
// sends redacted text only, is bounded by a timeout, and returns undefined on any failure or any
// answer that does not validate: callers then use the rules and templates.
import OpenAI from "openai";
import { zodResponseFormat } from "openai/helpers/zod";
import { z } from "zod";
import type { Logger } from "../infrastructure/log.js";
import { concernCategories, crisisCategories } from "../safety/categories.js";
import { loadPrompt, type Prompt } from "./prompts.js";
import { redactPersonalData } from "./redact.js";
import { guardReply } from "./reply-guard.js";

export const modelClassification = z.object({
  crisis: z.boolean(),
  /** Not acute, but worth a follow-up (only read when crisis is false). */
  concern: z.boolean(),
  categories: z.array(z.enum([...crisisCategories, ...concernCategories])),
  intent: z.enum(["human", "cancel-meeting", "move-meeting", "stop-reminders", "opt-out", "none"]),
});
export type ModelClassification = z.infer<typeof modelClassification>;


export const conversationSummary = z.object({
  summary: z.string().min(1).max(800),
  moodTrend: z.enum(["better", "same", "worse", "unknown"]),
  openQuestions: z.array(z.string().max(200)).max(5),
});
export type ConversationSummary = z.infer<typeof conversationSummary>;

export interface TranscriptLine {
  author: "participant" | "bot" | "coordinator" | "system";
  text: string;
}

export interface LanguageModel {
  /** A handover note for coordinators from the recent conversation. */
  summarize(transcript: TranscriptLine[]): Promise<ConversationSummary | undefined>;
  /** A second opinion on safety and the intent (bot/language-model/second-opinion.ts): it may raise a level, never lower one. */
  classify(text: string): Promise<ModelClassification | undefined>;
  /** A short free-text answer, or undefined (then a template answers). */
  reply(text: string, context: { language: "sv" | "en"; name: string | null }): Promise<string | undefined>;
}

export interface LanguageModelSettings {
  apiKey: string;
  baseUrl?: string;
  model: string;
  timeoutMs: number;
}

export function createLanguageModel(settings: LanguageModelSettings, log: Logger): LanguageModel {
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseUrl, timeout: settings.timeoutMs, maxRetries: 0 });
  const classifyPrompt = loadPrompt("classify");
  const replyPrompt = loadPrompt("reply");
  const summaryPrompt = loadPrompt("summary");

  // Calls are logged with task, prompt version, duration and outcome — never with content.
  async function call<T>(task: string, version: string, run: () => Promise<T | undefined>): Promise<T | undefined> {
    const started = Date.now();
    try {
      const result = await run();
      log.info({ task, promptVersion: version, model: settings.model, ms: Date.now() - started, outcome: result === undefined ? "invalid" : "ok" }, "language model call");
      return result;
    } catch (err) {
      const outcome = err instanceof OpenAI.APIConnectionTimeoutError ? "timeout" : err instanceof OpenAI.APIError ? `error ${err.status ?? ""}`.trim() : "invalid";
      log.warn({ task, promptVersion: version, model: settings.model, ms: Date.now() - started, outcome }, "language model call failed");
      return undefined;
    }
  }

  /** A JSON answer in the given schema (strict json_schema), or undefined. `user` is already redacted. */
  function structured<S extends z.ZodType>(prompt: Prompt, user: string, schema: S, name: string) {
    return call(prompt.task, prompt.version, async () => {
      const completion = await client.chat.completions.parse({
        model: settings.model,
        temperature: 0,
        messages: [
          { role: "system", content: prompt.text },
          { role: "user", content: user },
        ],
        response_format: zodResponseFormat(schema, name),
      });
      return (completion.choices[0]?.message.parsed ?? undefined) as z.infer<S> | undefined;
    });
  }

  return {
    summarize: (transcript) =>
      structured(summaryPrompt, transcript.map((l) => `${l.author}: ${redactPersonalData(l.text)}`).join("\n"), conversationSummary, "summary"),
    classify: (text) => structured(classifyPrompt, redactPersonalData(text), modelClassification, "classification"),
    reply: (text, context) =>
      call("reply", replyPrompt.version, async () => {
        const completion = await client.chat.completions.create({
          model: settings.model,
          temperature: 0.4,
          max_tokens: 150,
          messages: [
            { role: "system", content: `${replyPrompt.text}\n\nThe person prefers ${context.language === "sv" ? "Swedish" : "English"}${context.name ? ` and is called ${redactPersonalData(context.name)}` : ""}.` },
            { role: "user", content: redactPersonalData(text) },
          ],
        });
        return guardReply(completion.choices[0]?.message.content ?? undefined);
      }),
  };
}
