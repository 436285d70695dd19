// The screen every inbound message goes through: the rules first (screen.ts), then the trained model
// (model/), which — like the language model's second opinion (bot/language-model/second-opinion.ts) —
// can only raise: neither → concern, concern → crisis, neither → crisis. It never removes a rule's
// flag, and it is not asked when the rules already found a crisis. A flag it raised names it as a
// finding of its own (rule "trained-screen", with its score), so staff and the evaluation can tell
// where a flag came from. Both run locally in the same turn; no service is called. The model reads
// what the rules read less a question to us about not answering (model/reading.ts): that is the one
// place where what it may raise on is narrowed.
import type { ConcernCategory, CrisisCategory } from "./categories.js";
import type { Token } from "./text-tokens.js";
import { createScreen, type RuleFinding, type Screen, type ScreenResult } from "./screen.js";
import { loadSafetyModel, type ModelScores, type SafetyModel } from "./model/safety-model.js";
import { modelReading } from "./model/reading.js";

/** The finding's rule id and the concern reason a raise by the model carries (the inbox labels it). */
export const TRAINED_SCREEN = "trained-screen";

export interface ScreenedMessage extends ScreenResult {
  /** The model's scores when it was asked (not when the rules found a crisis, nor without a model). */
  model?: ModelScores;
}

export interface CombinedScreen {
  screen(text: string): ScreenedMessage;
  /** The rules alone, for comparison (`npm run classify -- --evaluate`). */
  rules(text: string): ScreenResult;
}

/** `model` null: the rules alone (a checkout without weights). */
export function createCombinedScreen(rules: Screen = createScreen(), model: SafetyModel | null = loadSafetyModel() ?? null): CombinedScreen {
  return {
    rules: (text) => rules.screen(text),
    screen(text) {
      const { result, tokens, concepts, hits } = rules.analyse(text);
      if (!model || result.level === "crisis") return result;
      // What the model may read: a question to us about not answering ("what happens if i dont reply")
      // is set aside first, as the model took it for a farewell (model/reading.ts says why and which).
      // A message that is only such a question leaves it nothing to read, and so nothing to raise.
      const read = modelReading(tokens, concepts, hits);
      // Nor is a message without a word its to raise: emoji alone mean what the rules say they mean (the knife and
      // blood together, a pill row with a time). The model learnt "🩸" from the few crisis lines that carry it
      // ("🩸🩸 sorry") and read a lone "🩸" — a period, as often as not — as a crisis; an emoji's meaning is in the
      // words around it, and the burst screen reads it with the messages before.
      if (!read.tokens.some((t) => /\p{L}/u.test(t.key))) return result;
      const scores = model.score(read.tokens, read.concepts);
      return { ...raise(result, scores, model, () => read), model: scores };
    },
  };
}

function raise(result: ScreenResult, scores: ModelScores, model: SafetyModel, read: () => { tokens: Token[]; concepts: string[] }): ScreenResult {
  const { thresholds } = model;
  if (scores.crisis >= thresholds.crisis) {
    const category = model.category("crisis", read().tokens, read().concepts) as CrisisCategory;
    const finding: RuleFinding = { rule: TRAINED_SCREEN, level: "crisis", category, score: round(scores.crisis), words: [] };
    return { level: "crisis", crisisCategories: [category], concernCategories: [], findings: [...result.findings, finding] };
  }
  if (result.level === "none" && scores.concern >= thresholds.concern) {
    const category = model.category("concern", read().tokens, read().concepts) as ConcernCategory;
    const finding: RuleFinding = { rule: TRAINED_SCREEN, level: "concern", category, score: round(scores.concern), words: [] };
    return { level: "concern", crisisCategories: [], concernCategories: [category], findings: [...result.findings, finding] };
  }
  return result;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Whether the trained model raised the level (a finding of its own). */
export function raisedByModel(result: ScreenResult): boolean {
  return result.findings.some((f) => f.rule === TRAINED_SCREEN);
}

/** The concern reasons for the conversation's flag: the categories, and the model when it raised it. */
export function concernReasons(result: ScreenResult): string[] {
  return raisedByModel(result) ? [...result.concernCategories, TRAINED_SCREEN] : result.concernCategories;
}

// Loaded once, when the process starts (the weights are a checked-in file beside the model's code).
const shared = createCombinedScreen();

/** The level and categories of one message: rules + trained model. */
export function screenWithModel(text: string): ScreenedMessage {
  return shared.screen(text);
}
