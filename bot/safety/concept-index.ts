// Finds the lexicon's concepts in a tokenised message: which words and phrases occur where, with
// typo tolerance on longer words. Word lookups are cached per folded word, so a screen of many
// messages mostly reads from the cache.
import { foldWord, type Token } from "./text-tokens.js";
import { deletions, typoDistance } from "./typo-distance.js";

export type Lexicon = Record<string, readonly string[]>;

/** One concept found in a message: tokens [start, end), and the lexicon entry that matched. */
export interface Hit {
  concept: string;
  start: number;
  end: number;
  entry: string;
}

interface Word {
  key: string;
  stem: boolean;
  /** Edits tolerated when matching it as a typo (0: exact only). */
  fuzzy: number;
}

interface Entry {
  concept: string;
  text: string;
  words: number[];
}

const CACHE_LIMIT = 50_000;
export const MANY = "@many";
export const FEW = "@few";
export const DOZEN = "@dozen";
/**
 * What a number may stand for in a lexicon entry: an amount of pills (@many 5 or more, @few 0 to 3,
 * @dozen 12 or more), a child's age (@minor 1 to 17: "e 15", "my brothers 8"), an hour of the night
 * (@night 1 to 6: "vaken till 5") or of the afternoon (@afternoon 12 to 19: "sover till 15"), a grown-up's
 * age (@adult 20 to 99: "en kille på 30").
 */
const numberClasses: [string, (n: number) => boolean][] = [
  [MANY, (n) => n >= 5],
  [FEW, (n) => n <= 3],
  [DOZEN, (n) => n >= 12],
  ["@minor", (n) => n >= 1 && n <= 17],
  ["@night", (n) => n >= 1 && n <= 6],
  ["@afternoon", (n) => n >= 12 && n <= 19],
  ["@adult", (n) => n >= 20 && n <= 99],
];

/** Typo tolerance by length: one edit from six letters, two from ten. */
function tolerance(length: number): number {
  return length >= 10 ? 2 : length >= 6 ? 1 : 0;
}

export class ConceptIndex {
  private readonly words: Word[] = [];
  private readonly wordIds = new Map<string, number>();
  private readonly exact = new Map<string, number[]>();
  private readonly stems = new Map<string, number[]>();
  private readonly stemLengths: number[];
  private readonly typoWords = new Map<string, number[]>();
  private readonly typoStems = new Map<string, number[]>();
  private readonly byFirstWord = new Map<number, Entry[]>();
  private readonly cache = new Map<string, number[]>();

  constructor(lexicon: Lexicon) {
    for (const [concept, entries] of Object.entries(lexicon)) {
      for (const text of entries) {
        const words = text.split(/\s+/).filter(Boolean).map((w) => this.wordId(w));
        const entry = { concept, text, words };
        const list = this.byFirstWord.get(words[0]!) ?? [];
        list.push(entry);
        this.byFirstWord.set(words[0]!, list);
      }
    }
    this.stemLengths = [...new Set([...this.stems.keys()].map((s) => s.length))].sort((a, b) => a - b);
  }

  private wordId(raw: string): number {
    const noTypos = raw.startsWith("=");
    const stem = raw.endsWith("*");
    const key = raw.startsWith("@") ? raw : foldWord(raw.replace(/^=|\*$/g, ""));
    const id = `${noTypos ? "=" : ""}${key}${stem ? "*" : ""}`;
    const known = this.wordIds.get(id);
    if (known !== undefined) return known;
    const word: Word = { key, stem, fuzzy: noTypos || key.startsWith("@") ? 0 : tolerance(key.length) };
    const index = this.words.push(word) - 1;
    this.wordIds.set(id, index);
    push(stem ? this.stems : this.exact, key, index);
    if (word.fuzzy > 0) for (const d of deletions(key, word.fuzzy)) push(stem ? this.typoStems : this.typoWords, d, index);
    return index;
  }

  /** Lexicon words a folded token stands for: exact, by stem, or else as a typo of one. */
  private wordsOf(token: Token): number[] {
    if (token.value !== undefined) return this.numberWords(token.key, token.value);
    const cached = this.cache.get(token.key);
    if (cached) return cached;
    const found = this.lookUp(token.key);
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(token.key, found);
    return found;
  }

  private numberWords(digits: string, value: number): number[] {
    const ids = [...(this.exact.get(digits) ?? [])];
    for (const [word, fits] of numberClasses) {
      const id = fits(value) ? this.wordIds.get(word) : undefined;
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  private lookUp(key: string): number[] {
    const found = new Set<number>(this.exact.get(key) ?? []);
    for (const length of this.stemLengths) {
      if (length > key.length) break;
      for (const id of this.stems.get(key.slice(0, length)) ?? []) found.add(id);
    }
    if (found.size > 0 || tolerance(key.length) === 0) return [...found];
    // A typo only when the word is no lexicon word as written: a real word is not someone else's typo.
    for (const d of deletions(key, tolerance(key.length))) {
      for (const id of this.typoWords.get(d) ?? []) {
        const w = this.words[id]!;
        if (typoDistance(key, w.key, w.fuzzy) <= w.fuzzy) found.add(id);
      }
    }
    for (const length of this.stemLengths) {
      // A stem's typo: compare the token's start with one letter more or fewer than the stem.
      for (const cut of [length - 1, length, length + 1]) {
        if (cut < 6 || cut > key.length) continue;
        const head = key.slice(0, cut);
        for (const d of deletions(head, tolerance(head.length))) {
          for (const id of this.typoStems.get(d) ?? []) {
            const w = this.words[id]!;
            if (w.key.length === length && key.length >= w.key.length && typoDistance(head, w.key, w.fuzzy) <= w.fuzzy) found.add(id);
          }
        }
      }
    }
    return [...found];
  }

  /** Every concept occurrence in the tokens, phrases never crossing a clause. */
  find(tokens: Token[]): Hit[] {
    const words = tokens.map((t) => this.wordsOf(t));
    const hits: Hit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const first of words[i]!) {
        const entries = this.byFirstWord.get(first);
        if (!entries) continue;
        for (const entry of entries) {
          const end = i + entry.words.length;
          if (end > tokens.length || tokens[end - 1]!.clause !== tokens[i]!.clause) continue;
          let all = true;
          for (let k = 1; k < entry.words.length && all; k++) all = words[i + k]!.includes(entry.words[k]!);
          if (all) hits.push({ concept: entry.concept, start: i, end, entry: entry.text });
        }
      }
    }
    return hits;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
