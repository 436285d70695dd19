// How the safety screen reads a message: through readableText() (NFKC, no zero-width or format
// characters), lower case, å/ä/ö and other accents folded ("dö" and "do" are one word), apostrophes
// dropped ("don't" → "dont"), and any doubled letter collapsed ("dööö", "killl", "tabletter" →
// "do", "kil", "tableter"), so missing åäö and doubled or stretched letters need no rules of their
// own. The lexicon is read the same way, so both sides always agree.
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
}

const apostrophes = /[’'`´]/g;
// Words, numbers, single emoji, and the punctuation that separates clauses.
const pieces = /\p{L}+|\p{N}+|\p{Extended_Pictographic}|[.!?;]+|,/gu;
const clauseWords = new Set(["men", "but"]);
/** Tablets per unit of a dose. */
const units: Record<string, number> = { mg: 1 / 500, milligram: 1 / 500, g: 2, gram: 2 };

/** Lower case, accents off, repeated letters collapsed: the form both messages and lexicon are compared in. */
export function foldWord(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/(\p{L})\1+/gu, "$1");
}

export function tokenize(text: string): Token[] {
  const folded = readableText(text).toLowerCase().replace(apostrophes, "").normalize("NFKD").replace(/\p{M}/gu, "");
  const tokens: Token[] = [];
  let clause = 0;
  let comma = 0;
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
      tokens.push({ key: piece, value: Number(piece), clause, comma });
      continue;
    }
    const previous = tokens.at(-1);
    if (previous?.value !== undefined && units[piece] !== undefined && previous.key === String(previous.value)) {
      previous.value = previous.value * units[piece]!;
    }
    const key = piece.replace(/(\p{L})\1+/gu, "$1");
    if (clauseWords.has(key)) {
      clause++;
      continue;
    }
    tokens.push({ key, clause, comma });
  }
  return tokens;
}

const quoted = /"[^"]{2,}"|“[^”]{2,}”|«[^»]{2,}»|”[^”]{2,}”/g;

/** The message without what it quotes: lyrics and film lines quoted next to a song or film title. */
export function withoutQuotes(text: string): string {
  return text.replace(quoted, " ");
}

export function hasQuotes(text: string): boolean {
  return /["“”«»]/.test(text);
}
