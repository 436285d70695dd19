// Test inputs made from the rules themselves, so that removing any rule or any lexicon word fails a
// test (issue 21). For every rule: an input it catches that no other rule would. For every lexicon
// entry: an input whose outcome changes when that entry is removed — built by putting the entry into
// a rule's pattern (with filler words between the steps), or next to a rule's match when the entry
// is a negation, a subject or a context that cancels rules. Every case is checked against a screen
// without the entry (or rule) before it is kept; entries with no such case are reported as dead.
// `npm run safety:cases` writes them to tests/fixtures/safety/rule-cases.jsonl.
import { createScreen, lexicon as defaultLexicon, ruleSpecs, type Screen, type ScreenResult } from "./screen.js";
import { compileRule, patternConcepts, type CompiledRule, type RuleSpec } from "./rule-engine.js";
import type { Lexicon } from "./concept-index.js";

export interface RuleCase {
  kind: "rule" | "word" | "typo";
  rule?: string;
  concept?: string;
  entry?: string;
  text: string;
  /** The screen's outcome, "crisis:suicide", "concern:sleep,food" or "none". */
  expect: string;
}

export function outcome(r: ScreenResult): string {
  if (r.level === "none") return "none";
  return `${r.level}:${[...(r.level === "crisis" ? r.crisisCategories : r.concernCategories)].sort().join(",")}`;
}

const FILLER = "typ";
const GUARDS = new Set(["NEG", "NOT_NEGATION", "OTHER_SUBJ", "SELF_SUBJ"]);

const numbers: Record<string, string> = { "@many": "20", "@few": "2", "@dozen": "14", "@minor": "14", "@night": "4", "@afternoon": "15", "@adult": "30" };

/** How an entry is written into a test message: a number for each number class, stems as written, no "=". */
export function spell(entry: string): string {
  return entry
    .replace(/^=/, "")
    .replace(/\*$/, "")
    .replace(/@[a-z]+/g, (n) => numbers[n] ?? n);
}

/**
 * The terms of a scoring rule that an instance writes out: the one asked for first, then what the rule
 * needs, then the heaviest, until the threshold is reached; in the pattern's order.
 */
function scoreSelection(rule: CompiledRule, first?: number): number[] {
  const terms = rule.score!.terms;
  const chosen = first === undefined ? [] : [first];
  for (const need of rule.needs ?? []) {
    const alts = need.split("|");
    if (chosen.some((i) => terms[i]!.concepts.some((c) => alts.includes(c)))) continue;
    const i = terms.findIndex((t) => t.concepts.some((c) => alts.includes(c)));
    if (i >= 0) chosen.push(i);
  }
  const sum = () => chosen.reduce((n, i) => n + terms[i]!.weight, 0);
  const rest = terms.map((_, i) => i).filter((i) => !chosen.includes(i)).sort((a, b) => terms[b]!.weight - terms[a]!.weight);
  for (const i of rest) if (sum() < rule.score!.threshold) chosen.push(i);
  return chosen.sort((a, b) => a - b);
}

/** The rule's pattern written out, one entry per step, a filler word where the pattern allows a gap. */
function instance(rule: CompiledRule, pick: (step: number, concepts: string[]) => string, slot?: number): string {
  const steps = patternConcepts(rule);
  if (rule.score) return scoreSelection(rule, slot).map((i) => pick(i, steps[i]!)).join(` ${FILLER} `);
  return steps
    .map((concepts, i) => {
      const gap = rule.unordered ? (i > 0 && rule.unordered.within > steps.length + 1 ? 1 : 0) : rule.steps[i]!.gap;
      return `${i > 0 && gap > 0 ? `${FILLER} ` : ""}${pick(i, concepts)}`;
    })
    .join(" ");
}

/**
 * `realLines` (the training lines): an entry no written-out pattern shows at work, because only a real
 * sentence's context lets it change the outcome ("mamma hotar att kasta ut mig om jag inte betalar hyra"), is
 * held to the first such line instead of being reported dead.
 */
export function generateRuleCases(specs: RuleSpec[] = ruleSpecs, words: Lexicon = defaultLexicon, realLines: string[] = []): { cases: RuleCase[]; dead: string[] } {
  const rules = specs.map(compileRule);
  const screen = createScreen(specs, words);
  const cases: RuleCase[] = [];
  const fires = (s: Screen, text: string, rule: string) => s.screen(text).findings.some((f) => f.rule === rule);

  // A working instance of each rule, from the first entries that make it fire (or its first example).
  const base = new Map<string, string>();
  for (const rule of rules) {
    const text = instance(rule, (_i, concepts) => spell(words[concepts[0]!]![0]!));
    base.set(rule.id, fires(screen, text, rule.id) ? text : rule.examples[0]!);
  }

  for (const rule of rules) {
    const without = createScreen(specs.filter((s) => s.id !== rule.id), words);
    const candidates = [...rule.examples, base.get(rule.id)!];
    const text = candidates.find((t) => fires(screen, t, rule.id) && outcome(without.screen(t)) !== outcome(screen.screen(t)));
    if (text) cases.push({ kind: "rule", rule: rule.id, text, expect: outcome(screen.screen(text)) });
  }

  const dead: string[] = [];
  for (const [concept, entries] of Object.entries(words)) {
    for (const entry of entries) {
      const reduced = createScreen(specs, { ...words, [concept]: entries.filter((e) => e !== entry) });
      const found = attempts(concept, entry, rules, words, base).find(({ text, rule }) => {
        const now = screen.screen(text);
        if (rule && !GUARDS.has(concept) && !now.findings.some((f) => f.rule === rule && f.words.some((w) => w.concept === concept && w.entry === entry))) return false;
        return outcome(reduced.screen(text)) !== outcome(now);
      });
      if (!found) {
        const real = realLines.find((text) => outcome(reduced.screen(text)) !== outcome(screen.screen(text)));
        if (real) cases.push({ kind: "word", concept, entry, text: real, expect: outcome(screen.screen(real)) });
        else dead.push(`${concept}: ${entry}`);
        continue;
      }
      cases.push({ kind: "word", rule: found.rule, concept, entry, text: found.text, expect: outcome(screen.screen(found.text)) });
      const typo = misspell(spell(entry));
      if (typo && found.rule && !GUARDS.has(concept)) {
        const text = found.text.replace(spell(entry), typo);
        if (fires(screen, text, found.rule)) cases.push({ kind: "typo", rule: found.rule, concept, entry, text, expect: outcome(screen.screen(text)) });
      }
    }
  }
  return { cases, dead };
}

/** Inputs that might show an entry at work: in each rule's pattern, or next to a rule's match. */
function attempts(concept: string, entry: string, rules: CompiledRule[], words: Lexicon, base: Map<string, string>): { text: string; rule?: string }[] {
  const w = spell(entry);
  const out: { text: string; rule?: string }[] = [];
  const fromExamples: { text: string; rule?: string }[] = [];
  for (const rule of rules) {
    const b = base.get(rule.id)!;
    const steps = patternConcepts(rule);
    // The rule's own examples: a word that only shows at work in a real sentence (one its pattern
    // written out with first entries cannot show) is held to that sentence.
    if (steps.some((concepts) => concepts.includes(concept))) for (const text of rule.examples) fromExamples.push({ text, rule: rule.id });
    steps.forEach((concepts, slot) => {
      if (!concepts.includes(concept)) return;
      const text = instance(rule, (i, cs) => (i === slot ? w : spell(words[cs[0]!]![0]!)), slot);
      out.push({ text, rule: rule.id }, { text: `asså ${text}`, rule: rule.id });
    });
    for (const blocker of rule.unless ?? []) {
      const parts = blocker.split("+");
      if (!parts.includes(concept)) continue;
      const extra = parts.filter((p) => p !== concept).map((p) => spell(words[p]![0]!));
      out.push({ text: `${b} ${[w, ...extra].join(" ")}` }, { text: `${[w, ...extra].join(" ")} ${b}` }, { text: w });
      // A pair whose parts stand on either side of the match ("skulle ni" before the call words, "om jag berättar" after).
      if (extra.length) out.push({ text: `${w} ${b} ${extra.join(" ")}` }, { text: `${extra.join(" ")} ${b} ${w}` });
    }
    if (concept === "NEG" && (rule.negation ?? "cancels") === "cancels") out.push({ text: `${w} ${b}` });
    if (concept === "OTHER_SUBJ" && (rule.who ?? "self") === "self") out.push({ text: `${w} ${b}` });
    if (concept === "SELF_SUBJ" && (rule.who ?? "self") === "self") out.push({ text: `han sa att ${w} ${b}` });
    if (concept === "NOT_NEGATION" && (rule.negation ?? "cancels") === "cancels") out.push({ text: `${w} ${b}` });
  }
  // A figure of speech on its own, or around "jag vill" / "mig", shows what it protects.
  if (concept === "FIGURE") {
    for (const t of [w, `jag vill ${w}`, `i want to ${w}`, `jag ${w}`, `i ${w}`, `${w} mig`, `${w} me`]) out.push({ text: t });
  }
  // A context that cancels only a match it is part of ("kicked me out", "leva som"): put it where the match would be.
  for (const prefix of ["vill inte", "i dont want to", "orkar inte", "pappa", "my dad", "han", "he"]) {
    if (concept === "THROWN_OUT" || concept === "LIVE_SOMEHOW" || concept === "LEAP_FIGURE") out.push({ text: `${prefix} ${w}` }, { text: `jag ska ${w}` });
  }
  // A context that cancels only over the match's own words ("kvar på jobbet", "until tomorrow"): written into the match.
  if (concept === "KVAR_PLACE" || concept === "ARRIVES_BY") out.push({ text: `jag är inte ${w} imorgon` }, { text: `i wont be here ${w}` });
  // A clock time is no count of pills, a baby in a figure of speech no baby crying, a brother who wants an hour
  // at home alone no child left: each cancels only the words of the match it contains, so it is written into one.
  if (concept === "CLOCK_TIME") out.push({ text: `tog ${w} alvedon` });
  // Selling one's own things is no crime ordered: "sälja" is the crime words' own, so it stands in the threat.
  if (concept === "SELL_OWN") out.push({ text: `pappa hotar att ${w} xbox om jag inte städar` });
  if (concept === "BABY_FIGURE") out.push({ text: `crying ${w}` });
  if (concept === "WANTS_ALONE_TIME") out.push({ text: `lillebror ${w} en timme` });
  return [...out, ...fromExamples];
}

/** One letter dropped from the middle of a longer single word: the typo tolerance at work. */
function misspell(word: string): string | undefined {
  if (word.includes(" ") || [...word].length < 8 || !/^\p{L}+$/u.test(word)) return undefined;
  const mid = Math.floor(word.length / 2);
  return word.slice(0, mid) + word.slice(mid + 1);
}
