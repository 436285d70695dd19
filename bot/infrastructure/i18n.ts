// Participant-facing copy lives in dialogs/locales/<lang>.json so coordinators can change wording
// without touching TypeScript. Keys are dotted paths into those files. A value is one text or a list
// of phrasings of the same message: Tillit picks the phrasing this person has not seen for the
// longest, so the same line never goes out twice in a row.
import { readFileSync } from "node:fs";
import path from "node:path";
import { languages, type Language } from "../domain/vocabulary.js";

export const localesDir = path.resolve(import.meta.dirname, "../../dialogs/locales");

/** Every key's phrasings (one or more). */
export type Copy = Map<string, string[]>;
export type Locales = Record<Language, Copy>;

export class MissingCopyError extends Error {}

function flatten(prefix: string, value: unknown, into: Copy): void {
  if (typeof value === "string") {
    into.set(prefix, [value]);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0 || !value.every((v) => typeof v === "string")) throw new Error(`Locale entry ${prefix} must list one or more texts`);
    into.set(prefix, value as string[]);
    return;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(prefix ? `${prefix}.${k}` : k, v, into);
    return;
  }
  throw new Error(`Locale entry ${prefix} must be text, a list of texts or a group of texts`);
}

export function loadLocales(dir = localesDir): Locales {
  const result = {} as Locales;
  for (const lang of languages) {
    const copy: Copy = new Map();
    flatten("", JSON.parse(readFileSync(path.join(dir, `${lang}.json`), "utf8")), copy);
    result[lang] = copy;
  }
  return result;
}

export type Vars = Record<string, string | number>;

export function phrasings(locales: Locales, lang: Language, key: string): string[] {
  const found = locales[lang].get(key);
  if (found === undefined) throw new MissingCopyError(`No "${key}" in dialogs/locales/${lang}.json`);
  return found;
}

/** A phrasing's placeholders were not all given: it is never sent ("{reading}" once reached a young person). */
export class UnfilledPlaceholderError extends Error {}

/** The placeholders a phrasing names: "{coordinator} läser {reading}" → coordinator, reading. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/**
 * The phrasing with what is given filled in; a placeholder not given stays as written. For measuring copy
 * (tests); what is sent goes through `render`, which refuses a placeholder left unfilled.
 */
export function fill(template: string, vars: Vars = {}): string {
  return substitute(template, vars, false);
}

/**
 * The phrasing as sent: every placeholder filled. One left unfilled is a defect that must not reach a young
 * person as "{reading}". Under the tests (vitest sets VITEST) it throws UnfilledPlaceholderError, so the
 * suite fails on it; in a running Tillit the sentence goes out without the placeholder and a warning names
 * the key (no message text): a crisis reply must never fail for a missing word.
 */
export function render(template: string, vars: Vars = {}, key = "copy"): string {
  try {
    return substitute(template, vars, key);
  } catch (err) {
    if (!(err instanceof UnfilledPlaceholderError) || process.env.VITEST) throw err;
    process.emitWarning(err.message.slice(0, err.message.indexOf(":")), "UnfilledPlaceholder");
    return substitute(template.replace(/\s*\{(\w+)\}/g, (whole, name: string) => (name in vars ? whole : "")), vars, false);
  }
}

function substitute(template: string, vars: Vars, strict: string | false): string {
  let emptied = false;
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string, offset: number) => {
    if (!(name in vars)) {
      if (strict) throw new UnfilledPlaceholderError(`"${strict}" needs {${name}}, which was not given: ${template}`);
      return whole;
    }
    const value = String(vars[name]);
    if (value === "") emptied = true;
    // "en koordinator" (no one assigned yet) is lower case inside a sentence and capitalised where it begins one.
    return name === "coordinator" && startsSentence(template, offset) ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
  // A sentence left out ("{reading}" said just before, dialogs/waiting.ts) leaves no gap behind it, so the text is
  // the one sent, and read as seen by the variation above.
  return emptied ? filled.replace(/ {2,}/g, " ").trim() : filled;
}

const startsSentence = (template: string, offset: number) => offset === 0 || /(?:[.!?]\s+|\n\s*)$/.test(template.slice(0, offset));

/** The first phrasing: for texts that do not recur (a web page, a one-off notice). */
export function translate(locales: Locales, lang: Language, key: string, vars: Vars = {}): string {
  return render(phrasings(locales, lang, key)[0]!, vars, key);
}

/**
 * The phrasing this person saw least recently: one never sent (in `recent`, oldest first; also as
 * part of a longer message) wins, in the order of the locale file; otherwise the one whose last use
 * lies furthest back.
 */
export function translateVaried(locales: Locales, lang: Language, key: string, vars: Vars, recent: readonly string[]): string {
  const templates = phrasings(locales, lang, key);
  const rendered = templates.map((p) => render(p, vars, key));
  // A phrasing sent with its placeholders filled otherwise than now is still the same phrasing: "{reading}" blank
  // then (when someone reads, said already) or said then and blank now, a name, a time. So it is known by its own
  // words, whatever stood in its placeholders (texter18 #2: one ending in "{reading}" was chosen again three days on;
  // tester22 full07: "Jag hör dig. Allt du skriver ligger kvar åt teamet. {reading} Numren jag skickade gäller hela
  // tiden." went out with the time, then again without it, and the repeat taken off its opening left "Numren jag
  // skickade gäller hela tiden." alone).
  const shapes = templates.map(sentShape);
  let best = rendered[0]!;
  let bestSeen = Infinity;
  for (const [n, text] of rendered.entries()) {
    const shape = shapes[n];
    // A phrasing may have gone out inside a longer message (after a short reflection, say).
    let seen = -1;
    for (let i = recent.length - 1; i >= 0 && seen === -1; i--) if (recent[i]!.includes(text) || shape?.test(recent[i]!)) seen = i;
    if (seen === -1) return text;
    if (seen < bestSeen) [best, bestSeen] = [text, seen];
  }
  return best;
}

/** Own words shorter than this (a phrasing that is mostly its placeholders) are not told apart by shape. */
const SHAPE_WORDS = 15;

/**
 * A phrasing's shape in a text sent: its own words in order, anything (or nothing, with the space around it) where
 * a placeholder stands. Undefined for a phrasing with no placeholder (its text is matched as it is) or with too few
 * words of its own to tell it by.
 */
function sentShape(template: string): RegExp | undefined {
  const words = template.split(/\s*\{\w+\}\s*/);
  if (words.length === 1 || words.join("").trim().length < SHAPE_WORDS) return undefined;
  const escaped = words.map((w) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(escaped.join("(?:\\s*.*?\\s*)"), "s");
}

export type Translator = (key: string, vars?: Vars) => string;

export function translator(locales: Locales, lang: Language): Translator {
  return (key, vars) => translate(locales, lang, key, vars);
}

/** A translator for one person's turn: `recent` holds what they were last sent and grows as the turn sends. */
export function variedTranslator(locales: Locales, lang: Language, recent: readonly string[]): Translator {
  return (key, vars = {}) => translateVaried(locales, lang, key, vars, recent);
}
