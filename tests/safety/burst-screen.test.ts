// The burst screen's logic (bot/safety/screen-in-context.ts) with a screen whose answers are known:
// "A" and "B" together are a crisis, "C" is a concern. What the real screen makes of real bursts is in
// corpus.test.ts; what a turn does with it, in crisis-flow.test.ts.
import { describe, expect, it } from "vitest";
import { BURST_MESSAGES, screenBurst, screenInContext, screenMessage } from "../../bot/safety/screen-in-context.js";
import type { ScreenResult } from "../../bot/safety/screen.js";

const asked: string[] = [];
function fake(text: string): ScreenResult {
  asked.push(text);
  if (/A/.test(text) && /B/.test(text)) return { level: "crisis", crisisCategories: ["suicide"], concernCategories: [], findings: [] };
  if (/C/.test(text)) return { level: "concern", crisisCategories: [], concernCategories: ["sleep"], findings: [] };
  return { level: "none", crisisCategories: [], concernCategories: [], findings: [] };
}

describe("screenInContext", () => {
  it("raises a message whose burst says more than it and more than the messages before it", () => {
    expect(screenInContext("B", ["x", "A"], fake)).toMatchObject({ level: "crisis", crisisCategories: ["suicide"], fromBurst: true });
    expect(screenInContext("C", ["x"], fake)).toMatchObject({ level: "concern", fromBurst: false });
    expect(screenInContext("y", ["C"], fake)).toMatchObject({ level: "none", fromBurst: false });
  });

  it("does not flag again what the earlier messages already said: an 'ok' after a crisis is just an 'ok'", () => {
    expect(screenInContext("ok", ["A B"], fake)).toMatchObject({ level: "none", fromBurst: false });
    // The last two read together say no more than the earlier messages did: "har tagit" / "typ 20
    // alvedon" (flagged then), then "mår illa".
    expect(screenInContext("A", ["A", "B"], fake)).toMatchObject({ level: "none", fromBurst: false });
    // A concern before, a crisis together: more than before, so raised.
    expect(screenInContext("B", ["A C"], fake)).toMatchObject({ level: "crisis", fromBurst: true });
  });

  it("without earlier messages, or with a crisis alone, reads the message alone (one screen call)", () => {
    asked.length = 0;
    expect(screenInContext("A B", ["x"], fake)).toMatchObject({ level: "crisis", fromBurst: false });
    expect(screenInContext("B", [], fake)).toMatchObject({ level: "none", fromBurst: false });
    expect(asked).toEqual(["A B", "B"]);
  });

  it(`reads at most ${BURST_MESSAGES} earlier messages`, () => {
    const earlier = ["A", ...Array.from({ length: BURST_MESSAGES }, (_, i) => `m${i}`)];
    expect(screenInContext("B", earlier, fake).level).toBe("none"); // "A" is the fifth message back
    expect(screenInContext("B", ["A", ...earlier.slice(2)], fake).level).toBe("crisis");
  });

  it("screenBurst: the loudest result over the burst as it came", () => {
    expect(screenBurst(["x", "A", "y", "B"], fake)).toMatchObject({ level: "crisis" });
    expect(screenBurst(["C", "x"], fake)).toMatchObject({ level: "concern" });
    expect(screenBurst(["x"], fake)).toMatchObject({ level: "none" });
  });
});

describe("screenMessage (the turn's entry)", () => {
  it("reads the earlier messages only when the message alone is not already a crisis, and then reads them as a burst", async () => {
    let reads = 0;
    const earlier = async () => {
      reads++;
      return ["x", "A"];
    };
    expect(await screenMessage("A B", earlier, fake)).toMatchObject({ level: "crisis", fromBurst: false });
    expect(reads).toBe(0);
    expect(await screenMessage("B", earlier, fake)).toMatchObject({ level: "crisis", fromBurst: true });
    expect(reads).toBe(1);
  });
});
