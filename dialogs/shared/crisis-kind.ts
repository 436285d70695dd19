// Which crisis reply fits what was told, in one place for the core's crisis reply (bot/core/flag-crisis.ts) and for what
// the wait says after a crisis a coordinator raised, which no reply of the screen's has answered (dialogs/waiting.ts):
// the first reply's copy key for the crisis's categories, read with the words of the message that raised it.
import type { CrisisCategory } from "../../bot/safety/categories.js";
import { harmFromFamily, harmFromOthers, harmFromOutside, namesPartner } from "./harm-words.js";
import { keepsPills } from "./waiting-words.js";

const crisisCopy: [CrisisCategory, string][] = [
  ["overdose", "crisis.overdose"],
  ["suicide", "crisis.suicide"],
  ["self-harm", "crisis.selfHarm"],
];

// Hit, threatened, controlled or abused by someone: most often someone close, a partner or family. The
// first reply names Kvinnofridslinjen (free, around the clock, not on the phone bill) with what it is for,
// and a third says what can be done about the phone and asks whether Tillit should stop writing first. A
// young tester whose boyfriend hit her and reads her phone was given only Självmordslinjen.
const harmFromSomeoneClose = new Set<CrisisCategory>(["violence", "abuse-at-home", "sexual-abuse"]);

/**
 * Harm from someone close, as the message tells it: the screen's "violence" is a boyfriend's blow and a knife
 * shown in a park alike, so violence told as coming from others outside home (a group, a stranger, school, the
 * street: dialogs/shared/harm-words.ts) and naming nobody close is harm from others: 112, the police to report
 * it and BRIS, never Kvinnofridslinjen or the question about the phone (a boy of sixteen got both).
 */
export function fromSomeoneClose(categories: CrisisCategory[], text: string): boolean {
  return categories.some((c) => harmFromSomeoneClose.has(c) && !(c === "violence" && harmFromOutside(text)));
}

/**
 * Harm from a parent or family, as the message tells it, not sexual and naming no partner: BRIS first for anyone who may
 * be under 18, 112 for danger now and Brottsofferjouren for adults (crisis.harmFamily), not Kvinnofridslinjen, whose
 * place is harm from a partner and sexual harm (tester24: a boy hit by his father was offered it). No gender is guessed.
 */
export function fromFamily(categories: CrisisCategory[], text: string): boolean {
  return fromSomeoneClose(categories, text) && !categories.includes("sexual-abuse") && harmFromFamily(text);
}

/**
 * More harm told while a flag for a family's harm stands (`toldBefore`): "han slog mig igen nyss" names nobody, and is
 * the same father's, not a partner's (it got Kvinnofridslinjen after the first reply had given BRIS and Brottsofferjouren).
 */
export function fromFamilyStill(categories: CrisisCategory[], text: string, toldBefore: boolean): boolean {
  if (fromFamily(categories, text)) return true;
  return toldBefore && fromSomeoneClose(categories, text) && !categories.includes("sexual-abuse") && !namesPartner(text);
}

/** Violence from others outside home, and nothing closer: its own replies (crisis.harmOutside, crisis.again…Outside). */
export function fromOutside(categories: CrisisCategory[], text: string): boolean {
  return categories.includes("violence") && !fromSomeoneClose(categories, text);
}

/**
 * The first reply for harm from others: from someone close, from others outside home, or the plain one. To
 * someone known to be under 18 (bot/core/known-age.ts), BRIS comes first (a seventeen-year-old and a boy of
 * sixteen got it last, after Kvinnofridslinjen or the police), with 112 for danger now; for violence from
 * others outside home, 112 and BRIS, then the police to report it. Kvinnofridslinjen is for violence from a partner
 * and for sexual harm, whatever the gender; from a parent or family, BRIS leads for anyone not known to be 18
 * (crisis.harmFamily); to a known minor, BRIS, which is theirs, takes its place.
 */
function harmKey(categories: CrisisCategory[], text: string, minor: boolean, adult: boolean): string {
  const family = fromFamily(categories, text);
  const harm = family || fromSomeoneClose(categories, text) ? "crisis.harmClose" : fromOutside(categories, text) ? "crisis.harmOutside" : "crisis.danger";
  if (minor && harmFromOthers(categories)) return `${harm}Minor`;
  // Not known to be under 18, from a parent or family: BRIS still leads (they may be), then 112 and Brottsofferjouren;
  // known to be 18 or over, 112 and Brottsofferjouren.
  if (!family) return harm;
  return adult ? "crisis.harmFamilyAdult" : "crisis.harmFamily";
}

/**
 * The crisis as the message tells it, for choosing the words: pills kept, not taken ("har sparat alla mina tabletter i
 * en burk istället för att ta dom"), are a plan, met with the suicide line first, never "Har du tagit för mycket…"
 * (tester23 #8; the screen reads the pills as an overdose). The flag keeps the screen's categories.
 */
export function asTold(categories: CrisisCategory[], text: string): CrisisCategory[] {
  if (!categories.includes("overdose") || !keepsPills(text)) return categories;
  return [...new Set(categories.map((c): CrisisCategory => (c === "overdose" ? "suicide" : c)))];
}

/**
 * The first crisis reply's copy key for `categories` read with `text`: an overdose, suicide or self-harm their own line;
 * harm from others the one for who it came from (BRIS first to someone known to be under 18); anything else, or no
 * category at all (a crisis a coordinator raised: the label names no kind), the plain one, 112 and BRIS, which fits
 * every crisis and names no line for one kind only.
 */
export function firstCrisisKey(flagged: readonly CrisisCategory[], text: string, minor: boolean, adult = false): string {
  const categories = asTold([...flagged], text);
  return crisisCopy.find(([c]) => categories.includes(c))?.[1] ?? harmKey(categories, text, minor, adult);
}

/**
 * The numbers a first crisis reply gave (its key, from firstCrisisKey), named as the variant of a line that gives the
 * numbers again later (dialogs/help-numbers.ts: `${key}${variant}`): Självmordslinjen for a crisis of one's own (""), BRIS
 * first to someone known to be under 18, Kvinnofridslinjen after someone close, BRIS first after a parent's harm (age not
 * known), 112 and socialjouren to an adult hit by a parent, 112 and the police after others outside home, and 112 with
 * BRIS for any other crisis. So a reminder after a crisis names the numbers its first reply named, chosen in one place.
 */
export type NumbersVariant = "" | "Minor" | "AnyCrisis" | "HarmClose" | "HarmFamily" | "HarmFamilyAdult" | "HarmOutside";

const NUMBERS_OF_FIRST: Readonly<Record<string, NumbersVariant>> = {
  "crisis.harmClose": "HarmClose",
  "crisis.harmFamily": "HarmFamily",
  "crisis.harmFamilyAdult": "HarmFamilyAdult",
  "crisis.harmOutside": "HarmOutside",
  "crisis.danger": "AnyCrisis",
};

export function numbersOfFirstReply(firstKey: string): NumbersVariant {
  if (firstKey.endsWith("Minor")) return "Minor";
  return NUMBERS_OF_FIRST[firstKey] ?? "";
}
