// The safety screen: the lexicon's concepts found in a message, the rules evaluated over them, and a
// level (crisis, concern or none) with its categories. Rules alone, no language model: fast enough
// to run on every message first (`npm run bench:safety`).
import type { ConcernCategory, CrisisCategory, SafetyLevel } from "./categories.js";
import { ConceptIndex, type Hit, type Lexicon } from "./concept-index.js";
import { people } from "./lexicon/people.js";
import { harmToSelf } from "./lexicon/harm-to-self.js";
import { harmFromOthers } from "./lexicon/harm-from-others.js";
import { concernWords } from "./lexicon/concern.js";
import { context } from "./lexicon/context.js";
import { danger } from "./lexicon/danger.js";
import { signals } from "./lexicon/signals.js";
import { concernSignals } from "./lexicon/concern-signals.js";
import { indirect } from "./lexicon/indirect.js";
import { veiled } from "./lexicon/veiled.js";
import { everydayConcern } from "./lexicon/everyday-concern.js";
import { round8 } from "./lexicon/round8.js";
import { round9 } from "./lexicon/round9.js";
import { round10 } from "./lexicon/round10.js";
import { round11 } from "./lexicon/round11.js";
import { round12 } from "./lexicon/round12.js";
import { round13 } from "./lexicon/round13.js";
import { round14 } from "./lexicon/round14.js";
import { round15 } from "./lexicon/round15.js";
import { round21 } from "./lexicon/round21.js";
import { compileRule, conceptsOf, HitSet, matchRule, patternConcepts, type CompiledRule, type RuleSpec } from "./rule-engine.js";
import { harmToSelfRules } from "./rules/harm-to-self-rules.js";
import { harmFromOthersRules } from "./rules/harm-from-others-rules.js";
import { concernRules } from "./rules/concern-rules.js";
import { acuteRules } from "./rules/acute-rules.js";
import { signalRules } from "./rules/signal-rules.js";
import { concernSignalRules } from "./rules/concern-signal-rules.js";
import { indirectRules } from "./rules/indirect-rules.js";
import { veiledRules } from "./rules/veiled-rules.js";
import { everydayConcernRules } from "./rules/everyday-concern-rules.js";
import { round8Rules } from "./rules/round8-rules.js";
import { round9Rules } from "./rules/round9-rules.js";
import { round10Rules } from "./rules/round10-rules.js";
import { round11Rules } from "./rules/round11-rules.js";
import { round12Rules } from "./rules/round12-rules.js";
import { round13Rules } from "./rules/round13-rules.js";
import { round14Rules } from "./rules/round14-rules.js";
import { round15Rules } from "./rules/round15-rules.js";
import { hasQuotes, quotesAnything, readsSwedish, tokenize, withoutQuotes, withoutReportedQuotes, type Token } from "./text-tokens.js";

export const lexicon: Lexicon = {
  ...people,
  /** Anyone but the writer, family included: the subject that makes a wish someone else's. */
  OTHER_SUBJ: [...people.OTHERS, ...people.FAMILY_HOME, ...people.FAMILY],
  ...harmToSelf,
  ...harmFromOthers,
  ...concernWords,
  ...danger,
  ...signals,
  ...concernSignals,
  ...indirect,
  ...veiled,
  ...everydayConcern,
  ...round8,
  ...round9,
  ...round10,
  ...round11,
  ...round12,
  ...round13,
  ...round14,
  ...round15,
  ...round21,
  ...context,
};

export const ruleSpecs: RuleSpec[] = [...harmToSelfRules, ...harmFromOthersRules, ...acuteRules, ...signalRules, ...indirectRules, ...veiledRules, ...concernRules, ...concernSignalRules, ...everydayConcernRules, ...round8Rules, ...round9Rules, ...round10Rules, ...round11Rules, ...round12Rules, ...round13Rules, ...round14Rules, ...round15Rules];

export interface RuleFinding {
  rule: string;
  level: "crisis" | "concern";
  category: string;
  /** The lexicon entries that made the match, concept by concept: what a reviewer reads to see why. */
  words: { concept: string; entry: string }[];
  /** Set when the trained model raised the level (rule "trained-screen"): its score, 0..1. */
  score?: number;
}

export interface ScreenResult {
  level: SafetyLevel;
  crisisCategories: CrisisCategory[];
  /** Empty when the level is crisis: crisis wins. */
  concernCategories: ConcernCategory[];
  findings: RuleFinding[];
}

export interface Screen {
  screen(text: string): ScreenResult;
  /**
   * The result with what the rules read to reach it: the tokens, the concepts found and where (the
   * trained screen's features, as model/reading.ts passes them on).
   */
  analyse(text: string): { result: ScreenResult; tokens: Token[]; concepts: string[]; hits: Hit[] };
  /** The concepts found in a message (after figures of speech are set aside). */
  concepts(text: string): Hit[];
}

export function createScreen(specs: RuleSpec[] = ruleSpecs, words: Lexicon = lexicon): Screen {
  const rules = specs.map(compileRule);
  for (const rule of rules) {
    const unknown = conceptsOf(rule).filter((c) => !(c in words));
    if (unknown.length) throw new Error(`rule ${rule.id} names unknown concepts: ${unknown.join(", ")}`);
  }
  const index = new ConceptIndex(words);
  // A rule is only tried when its first concept occurs in the message (a scoring rule: any of its signals).
  const byFirstConcept = new Map<string, CompiledRule[]>();
  for (const rule of rules) {
    const first = rule.score ? patternConcepts(rule).flat() : patternConcepts(rule)[0]!;
    for (const c of new Set(first)) byFirstConcept.set(c, [...(byFirstConcept.get(c) ?? []), rule]);
  }

  function read(text: string): HitSet {
    let tokens = tokenize(text);
    let hits = index.find(tokens);
    // Quoted lines next to a film or a song are lyrics and lines, not the writer's words.
    if (hasQuotes(text) && hits.some((h) => h.concept === "MEDIA")) {
      tokens = tokenize(withoutQuotes(text));
      hits = index.find(tokens);
    }
    // In a Swedish message "i" is a preposition ("i mitt rum"), not the writer.
    if (readsSwedish(tokens)) hits = hits.filter((h) => !(h.concept === "SELF_SUBJ" && h.entry === "i"));
    return new HitSet(tokens, setAside(hits));
  }

  /**
   * Another's words in quotes are not the writer's crisis (text-tokens.ts, withoutReportedQuotes): crisis
   * is read without them. They may still tell a concern ("styvpappa sa 'hitta nånstans att bo'"), so a
   * concern found with them stays.
   */
  function readAndJudge(text: string): { hits: HitSet; result: ScreenResult } {
    const whole = read(text);
    const own = quotesAnything(text) ? withoutReportedQuotes(text) : text;
    if (own === text) return { hits: whole, result: judge(whole) };
    const hits = read(own);
    const withQuotes = judge(whole).findings.filter((f) => f.level === "concern");
    return { hits, result: judge(hits, withQuotes) };
  }

  function judge(hits: HitSet, alsoFound: RuleFinding[] = []): ScreenResult {
    const tried = new Set<CompiledRule>();
    for (const concept of hits.byConcept.keys()) for (const r of byFirstConcept.get(concept) ?? []) tried.add(r);
    const findings: RuleFinding[] = [];
    for (const rule of rules) {
      if (!tried.has(rule)) continue;
      const match = matchRule(rule, hits);
      if (match) findings.push({ rule: rule.id, level: rule.level, category: rule.category, words: match.hits.map((h) => ({ concept: h.concept, entry: h.entry })) });
    }
    for (const f of alsoFound) if (!findings.some((g) => g.rule === f.rule)) findings.push(f);
    const crisis = unique(findings.filter((f) => f.level === "crisis").map((f) => f.category as CrisisCategory));
    const concern = crisis.length ? [] : unique(findings.filter((f) => f.level === "concern").map((f) => f.category as ConcernCategory));
    return { level: crisis.length ? "crisis" : concern.length ? "concern" : "none", crisisCategories: crisis, concernCategories: concern, findings };
  }

  return {
    concepts: (text) => [...read(text).byConcept.values()].flat(),
    screen: (text) => readAndJudge(text).result,
    analyse(text) {
      const { hits, result } = readAndJudge(text);
      return { result, tokens: hits.tokens, concepts: [...hits.byConcept.keys()], hits: [...hits.byConcept.values()].flat() };
    },
  };
}

/** Words inside a figure of speech mean nothing; "vet inte" negates nothing. */
function setAside(hits: Hit[]): Hit[] {
  const figures = hits.filter((h) => h.concept === "FIGURE");
  const notNegations = hits.filter((h) => h.concept === "NOT_NEGATION");
  const inside = (h: Hit, spans: Hit[]) => spans.some((s) => s !== h && s.start <= h.start && h.end <= s.end);
  return hits.filter((h) => {
    if (h.concept === "FIGURE" || h.concept === "NOT_NEGATION") return true;
    if (inside(h, figures)) return false;
    return !(h.concept === "NEG" && inside(h, notNegations));
  });
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

const defaultScreen = createScreen();

/** The level and categories of one message, by the rules alone. */
export function screenMessage(text: string): ScreenResult {
  return defaultScreen.screen(text);
}

/** The names of the concepts found in one message (after figures of speech are set aside). */
export function conceptsIn(text: string): Set<string> {
  return new Set(defaultScreen.concepts(text).map((hit) => hit.concept));
}
