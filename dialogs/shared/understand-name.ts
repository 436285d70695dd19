// "What do you want me to call you?": the name in the answer, or that the answer is not a name.
// "jag heter alex" is Alex; "kalla mig Mo" wins over the name before it; "vet ej", "ja", "varför"
// and "spelar ingen roll" are not names. A name is stored with its first letter capitalised.
import { readableText } from "../../bot/domain/normalize-text.js";
import { fold } from "./fold.js";
import { NO_WORDS, YES_WORDS, isSkip } from "./understand-answers.js";

export type NameAnswer = `name:${string}` | "not-a-name";

const MAX_NAME = 20;

// Words that answer without giving a name (folded).
const NOT_NAMES = new Set([
  "hej", "hejsan", "tja", "tjena", "hallo", "halla", "hi", "hello", "hey", "yo", "tack", "thanks", "varfor", "vad", "vem", "hur", "why", "what", "who", "how",
  "hmm", "hm", "mm", "eh", "eeh", "oh", "asså", "assa", "lol", "haha", "hahaha", "xd", "whatever", "inget", "ingen", "ingenting", "nothing", "nobody", "kanske", "typ",
  "bra", "okej", "ok", "lugnt", "fint", "najs", "nice", "skit", "jag", "du", "mig", "dig", "me", "you", "alla", "nagon", "nan", "vet", "inte", "skip", "pass", "va",
  "nej", "ja", "spelar", "roll", "sluta", "stopp", "stop", "hjalp", "help", "namn", "name", "anonym", "anonymous", "random", "sa", "bara", "det", "den", "hon", "han",
  "allt", "alla", "vilket", "vilken", "it", "that", "this", "anything", "any", "de", "dom", "detta", "that's", "thats", "its", "either", "both", "bada", "none",
  // Times and small words after "kalla mig" that are about when, not what ("kalla mig när du kan").
  "nar", "sen", "senare", "imorgon", "imorn", "idag", "ikvall", "inatt", "om", "pa", "efter", "innan", "later", "tomorrow", "today", "tonight", "when",
  "pls", "please", "snalla", "back", "asap",
]);
// How one is or where, after "jag är" / "i'm": "jag e trött", "im back" say no name.
const STATES = new Set([
  "trott", "glad", "ledsen", "arg", "sur", "hungrig", "sjuk", "uttrakad", "stressad", "nere", "deppig", "slut", "hemma", "har", "ute", "tillbaka", "klar", "redo", "nojd",
  "tired", "happy", "sad", "fine", "good", "okay", "bored", "sick", "busy", "home", "back", "ready", "done", "here", "confused", "lost", "sorry", "new", "hungry", "angry", "stressed",
]);
const NOT_A_NAME_PHRASES = /\b(spelar (ingen|inte nan|inte nagon) roll|vill inte (saga|beratta|svara)|vad du vill|vad som helst|vilket som|ingen aning|doesnt matter|dont care|anything|varfor undrar|none of your)\b/;

// The shapes that name what to be called in so many words ("kalla mig J", "jag heter J", "my name is J"): there a
// single letter is a name (a young tester's "kalla mig J" got "vi hoppar över den"; asName).
const KALLA_MIG = /\b(?:kalla|kala|kallar|kalar|kall|call|calls|cal)\s+(?:mig|mej|me|mi)\s+(?:bara\s+|gärna\s+|garna\s+|för\s+|for\s+|just\s+)?(\S+)/iu;
const CALL_ME_NAME = /\bcall\s+me\s+(?:just\s+)?(\S+)/iu;
const KALLAS = /\bkallas\s+(?:för\s+|for\s+)?(\S+)/iu;
const HETER = /\b(?:jag\s+)?heter\s+(\S+)/iu;
const MITT_NAMN = /\bmitt\s+namn\s+(?:är|ar|e)\s+(\S+)/iu;
const MY_NAME = /\bmy\s+name\s+is\s+(\S+)/iu;
const NAMING: ReadonlySet<RegExp> = new Set([KALLA_MIG, CALL_ME_NAME, KALLAS, HETER, MITT_NAMN, MY_NAME]);

// Where the name stands in a sentence: "kalla mig X" last, since it names what to use.
const NAME_AFTER = [
  KALLA_MIG,
  // What others say, or what Tillit may say: "du kan säga Mira", "säg bara Mo", "mina polare säger Zozo".
  /\b(?:säg|sag|säga|saga|säger|sager|say|says)\s+(?:bara\s+|just\s+|typ\s+)?(\S+)(?:\s+(?:tack|thanks|typ|bara|då|da|pls|bre|bro|lol))*$/iu,
  CALL_ME_NAME,
  KALLAS,
  /^(\S+)\s+heter\s+(?:jag|ja|jg|i)$/iu,
  // "Dex e fine", "Mo funkar", "Ellie är bra": the name, then that it will do.
  /^(\S+)\s+(?:(?:e|är|ar|is|s|blir)\s+)?(?:fine|bra|ok|okej|okay|good|lugnt|nice|najs|funkar|works|duger|räcker|racker|går\s+bra|gar\s+bra|does\s+it|will\s+do)(?:\s+(?:tack|thanks|typ|bara|ju|med\s+mig|for\s+me|för\s+mig|by\s+me))*$/iu,
  HETER,
  MITT_NAMN,
  MY_NAME,
  /\b(?:i'?m|i\s+am|im)\s+(\S+)/iu,
  /^(?:det\s+|jag\s+|ja\s+|jg\s+)?(?:är|ar|e)\s+(\S+)$/iu,
  /^(?:it'?s|its)\s+(\S+)$/iu,
];

const FILLERS = /^(tack|thanks|sorry|förlåt|forlat|bara|just|typ|hehe|haha|här|har|here|aa|ja|jaa|jo|japp|ok|okej|okey|mm|mhm|hmm|hm|eh|ehm|um|bre|bro|bruh|mannen|lol|asså|assa|alltså|pls|plz|sure|yes|yeah|yep|aight|well|oh|ah|wallah)$/i;

// Changing one's mind in the same message: "kalla mig mollan eller nej Molly funkar", "Mo, nej vänta, Mohammed".
const CORRECTION = /(?:^|[\s,.!])(?:eller nej|eller förresten|eller forresten|nej förresten|nej forresten|nej vänta|nej vanta|nej sorry|or no|or actually|no wait|actually no)[\s,.!:]+/giu;

export function understandName(text: string): NameAnswer {
  // The name after the last correction wins, when there is one there.
  const corrections = [...text.matchAll(CORRECTION)];
  const last = corrections.at(-1);
  if (last) {
    const corrected = understandName(text.slice(last.index! + last[0].length));
    if (corrected !== "not-a-name") return corrected;
  }
  const clean = readableText(text).normalize("NFC").replace(/[^\p{L}\p{N}\s'’-]/gu, " ").replace(/\s+/g, " ").trim();
  const said = fold(text);
  if (!said || isSkip(said) || NOT_A_NAME_PHRASES.test(said)) return "not-a-name";
  let candidate: string | undefined;
  let named = false;
  for (const re of NAME_AFTER) {
    const all = [...clean.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`))];
    if (all.length) {
      candidate = all.at(-1)![1];
      named = NAMING.has(re);
      break;
    }
  }
  // "Jo" alone, to the name question, is the name (tester24 #10: Jo was refused, read as Swedish "jo" = yes, and the inbox
  // showed a phone number). A yes to a yes/no question is read there, never here.
  if (candidate === undefined && YES_THAT_ARE_NAMES.has(fold(clean))) return asName(clean, true, true);
  if (candidate === undefined) {
    // No sentence around it: one word (a trailing "tack" or "bara" aside), or two where the second is a surname.
    // Fillers around the name do not count: "aa Ali", "yusuf bre", "ok Sam tack".
    const words = clean.split(" ").filter((w) => !FILLERS.test(w));
    if (words.length === 0 || words.length > 2) return "not-a-name";
    if (words.length === 2 && !/^\p{Lu}/u.test(words[1]!)) return "not-a-name";
    candidate = words[0];
  }
  return asName(candidate, named);
}

// Onboarding's other answers, given to the name question ("e", then "kväll": a tester was called "Kväll").
const TIMES_AND_LANGUAGES = new Set(["morgon", "morgonen", "formiddag", "eftermiddag", "eftermiddagen", "kvall", "kvallen", "natt", "natten", "morning", "afternoon", "evening", "night", "svenska", "engelska", "english", "swedish"]);

// Letters that are small words when written alone ("e" is "är", "o" is "och", "i" is "in" or "I").
const LETTER_WORDS = /^[eoiaåäöu]$/;

// Words for yes that are names too, taken as the name when they are the whole answer to the name question.
const YES_THAT_ARE_NAMES = new Set(["jo"]);

/**
 * `named`: said in a naming shape, where one letter written as a capital, or one that is no small word, is a name.
 * `alone`: the whole answer, where a yes that is also a name (YES_THAT_ARE_NAMES) is the name.
 */
function asName(word: string | undefined, named = false, alone = false): NameAnswer {
  const name = word?.replace(/^['’-]+|['’-]+$/g, "");
  // One letter alone is no name to call someone by ("e" is "är", "eh"; a tester was called "E" for weeks); named as one, it is.
  const letterNamed = named && name !== undefined && [...name].length === 1 && /^\p{L}$/u.test(name) && (/^\p{Lu}$/u.test(name) || !LETTER_WORDS.test(name));
  if (!name || ([...name].length < 2 && !letterNamed) || [...name].length > MAX_NAME || !/^\p{L}[\p{L}'’-]*$/u.test(name)) return "not-a-name";
  const folded = fold(name);
  // (A letter named as one is no "j" for yes: "kalla mig J".)
  const yesName = alone && YES_THAT_ARE_NAMES.has(folded);
  if (NOT_NAMES.has(folded) || STATES.has(folded) || (!letterNamed && !yesName && (YES_WORDS.has(folded) || NO_WORDS.has(folded))) || TIMES_AND_LANGUAGES.has(folded)) return "not-a-name";
  return `name:${name.charAt(0).toLocaleUpperCase("sv-SE")}${name.slice(1)}`;
}

// A new name at any time, not only when asked: "kalla mig Mo istället", "byt namn till Mo". "call me"
// is also about phone calls ("call me tomorrow"), so in English the name must look like one.
const RENAME = /^(?:(?:kan du |kan ni |could you |can you |pls |snälla |snalla )?kalla\s+(?:mig|mej)|(?:byt|ändra|andra)\s+(?:mitt\s+)?namn(?:et)?\s+till|jag\s+vill\s+(?:heta|kallas)|(?:change)\s+my\s+name\s+to|i\s+go\s+by)\s+(.+)$/iu;
const CALL_ME = /^(?:(?:could you |can you |pls |please )?call\s+me)\s+(\p{Lu}\S*)(.*)$/u;

/** The name someone asks to be called by, said at any time; undefined when the text asks nothing of the kind. */
export function renamesTo(text: string): string | undefined {
  const clean = readableText(text).normalize("NFC").trim();
  const m = RENAME.exec(clean) ?? CALL_ME.exec(clean);
  if (!m) return undefined;
  const answer = understandName(`kalla mig ${m[1]}${m[2] ?? ""}`);
  return answer === "not-a-name" ? undefined : answer.slice("name:".length);
}

// A name given in a sentence, not asked for: "asså jag heter typ mohammed men kalla mig mo", "mitt namn
// är Noor", "call me Jay". Only these clear shapes, "kalla mig" first (it names what to use); a lone word
// or "jag är X" is never one here ("jag är trött"). "call me" is also about phone calls ("call me at 5").
const CALLED = [/\b(?:kalla|kala|kall|kalar)\s+(?:mig|mej)\s+(?:bara\s+|typ\s+|för\s+|for\s+|gärna\s+|garna\s+)?(\S+)/giu, /\bcall\s+me\s+(?:just\s+)?(\S+)/giu];
const NAMED = [/\b(?:jag|ja|jg|i)\s+heter\s+(?:typ\s+|bara\s+|faktiskt\s+)?(\S+)/giu, /\bmitt\s+namn\s+(?:är|ar|e)\s+(?:typ\s+)?(\S+)/giu, /\bmy\s+name\s+is\s+(\S+)/giu];
const NOT_AFTER_CALL_ME = new Set(["at", "back", "now", "again", "maybe", "sometime", "anytime", "whenever", "soon", "in", "on", "after", "before", "if", "plz", "up", "instead", "rn", "first", "then"]);

/** The name someone says they have or want, in a sentence; undefined when none is said that clearly. */
export function namesSelf(text: string): string | undefined {
  const clean = readableText(text).normalize("NFC").replace(/[^\p{L}\p{N}\s'’-]/gu, " ").replace(/\s+/g, " ").trim();
  for (const shapes of [CALLED, NAMED]) {
    const found = shapes.flatMap((re) => [...clean.matchAll(re)]).sort((a, b) => a.index - b.index);
    const word = found.at(-1)?.[1];
    if (word === undefined || NOT_AFTER_CALL_ME.has(fold(word))) continue;
    const answer = asName(word, true);
    if (answer !== "not-a-name") return answer.slice("name:".length);
  }
  return undefined;
}

const ASKS_MY_NAME = /\b(vad|va|vilket namn)\b.*\b(heter jag|kallar (du|ni) mig|kallar (du|ni) mej|har (du|ni) pa mig)\b|\b(whats|what s|what is) my name\b|\bwhat do you call me\b/;

/** "vad heter jag?", "vad kallar du mig": what Tillit calls them. */
export function asksMyName(text: string): boolean {
  return ASKS_MY_NAME.test(fold(text));
}

// A name given in the first message, around a greeting: "Hej jag heter Kim", "tja, kim här", "hej! e
// sara", "hi im alex", "hejsan, mitt namn är Noor 😊". Only these clear shapes, with nothing after the
// name but small words: "jag heter inte…", "jag e trött", "hej e ni öppna?" and "hi im new here" give none.
const GREETING_OPENERS = /^(?:(?:he+j+|hejsan|hejhej|hallå+|halla+|hallo+|tja+|tjena+|tjenare|tjabba|tjo+|yo+|he+y+|hi+|hello+|hiya|god\s+morgon|god\s+kväll|gomorron|morsning)(?=[\s,.!:;-]|$)[\s,.!:;-]*)+/iu;
const GREETING_NAME_SHAPES = [
  /^(?:jag\s+|ja\s+|jg\s+)?heter\s+(\S+)$/iu,
  // Told on with "och" (voice-to-text runs on): "Hej jag heter Hodan och jag fick detta nummer från min kompis …".
  // Or with a new sentence and no stop: "Hej jag heter Samir jag fick detta nummer från arbetsförmedlingen".
  /^(?:jag\s+|ja\s+|jg\s+)heter\s+(\S+?)[,.]?\s+(?:och|and|jag|jg|i)\s+\S/iu,
  /^(?:mitt\s+namn\s+(?:är|ar|e)|my\s+name\s+is)\s+(\S+?)[,.]?\s+(?:och|and)\s+\S/iu,
  /^(\S+)\s+heter\s+(?:jag|ja|jg)$/iu,
  /^(?:mitt\s+namn\s+(?:är|ar|e)|my\s+name\s+is|my\s+names?|my\s+name's)\s+(\S+)$/iu,
  /^(?:i'?m|i\s+am|im|it'?s|its|this\s+is)\s+(\S+)$/iu,
  /^(?:det\s+(?:är|ar|e)|de\s+(?:är|ar|e)|jag\s+(?:är|ar|e)|ja\s+(?:är|ar|e)|är|e)\s+(\S+)$/iu,
  /^(\S+)\s+(?:här|har|here)$/iu,
];
// How one is, what one is, or where, after "jag är" / "i'm" (beyond STATES): never a name.
const NOT_NAME_AFTER_GREETING = new Set([
  "stuck", "lonely", "scared", "worried", "alright", "great", "interested", "curious", "unemployed", "down", "ok", "okay", "nervous", "late", "lost", "bad", "not", "just", "also", "so", "very",
  "radd", "ensam", "orolig", "fast", "arbetslos", "nyfiken", "intresserad", "sugen", "ny", "osaker", "forvirrad", "lugn", "kass", "seg", "sen", "inte", "int", "ocksa", "sa", "jatte", "lite",
  "tillit", "ni", "du", "det", "detta", "den", "bot", "boten", "robot", "en", "ett", "a", "an", "the", "from", "fran", "med", "with",
]);

/** The name given in a first message with a greeting, when clearly given; undefined otherwise. */
export function nameInGreeting(text: string): string | undefined {
  const clean = readableText(text).normalize("NFC").replace(/[^\p{L}\p{N}\s'’,.!:;-]/gu, " ").replace(/\s+/g, " ").trim();
  const rest = clean.replace(GREETING_OPENERS, "").replace(/[\s,.!:;-]+$/u, "").trim();
  // Small words after the name: "hej jag heter Kim lol", "tja kim här bara".
  const core = rest.replace(/(?:[\s,.!]+(?:lol|haha|hehe|bara|typ|btw|tack|thanks|:\)))+$/iu, "").trim();
  for (const re of GREETING_NAME_SHAPES) {
    const m = re.exec(core);
    if (!m) continue;
    const word = m[1]!.replace(/[,.!:;]+$/u, "");
    if (NOT_NAME_AFTER_GREETING.has(fold(word))) return undefined;
    const answer = asName(word);
    return answer === "not-a-name" ? undefined : answer.slice("name:".length);
  }
  return undefined;
}

// Words that often make up a whole message and are no name, though a lone word might otherwise be read as
// one (folded): sounds and small words, greetings of other languages, times of day and languages.
const NOT_A_NAME_ALONE = new Set([
  "jaha", "aha", "ahaa", "vada", "kul", "mkt", "mycket", "oj", "ojda", "ojsan", "shit", "fan", "fy", "usch", "ursakta", "sakert", "wow", "omg", "okejda", "hejda", "bye",
  "salam", "salaam", "salamu", "hola", "bonjour", "merhaba", "privet", "wallah", "wallahi", "yalla", "bror", "brorsan", "habibi", "bruh", "cool", "coolt", "toppen", "perfekt",
  "morgon", "morgonen", "eftermiddag", "eftermiddagen", "kvall", "kvallen", "natt", "dag", "morning", "afternoon", "evening", "night",
  "svenska", "engelska", "english", "swedish", "arabiska", "arabic", "ukrainska", "ukrainian", "ryska", "russian", "somaliska", "somali", "dari", "persiska", "farsi", "tigrinja",
  "daligt", "sadar", "hjalp", "fragor", "fraga", "questions", "question", "konstigt", "weird", "manniska", "person", "human", "stopp", "start",
]);

// Sounds rather than words: "öhh", "äh", "ehm", "hä", "mmm", "hahaha", "xD".
const SOUNDS = /^(o+h+m?|a+h+|e+h+m?|u+h+m?|a+|e+|o+|u+|h[aeiou]+|m+h?m*|(ha)+h?|(he)+h?|(hi)+h?|x+d+|p+s+t*)$/;

/**
 * A name given unasked, as the whole message: "Noah", "Sara", "Mohammed Ali", "jag heter Noah", "Noah här"
 * (the consent, where a young tester answered "Noah" after asking for a person). Stricter than the answer
 * to "what should I call you": one word (or two that both look like names), not a word of the kind that
 * makes up a whole message anyway ("jaha", "vadå", "kväll"), no question and no digits.
 */
export function nameAlone(text: string): string | undefined {
  if (/[?\d]/.test(text)) return undefined;
  const said = namesSelf(text) ?? nameInGreeting(text);
  if (said) return NOT_A_NAME_ALONE.has(fold(said)) ? undefined : said;
  const words = readableText(text).normalize("NFC").replace(/[^\p{L}\s'’-]/gu, " ").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 2 || (words.length === 2 && !words.every((w) => /^\p{Lu}/u.test(w)))) return undefined;
  if (words.some((w) => NOT_A_NAME_ALONE.has(fold(w)) || SOUNDS.test(fold(w)) || NOT_NAMES.has(fold(w)) || FILLERS.test(w))) return undefined;
  const answer = understandName(words.join(" "));
  return answer === "not-a-name" ? undefined : answer.slice("name:".length);
}
