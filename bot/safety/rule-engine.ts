// Evaluates the screen's rules over the concepts found in a message. A rule is a pattern of
// concepts close together, or a score over weighted signals (score-match.ts), plus guards (guards.ts):
// a negation cancels it ("vill inte dö"), someone else as the subject cancels it ("min kompis vill
// dö"), and the contexts it names cancel it (a film, a game, a joke…) when they occur in the same
// clause — or anywhere in the message for RECOVERED, MITIGATED, PROUD_PAST and PAST_OVER, and after the match for IF_AFTER.
import type { Hit } from "./concept-index.js";
import { guarded, HitSet, overlaps, present, sameClause, type Who } from "./guards.js";
import { compileScore, matchScore, type ScorePattern } from "./score-match.js";

export type Level = "crisis" | "concern";

export interface RuleSpec {
  id: string;
  level: Level;
  category: string;
  /** Why a youth worker wants this caught: the rule's reason to exist. */
  why: string;
  /**
   * Ordered concepts with the most tokens allowed between neighbours, "WANT_SV +3 DIE_SV"; a step may
   * offer alternatives, "SELF_OBJ|SELF_BODY". Or unordered within a window: "{TOOK MANY PILLS} ~6". Or
   * a score over weighted signals (score-match.ts): "MINOR*2 + ALONE*2 + LONG_WHILE >= 4 ~20".
   */
  pattern: string;
  /** Scoring rules: concepts that must all be among the signals ("A|B": one of the two). */
  needs?: string[];
  /**
   * "self" (default for harm to oneself): cancelled when someone else is the subject; "other": cancelled
   * when the writer is (being touched, not touching); "anyone": no subject guard.
   */
  who?: Who;
  /** "cancels" (default): a negation at or just before the match cancels it; "in-pattern" when the rule itself is about a negation. */
  negation?: "cancels" | "in-pattern";
  /** Contexts that cancel the rule; "A+B" cancels only when both are there. */
  unless?: string[];
  /** Messages the rule catches; the first is caught by this rule alone (tests hold it to that). */
  examples: string[];
}

interface Step {
  concepts: string[];
  gap: number;
}

export interface CompiledRule extends RuleSpec {
  steps: Step[];
  unordered?: { concepts: string[]; within: number };
  score?: ScorePattern;
}

export interface RuleMatch {
  rule: CompiledRule;
  hits: Hit[];
}

export function compileRule(spec: RuleSpec): CompiledRule {
  const score = compileScore(spec.pattern, spec.id);
  if (score) return { ...spec, steps: [], score };
  if (spec.needs) throw new Error(`rule ${spec.id}: only a scoring rule needs concepts`);
  const unordered = /^\{([A-Z_| ]+)\}\s*~(\d+)$/.exec(spec.pattern);
  if (unordered) return { ...spec, steps: [], unordered: { concepts: unordered[1]!.trim().split(/\s+/), within: Number(unordered[2]) } };
  const steps: Step[] = [];
  let gap = 0;
  for (const part of spec.pattern.trim().split(/\s+/)) {
    const g = /^\+(\d+)$/.exec(part);
    if (g) gap = Number(g[1]);
    else if (/^[A-Z_|]+$/.test(part)) {
      steps.push({ concepts: part.split("|"), gap });
      gap = 0;
    } else throw new Error(`rule ${spec.id}: cannot read "${part}" in its pattern`);
  }
  return { ...spec, steps };
}

/** Every concept a rule mentions, in its pattern or as a context that cancels it. */
export function conceptsOf(rule: CompiledRule): string[] {
  return [...patternConcepts(rule).flat(), ...(rule.needs ?? []).flatMap((n) => n.split("|")), ...(rule.unless ?? []).flatMap((u) => u.split("+"))];
}

/** The rule's signals, step by step (or term by term): the alternatives for each. */
export function patternConcepts(rule: CompiledRule): string[][] {
  if (rule.score) return rule.score.terms.map((t) => t.concepts);
  return rule.unordered ? rule.unordered.concepts.map((c) => c.split("|")) : rule.steps.map((s) => s.concepts);
}

export { HitSet };

/** The first way the rule's pattern occurs that no guard cancels, or undefined. */
export function matchRule(rule: CompiledRule, hits: HitSet): RuleMatch | undefined {
  if (rule.score) {
    const guards = { who: rule.who ?? "self", negation: (rule.negation ?? "cancels") === "cancels", unless: rule.unless ?? [], needs: rule.needs ?? [] };
    const found = matchScore(rule.score, guards, hits);
    return found ? { rule, hits: found } : undefined;
  }
  for (const candidate of candidates(rule, hits)) {
    if (!cancelled(rule, candidate, hits)) return { rule, hits: candidate };
  }
  return undefined;
}

function* candidates(rule: CompiledRule, hits: HitSet): Generator<Hit[]> {
  if (rule.unordered) {
    const { concepts, within } = rule.unordered;
    const of = (c: string) => c.split("|").flatMap((alt) => hits.of(alt));
    for (const anchor of of(concepts[0]!)) {
      const picked = [anchor];
      let ok = true;
      for (const c of concepts.slice(1)) {
        const near = of(c).find((h) => sameClause(hits, h, anchor) && Math.max(h.end, anchor.end) - Math.min(h.start, anchor.start) <= within && !picked.some((p) => overlaps(p, h)));
        if (!near) {
          ok = false;
          break;
        }
        picked.push(near);
      }
      if (ok) yield picked;
    }
    return;
  }
  yield* extend(rule.steps, 0, [], hits);
}

function* extend(steps: Step[], index: number, sofar: Hit[], hits: HitSet): Generator<Hit[]> {
  if (index === steps.length) {
    yield sofar;
    return;
  }
  const step = steps[index]!;
  const previous = sofar.at(-1);
  for (const concept of step.concepts) {
    for (const h of hits.of(concept)) {
      if (previous && (h.start < previous.end || h.start - previous.end > step.gap || !sameClause(hits, h, previous))) continue;
      yield* extend(steps, index + 1, [...sofar, h], hits);
    }
  }
}

function cancelled(rule: CompiledRule, match: Hit[], hits: HitSet): boolean {
  const start = Math.min(...match.map((h) => h.start));
  const end = Math.max(...match.map((h) => h.end));
  const clause = hits.tokens[start]!.clause;
  const own = (h: Hit) => match.some((m) => overlaps(m, h));
  if (guarded(hits, start, end, own, rule.who ?? "self", (rule.negation ?? "cancels") === "cancels")) return true;
  return (rule.unless ?? []).some((u) => u.split("+").every((blocker) => present(blocker, hits, own, start, end, clause)));
}
