// Evaluates the screen's rules over the concepts found in a message. A rule is a pattern of
// concepts close together, plus guards: a negation cancels it ("vill inte dö"), someone else as the
// subject cancels it ("min kompis vill dö"), and the contexts it names cancel it (a film, a game, a
// joke…) when they occur in the same clause — or anywhere in the message for RECOVERED and MITIGATED,
// and after the match for IF_AFTER.
import type { Hit } from "./concept-index.js";
import type { Token } from "./text-tokens.js";

export type Level = "crisis" | "concern";

export interface RuleSpec {
  id: string;
  level: Level;
  category: string;
  /** Why a youth worker wants this caught: the rule's reason to exist. */
  why: string;
  /**
   * Ordered concepts with the most tokens allowed between neighbours, "WANT_SV +3 DIE_SV"; a step may
   * offer alternatives, "SELF_OBJ|SELF_BODY". Or unordered within a window: "{TOOK MANY PILLS} ~6".
   */
  pattern: string;
  /** "self" (default for harm to oneself): cancelled when someone else is the subject. */
  who?: "self" | "anyone";
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
}

export interface RuleMatch {
  rule: CompiledRule;
  hits: Hit[];
}

const messageWide = new Set(["RECOVERED", "MITIGATED"]);
const afterOnly = new Set(["IF_AFTER"]);
/** Contexts that cancel a rule only when they contain one of its words ("kicked me out" is no kick). */
const overlapOnly = new Set(["THROWN_OUT", "LIVE_SOMEHOW", "LEAP_FIGURE"]);
// A person after a preposition is no subject: "skrev ett brev till mamma" is still the writer's act.
const prepositions = new Set(["till", "for", "med", "at", "pa", "av", "hos", "fran", "mot", "to", "with", "from", "about", "of"]);
const NEGATION_REACH = 2;
const SUBJECT_REACH = 6;

export function compileRule(spec: RuleSpec): CompiledRule {
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
  const own = rule.unordered ? rule.unordered.concepts.flatMap((c) => c.split("|")) : rule.steps.flatMap((s) => s.concepts);
  return [...own, ...(rule.unless ?? []).flatMap((u) => u.split("+"))];
}

export class HitSet {
  readonly byConcept = new Map<string, Hit[]>();
  constructor(readonly tokens: Token[], hits: Hit[]) {
    for (const h of hits) {
      const list = this.byConcept.get(h.concept);
      if (list) list.push(h);
      else this.byConcept.set(h.concept, [h]);
    }
  }
  of(concept: string): Hit[] {
    return this.byConcept.get(concept) ?? [];
  }
}

/** The first way the rule's pattern occurs that no guard cancels, or undefined. */
export function matchRule(rule: CompiledRule, hits: HitSet): RuleMatch | undefined {
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
  if ((rule.negation ?? "cancels") === "cancels" && negated(hits, start, end, clause, own)) return true;
  if ((rule.who ?? "self") === "self" && someoneElse(hits, start, end, clause, own)) return true;
  return (rule.unless ?? []).some((u) => u.split("+").every((blocker) => present(blocker, hits, own, end, clause)));
}

function present(blocker: string, hits: HitSet, own: (h: Hit) => boolean, end: number, clause: number): boolean {
  if (overlapOnly.has(blocker)) return hits.of(blocker).some(own);
  const found = hits.of(blocker).filter((h) => !own(h));
  if (messageWide.has(blocker)) return found.length > 0;
  if (afterOnly.has(blocker)) return found.some((h) => h.start >= end && inClause(hits, h, clause));
  return found.some((h) => inClause(hits, h, clause));
}

function negated(hits: HitSet, start: number, end: number, clause: number, own: (h: Hit) => boolean): boolean {
  const comma = hits.tokens[start]!.comma;
  return hits.of("NEG").some((h) => {
    if (own(h) || !inClause(hits, h, clause)) return false;
    if (h.start >= start && h.end <= end) return true;
    if (h.end <= start) return start - h.end <= NEGATION_REACH && hits.tokens[h.start]!.comma === comma;
    // Swedish puts "inte" after the verb: "jag skär mig inte längre".
    return h.start === end && ["inte", "int", "ej"].includes(h.entry);
  });
}

function someoneElse(hits: HitSet, start: number, end: number, clause: number, own: (h: Hit) => boolean): boolean {
  const others = hits.of("OTHER_SUBJ").filter((h) => !own(h) && inClause(hits, h, clause) && !prepositions.has(hits.tokens[h.start - 1]?.key ?? ""));
  if (others.some((h) => h.start > start && h.end < end)) return true;
  // "ifall jag inte finns": the writer is named inside the match itself.
  if (hits.of("SELF_SUBJ").some((h) => h.start >= start && h.end <= end)) return false;
  const before = [...others, ...hits.of("SELF_SUBJ").filter((h) => !own(h) && inClause(hits, h, clause))]
    .filter((h) => h.end <= start && start - h.end <= SUBJECT_REACH)
    .sort((a, b) => b.end - a.end)[0];
  return before !== undefined && before.concept === "OTHER_SUBJ";
}

function sameClause(hits: HitSet, a: Hit, b: Hit): boolean {
  return hits.tokens[a.start]!.clause === hits.tokens[b.start]!.clause;
}

function inClause(hits: HitSet, h: Hit, clause: number): boolean {
  return hits.tokens[h.start]!.clause === clause;
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}
