// Understanding short answers the way young people text them: a number, the option's words, common
// Swedish and English synonyms, missing åäö, repeated letters and small typos.
import { readableText } from "../../bot/domain/normalize-text.js";

export function fold(text: string): string {
  return readableText(text)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "") // å → a, ö → o, é → e
    .toLowerCase()
    .replace(/(\p{L})\1{2,}/gu, "$1$1") // "jaaaa" → "jaa"
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}

export interface ChoiceOption {
  value: string;
  /** Words that mean this option, in any of the supported languages (the label is added). */
  synonyms: string[];
}

/** The chosen option's value, or undefined when the text does not clearly pick one. */
export function recognizeChoice(text: string, options: ChoiceOption[], labels: string[]): string | undefined {
  const said = fold(text);
  if (!said) return undefined;
  const number = /^(\d{1,2})$/.exec(said)?.[1];
  if (number) return options[Number(number) - 1]?.value;
  const candidates = options.map((o, i) => ({ value: o.value, words: [labels[i] ?? "", ...o.synonyms].map(fold).filter(Boolean) }));
  for (const c of candidates) if (c.words.includes(said)) return c.value;
  // "ja tack", "nej det vill jag inte": the first word decides when it is a known word of one option.
  const first = said.split(" ")[0]!;
  const byFirst = candidates.filter((c) => c.words.includes(first));
  if (byFirst.length === 1) return byFirst[0]!.value;
  // One small typo in a word of four letters or more ("morgn", "kvall").
  if (said.length >= 4) {
    const near = candidates.filter((c) => c.words.some((w) => w.length >= 4 && editDistance(w, said) <= 1));
    if (near.length === 1) return near[0]!.value;
  }
  return undefined;
}

export const yesWords = ["ja", "japp", "jaa", "jo", "joo", "jepp", "absolut", "okej", "ok", "okay", "visst", "gärna", "yes", "yeah", "yep", "yup", "sure", "y", "j"];
export const noWords = ["nej", "nä", "näe", "nää", "nope", "nej tack", "no", "nah", "nope", "n", "no thanks"];

const emojiScores: [RegExp, number][] = [
  [/😭|😢|😞|☹️|🙁|😣|😖/u, 2],
  [/😐|😑|😶|🤷/u, 5],
  [/🙂|😌/u, 7],
  [/😊|😀|😃|😄|😁|👍|💪|🥰|😍/u, 9],
];

const numberWords: Record<string, number> = {
  etta: 1, one: 1, tva: 2, two: 2, tre: 3, three: 3, fyra: 4, four: 4, fem: 5, five: 5,
  sex: 6, six: 6, sju: 7, seven: 7, atta: 8, eight: 8, nio: 9, nine: 9, tio: 10, ten: 10,
};

/** A 1–10 score from "7", "7/10", "typ 6", "sju", or an emoji; undefined otherwise. */
export function recognizeScale(text: string): number | undefined {
  const n = /(?:^|\D)(10|[1-9])(?:\s*\/\s*10)?(?:\D|$)/.exec(text.trim());
  if (n) return Number(n[1]);
  const words = fold(text).split(" ").map((w) => numberWords[w]).filter((v) => v !== undefined);
  if (words.length === 1) return words[0];
  for (const [re, score] of emojiScores) if (re.test(text)) return score;
  return undefined;
}

export type Interruption = "skip" | "later" | "human";

const interruptionPatterns: [Interruption, RegExp][] = [
  ["human", /\b(prata|snacka|tala|ringa?)\b.*\b(manniska|person|koordinator|handledare|nagon)\b|\b(manniska|min koordinator|riktig person)\b|\b(talk|speak|chat)\b.*\b(human|person|someone|coordinator|real)\b|\b(human|real person)\b/],
  ["skip", /^(hoppa over|hoppa|skippa|skip|pass|next|nasta|vet inte|vill inte svara|ingen kommentar|idk|dunno|pass pa den)$/],
  ["later", /^(senare|sen|inte nu|en annan gang|later|not now|another time|maybe later|kanske senare|orkar inte nu)$/],
];

/** An interruption that applies anywhere in a dialog. */
export function detectInterruption(text: string): Interruption | undefined {
  const said = fold(text);
  for (const [kind, re] of interruptionPatterns) if (re.test(said)) return kind;
  return undefined;
}

export type ReminderRequest = "off" | "on" | "later" | "morning" | "afternoon" | "evening";

// Folded text (no åäö, lower case). Order matters: "påminn mig inte" before "påminn mig".
const reminderPatterns: [ReminderRequest, RegExp][] = [
  ["off", /\b(paminn(?:a)? mig (?:inte|aldrig)|inga (?:fler )?paminnelser|sluta (?:med att )?paminna|stang av paminnelser(?:na)?|(?:do not|dont|don t) remind me|no (?:more )?reminders|stop (?:the )?remind(?:ing|ers)|turn off reminders)\b/],
  ["later", /\b(paminn mig (?:senare|sen|lite senare|om en stund)|paminn senare|remind me (?:later|again later|in a bit))\b/],
  ["on", /^(paminn mig|paminn mig igen|paminnelser pa|sla pa paminnelser(?:na)?|remind me|remind me again|reminders on|turn on reminders|turn reminders on)$/],
];
const dayPartPatterns: [ReminderRequest, RegExp][] = [
  ["evening", /\b(pa kvall(?:en|arna)?|kvallstid|pa kvallstid|in the evenings?|evenings?)\b/],
  ["morning", /\b(pa (?:morgon(?:en)?|morgnarna|formiddag(?:en|arna)?)|in the mornings?|mornings?)\b/],
  ["afternoon", /\b(pa eftermiddag(?:en|arna)?|in the afternoons?|afternoons?)\b/],
];
// Asking for another time of day needs a word about sending or "instead", so "jag sover på morgonen" is not one.
const aboutSending = /\b(skick|skriv|paminn|hor av|sms|mess|istallet|hellre|send|text|write|remind|message|instead|rather)/;

/** A participant's wish about reminders, in their own words; undefined when the text is not one. */
export function detectReminderRequest(text: string): ReminderRequest | undefined {
  const said = fold(text);
  if (!said || said.length > 80) return undefined;
  for (const [kind, re] of reminderPatterns) if (re.test(said)) return kind;
  if (!aboutSending.test(said)) return undefined;
  for (const [kind, re] of dayPartPatterns) if (re.test(said)) return kind;
  return undefined;
}
