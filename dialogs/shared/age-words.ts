// The person's own age, told in a message ("jag e 16", "im 17 btw", "fyller 18 i maj", "jag är under 18"), for
// which help numbers come first (bot/core/known-age.ts): a minor gets BRIS first for harm from others. Only
// the writer's own age: "min bror e 8" and "jag har bott här i 16 år" are no age of theirs.
import { fold } from "./fold.js";

const AGE = "(1[0-9]|2[0-9])";
// After the number, what makes it no age: "jag är 20 minuter sen", "im 15 mins away".
const NOT_AGE_AFTER = "(?! (minuter|minuten|min|mins|minutes|timmar|timme|hours|hour|kr|kronor|procent|percent|dagar|days|veckor|weeks|manader|months|st|sidor|pages|kilo|kg|cm|meter|km|ggr|ganger|times|pa|on|av|of)\\b)";
const TOLD: [RegExp, number][] = [
  // "jag e 16", "ja e bara 15", "im 17 btw", "i am 16 years old" (the number read as said).
  [new RegExp(`\\b(jag ar|jag|im|i m|i am)( bara| typ| nyss| just| only| like)? ${AGE}\\b${NOT_AGE_AFTER}`), 0],
  // "16 år gammal", "16-åring", "17 years old", "17 yo".
  [new RegExp(`\\b${AGE} (ar gammal|arig|aring|years old|year old|yo|y o)\\b`), 0],
  // "fyllde 17", "turned 16".
  [new RegExp(`\\b(fyllde|fyllt|turned) ${AGE}\\b`), 0],
  // "fyller 18 i maj", "turning 18 soon": a year younger now.
  [new RegExp(`\\b(fyller|turning|turn) ${AGE}\\b`), -1],
];
// Under 18 told without a number: "jag är under 18", "im not 18 yet", "jag är minderårig".
const UNDER_18 = /\b(jag ar|jag|im|i m|i am) (under 18|inte 18|not 18|minderarig|a minor|underage)\b|\binte fyllt 18\b|\bhavent turned 18\b/;

/** The writer's own age as the message tells it (10 to 29), or undefined; "under 18" told is 17. */
export function ageTold(text: string): number | undefined {
  const said = fold(text);
  for (const [pattern, offset] of TOLD) {
    const m = pattern.exec(said);
    const n = m?.slice(1).find((g) => g !== undefined && /^\d+$/.test(g));
    if (n !== undefined) return Number(n) + offset;
  }
  return UNDER_18.test(said) ? 17 : undefined;
}
