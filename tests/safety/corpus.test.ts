// The labelled corpus (tests/fixtures/safety/): the development part meets the targets; the
// held-back part, when the integrator has added it, is measured and printed, and must only parse
// (its floor is set after it has been seen). `npm run classify -- --evaluate` reports the same figures.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, formatEvaluation, parseLabelled } from "../../bot/safety/evaluate.js";
import { screenMessage } from "../../bot/safety/screen.js";

const root = path.resolve(import.meta.dirname, "../..");
const development = path.join(root, "tests/fixtures/safety/development.jsonl");
const heldBack = path.join(root, "tests/fixtures/safety/held-back.jsonl");

describe("development corpus", () => {
  const { rows, errors } = parseLabelled(readFileSync(development, "utf8"));
  const result = evaluate(rows, screenMessage);

  it("is large and varied enough: Swedish and English, every category, hard negatives", () => {
    expect(errors).toEqual([]);
    expect(result.size.total).toBeGreaterThanOrEqual(420);
    expect(result.size.crisis).toBeGreaterThanOrEqual(140);
    expect(result.size.concern).toBeGreaterThanOrEqual(100);
    expect(result.size.neither).toBeGreaterThanOrEqual(180);
    expect(result.size.hardNegatives).toBeGreaterThanOrEqual(80);
    expect(result.size.en).toBeGreaterThanOrEqual(100);
    expect(result.perCategory.map((c) => c.category).sort()).toEqual(
      ["abuse-at-home", "acute-danger", "child-alone", "crime-coercion", "exhaustion", "food", "home-conflict", "hopelessness", "housing", "loneliness", "money", "overdose", "self-harm", "sexual-abuse", "sleep", "suicide", "violence"],
    );
    // Every line has exactly one label.
    expect(new Set(rows.map((r) => r.text.toLowerCase())).size).toBe(rows.length);
    expect(rows.filter((r) => (r.crisis || r.concern) !== Boolean(r.category))).toEqual([]);
  });

  it("meets the targets: every crisis caught, concern recall ≥ 90 %, false positives ≤ 5 %", () => {
    expect(result.missed.filter((m) => m.label.startsWith("crisis"))).toEqual([]);
    expect(result.crisisRecall.rate).toBe(1);
    expect(result.concernRecall.rate).toBeGreaterThanOrEqual(0.9);
    expect(result.crisisFalsePositives.rate).toBeLessThanOrEqual(0.05);
    expect(result.anyFalsePositives.rate).toBeLessThanOrEqual(0.05);
    for (const c of result.perCategory.filter((c) => c.level === "crisis")) expect(c.recall.rate, c.category).toBe(1);
  });
});

describe.runIf(existsSync(heldBack))("held-back corpus (added by the integrator)", () => {
  it("parses, and its figures are printed (the floor is set once they have been seen)", () => {
    const { rows, errors } = parseLabelled(readFileSync(heldBack, "utf8"));
    expect(errors).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
    console.log(formatEvaluation("held-back.jsonl", evaluate(rows, screenMessage)));
  });
});

describe("npm run classify -- --evaluate", () => {
  it("prints recall and false positives per level and category for a labelled file", () => {
    const out = execFileSync("npm", ["run", "--silent", "classify", "--", "--evaluate", development], { cwd: root, encoding: "utf8" });
    expect(out).toContain("### development.jsonl");
    expect(out).toMatch(/\| crisis recall \| 100\.0 % \(\d+\/\d+\) \|/);
    expect(out).toMatch(/\| concern \| sleep \| \d+\.\d % /);
    expect(out).toMatch(/\| false crisis flags among non-crisis messages \| /);
  });

  it("exits 1 and names the lines of a file that is not a labelled corpus", () => {
    let status = 0;
    let stderr = "";
    try {
      execFileSync("npm", ["run", "--silent", "classify", "--", "--evaluate", path.join(root, "package.json")], { cwd: root, encoding: "utf8", stdio: "pipe" });
    } catch (err) {
      ({ status, stderr } = err as { status: number; stderr: string });
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/package\.json: lines 1, 2, 3/);
  });
});
