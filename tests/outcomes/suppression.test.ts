// Small-cell suppression for the funders' CSV: fewer than five people hidden, zero shown, and a lone
// hidden cell in a breakdown taken together with the next smallest, so it cannot be subtracted out.
import { describe, expect, it } from "vitest";
import type { Figure } from "../../bot/outcomes/figures.js";
import { suppressedKeys } from "../../bot/outcomes/suppression.js";
import { csvField, outcomeCsvText } from "../../bot/outcomes/outcome-csv.js";
import { GROUPS } from "../../bot/outcomes/tally.js";

const figure = (kind: Figure["kind"], counts: Record<string, number>, extra: Record<string, Partial<Figure["cells"][string]>> = {}): Figure => ({
  measure: "m", kind, cells: Object.fromEntries(GROUPS.map((g) => [g.key, { count: counts[g.key] ?? 0, ...extra[g.key] }])),
});

describe("small-cell suppression", () => {
  it("hides counts of 1-4, shows 0 and 5", () => {
    expect([...suppressedKeys(figure("count", { all: 14, "gender:woman": 5, "gender:man": 4, "gender:other": 3, "gender:unknown": 2, "age-band:21-24": 14 }))].sort())
      .toEqual(["gender:man", "gender:other", "gender:unknown"]);
  });

  it("a lone hidden cell in a breakdown takes the next smallest with it", () => {
    // 20 = 12 women + 6 men + 2 other: showing 12 and 6 would give the 2 away.
    expect([...suppressedKeys(figure("count", { all: 20, "gender:woman": 12, "gender:man": 6, "gender:other": 2, "age-band:18-20": 20 }))].sort()).toEqual(["gender:man", "gender:other"]);
  });

  it("shares are hidden when the numerator or the denominator is under five; event counts when the people behind them are", () => {
    const share = figure("share", { all: 6, "gender:woman": 5, "gender:man": 1 }, { all: { denominator: 10 }, "gender:woman": { denominator: 6 }, "gender:man": { denominator: 4 } });
    expect(suppressedKeys(share)).toEqual(new Set(["gender:man"]));
    const events = figure("events", { all: 12 }, { all: { people: 3 } });
    expect(suppressedKeys(events)).toEqual(new Set(["all"]));
  });

  it("writes hidden cells as '..' and keeps team names from turning into formulas", () => {
    const text = outcomeCsvText({ from: "2026-01-01", to: "2026-06-30", team: "=HYPERLINK(\"x\";\"y\")", scope: "team" }, [figure("count", { all: 3 })]);
    expect(text.split("\r\n")[1]).toBe(`2026-01-01;2026-06-30;"'=HYPERLINK(""x"";""y"")";team;m;all;all;..;;;`);
    expect(csvField("Team Nord")).toBe("Team Nord");
  });
});
