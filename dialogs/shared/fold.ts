// Text as the recognisers read it: what it looks like (readableText), without åäö or accents, lower
// case, letters repeated for emphasis shortened ("jaaaa" → "jaa"), punctuation and emoji as spaces,
// and common texting spellings read as the words they stand for ("mej" → "mig", "ja e" → "jag ar";
// texting-spellings.ts), so that every recogniser knows each word in one spelling only.
import { readableText } from "../../bot/domain/normalize-text.js";
import { editDistance } from "./edit-distance.js";
import { accentedSpellings, hyphenatedLetters, standardSpelling } from "./texting-spellings.js";

export { editDistance } from "./edit-distance.js";

export function fold(text: string): string {
  return standardSpelling(foldLetters(hyphenatedLetters(accentedSpellings(readableText(text).toLowerCase()))));
}

/** Only the letters folded, every word kept as typed (no spellings read). */
export function foldLetters(text: string): string {
  return readableText(text)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "") // å → a, ö → o, é → e
    .toLowerCase()
    .replace(/(\p{L})\1{2,}/gu, "$1$1")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A word of the text within one typo of `target` (two for long words); short words must match exactly. */
export function hasWordLike(said: string, target: string): boolean {
  const allowed = target.length >= 9 ? 2 : target.length >= 5 ? 1 : 0;
  return said.split(" ").some((w) => w === target || (allowed > 0 && Math.abs(w.length - target.length) <= allowed && editDistance(w, target) <= allowed));
}

/** The message as typed, emoji included, for the few recognisers that read emoji. */
export function visible(text: string): string {
  return readableText(text).trim();
}

/** Text without letters or digits at all (only emoji, punctuation, space). */
export function onlySymbols(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(readableText(text));
}

/** A question: a question mark, or a first word that asks. */
export function asksSomething(text: string, said: string): boolean {
  if (text.includes("?")) return true;
  // "har inte svarat pga allt e bara jobbigt" tells, it asks nothing (texter18 #15: it was passed on as "din fråga").
  if (/^har (inte|int|aldrig)\b/.test(said)) return false;
  return /^(hur|vad|vem|vilka|vilken|varfor|var|vart|varifran|kan|kommer|far|ar|e|ser|har|skickar|sparar|sparas|ringer|berattar|maste|ska|blir|how|what|who|why|where|can|will|would|do|does|are|r|is|should)\b/.test(said);
}
