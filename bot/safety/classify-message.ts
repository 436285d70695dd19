// The always-on screen every inbound message passes before any dialog logic, plus the message's
// intent in the same vocabulary the rest of the core uses. No language model is needed; when one is
// configured it may only add flags to what the rules found.
import { detectKeyword } from "../domain/keywords.js";
import { readableText } from "../domain/normalize-text.js";
import { detectInterruption } from "../../dialogs/shared/recognize.js";
import { crisisCategories, crisisPhrases, figuresOfSpeech, type CrisisCategory } from "./crisis-phrases.js";

export type Intent = "opt-out" | "opt-in" | "help" | "human" | "skip" | "later" | "none";

export interface Classification {
  crisis: boolean;
  categories: CrisisCategory[];
  intent: Intent;
}

/** Lower case, åäö folded, punctuation to spaces, any repeated letter collapsed to one. */
export function normaliseForScreen(text: string): string {
  const folded = readableText(text)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/(\p{L})\1+/gu, "$1")
    .trim();
  return ` ${folded} `;
}

// Words of five letters or more may carry a Swedish or English ending ("tabletterna", "overdosed").
function phraseRegex(phrase: string): RegExp {
  const tokens = normaliseForScreen(phrase.replace(/\*/g, " WILDCARD ")).trim().split(" ");
  const body = tokens
    .map((t) => {
      // A wildcard word is never a negation: "vill inte dö" is not "vill … dö".
      if (t === "wildcard") return "(?:(?!(?:inte|int|aldrig|not|dont|never|nt) )\\S+ ){0,2}";
      const word = t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return t.length >= 5 ? `${word}\\S* ` : `${word} `;
    })
    .join("");
  return new RegExp(` ${body}`);
}

const compiled = crisisCategories.map((category) => ({ category, patterns: crisisPhrases[category].map(phraseRegex) }));
const figures = figuresOfSpeech.map((f) => normaliseForScreen(f));

export function screenForCrisis(text: string): CrisisCategory[] {
  let said = normaliseForScreen(text);
  for (const f of figures) said = said.split(f).join(" ");
  return compiled.filter(({ patterns }) => patterns.some((re) => re.test(said))).map(({ category }) => category);
}

export function classifyMessage(text: string): Classification {
  const categories = screenForCrisis(text);
  const keyword = detectKeyword(text);
  const intent: Intent = keyword ?? detectInterruption(text) ?? "none";
  return { crisis: categories.length > 0, categories, intent };
}
