// Every rule and every lexicon word of the safety screen is held to an input that only it makes
// come out as it does (issue 21): the inputs were generated from the rules with filler words and
// typos (`npm run safety:cases`) and checked in, so deleting a rule or a word makes a case below
// fail, and adding one without regenerating fails the coverage checks.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createScreen, lexicon, ruleSpecs, screenMessage } from "../../bot/safety/screen.js";
import { outcome, spell, type RuleCase } from "../../bot/safety/rule-cases.js";

const cases = readFileSync(path.resolve(import.meta.dirname, "../fixtures/safety/rule-cases.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as RuleCase);
const guards = new Set(["NEG", "NOT_NEGATION", "OTHER_SUBJ", "SELF_SUBJ"]);

describe("every rule", () => {
  it.each(cases.filter((c) => c.kind === "rule").map((c) => [c.rule!, c.text, c.expect]))("%s catches %j (→ %s), which no other rule catches", (rule, text, expected) => {
    const result = screenMessage(text);
    expect(result.findings.map((f) => f.rule)).toContain(rule);
    expect(outcome(result)).toBe(expected);
    expect(outcome(createScreen(ruleSpecs.filter((r) => r.id !== rule)).screen(text))).not.toBe(expected);
  });

  it("has a case, and its own first example is caught by it alone", () => {
    const covered = new Set(cases.filter((c) => c.kind === "rule").map((c) => c.rule));
    expect(ruleSpecs.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
    for (const rule of ruleSpecs) {
      expect(screenMessage(rule.examples[0]!).findings.map((f) => f.rule), rule.id).toContain(rule.id);
      const without = createScreen(ruleSpecs.filter((r) => r.id !== rule.id)).screen(rule.examples[0]!);
      expect(outcome(without), `${rule.id}: ${rule.examples[0]}`).not.toBe(outcome(screenMessage(rule.examples[0]!)));
      for (const example of rule.examples) expect(screenMessage(example).findings.map((f) => f.rule), `${rule.id}: ${example}`).toContain(rule.id);
    }
    // One screen built per rule (210 of them): well over vitest's 30 s default on this loaded machine.
  }, 300_000);
});

describe("every word of the lexicon", () => {
  it.each(cases.filter((c) => c.kind === "word").map((c) => [c.concept!, c.entry!, c.text, c.expect, c.rule ?? ""]))("%s %j: %j → %s", (concept, entry, text, expected, rule) => {
    const result = screenMessage(text);
    expect(outcome(result)).toBe(expected);
    if (rule && !guards.has(concept)) {
      expect(result.findings.find((f) => f.rule === rule)?.words).toContainEqual({ concept, entry });
    }
  });

  it("has a case (regenerate with `npm run safety:cases` after adding words)", () => {
    const covered = new Set(cases.filter((c) => c.kind === "word").map((c) => `${c.concept}\u0000${c.entry}`));
    const missing = Object.entries(lexicon).flatMap(([concept, entries]) => entries.filter((e) => !covered.has(`${concept}\u0000${e}`)).map((e) => `${concept}: ${e}`));
    expect(missing).toEqual([]);
  });
});

describe("typo tolerance", () => {
  it.each(cases.filter((c) => c.kind === "typo").map((c) => [c.text, c.entry!, c.rule!, c.expect]))("%j (a typo of %j) is still caught by %s", (text, _entry, rule, expected) => {
    const result = screenMessage(text);
    expect(result.findings.map((f) => f.rule)).toContain(rule);
    expect(outcome(result)).toBe(expected);
  });

  it("covers missing åäö, dropped and doubled letters, and Swedish SMS spellings", () => {
    for (const [text, level] of [
      ["vill ej leva langre", "crisis"], ["sjavlmordstankar", "crisis"], ["självmrodstankar", "crisis"], ["skäääär mej", "crisis"],
      ["tog typ 20 tabeltter", "crisis"], ["int leva längre vill jag", "none"], ["vill int leva", "crisis"], ["nån följer efter mej", "crisis"],
      ["vill dööö", "crisis"], ["i wannaaa dieee", "crisis"], ["orkar inte längreee", "concern"],
    ] as const) expect(screenMessage(text).level, text).toBe(level);
    expect(spell("tablett*")).toBe("tablett");
  });
});
