// Participant-facing copy lives in dialogs/locales/<lang>.json so coordinators can change wording
// without touching TypeScript. Keys are dotted paths into those files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { languages, type Language } from "./domain/vocabulary.js";

export const localesDir = path.resolve(import.meta.dirname, "../dialogs/locales");

export type Copy = Map<string, string>;
export type Locales = Record<Language, Copy>;

export class MissingCopyError extends Error {}

function flatten(prefix: string, value: unknown, into: Copy): void {
  if (typeof value === "string") {
    into.set(prefix, value);
    return;
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(prefix ? `${prefix}.${k}` : k, v, into);
    return;
  }
  throw new Error(`Locale entry ${prefix} must be text or a group of texts`);
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

export function translate(locales: Locales, lang: Language, key: string, vars: Vars = {}): string {
  const template = locales[lang].get(key);
  if (template === undefined) throw new MissingCopyError(`No "${key}" in dialogs/locales/${lang}.json`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export type Translator = (key: string, vars?: Vars) => string;

export function translator(locales: Locales, lang: Language): Translator {
  return (key, vars) => translate(locales, lang, key, vars);
}
