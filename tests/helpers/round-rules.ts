// A safety round's rule test (tests/safety/roundN-rules.test.ts): phrasings written for the test, each
// held to its level and category, near misses held to none, and the older rules' guards of the round held to
// what they must give. One body for every round, so a round's file is its phrasings.
import { describe, expect, it } from "vitest";
import { screenMessage } from "../../bot/safety/screen.js";

export interface RoundCases {
  /** Crisis said sideways, with the category it must carry. */
  crisis: [string, string][];
  /** Concern told as a detail, with its category. */
  caught: [string, string][];
  /** Near misses the rules leave alone. */
  leftAlone: string[];
  /** Older rules' guards added this round: a line and the level it must get. */
  guarded: [string, string][];
}

const level = (text: string) => screenMessage(text).level;
const categories = (text: string) => {
  const r = screenMessage(text);
  return r.level === "crisis" ? r.crisisCategories : r.concernCategories;
};

export function describeRoundRules(name: string, cases: RoundCases): void {
  describe(name, () => {
    it.each(cases.crisis)("catches crisis said sideways: %s", (text, category) => {
      expect(level(text)).toBe("crisis");
      expect(categories(text)).toContain(category);
    });

    it.each(cases.caught)("catches concern told as a detail: %s", (text, category) => {
      expect(level(text)).toBe("concern");
      expect(categories(text)).toContain(category);
    });

    it.each(cases.leftAlone)("leaves a near miss alone: %s", (text) => {
      expect(level(text)).toBe("none");
    });

    it.each(cases.guarded)("an older rule's guard: %s -> %s", (text, expected) => {
      expect(level(text)).toBe(expected);
    });
  });
}
