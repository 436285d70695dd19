// The person's own age, told in a message ("jag e 16", "im 17 btw", "fyller 18 i maj", "jag är under 18"), for
// which help numbers come first (bot/core/known-age.ts): a minor gets BRIS first for harm from others. Only
// the writer's own age: "min bror e 8" and "jag har bott här i 16 år" are no age of theirs.
import { fold } from "./fold.js";

const AGE = "(1[0-9]|2[0-9])";
// Someone else, whose age a message may tell: a pronoun, a guy or a girl, a partner.
// Family, whose ages are told too ("min syster e 12 år gammal"), and are no partner's.
const FAMILY_WORDS = "bror|brorsan|broder|syster|syrran|pappa|farsan|mamma|morsan|kusin|morbror|farbror|moster|faster|styvpappa|bonuspappa|brother|sister|dad|father|mum|mom|mother|uncle|aunt|cousin|stepdad";
const OTHER_PERSON = "han|hon|hen|he|she|hes|shes|kille|killen|tjej|tjejen|snubbe|snubben|man|mannen|guy|dude|typen|gubbe|gubben|pojkvan|pojkvannen|flickvan|bf|boyfriend|girlfriend|partner";
// After the number, what makes it no age: "jag är 20 minuter sen", "im 15 mins away".
const NOT_AGE_AFTER = "(?! (minuter|minuten|min|mins|minutes|timmar|timme|hours|hour|kr|kronor|procent|percent|dagar|days|veckor|weeks|manader|months|st|sidor|pages|kilo|kg|cm|meter|km|ggr|ganger|times|pa|on|av|of|over|till)\\b)";
const TOLD: [RegExp, number][] = [
  // "jag e 16", "ja e bara 15", "im 17 btw", "i am 16 years old" (the number read as said).
  [new RegExp(`\\b(jag ar|jag|im|i m|i am)( bara| typ| nyss| just| only| like)? ${AGE}\\b${NOT_AGE_AFTER}`), 0],
  // "e 15 btw", "är 16": a message that starts with the verb has the writer as its subject.
  [new RegExp(`^(ar|am)( bara| typ| nyss| just| only| like)? ${AGE}\\b${NOT_AGE_AFTER}`), 0],
  // "16 år gammal", "16-åring", "17 years old", "17 yo", unless said of someone else: "han e 25 år gammal" and
  // "dejtar en 23-åring" are their ages ("jag e en 16-åring" is the writer's).
  [new RegExp(`(?<!\\b(${OTHER_PERSON}|${FAMILY_WORDS})( ar| is| s| typ| like| bara| nog| en| a)* )(?<!(?<!\\b(jag ar|jag|im|i m|i am) )\\b(en|a|nan|some) )\\b${AGE} (ar gammal|arig|aring|years old|year old|yo|y o)\\b`), 0],
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
  // Each sentence read on its own too: "var kan jag sova inatt? är 20" starts its second sentence with the verb
  // (tester25 #5: Nils, 20, was given BRIS), which the message as a whole does not.
  const sentences = [said, ...text.split(/[.?!\n]+/).slice(1).map(fold)];
  for (const [pattern, offset] of TOLD) {
    for (const sentence of sentences) {
      const n = pattern.exec(sentence)?.slice(1).find((g) => g !== undefined && /^\d+$/.test(g));
      if (n !== undefined) return Number(n) + offset;
    }
  }
  return UNDER_18.test(said) ? 17 : undefined;
}

// An adult's age told of someone the writer is with: "e hos en kompis kille, han e typ 25", "sover hos en kille
// jag träffade på snap, han e 26", "he's 24 and picks me up after school", "dejtar en 23-åring". A family member's
// age ("hos min bror, han e 25") is no such thing.
const OLDER = "([2-5][0-9])";
const THEIR_AGE = [
  new RegExp(`\\b(${OTHER_PERSON})( ar| is| s| typ| like| bara| nog| runt| about| liksom| assa)* ${OLDER}\\b${NOT_AGE_AFTER}`),
  new RegExp(`\\b(en|a|nan|some)( kille| tjej| guy| man| snubbe| typ)? (pa|som ar|who is|whos) ${OLDER}\\b${NOT_AGE_AFTER}`),
  new RegExp(`\\b(en|a|nan|some) ${OLDER} ?(aring|arig|ars|year old|yo)\\b`),
];
// Being with them: staying, sleeping over, picked up, meeting, dating, living with.
const WITH_THEM = /\b(hos|sova|sover|sov|sovit|bor|bo|bott|stannar|stanna|hamtar|hamta|hamtade|traffa|traffar|traffade|dejtar|dejta|dejtat|ihop|tillsammans|pojkvan|flickvan|min kille|min tjej|ligger med|ligga med|hanger med|hangt med|at his|at her|staying|stay|sleep|sleeping|slept|picks me up|picked me up|pick me up|meet|meeting|met|dating|date|with him|with her|med honom|med henne|my bf|my boyfriend|my girlfriend)\b/;
const FAMILY = new RegExp(`\\b(${FAMILY_WORDS})\\b`);

/** The age of an adult someone says they are with (20 to 59), or undefined; never a family member's. */
export function adultAgeWith(text: string): number | undefined {
  const said = fold(text);
  if (!WITH_THEM.test(said) || FAMILY.test(said)) return undefined;
  for (const pattern of THEIR_AGE) {
    const n = pattern.exec(said)?.slice(1).find((g) => g !== undefined && /^\d+$/.test(g));
    if (n !== undefined && Number(n) >= 20) return Number(n);
  }
  return undefined;
}

// Whether their age is all right, asked with it: "ja jag e 16 e det ok?", "jag är 15, får jag vara med?", "im 16 is that
// ok?" (a young tester's went unanswered in the onboarding: the "ja" was taken, the question left).
const FITS_ASKED =
  /\b(ar|e) (det|de) (ok|okej|okey|lugnt|fine|nagot problem|ett problem|problem)\b|\b(funkar|gar) (det|de)( bra| ok| anda)?( da| ju)?$|\b(far|kan) (jag|man)( ens| ju| verkligen| ocksa)? (vara med|va med|anvanda (det har|detta|tillit)|ha det har)\b|\b(jag|man) (far|kan)( ens)? (vara med|va med)\b|\b(ar|e) (jag|man) (for ung|for gammal|gammal nog|ratt alder)\b|\b(is|s) (that|it|this) (ok|okay|fine|alright|a problem)\b|\bdoes (that|it|age) matter\b|\bam i (too young|too old|old enough)\b|\bcan i (still )?(use|join|be in|do) (this|it)\b/;

// One's age in general words, with the question: "får man vara med om man e 15", "om man är 16" (tester22 full09).
const ONE_IS = new RegExp(`\\b(?:om|nar|ifall|if) (?:man|jag|ja|you|u|i)(?: (?:ar|is|are|am))? (?<age>1[0-9]|2[0-9])\\b${NOT_AGE_AFTER}`);

/** Their own age told, and whether it is all right asked in the same message: the age, or undefined. */
export function asksIfAgeFits(text: string): number | undefined {
  const said = fold(text);
  const age = ageTold(text) ?? numberOrUndefined(ONE_IS.exec(said)?.groups?.age);
  return age !== undefined && FITS_ASKED.test(said) ? age : undefined;
}

function numberOrUndefined(n: string | undefined): number | undefined {
  return n === undefined ? undefined : Number(n);
}

/** The answer to whether their age fits (15-24 is who Tillit is for), or undefined when it was not asked. */
export function ageFitsKey(text: string): "talk.ageFits" | "talk.ageOutside" | undefined {
  const age = asksIfAgeFits(text);
  if (age === undefined) return undefined;
  return age >= 15 && age <= 24 ? "talk.ageFits" : "talk.ageOutside";
}
