// Choosing the trained screen's settings on the development data alone: every fold holds out one
// writer whole and trains on the others, so each line gets a score from a model that never read its
// writer — the situation the screen is in with every new participant. The thresholds are then the
// lowest scores that keep the false positives within budget on those held-out scores, with the rules'
// own flags counted in (the model can only add to them).
import { featuresOf, type FeatureOptions, type Features } from "./features.js";
import { modelReading } from "./reading.js";
import { predict, train, type TrainOptions } from "./logistic.js";
import { EVERYDAY, type TrainingRow } from "./training-data.js";
import type { Screen, ScreenResult } from "../screen.js";

/**
 * False-positive budgets (issue 12: rules + model within 5 %): crisis flags among non-crisis lines, any
 * flag among lines that are neither (both on the corpora, where "neither" is mostly hard negatives),
 * and any flag among ordinary messages (everyday.jsonl): most of what participants write is ordinary,
 * and a crisis reply to "påminn mig igen" would cost the trust the product lives on.
 *
 * Round 8 (chosen on the cross-validation alone, before held-back-8 was measured with the new model):
 * crisis 3 → 3.5 % and any flag on neither 5 → 7 %. Each held-back set has landed about a point above
 * the cross-validated false-crisis rate, so 3.5 % keeps the 5 % in reach, and it bought 2.9
 * points of crisis recall across the folds (85.2 → 88.1 %, rules + model) for 0.5 points of false crisis
 * flags on hard negatives. A missed crisis costs more than a crisis reply to "har tagit mina tabletter
 * som vanligt". The everyday budget stayed 1 %: at 1.5 % the concern threshold flagged "det vet jag inte".
 *
 * Round 13 (chosen on the cross-validation): everyday 1 → 1.5 %. The shortest-messages writer taught the model that
 * a bare farewell can be one ("hej då chatten"), so ordinary goodbyes and stops joined everyday.jsonl, and at 1 %
 * they held the crisis threshold at 0.773: across the folds 92.8 % crisis, 91.2 % concern, false crisis 2.3 %.
 * At 1.5 %: 95.1 %, 92.1 %, 3.5 %, ordinary lines 1.4 %; no message any test has a participant say became a
 * crisis ("just leave me alone for today" is a concern), and "det vet jag inte" is not flagged.
 */
export const BUDGET = { crisis: 0.035, any: 0.07, everyday: 0.015 };

export interface Example {
  row: TrainingRow;
  x: Features;
  rules: ScreenResult;
}

export function examplesOf(rows: TrainingRow[], screen: Screen, features: FeatureOptions): Example[] {
  return rows.map((row) => {
    const { result, tokens, concepts, hits } = screen.analyse(row.text);
    const read = modelReading(tokens, concepts, hits);
    return { row, x: featuresOf(read.tokens, read.concepts, features), rules: result };
  });
}

export interface Scored {
  example: Example;
  crisis: number;
  concern: number;
}

/**
 * Scores every example with the heads trained without its writer. The everyday lines (one writer, the
 * engineer) are dealt out over the folds in turn, so each is scored by heads that never read it.
 */
export function outOfFold(examples: Example[], bits: number, options: TrainOptions): Scored[] {
  const writers = [...new Set(examples.map((e) => e.row.writer))].filter((w) => w !== EVERYDAY);
  const everyday = examples.filter((e) => e.row.writer === EVERYDAY);
  const foldOf = new Map<Example, string>();
  for (const e of examples) foldOf.set(e, e.row.writer);
  everyday.forEach((e, i) => foldOf.set(e, writers[i % writers.length]!));
  const scored = new Map<Example, Scored>();
  for (const writer of writers) {
    const trainSet = examples.filter((e) => foldOf.get(e) !== writer);
    const heads = trainHeads(trainSet, bits, options);
    for (const e of examples.filter((e) => foldOf.get(e) === writer)) {
      scored.set(e, { example: e, crisis: predict(heads.crisis, e.x), concern: predict(heads.concern, e.x) });
    }
  }
  return examples.map((e) => scored.get(e)!);
}

/** How much an everyday line counts: there are few of them against the many hard negatives and crisis lines. */
export const EVERYDAY_WEIGHT = Number(process.env.EVERYDAY_WEIGHT ?? 10);

export function trainHeads(examples: Example[], bits: number, options: TrainOptions) {
  const xs = examples.map((e) => e.x);
  const weights = examples.map((e) => (e.row.writer === EVERYDAY ? EVERYDAY_WEIGHT : 1));
  return {
    crisis: train(xs, examples.map((e) => e.row.crisis), 1 << bits, options, weights),
    concern: train(xs, examples.map((e) => e.row.crisis || e.row.concern), 1 << bits, options, weights),
  };
}

export interface Thresholds {
  crisis: number;
  concern: number;
}

export type Outcome = "crisis" | "concern" | "none";

/** What rules + model say: the model only raises. */
export function combined(rules: Outcome, scores: { crisis: number; concern: number }, t: Thresholds): Outcome {
  if (rules === "crisis" || scores.crisis >= t.crisis) return "crisis";
  if (rules === "concern" || scores.concern >= t.concern) return "concern";
  return "none";
}

/**
 * The thresholds within the false-positive budgets that catch the most: every pair of candidate
 * thresholds is tried, and a crisis caught counts twice a concern caught (missing a crisis costs more).
 * The two budgets share the lines that are neither, so the thresholds are chosen together.
 */
export function chooseThresholds(scored: Scored[]): Thresholds {
  const candidates = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    // Every 1/200th of the scores: enough resolution without trying every pair.
    return [...new Set(Array.from({ length: 201 }, (_, i) => sorted[Math.min(sorted.length - 1, Math.floor((i / 200) * sorted.length))]! + 1e-9))];
  };
  const ordinary = scored.filter((s) => s.example.row.writer === EVERYDAY);
  const corpora = scored.filter((s) => s.example.row.writer !== EVERYDAY);
  const crisisRows = corpora.filter((s) => s.example.row.crisis);
  const concernRows = corpora.filter((s) => s.example.row.concern);
  const nonCrisis = corpora.filter((s) => !s.example.row.crisis);
  const neither = corpora.filter((s) => !s.example.row.crisis && !s.example.row.concern);
  const count = (list: Scored[], ok: (s: Scored) => boolean) => {
    let n = 0;
    for (const s of list) if (ok(s)) n++;
    return n;
  };
  let best: { t: Thresholds; gain: number } = { t: { crisis: 1, concern: 1 }, gain: -1 };
  for (const crisis of candidates(corpora.map((s) => s.crisis))) {
    const raisedToCrisis = (s: Scored) => s.example.rules.level === "crisis" || s.crisis >= crisis;
    if (count(nonCrisis, raisedToCrisis) / nonCrisis.length > BUDGET.crisis) continue;
    const crisisRecall = crisisRows.length ? count(crisisRows, (s) => s.crisis >= crisis) / crisisRows.length : 0;
    // Lines that are neither and already flagged whatever the concern threshold.
    const flagged = count(neither, (s) => raisedToCrisis(s) || s.example.rules.level === "concern");
    const open = neither.filter((s) => !(raisedToCrisis(s) || s.example.rules.level === "concern"));
    for (const concern of candidates(corpora.map((s) => s.concern))) {
      if ((flagged + count(open, (s) => s.concern >= concern)) / neither.length > BUDGET.any) continue;
      if (ordinary.length && count(ordinary, (s) => combined(s.example.rules.level, s, { crisis, concern }) !== "none") / ordinary.length > BUDGET.everyday) continue;
      const concernRecall = concernRows.length ? count(concernRows, (s) => s.crisis >= crisis || s.concern >= concern) / concernRows.length : 0;
      const gain = worth({ crisisRecall, concernRecall });
      if (gain > best.gain) best = { t: { crisis, concern }, gain };
    }
  }
  return best.t;
}

/** What a setting is worth: a crisis caught counts twice a concern caught (missing a crisis costs more). */
export function worth(f: { crisisRecall: number; concernRecall: number }): number {
  return 2 * f.crisisRecall + f.concernRecall;
}

export interface Figures {
  crisisRecall: number;
  concernRecall: number;
  crisisFalsePositives: number;
  anyFalsePositives: number;
  /** Ordinary messages (everyday.jsonl) flagged at any level. */
  everydayFalsePositives: number;
}

/** Recall and false positives of the model alone (rules: false) or of rules + model. */
export function figures(scored: Scored[], t: Thresholds, withRules: boolean): Figures {
  const outcome = (s: Scored) => combined(withRules ? s.example.rules.level : "none", s, t);
  const share = (list: Scored[], ok: (s: Scored) => boolean) => (list.length ? list.filter(ok).length / list.length : 0);
  const corpora = scored.filter((s) => s.example.row.writer !== EVERYDAY);
  const crisis = corpora.filter((s) => s.example.row.crisis);
  const concern = corpora.filter((s) => s.example.row.concern);
  const nonCrisis = corpora.filter((s) => !s.example.row.crisis);
  const neither = corpora.filter((s) => !s.example.row.crisis && !s.example.row.concern);
  return {
    everydayFalsePositives: share(scored.filter((s) => s.example.row.writer === EVERYDAY), (s) => outcome(s) !== "none"),
    crisisRecall: share(crisis, (s) => outcome(s) === "crisis"),
    concernRecall: share(concern, (s) => outcome(s) !== "none"),
    crisisFalsePositives: share(nonCrisis, (s) => outcome(s) === "crisis"),
    anyFalsePositives: share(neither, (s) => outcome(s) !== "none"),
  };
}

/**
 * One head per category, each trained among the lines of its level (a crisis line: which kind of crisis).
 * A category no training line has (concern "control", added after the corpora were written) gets no head:
 * the model cannot name what it never read, and a head needs lines on both sides.
 */
export function trainCategoryHeads(examples: Example[], level: "crisis" | "concern", categories: readonly string[], bits: number, options: TrainOptions) {
  const ofLevel = examples.filter((e) => e.row[level]);
  const xs = ofLevel.map((e) => e.x);
  const present = categories.filter((c) => ofLevel.some((e) => e.row.category === c) && ofLevel.some((e) => e.row.category !== c));
  return Object.fromEntries(present.map((c) => [c, train(xs, ofLevel.map((e) => e.row.category === c), 1 << bits, options)] as const));
}

/** How often the category heads, trained without a writer, name that writer's category right. */
export function categoryAccuracy(examples: Example[], level: "crisis" | "concern", categories: readonly string[], bits: number, options: TrainOptions): number {
  let right = 0;
  let all = 0;
  for (const writer of new Set(examples.map((e) => e.row.writer))) {
    if (writer === EVERYDAY) continue;
    const heads = trainCategoryHeads(examples.filter((e) => e.row.writer !== writer), level, categories, bits, options);
    for (const e of examples.filter((e) => e.row.writer === writer && e.row[level])) {
      let best = { name: "", score: -1 };
      for (const [name, h] of Object.entries(heads)) {
        const score = predict(h, e.x);
        if (score > best.score) best = { name, score };
      }
      all++;
      if (best.name === e.row.category) right++;
    }
  }
  return all ? right / all : 0;
}
