// What a transcript test calls "not understood": the lines the product itself says when it did not understand
// (the acknowledgment of a message it could not read, and the retry of a question it could not read an answer
// to), built from the locale files, in both languages, every phrasing. A line reworded in the copy is still
// caught; a test cannot drift from what a young person is actually sent.
import { languages } from "../../bot/domain/vocabulary.js";
import { loadLocales, phrasings } from "../../bot/infrastructure/i18n.js";

/** The copy keys of the product's not-understood lines. */
export const NOT_UNDERSTOOD_KEYS = [
  "conversation.acknowledge",
  "conversation.acknowledgeClosed",
  "common.retryChoice",
  "common.retryText",
  "onboarding.askTimesRetry",
] as const;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The words of a phrasing that say it was not understood: what comes before its first placeholder (a name, the
 * question asked again, when the team reads), up to the end of the last whole clause there.
 */
function fixedOpening(phrasing: string): string {
  const before = phrasing.split("{")[0]!;
  const clause = /^[\s\S]*[.,!?:]/.exec(before)?.[0] ?? before;
  return clause.trim();
}

function openingsOf(keys: readonly string[]): string[] {
  const found = new Set<string>();
  for (const lang of languages) for (const key of keys) for (const p of phrasings(locales, lang, key)) found.add(fixedOpening(p));
  for (const f of found) if (f.length < 12) throw new Error(`The line "${f}" is too short to tell apart`);
  return [...found];
}

const locales = loadLocales();

/** Any of the product's not-understood lines, in either language. */
export const NOT_UNDERSTOOD: RegExp = new RegExp(openingsOf(NOT_UNDERSTOOD_KEYS).map(escapeRegExp).join("|"));

/**
 * The not-understood lines, or another non-answer a file also counts as one: the lines of other copy keys
 * (`common.retryScale`: "Svara gärna med en siffra …"), or words and patterns ("Jag är kvar här").
 */
export function notUnderstoodOr(more: { keys?: string[]; words?: (string | RegExp)[] }): RegExp {
  const extra = [...openingsOf(more.keys ?? []).map(escapeRegExp), ...(more.words ?? []).map((m) => (typeof m === "string" ? escapeRegExp(m) : m.source))];
  return new RegExp([NOT_UNDERSTOOD.source, ...extra].join("|"));
}
