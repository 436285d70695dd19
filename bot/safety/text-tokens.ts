// How the safety screen reads a message: through readableText() (NFKC, no zero-width or format
// characters), lower case, å/ä/ö and other accents folded ("dö" and "do" are one word), apostrophes
// dropped ("don't" → "dont"; "he'll" → "he will"), any doubled letter collapsed ("dööö", "killl",
// "tabletter" → "do", "kil", "tableter"; not in "pill" and "pills", which would be a name and a beer), and SMS spellings read as the word they stand for ("mej" is
// "mig", "int" is "inte", "e" is "är", "nån" is "någon"), so missing åäö, stretched letters and
// dropped letters need no lexicon entries of their own. The lexicon is read the same way, so both
// sides always agree.
import { readableText } from "../domain/normalize-text.js";

export interface Token {
  /** The folded word ("skar" for "skär"), a number's digits, or an emoji. */
  key: string;
  /**
   * Set for numbers: how many pills it stands for. A dose in milligrams counts as tablets of 500 mg and
   * grams as two each, so "5 mg melatonin" is one dose and "4000mg paracetamol" eight tablets.
   */
  value?: number;
  /** Sentences (. ! ? ;) and "men"/"but" start a new clause: rules never reach across one. */
  clause: number;
  /** Commas seen so far: a negation before a comma does not reach past it. */
  comma: number;
  /**
   * Line breaks seen so far. A line break starts no clause (a burst of messages is screened joined by
   * them, and its parts must be read together), but the trained screen's reading tells a question on a
   * line of its own from the lines around it (model/reading.ts).
   */
  line: number;
}

const apostrophes = /[’'`´]/g;
// Words, numbers, single emoji, and the punctuation that separates clauses.
const pieces = /\p{L}+|\p{N}+|\p{Extended_Pictographic}|[.!?;]+|,/gu;
const clauseWords = new Set(["men", "but"]);
/** Tablets per unit of a dose. */
const units: Record<string, number> = { mg: 1 / 500, milligram: 1 / 500, g: 2, gram: 2 };

/**
 * SMS spellings of Swedish words, written as the word they stand for (keys and values already folded):
 * "tog på mej", "har int ätit", "e 15", "nån tog", "har vart hemma", "blir av med lgh". Only spellings
 * that mean nothing else in a message to Tillit; "va" (vad/var/vara) and "ja" (jag/yes) stay as written.
 */
const smsSpellings: Record<string, string> = {
  mej: "mig", dej: "dig", sej: "sig", int: "inte", e: "ar", o: "och", nan: "nagon", nat: "nagot", nanting: "nagonting",
  nanstans: "nagonstans", ngn: "nagon", ngt: "nagot", vart: "varit", huvet: "huvudet", lgh: "lagenhet", mkt: "mycket",
};

function canonical(key: string): string {
  return smsSpellings[key] ?? key;
}

/**
 * Words whose doubled letter is all that tells them from another word: "pill"/"pills" squeezed were "pil"
 * (a name, an arrow) and "pils" (a beer): "ska ta en pils ikväll" was an overdose by the trained screen, and
 * a young tester named Pil was answered with 112. They keep their letters; stretched ("piiills") they fold
 * like any word. Round 21, from ordinary lines the rules flagged: "noose" squeezed was "nose" ("got a cold, nose
 * running" was a rope at hand), and "gött"/"gott" squeezed was English "got" ("got the letter, do i need to sign
 * it" read as "gött att dö").
 */
const keepDoubled = new Set(["pill", "pills", "noose", "nooses", "gott"]);

/** Lower case, accents off, repeated letters collapsed, SMS spellings read as their word: the form both messages and lexicon are compared in. */
export function foldWord(word: string): string {
  const lower = word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  return canonical(keepDoubled.has(lower) ? lower : lower.replace(/(\p{L})\1+/gu, "$1"));
}

// "he'll kill me", "they'd find me": the pronoun and the verb, so "he'll" is not read as "hell".
const contractions = /\b(he|she|they)['’´`](ll|d)\b/gi;

const lineBreaks = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let comma = 0;
  // Line by line only to count the lines: clauses and commas run on across them.
  text.split(lineBreaks).forEach((written, line) => {
    const folded = readableText(written)
      .toLowerCase()
      .replace(contractions, (_m, who: string, verb: string) => `${who} ${verb === "ll" ? "will" : "would"}`)
      .replace(apostrophes, "").normalize("NFKD").replace(/\p{M}/gu, "");
    for (const [piece] of folded.matchAll(pieces)) {
      if (piece === ",") {
        comma++;
        continue;
      }
      if (/^[.!?;]/.test(piece)) {
        clause++;
        continue;
      }
      if (/^\p{N}+$/u.test(piece)) {
        tokens.push({ key: piece, value: Number(piece), clause, comma, line });
        continue;
      }
      const previous = tokens.at(-1);
      if (previous?.value !== undefined && units[piece] !== undefined && previous.key === String(previous.value)) {
        previous.value = previous.value * units[piece]!;
      }
      const key = canonical(keepDoubled.has(piece) ? piece : piece.replace(/(\p{L})\1+/gu, "$1"));
      if (clauseWords.has(key)) {
        clause++;
        continue;
      }
      tokens.push({ key, clause, comma, line });
    }
  });
  return tokens;
}

// Words that only one of the two languages has (folded), to tell which one a message is written in.
const swedishWords = new Set([
  "och", "jag", "inte", "att", "det", "som", "ett", "med", "har", "ar", "pa", "mig", "du", "han", "hon", "dom", "vi", "min", "mit", "mina", "til",
  "av", "kan", "ska", "vil", "bara", "typ", "asa", "nu", "nar", "hema", "efter", "sen", "var", "nagon", "nagot", "ocksa", "mamma", "pappa",
]);
const englishWords = new Set([
  "the", "and", "is", "to", "my", "me", "im", "it", "you", "he", "she", "they", "of", "on", "at", "with", "was", "have", "ben", "just", "dont",
  "cant", "this", "that", "what", "are", "so", "like", "from", "but", "will", "would",
]);

/**
 * Whether a message reads as Swedish: then "i" is the preposition ("i mitt rum"), not the writer. Mixed
 * messages count the words of each language.
 */
export function readsSwedish(tokens: Token[]): boolean {
  let sv = 0;
  let en = 0;
  for (const t of tokens) {
    if (swedishWords.has(t.key)) sv++;
    else if (englishWords.has(t.key)) en++;
  }
  return sv > en;
}

const quoted = /"[^"]{2,}"|“[^”]{2,}”|«[^»]{2,}»|”[^”]{2,}”/g;

/** The message without what it quotes: lyrics and film lines quoted next to a song or film title. */
export function withoutQuotes(text: string): string {
  return text.replace(quoted, " ");
}

/** A quoted line, in double or single quotes ("'i'm gonna jump' she said": an apostrophe inside a word does not close it). */
const anyQuote = /"[^"\n]{2,}"|“[^”\n]{2,}”|«[^»\n]{2,}»|”[^”\n]{2,}”|(?<![\p{L}\p{N}])['‘`](?:[^'‘’`\n]|['’](?=\p{L}))+?['’`](?![\p{L}\p{N}])/gu;
/** Said or written by someone, right before the quote ("min kompis skrev 'ring 112'", "my friend said 'im gonna jump'"). */
const reportedBefore = /(\p{L}+)\s+(?:said|says|sa|sade|säger|skrev|skriver|wrote|writes|texted|posted|commented|kommenterade|ba|was like|went)\s*:?\s*$/iu;
/** Said or written, right after it ("'vill dö' stod det i min dagbok", "'bye' it said"). */
const reportedAfter = /^\s*[,.:]?\s*(?:stod det|står det|det stod|it said|it says|sa han|sa hon|skrev han|skrev hon|he said|she said|they said)\b/iu;
const firstPerson = new Set(["jag", "ja", "i", "me", "vi", "we", "jsg"]);
/** Words that make a quote said to the writer ("du", "you"): a threat or an insult reported is theirs to tell. */
const secondPerson = /(?<![\p{L}])(?:du|dig|dej|din|ditt|dina|you|u|ya|your|ur|yourself|urself)(?![\p{L}])/iu;

/**
 * The message without quoted lines someone else said or wrote, or that "stood" somewhere ("min kompis
 * skrev 'ring 112' när jag la upp min matlagning", "haha my friend said 'i'm gonna jump off a cliff'",
 * "'vill dö' stod det på varannan sida i min dagbok"): another's words, not the writer's own. The
 * writer's own quoted words stay ("jag skrev 'förlåt för allt' till mamma"), and so do quotes said to
 * the writer ("han skrev 'vi vet var du bor'"): a threat reported is a threat.
 */
export function withoutReportedQuotes(text: string): string {
  return text.replace(anyQuote, (quote: string, offset: number) => {
    if (secondPerson.test(quote)) return quote;
    const before = reportedBefore.exec(text.slice(Math.max(0, offset - 60), offset));
    const after = reportedAfter.test(text.slice(offset + quote.length));
    return (before && !firstPerson.has(before[1]!.toLowerCase())) || after ? " " : quote;
  });
}

/** Whether the message quotes anything, in double or single quotes. */
export function quotesAnything(text: string): boolean {
  anyQuote.lastIndex = 0;
  const found = anyQuote.test(text);
  anyQuote.lastIndex = 0;
  return found;
}

export function hasQuotes(text: string): boolean {
  return /["“”«»]/.test(text);
}
