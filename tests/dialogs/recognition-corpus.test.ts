// Tillit reading messages the way young people write them: every line of the corpus is run through
// the same recogniser the dialogs use, in its context. Accuracy is printed per context and label.
// The development data (our own corpus and rounds 1 and 2 of the held-back corpus, each written by
// someone who never saw the recognisers, measured once before any tuning and then handed over;
// RECOGNITION.md keeps their untouched figures) must reach 95% overall and in every context.
// A held-back corpus, when present, is a measurement rather than a bar: it is printed against the
// 95% target and asserted only against a floor, so that an honest figure under target never fails
// the build and nobody is pushed to tune on it. It is skipped only when the file is absent.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { RECOGNITION_CONTEXTS, understand } from "../../dialogs/shared/understand.js";

const dir = path.resolve(import.meta.dirname, "../fixtures/conversation");
const BAR = 0.95;
// The floor under which the held-back corpus fails the build: the integrator sets it from the first
// untouched measurement of each new held-back round (a few points below it, to catch a regression),
// and RECOGNITION.md records that measurement. The target stays BAR (95%); the held-back figure is
// printed against it, never asserted against it. Rounds 1, 2 and 3 measured 91.2%, 92.7% and 92.7%
// untouched; round 3 is the held-back file and stays untuned.
const HELD_BACK_FLOOR = 0.92;

const line = z.object({ text: z.string(), context: z.enum(RECOGNITION_CONTEXTS), expect: z.string().min(1) });
type Line = z.infer<typeof line>;

function load(file: string): Line[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = line.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path.basename(file)}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

interface Tally {
  right: number;
  total: number;
}

function score(lines: Line[]) {
  const byContext = new Map<string, Tally>();
  const byLabel = new Map<string, Tally>();
  const misses: string[] = [];
  for (const l of lines) {
    const got = understand(l.context, l.text);
    const ok = got === l.expect;
    for (const [map, key] of [[byContext, l.context], [byLabel, `${l.context} → ${l.expect}`]] as const) {
      const t = map.get(key) ?? { right: 0, total: 0 };
      t.total++;
      if (ok) t.right++;
      map.set(key, t);
    }
    if (!ok) misses.push(`  [${l.context}] ${JSON.stringify(l.text)}: expected ${l.expect}, got ${got}`);
  }
  const right = lines.filter((l) => understand(l.context, l.text) === l.expect).length;
  return { overall: right / lines.length, right, total: lines.length, byContext, byLabel, misses };
}

const pct = (t: Tally) => `${((100 * t.right) / t.total).toFixed(1).padStart(5)}% (${t.right}/${t.total})`;

function report(name: string, s: ReturnType<typeof score>): void {
  const rows = [`${name}: ${((100 * s.overall).toFixed(1))}% overall (${s.right}/${s.total})`];
  for (const [k, t] of s.byContext) rows.push(`  ${k.padEnd(12)} ${pct(t)}`);
  for (const [k, t] of [...s.byLabel].sort()) rows.push(`    ${k.padEnd(44)} ${pct(t)}`);
  if (s.misses.length) rows.push("  misread:", ...s.misses);
  console.log(rows.join("\n"));
}

const development: [string, string][] = [
  ["own corpus", path.join(dir, "recognition.jsonl")],
  ["held-back round 1 (development data)", path.join(dir, "recognition-round1.jsonl")],
  ["held-back round 2 (development data)", path.join(dir, "recognition-round2.jsonl")],
  ["round 4: the questions added 2026-12-02 (measured untouched, then development data)", path.join(dir, "recognition-round4.jsonl")],
  ["round 5: must I answer, money, school, dealing, the language asked for (written by the rules' writer, first batch before the rules)", path.join(dir, "recognition-round5.jsonl")],
];
const heldBack = path.join(dir, "recognition-held-back.jsonl");

describe("recognition corpus", () => {
  it("our own corpus has at least 320 lines, in every context, each with a label the format allows", () => {
    const lines = load(development[0]![1]);
    expect(lines.length).toBeGreaterThanOrEqual(320);
    for (const c of RECOGNITION_CONTEXTS) expect(lines.filter((l) => l.context === c).length, c).toBeGreaterThanOrEqual(30);
  });

  for (const [name, file] of development) {
    it(`${name}: at least 95% overall and in every context`, () => {
      const s = score(load(file));
      report(name, s);
      expect(s.overall).toBeGreaterThanOrEqual(BAR);
      for (const [context, t] of s.byContext) expect(t.right / t.total, context).toBeGreaterThanOrEqual(BAR);
    });
  }

  it.skipIf(!existsSync(heldBack))("held-back corpus: measured against the 95% target, asserted only against its floor", () => {
    const s = score(load(heldBack));
    report("held-back corpus (measurement, not tuned on)", s);
    const against = (share: number) => (share >= BAR ? "meets the 95% target" : "UNDER the 95% target");
    console.log(
      [`held-back: ${(100 * s.overall).toFixed(1)}% overall, ${against(s.overall)} (floor ${(100 * HELD_BACK_FLOOR).toFixed(1)}%)`,
        ...[...s.byContext].map(([k, t]) => `  ${k.padEnd(12)} ${against(t.right / t.total)}`)].join("\n"),
    );
    expect(s.overall).toBeGreaterThanOrEqual(HELD_BACK_FLOOR);
  });
});
