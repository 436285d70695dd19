// Which lexicon the trained screen's weights were trained with. The model reads the lexicon's concepts
// as features (features.ts: each concept found, and each pair of them, hashed by name), so a concept
// added, renamed or removed moves every score it touches, silently, until the model is retrained. The
// trainer records this fingerprint in the weights file; a test compares it with the lexicon of the
// checkout and says "lexicon changed since training: run npm run safety:train" when they differ.
//
// What it covers: the names of the concepts the model reads, in the order features use them (sorted;
// the rules' glue concepts, which the model does not read, left out). Not the entries: a word added to
// a concept moves the scores of the few messages with that word, and retraining after every word would
// stop anyone adding one; a concept changes the features of every message that has it.
import { createHash } from "node:crypto";
import type { Lexicon } from "../concept-index.js";
import { lexicon } from "../screen.js";
import { readsConcept } from "./reading.js";

export interface LexiconFingerprint {
  /** How many concepts the model reads. */
  concepts: number;
  /** sha256 of their names, sorted, one a line (first 16 hex digits). */
  fingerprint: string;
}

/** The concepts the model reads, in the order its features use them. */
export function featureConcepts(words: Lexicon = lexicon): string[] {
  return Object.keys(words).filter(readsConcept).sort();
}

export function lexiconFingerprint(words: Lexicon = lexicon): LexiconFingerprint {
  const names = featureConcepts(words);
  return { concepts: names.length, fingerprint: createHash("sha256").update(names.join("\n")).digest("hex").slice(0, 16) };
}
