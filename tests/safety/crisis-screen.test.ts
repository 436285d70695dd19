import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyMessage } from "../../bot/safety/classify-message.js";

const root = path.resolve(import.meta.dirname, "../..");
const labelled = readFileSync(path.join(root, "tests/fixtures/crisis/labelled.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { text: string; crisis: boolean; category: string | null });

describe("crisis screen (rules alone)", () => {
  it("the labelled set has both crisis and everyday examples in every category", () => {
    expect(labelled.filter((l) => l.crisis).length).toBeGreaterThan(50);
    expect(labelled.filter((l) => !l.crisis).length).toBeGreaterThan(10);
    expect(new Set(labelled.filter((l) => l.crisis).map((l) => l.category)).size).toBe(9);
  });

  it.each(labelled.filter((l) => l.crisis).map((l) => [l.text, l.category]))("flags %j as %s", (text, category) => {
    const result = classifyMessage(text as string);
    expect(result.crisis).toBe(true);
    expect(result.categories).toContain(category);
  });

  it.each(labelled.filter((l) => !l.crisis).map((l) => [l.text]))("does not flag the everyday %j", (text) => {
    expect(classifyMessage(text as string)).toMatchObject({ crisis: false, categories: [] });
  });

  it("reports the intent in the same vocabulary as the core", () => {
    expect(classifyMessage("STOPP").intent).toBe("opt-out");
    expect(classifyMessage("start").intent).toBe("opt-in");
    expect(classifyMessage("kan jag prata med en människa").intent).toBe("human");
    expect(classifyMessage("hej").intent).toBe("none");
  });
});

describe("npm run classify", () => {
  it("reads JSON lines and writes one JSON line per input through the production classifier; exit code 1 for a malformed line, 0 otherwise", () => {
    const input = ['{"text": "jag vill dö"}', '{"text": "hej!"}', "not json", '{"text": "STOP"}'].join("\n");
    const run = spawnSync("npm", ["run", "--silent", "classify"], { cwd: root, input, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split("\n").map((l) => JSON.parse(l))).toEqual([
      { crisis: true, categories: ["suicide"], intent: "none" },
      { crisis: false, categories: [], intent: "none" },
      { error: 'expected a JSON object like {"text": "..."}' },
      { crisis: false, categories: [], intent: "opt-out" },
    ]);
    const clean = spawnSync("npm", ["run", "--silent", "classify"], { cwd: root, input: '{"text": "hej"}\n', encoding: "utf8" });
    expect(clean.status).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual({ crisis: false, categories: [], intent: "none" });
  });
});
