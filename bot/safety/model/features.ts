// What the trained screen sees of a message: features meant to carry from one writer to the next
// rather than to remember sentences. Everything is read the way the rules read it (text-tokens.ts:
// lower case, åäö folded, repeated letters squeezed, SMS spellings as their word), so "doda mej",
// "döda mig" and "dödaaa mig" give the same features. Then:
// - character n-grams over the folded words joined by spaces: they survive typos, dropped letters and
//   inflections no lexicon lists ("tabletterna", "tablettr");
// - words and pairs of neighbouring words within a clause;
// - the lexicon's concepts found in the message (SELF_SUBJ, DIE_SV, PILLS, GAME…) and pairs of them:
//   meaning the lexicon already knows, in any wording, with the screen's figures of speech set aside.
// Each feature is hashed into a fixed number of buckets (no vocabulary to store), counted once, and
// the vector is scaled to unit length so a long message weighs no more than a short one.
import type { Token } from "../text-tokens.js";

export interface FeatureOptions {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Shortest and longest character n-gram. */
  charMin: number;
  charMax: number;
  /** Whether the lexicon's concepts (and pairs of them) are features. */
  concepts: boolean;
}

/** A sparse vector: bucket indices (ascending, distinct) and their values. */
export interface Features {
  index: Int32Array;
  value: Float32Array;
}

const FNV_OFFSET = 0x811c9dc5;

/** One step of FNV-1a, 32 bits: a fast, stable hash (the same bucket on every machine and every run). */
function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

export function hash(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h >>> 0;
}

// Weights of the feature groups before the vector is scaled: characters are many and each says
// little; words and concepts are fewer and each says more.
const CHAR_WEIGHT = 1;
const WORD_WEIGHT = 2;
const CONCEPT_WEIGHT = 2;

/** The features of one message from what the screen read (its tokens and the concepts it found). */
export function featuresOf(tokens: Token[], concepts: string[], options: FeatureOptions): Features {
  const mask = (1 << options.bits) - 1;
  // A dense scratch row reused from message to message (cleared after use) and the buckets touched:
  // cheaper than a map for the few hundred features of a message.
  const row = scratchFor(options.bits);
  const touched: number[] = [];
  const addBucket = (h: number, weight: number) => {
    const b = (h >>> 0) & mask;
    if (row[b] === 0) touched.push(b);
    if (weight > row[b]!) row[b] = weight;
  };
  const add = (feature: string, weight: number) => addBucket(hash(feature), weight);
  // Numbers become their size class: "40 st" and "35 st" say the same thing.
  const words = tokens.map((t) => (t.value === undefined ? t.key : t.value >= 5 ? "#many" : "#few"));
  const joined = ` ${words.join(" ")} `;
  // Each n-gram hashed as "c" + its characters, grown one character at a time from each start (no strings made).
  const prefix = fnvStep(FNV_OFFSET, "c".charCodeAt(0));
  for (let i = 0; i < joined.length; i++) {
    let h = prefix;
    for (let n = 1; n <= options.charMax && i + n <= joined.length; n++) {
      h = fnvStep(h, joined.charCodeAt(i + n - 1));
      if (n >= options.charMin) addBucket(h, CHAR_WEIGHT);
    }
  }
  for (let i = 0; i < words.length; i++) {
    add(`w${words[i]}`, WORD_WEIGHT);
    if (i + 1 < words.length && tokens[i]!.clause === tokens[i + 1]!.clause) add(`b${words[i]} ${words[i + 1]}`, WORD_WEIGHT);
  }
  if (options.concepts) {
    const found = [...new Set(concepts)].sort();
    for (let i = 0; i < found.length; i++) {
      add(`k${found[i]}`, CONCEPT_WEIGHT);
      for (let j = i + 1; j < found.length; j++) add(`p${found[i]}+${found[j]}`, CONCEPT_WEIGHT);
    }
  }
  const index = Int32Array.from(touched).sort();
  const value = new Float32Array(index.length);
  let norm = 0;
  for (let i = 0; i < index.length; i++) {
    value[i] = row[index[i]!]!;
    row[index[i]!] = 0;
    norm += value[i]! * value[i]!;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < value.length; i++) value[i] = value[i]! / norm;
  return { index, value };
}

const scratch = new Map<number, Float32Array>();

function scratchFor(bits: number): Float32Array {
  let row = scratch.get(bits);
  if (!row) scratch.set(bits, (row = new Float32Array(1 << bits)));
  return row;
}
