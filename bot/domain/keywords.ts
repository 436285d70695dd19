// Carrier-style keywords, recognised only as the whole message (any case; surrounding spaces and
// punctuation ignored) so that "stoppa inte" or "help me with my CV" never trigger them.
import { readableText } from "./normalize-text.js";

export type Keyword = "opt-out" | "opt-in" | "help";

const words: Record<Keyword, string[]> = {
  "opt-out": ["stopp", "stop", "sluta", "avsluta", "avregistrera", "unsubscribe", "cancel", "end", "quit", "stopall"],
  "opt-in": ["start", "starta", "börja", "borja", "unstop"],
  help: ["hjälp", "hjalp", "help", "info"],
};

const lookup = new Map<string, Keyword>(
  Object.entries(words).flatMap(([kw, list]) => list.map((w) => [w, kw as Keyword] as const)),
);

export function normaliseKeyword(text: string): string {
  return readableText(text)
    .normalize("NFC")
    .toLocaleLowerCase("sv-SE")
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "");
}

export function detectKeyword(text: string): Keyword | undefined {
  return lookup.get(normaliseKeyword(text));
}
