// Scoring rules: several weaker signals together make a level, in whatever words each is said and in
// whatever order ("jag e 15 o mamma har int vart hemma pa 4 dagar, maten e slut" is a minor, a parent
// gone, days and no food; no proximity rule foresaw that sentence). A scoring rule's pattern is
// weighted concepts and a threshold, "MINOR*2 + ALONE*2 + PARENT_GONE*2 + LONG_WHILE + NO_FOOD >= 4",
// optionally with a window, "… >= 4 ~20": signals within that many words of a needed one. Each concept
// counts once, with the hits a negation leaves (hit by hit; a negation inside another signal, "om jag
// inte" before "gör jobbet", negates nothing else); whose it is is read once, from the subject before
// the first signal. `needs` names concepts that must all be there ("A|B": one of them). Contexts the
// rule lists cancel it anywhere in the message: the signals may sit in different sentences, so their
// context may too.
import type { Hit } from "./concept-index.js";
import { guarded, overlaps, present, subjectGuard, type HitSet, type Who } from "./guards.js";

export interface ScoreTerm {
  concepts: string[];
  weight: number;
}

export interface ScorePattern {
  terms: ScoreTerm[];
  threshold: number;
  /** Most words from the first to the last signal counted; the whole message when absent. */
  within?: number;
}

export interface ScoreRuleGuards {
  who: Who;
  negation: boolean;
  unless: string[];
  needs: string[];
}

const patternShape = /^(.+?)\s*>=\s*(\d+)(?:\s*~(\d+))?$/;

/** The pattern read as a scoring rule, or undefined when it is a proximity rule. */
export function compileScore(pattern: string, id: string): ScorePattern | undefined {
  const m = patternShape.exec(pattern.trim());
  if (!m) return undefined;
  const terms = m[1]!.split("+").map((part) => {
    const t = /^\s*([A-Z_|]+)(?:\*(\d+))?\s*$/.exec(part);
    if (!t) throw new Error(`rule ${id}: cannot read "${part.trim()}" in its score`);
    return { concepts: t[1]!.split("|"), weight: t[2] ? Number(t[2]) : 1 };
  });
  return { terms, threshold: Number(m[2]), within: m[3] ? Number(m[3]) : undefined };
}

/** The signals that reach the threshold, or undefined. */
export function matchScore(score: ScorePattern, guards: ScoreRuleGuards, hits: HitSet): Hit[] | undefined {
  const all = score.terms.map((term) => term.concepts.flatMap((c) => hits.of(c)));
  // Most messages that touch a scoring rule carry one or two of its signals: when even every signal
  // found, unguarded, cannot reach the threshold, or a needed one is absent, nothing below can match
  // (the guards only take hits away). This keeps the screen within its speed target as rules grow.
  let possible = 0;
  score.terms.forEach((term, i) => {
    if (all[i]!.length) possible += term.weight;
  });
  if (possible < score.threshold) return undefined;
  const needed = guards.needs.map((n) => n.split("|"));
  if (!needed.every((alts) => alts.some((c) => hits.of(c).length > 0))) return undefined;
  const signals = all.flat();
  // A negation that belongs to another signal ("om jag inte" before "gör jobbet") negates nothing else.
  const partOfSignal = (options: Hit, h: Hit) => overlaps(options, h) || signals.some((s) => s !== h && s.start <= options.start && options.end <= s.end);
  const valid = (h: Hit) => !guarded(hits, h.start, h.end, (o) => partOfSignal(o, h), "anyone", guards.negation);
  const found = all.map((list) => list.filter(valid));
  // Every needed signal is an anchor: the window is measured from it.
  const anchors = found.flat().filter((h) => needed.length === 0 || needed.some((alts) => alts.includes(h.concept)));
  for (const anchor of anchors) {
    const near = (h: Hit) => score.within === undefined || (Math.abs(h.start - anchor.start) <= score.within && Math.abs(h.end - anchor.end) <= score.within);
    const picked: Hit[] = [];
    let total = 0;
    score.terms.forEach((term, i) => {
      const h = found[i]!.find((x) => near(x) && !picked.some((p) => overlaps(p, x)));
      if (!h) return;
      picked.push(h);
      total += term.weight;
    });
    if (total < score.threshold) continue;
    if (!needed.every((alts) => picked.some((h) => alts.includes(h.concept)))) continue;
    const own = (h: Hit) => picked.some((p) => overlaps(p, h));
    const first = picked.reduce((a, b) => (b.start < a.start ? b : a));
    const end = Math.max(...picked.map((h) => h.end));
    const clause = hits.tokens[first.start]!.clause;
    // Whose it is, once, from the subject before the first signal: the signals themselves name others.
    if (guards.who !== "anyone" && subjectGuard(hits, first, own, guards.who)) continue;
    const blocked = guards.unless.some((u) => u.split("+").every((b) => present(b, hits, own, first.start, end, clause, true)));
    if (!blocked) return picked;
  }
  return undefined;
}
