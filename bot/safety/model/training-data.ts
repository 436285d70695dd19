// The lines the trained screen may learn from, each a writer (or a writer's round) of its own, which is
// what the cross-validation folds on. Never a held-back file (held-back-17.jsonl): it measures the
// screen, nothing is chosen with it. Rounds 2a, 3 (second half), 4 and 5 to 15 were held back until they
// had been measured and reported (SAFETY.md); they are training data now, and rounds 5 to 11 each
// had two writers write training sets beside the new held-back one (round 12 four: suicide said
// sideways, the concern level, answers in a conversation, English and second-language Swedish; round 13
// three: acute danger and a child alone, the quieter concerns, the shortest messages; round 14 two: suicide said
// flatly, hopelessness, control and food; meaning that turns on something small, negations, exploitation; round 15
// one: the quiet crises, loneliness and hopelessness said without the words, dramatic-sounding concerns): every new writer the model reads
// carries further than any rule tuned on one writer did. Round 17 added round 16's held-back set (round16.jsonl),
// three training writers (crises and concerns told without the words; by what happened; second-language writers
// and fragments) and two files of ordinary lines (everyday-17.jsonl, and everyday-18.jsonl of the kinds the
// first retrains over-read: a young parent tired but fine, fragments of a burst, light check-in answers).
// rule-cases.jsonl is not here either: its lines are the rules' own patterns written out with filler
// words, labelled with what the rules answer, not with what a youth worker would say.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseLabelled, type Labelled } from "../evaluate.js";

export const trainingFiles = [
  "tests/fixtures/safety/development.jsonl",
  "tests/fixtures/safety/selfcheck.jsonl",
  "tests/fixtures/safety/round1.jsonl",
  "tests/fixtures/safety/round2b.jsonl",
  "tests/fixtures/safety/round3-dev.jsonl",
  "tests/fixtures/safety/round2a.jsonl",
  "tests/fixtures/safety/round3-second-half.jsonl",
  "tests/fixtures/safety/round4.jsonl",
  "tests/fixtures/safety/round5-train-a.jsonl",
  "tests/fixtures/safety/round5-train-b.jsonl",
  "tests/fixtures/safety/round5.jsonl",
  "tests/fixtures/safety/round6-train-c.jsonl",
  "tests/fixtures/safety/round6-train-d.jsonl",
  "tests/fixtures/safety/round6.jsonl",
  "tests/fixtures/safety/round7-train-e.jsonl",
  "tests/fixtures/safety/round7-train-f.jsonl",
  "tests/fixtures/safety/round7.jsonl",
  "tests/fixtures/safety/round8-train-g.jsonl",
  "tests/fixtures/safety/round8-train-h.jsonl",
  "tests/fixtures/safety/round8.jsonl",
  "tests/fixtures/safety/round9-train-i.jsonl",
  "tests/fixtures/safety/round9-train-j.jsonl",
  "tests/fixtures/safety/round9.jsonl",
  "tests/fixtures/safety/round10-train-k.jsonl",
  "tests/fixtures/safety/round10-train-l.jsonl",
  "tests/fixtures/safety/round10.jsonl",
  "tests/fixtures/safety/round11-train-m.jsonl",
  "tests/fixtures/safety/round11-train-n.jsonl",
  "tests/fixtures/safety/round11.jsonl",
  "tests/fixtures/safety/round12-train-o.jsonl",
  "tests/fixtures/safety/round12-train-p.jsonl",
  "tests/fixtures/safety/round12-train-q.jsonl",
  "tests/fixtures/safety/round12-train-r.jsonl",
  "tests/fixtures/safety/round12.jsonl",
  "tests/fixtures/safety/round13-train-s.jsonl",
  "tests/fixtures/safety/round13-train-t.jsonl",
  "tests/fixtures/safety/round13-train-u.jsonl",
  "tests/fixtures/safety/round13.jsonl",
  "tests/fixtures/safety/round14-train-v.jsonl",
  "tests/fixtures/safety/round14-train-w.jsonl",
  "tests/fixtures/safety/round14.jsonl",
  "tests/fixtures/safety/round15-train-x.jsonl",
  "tests/fixtures/safety/round15.jsonl",
  "tests/fixtures/safety/round16.jsonl",
  "tests/fixtures/safety/round17-train-y.jsonl",
  "tests/fixtures/safety/round17-train-z.jsonl",
  "tests/fixtures/safety/round17-train-aa.jsonl",
  "tests/fixtures/safety/everyday.jsonl",
  "tests/fixtures/safety/everyday-17.jsonl",
  "tests/fixtures/safety/everyday-18.jsonl",
] as const;

/**
 * Ordinary messages (greetings, plans, check-in answers, "jag är på väg nu"), all neither, written by
 * the engineer who trained the model (389) and, in round 10, a writer asked for ordinary traffic only (300
 * more: the model scored "typ" and "har inte hört nåt från dom än" as concern). The corpora are mostly crisis, concern and hard negatives, and a
 * model that never saw a plain "påminn mig igen" took it for crisis. They count ten times
 * (there are few of them), are dealt out over the folds, and have a false-positive budget of their own.
 */
export const EVERYDAY = "everyday";

/**
 * Which writer wrote each file: a fold holds out one writer whole, so the figures say how the model
 * does on someone it never read (the engineer wrote both development.jsonl and selfcheck.jsonl).
 */
export const writerOf: Record<(typeof trainingFiles)[number], string> = {
  "tests/fixtures/safety/development.jsonl": "engineer",
  "tests/fixtures/safety/selfcheck.jsonl": "engineer",
  "tests/fixtures/safety/round1.jsonl": "round 1",
  "tests/fixtures/safety/round2b.jsonl": "round 2b",
  "tests/fixtures/safety/round3-dev.jsonl": "round 3",
  "tests/fixtures/safety/round2a.jsonl": "round 2a",
  "tests/fixtures/safety/round3-second-half.jsonl": "round 3",
  "tests/fixtures/safety/round4.jsonl": "round 4",
  "tests/fixtures/safety/round5-train-a.jsonl": "round 5a",
  "tests/fixtures/safety/round5-train-b.jsonl": "round 5b",
  "tests/fixtures/safety/round5.jsonl": "round 5",
  "tests/fixtures/safety/round6-train-c.jsonl": "round 6c",
  "tests/fixtures/safety/round6-train-d.jsonl": "round 6d",
  "tests/fixtures/safety/round6.jsonl": "round 6",
  "tests/fixtures/safety/round7-train-e.jsonl": "round 7e",
  "tests/fixtures/safety/round7-train-f.jsonl": "round 7f",
  "tests/fixtures/safety/round7.jsonl": "round 7",
  "tests/fixtures/safety/round8-train-g.jsonl": "round 8g",
  "tests/fixtures/safety/round8-train-h.jsonl": "round 8h",
  "tests/fixtures/safety/round8.jsonl": "round 8",
  "tests/fixtures/safety/round9-train-i.jsonl": "round 9i",
  "tests/fixtures/safety/round9-train-j.jsonl": "round 9j",
  "tests/fixtures/safety/round9.jsonl": "round 9",
  "tests/fixtures/safety/round10-train-k.jsonl": "round 10k",
  "tests/fixtures/safety/round10-train-l.jsonl": "round 10l",
  "tests/fixtures/safety/round10.jsonl": "round 10",
  "tests/fixtures/safety/round11-train-m.jsonl": "round 11m",
  "tests/fixtures/safety/round11-train-n.jsonl": "round 11n",
  "tests/fixtures/safety/round11.jsonl": "round 11",
  "tests/fixtures/safety/round12-train-o.jsonl": "round 12o",
  "tests/fixtures/safety/round12-train-p.jsonl": "round 12p",
  "tests/fixtures/safety/round12-train-q.jsonl": "round 12q",
  "tests/fixtures/safety/round12-train-r.jsonl": "round 12r",
  "tests/fixtures/safety/round12.jsonl": "round 12",
  "tests/fixtures/safety/round13-train-s.jsonl": "round 13s",
  "tests/fixtures/safety/round13-train-t.jsonl": "round 13t",
  "tests/fixtures/safety/round13-train-u.jsonl": "round 13u",
  "tests/fixtures/safety/round13.jsonl": "round 13",
  "tests/fixtures/safety/round14-train-v.jsonl": "round 14v",
  "tests/fixtures/safety/round14-train-w.jsonl": "round 14w",
  "tests/fixtures/safety/round14.jsonl": "round 14",
  "tests/fixtures/safety/round15-train-x.jsonl": "round 15x",
  "tests/fixtures/safety/round15.jsonl": "round 15",
  "tests/fixtures/safety/round16.jsonl": "round 16",
  "tests/fixtures/safety/round17-train-y.jsonl": "round 17y",
  "tests/fixtures/safety/round17-train-z.jsonl": "round 17z",
  "tests/fixtures/safety/round17-train-aa.jsonl": "round 17aa",
  "tests/fixtures/safety/everyday.jsonl": EVERYDAY,
  "tests/fixtures/safety/everyday-17.jsonl": EVERYDAY,
  "tests/fixtures/safety/everyday-18.jsonl": EVERYDAY,
};

export interface TrainingRow extends Labelled {
  writer: string;
}

/**
 * Every line once: writers who never saw each other still wrote some of the same messages ("tog typ
 * 20 alvedon för en timme sen. mår illa nu" came from three of them), and a line in two writers'
 * folds would be scored by a model that had read it. The first file's copy is kept.
 */
export function loadTrainingRows(root: string): TrainingRow[] {
  const rows: TrainingRow[] = [];
  const seen = new Set<string>();
  for (const file of trainingFiles) {
    if (/held-back/.test(file)) throw new Error(`${file} is held back: never trained on`);
    const { rows: lines, errors } = parseLabelled(readFileSync(path.join(root, file), "utf8"));
    if (errors.length) throw new Error(`${file}: lines ${errors.join(", ")} are not labelled messages`);
    for (const line of lines) {
      const key = wordsOf(line.text).join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ ...line, writer: writerOf[file] });
    }
  }
  return rows;
}

/** A message's words, lower case, without punctuation or emoji: what "the same message" compares. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Whether two messages are the same but for a word or two: their word sets overlap by at least 70 %
 * (Jaccard) and the shorter has three words or more. A held-back line this close to a training line
 * would measure memory, not the screen.
 */
export function nearlyTheSame(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a);
  const y = new Set(b);
  if (Math.min(x.size, y.size) < 3) return a.join(" ") === b.join(" ");
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared) >= 0.7;
}
