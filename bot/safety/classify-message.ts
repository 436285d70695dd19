// What the conversation core and `npm run classify` learn about one message: its safety level from
// the rules (bot/safety/screen.ts) raised, where it reads so, by the trained model
// (bot/safety/screen-with-model.ts), and its intent in the vocabulary the rest of the core uses. No
// language model is needed; when one is configured it may also only raise the level (bot/language-model/second-opinion.ts).
import { detectKeyword } from "../domain/keywords.js";
import { detectInterruption } from "../../dialogs/shared/recognize.js";
import { screenWithModel } from "./screen-with-model.js";
import type { SafetyLevel } from "./categories.js";

export type Intent = "opt-out" | "opt-in" | "help" | "human" | "skip" | "later" | "none";

export interface Classification {
  crisis: boolean;
  concern: boolean;
  /** Crisis categories when crisis, else concern categories. */
  categories: string[];
  intent: Intent;
}

export function classifyMessage(text: string): Classification & { level: SafetyLevel } {
  const screen = screenWithModel(text);
  const keyword = detectKeyword(text);
  const intent: Intent = keyword ?? detectInterruption(text) ?? "none";
  return {
    crisis: screen.level === "crisis",
    concern: screen.level === "concern",
    categories: screen.level === "crisis" ? screen.crisisCategories : screen.concernCategories,
    intent,
    level: screen.level,
  };
}
