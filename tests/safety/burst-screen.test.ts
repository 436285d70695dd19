// The burst screen's logic (bot/safety/screen-in-context.ts) with a screen whose answers are known:
// "A" and "B" together are a crisis, "C" is a concern. What the real screen makes of real bursts is in
// corpus.test.ts; what a turn does with it, in crisis-flow.test.ts.
import { describe, expect, it } from "vitest";
import { BURST_CARRIER_SCORE, BURST_GAP_MS, BURST_MESSAGES, BURST_WINDOW_MS, burstBefore, screenBurst, screenInContext, screenMessage } from "../../bot/safety/screen-in-context.js";
import type { ScreenResult } from "../../bot/safety/screen.js";
import type { ScreenedMessage } from "../../bot/safety/screen-with-model.js";

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

  it("reads the burst from wherever it starts: a request before it does not thin it out", () => {
    // "R" (say, "vill prata med en människa") read with "A" and "B" takes the crisis away, as a longer text
    // weighs each word less to the trained screen.
    const thinned = (text: string) => (/R/.test(text) ? { level: "none" as const, crisisCategories: [], concernCategories: [], findings: [] } : fake(text));
    expect(screenInContext("B", ["R", "A", "x", "y"], thinned)).toMatchObject({ level: "crisis", fromBurst: true });
    expect(screenInContext("B", ["A", "R", "x"], thinned).level).toBe("none");
  });

  it("a message the trained screen reads nothing in carries no burst on, unless it asks for secrecy or names a near time", () => {
    // A young tester's check-in answers seconds apart: "haha du e rolig för en robot" (0.05 alone) after jokes about
    // dying became a crisis. The fake: "A" and "B" together a crisis; the model's scores as given for each text alone.
    const scored = (scores: Record<string, number>) => (text: string): ScreenedMessage => {
      const result = fake(text);
      const score = scores[text];
      return score === undefined ? result : { ...result, model: { crisis: score, concern: score } };
    };
    const quiet = BURST_CARRIER_SCORE / 2;
    expect(screenInContext("B haha", ["A"], scored({ "B haha": quiet })).level).toBe("none");
    expect(screenInContext("B haha", ["A"], scored({ "B haha": BURST_CARRIER_SCORE })).level).toBe("crisis");
    // "men säg inget" after "han e full nu o skriker", "ikväll" after "har sparat alla mina": carriers whatever the score.
    expect(screenInContext("B men säg inget", ["A"], scored({ "B men säg inget": quiet })).level).toBe("crisis");
    expect(screenInContext("B ikväll", ["A"], scored({ "B ikväll": quiet })).level).toBe("crisis");
    // Without a model (the rules alone), every message carries.
    expect(screenInContext("B haha", ["A"], fake).level).toBe("crisis");
  });

  it("screenBurst: the loudest result over the burst as it came", () => {
    expect(screenBurst(["x", "A", "y", "B"], fake)).toMatchObject({ level: "crisis" });
    expect(screenBurst(["C", "x"], fake)).toMatchObject({ level: "concern" });
    expect(screenBurst(["x"], fake)).toMatchObject({ level: "none" });
  });
});

describe("burstBefore: the burst a message carries on, by the pauses between messages", () => {
  const at = new Date("2026-12-06T20:00:00Z");
  const ago = (ms: number) => new Date(at.getTime() - ms);
  const MIN = 60_000;

  it("goes back message by message while each came within the gap of the next", () => {
    const earlier = [
      { text: "vill prata med en människa", at: ago(12 * MIN) },
      { text: "har sparat alla mina", at: ago(4 * MIN) },
      { text: "asså", at: ago(3 * MIN) },
      { text: "typ", at: ago(1 * MIN) },
    ];
    // Eight minutes between the request and the burst: the burst starts after it.
    expect(burstBefore(earlier, at)).toEqual(["har sparat alla mina", "asså", "typ"]);
  });

  it("a pause just over the gap ends the burst; just under it does not", () => {
    expect(burstBefore([{ text: "a", at: ago(BURST_GAP_MS + 1) }], at)).toEqual([]);
    expect(burstBefore([{ text: "a", at: ago(BURST_GAP_MS) }], at)).toEqual(["a"]);
  });

  it(`never reaches back more than ${BURST_WINDOW_MS / MIN} minutes nor more than ${BURST_MESSAGES} messages, however close they came`, () => {
    const everyFourMinutes = Array.from({ length: 6 }, (_, i) => ({ text: `m${i}`, at: ago((6 - i) * 4 * MIN) }));
    expect(burstBefore(everyFourMinutes, at)).toEqual(["m3", "m4", "m5"]);
    const quick = Array.from({ length: BURST_MESSAGES + 3 }, (_, i) => ({ text: `q${i}`, at: ago((BURST_MESSAGES + 3 - i) * 1000) }));
    expect(burstBefore(quick, at)).toHaveLength(BURST_MESSAGES);
    expect(burstBefore(quick, at).at(-1)).toBe(`q${BURST_MESSAGES + 2}`);
    expect(burstBefore([], at)).toEqual([]);
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
