// The staff inbox's words come from one place per language: strings-sv.js and strings-en.js hold the
// same keys. t(key, {name}) fills {name} in; elements in index.html carry data-i18n (their text),
// data-i18n-label (aria-label) or data-i18n-title, and translate() sets them. Swedish is the default;
// a key missing in English falls back to Swedish so nothing is ever blank.
import { sv } from "./strings-sv.js";
import { en } from "./strings-en.js";

const dictionaries = { sv, en };
let current = "sv";

export const locale = () => current;
/** The locale for dates and numbers. */
export const dateLocale = () => (current === "en" ? "en-GB" : "sv-SE");

/** The text for a key, or undefined when no dictionary has it (an unknown code from the API). */
export function lookup(key) {
  return dictionaries[current][key] ?? sv[key];
}

export function t(key, vars) {
  const text = dictionaries[current][key] ?? sv[key] ?? key;
  return vars ? text.replace(/\{(\w+)\}/g, (_, k) => (vars[k] === undefined ? "" : String(vars[k]))) : text;
}

export function translate(root = document) {
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll("[data-i18n-label]")) node.setAttribute("aria-label", t(node.dataset.i18nLabel));
  for (const node of root.querySelectorAll("[data-i18n-title]")) node.setAttribute("title", t(node.dataset.i18nTitle));
}

export function setLocale(next) {
  current = next === "en" ? "en" : "sv";
  document.documentElement.lang = current;
  translate();
}
