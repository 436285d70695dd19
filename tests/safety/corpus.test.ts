// The labelled corpora (tests/fixtures/safety/). Development data, held to the issue's targets: our own
// corpus (development.jsonl) and held-back round 1 (round1.jsonl: written by someone who never saw the
// rules, measured once untouched on 2026-12-02 — SAFETY.md keeps those figures — and development data
// since). The held-back set (round 17) is measured, printed and held to a floor.
// `npm run classify -- --evaluate` reports the same figures.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate, formatEvaluation, parseLabelled } from "../../bot/safety/evaluate.js";
import { screenMessage } from "../../bot/safety/screen.js";
import { screenWithModel } from "../../bot/safety/screen-with-model.js";
import { loadTrainingRows, nearlyTheSame, wordsOf } from "../../bot/safety/model/training-data.js";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "tests/fixtures/safety");
const development = path.join(fixtures, "development.jsonl");
const developmentParts = [
  ["own corpus", development],
  ["held-back round 1 (development data since 2026-12-02)", path.join(fixtures, "round1.jsonl")],
] as const;

/** A held-back set's floor: recall at least, false positives at most (set from its last measurement). */
interface Floor {
  crisisRecall: number;
  concernRecall: number;
  maxCrisisFalsePositives: number;
  maxAnyFalsePositives: number;
}
function expectAboveFloor(measured: ReturnType<typeof evaluate>, floor: Floor): void {
  expect(measured.crisisRecall.rate).toBeGreaterThanOrEqual(floor.crisisRecall);
  expect(measured.concernRecall.rate).toBeGreaterThanOrEqual(floor.concernRecall);
  expect(measured.crisisFalsePositives.rate).toBeLessThanOrEqual(floor.maxCrisisFalsePositives);
  expect(measured.anyFalsePositives.rate).toBeLessThanOrEqual(floor.maxAnyFalsePositives);
}

describe.each(developmentParts)("development data: %s", (name, file) => {
  const { rows, errors } = parseLabelled(readFileSync(file, "utf8"));
  const result = evaluate(rows, screenMessage);

  it("parses: every line has exactly one label, and no line is there twice", () => {
    expect(errors).toEqual([]);
    expect(new Set(rows.map((r) => r.text.toLowerCase())).size).toBe(rows.length);
    expect(rows.filter((r) => (r.crisis || r.concern) !== Boolean(r.category))).toEqual([]);
  });

  it("meets the targets: every crisis caught, concern recall ≥ 90 %, false positives ≤ 5 %", () => {
    if (result.missed.length || result.falseAlarms.length) console.log(`${name}:`, result.missed, result.falseAlarms);
    expect(result.missed.filter((m) => m.label.startsWith("crisis"))).toEqual([]);
    expect(result.crisisRecall.rate).toBe(1);
    expect(result.concernRecall.rate).toBeGreaterThanOrEqual(0.9);
    expect(result.crisisFalsePositives.rate).toBeLessThanOrEqual(0.05);
    expect(result.anyFalsePositives.rate).toBeLessThanOrEqual(0.05);
    for (const c of result.perCategory.filter((c) => c.level === "crisis")) expect(c.recall.rate, c.category).toBe(1);
  });
});

/**
 * The engineer's self-check (tests/fixtures/safety/selfcheck.jsonl): 120 lines written fresh after the
 * rules were generalised and measured before any rule was changed for them (crisis 80.4 %, concern
 * 80.0 %, false crisis 1.4 %, any flag 2.6 %; SAFETY.md). What generalised was then fixed; the lines
 * still missed are kept as they are rather than caught by rules written for one sentence, so this part
 * is held to the floor of its measurement after those fixes, not to the targets (raised after round 2b:
 * crisis 100 %, concern 94.3 %).
 */
const SELFCHECK_FLOOR = { crisisRecall: 1, concernRecall: 0.94, maxCrisisFalsePositives: 0.02, maxAnyFalsePositives: 0.03 };

describe("development data: the self-check", () => {
  const { rows, errors } = parseLabelled(readFileSync(path.join(fixtures, "selfcheck.jsonl"), "utf8"));
  const result = evaluate(rows, screenMessage);

  it("parses, and stays at or above what it measured once the fixes that generalise were made", () => {
    expect(errors).toEqual([]);
    expect(rows.length).toBe(120);
    expect(result.crisisRecall.rate).toBeGreaterThanOrEqual(SELFCHECK_FLOOR.crisisRecall);
    expect(result.concernRecall.rate).toBeGreaterThanOrEqual(SELFCHECK_FLOOR.concernRecall);
    expect(result.crisisFalsePositives.rate).toBeLessThanOrEqual(SELFCHECK_FLOOR.maxCrisisFalsePositives);
    expect(result.anyFalsePositives.rate).toBeLessThanOrEqual(SELFCHECK_FLOOR.maxAnyFalsePositives);
  });
});

/**
 * Held-back round 2b (tests/fixtures/safety/round2b.jsonl): 308 lines by a writer who never saw the
 * rules, written as a crisis line hears it (means, plans, places), measured untouched on 2026-12-02
 * (crisis 69.7 %, concern 69.1 %, false crisis 0.5 %; SAFETY.md) and development data since. The
 * screen was generalised for the kinds it missed; lines still missed are listed in SAFETY.md ("After
 * round 2b") rather than caught by rules written for one sentence, so this part is held to the floor
 * of its measurement after that work (crisis 94.3 %, concern 97.5 %, no false flag), not to the targets.
 */
const ROUND2B_FLOOR = { crisisRecall: 0.94, concernRecall: 0.97, maxCrisisFalsePositives: 0.02, maxAnyFalsePositives: 0.03 };

describe("development data: held-back round 2b", () => {
  const { rows, errors } = parseLabelled(readFileSync(path.join(fixtures, "round2b.jsonl"), "utf8"));
  const result = evaluate(rows, screenMessage);

  it("parses, and stays at or above what it measured once the fixes that generalise were made", () => {
    if (result.missed.length || result.falseAlarms.length) console.log("round 2b:", result.missed, result.falseAlarms);
    expect(errors).toEqual([]);
    expect(rows.length).toBe(308);
    expect(new Set(rows.map((r) => r.text.toLowerCase())).size).toBe(rows.length);
    expect(result.crisisRecall.rate).toBeGreaterThanOrEqual(ROUND2B_FLOOR.crisisRecall);
    expect(result.concernRecall.rate).toBeGreaterThanOrEqual(ROUND2B_FLOOR.concernRecall);
    expect(result.crisisFalsePositives.rate).toBeLessThanOrEqual(ROUND2B_FLOOR.maxCrisisFalsePositives);
    expect(result.anyFalsePositives.rate).toBeLessThanOrEqual(ROUND2B_FLOOR.maxAnyFalsePositives);
  });
});

/**
 * Round 3 (issue 12): 632 lines by a writer who never saw the rules, measured whole and untouched on
 * 2026-12-02 (crisis 58.8 %, concern 52.8 %, false crisis 1.3 %, any flag on neither 1.4 %; SAFETY.md),
 * then split in two halves stratified by label, category and language (within each stratum, lines
 * ordered by the SHA-256 of their text and dealt out in turn). The development half (round3-dev.jsonl)
 * was read and the screen generalised for the kinds it missed (untouched: crisis 59.8 %, concern
 * 53.3 %; after: crisis 100 %, concern 95.6 %, no false flag); it is held to the floor of its measurement
 * after that work, not to the targets (four concern lines are left missed, SAFETY.md says why). The
 * other half (round3-second-half.jsonl, once held back) is below.
 */
const ROUND3_DEV_FLOOR = { crisisRecall: 1, concernRecall: 0.95, maxCrisisFalsePositives: 0.02, maxAnyFalsePositives: 0.03 };

describe("development data: round 3, development half", () => {
  const { rows, errors } = parseLabelled(readFileSync(path.join(fixtures, "round3-dev.jsonl"), "utf8"));
  const result = evaluate(rows, screenMessage);

  it("parses, and stays at or above what it measured once the fixes that generalise were made", () => {
    if (result.missed.length || result.falseAlarms.length) console.log("round 3 dev:", result.missed, result.falseAlarms);
    expect(errors).toEqual([]);
    expect(rows.length).toBe(316);
    expect(new Set(rows.map((r) => r.text.toLowerCase())).size).toBe(rows.length);
    expect(rows.filter((r) => (r.crisis || r.concern) !== Boolean(r.category))).toEqual([]);
    expect(result.crisisRecall.rate).toBeGreaterThanOrEqual(ROUND3_DEV_FLOOR.crisisRecall);
    expect(result.concernRecall.rate).toBeGreaterThanOrEqual(ROUND3_DEV_FLOOR.concernRecall);
    expect(result.crisisFalsePositives.rate).toBeLessThanOrEqual(ROUND3_DEV_FLOOR.maxCrisisFalsePositives);
    expect(result.anyFalsePositives.rate).toBeLessThanOrEqual(ROUND3_DEV_FLOOR.maxAnyFalsePositives);
  });
});

describe("our own corpus", () => {
  const { rows } = parseLabelled(readFileSync(development, "utf8"));
  const result = evaluate(rows, screenMessage);

  it("is large and varied enough: Swedish and English, every category, hard negatives", () => {
    expect(result.size.total).toBeGreaterThanOrEqual(420);
    expect(result.size.crisis).toBeGreaterThanOrEqual(140);
    expect(result.size.concern).toBeGreaterThanOrEqual(100);
    expect(result.size.neither).toBeGreaterThanOrEqual(180);
    expect(result.size.hardNegatives).toBeGreaterThanOrEqual(80);
    expect(result.size.en).toBeGreaterThanOrEqual(100);
    expect(result.perCategory.map((c) => c.category).sort()).toEqual(
      ["abuse-at-home", "acute-danger", "child-alone", "crime-coercion", "exhaustion", "food", "home-conflict", "hopelessness", "housing", "loneliness", "money", "overdose", "self-harm", "sexual-abuse", "sleep", "suicide", "violence"],
    );
  });

});

describe("npm run classify -- --evaluate", () => {
  it("prints recall and false positives per level and category for a labelled file", () => {
    const out = execFileSync("npm", ["run", "--silent", "classify", "--", "--evaluate", development], { cwd: root, encoding: "utf8" });
    expect(out).toContain("### development.jsonl, rules alone");
    expect(out).toContain("### development.jsonl, rules + trained model");
    expect(out).toMatch(/The trained model raised \d+ of 1204 messages/);
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

/**
 * Earlier held-back rounds: each was measured untouched and reported (SAFETY.md) while it was held back;
 * since the next round they are training data for the trained screen (bot/safety/model/training-data.ts), so
 * only the rules are still measured on unseen lines here (no rule was ever tuned on them). Floors a
 * little below their last measurement, for regressions of the rules: a build must not fail because an
 * honest measurement is below the targets, only because the screen got worse than a measurement taken.
 */
const earlierRounds = [
  // Round 2a (297 lines, oblique, as a youth worker hears it): rules 68.8 % crisis, 56.3 % concern, false crisis 1.1 %, any flag 1.0 %.
  ["round2a.jsonl", 297, { crisisRecall: 0.66, concernRecall: 0.53, maxCrisisFalsePositives: 0.03, maxAnyFalsePositives: 0.03 }],
  // Round 3's held-back half (316): rules 57.9 % crisis, 57.8 % concern, false crisis 2.1 %, any flag 1.9 %.
  ["round3-second-half.jsonl", 316, { crisisRecall: 0.55, concernRecall: 0.55, maxCrisisFalsePositives: 0.03, maxAnyFalsePositives: 0.03 }],
  // Round 4 (576): rules 45.1 % crisis, 37.9 % concern, false crisis 0.8 %, any flag 1.4 %.
  ["round4.jsonl", 576, { crisisRecall: 0.43, concernRecall: 0.36, maxCrisisFalsePositives: 0.03, maxAnyFalsePositives: 0.03 }],
  // Round 5 (600): rules 44.8 % crisis, 37.1 % concern, false crisis 2.6 %, any flag 5.0 %.
  ["round5.jsonl", 600, { crisisRecall: 0.43, concernRecall: 0.35, maxCrisisFalsePositives: 0.03, maxAnyFalsePositives: 0.055 }],
  // Round 6 (565, near-copies of training lines out): rules 39.2 % crisis, 36.6 % concern, false crisis 3.3 %, any flag 6.3 %.
  ["round6.jsonl", 565, { crisisRecall: 0.38, concernRecall: 0.35, maxCrisisFalsePositives: 0.035, maxAnyFalsePositives: 0.07 }],
  // Round 7 (held-back-7.jsonl until round 8; 562, near-copies out): rules 45.8 % crisis, 35.4 % concern, false crisis 2.2 %, any flag 6.0 %.
  ["round7.jsonl", 562, { crisisRecall: 0.44, concernRecall: 0.33, maxCrisisFalsePositives: 0.025, maxAnyFalsePositives: 0.065 }],
  // Round 8 (held-back-8.jsonl until round 9; 559, near-copies out): rules 47.9 % crisis, 43.5 % concern, false crisis 2.5 %, any flag 3.6 %.
  ["round8.jsonl", 559, { crisisRecall: 0.46, concernRecall: 0.41, maxCrisisFalsePositives: 0.03, maxAnyFalsePositives: 0.045 }],
  // Round 9 (held-back-9.jsonl until round 10; 553, near-copies out): rules 55.3 % crisis, 44.6 % concern, false crisis 2.2 %, any flag 7.1 %.
  ["round9.jsonl", 553, { crisisRecall: 0.54, concernRecall: 0.43, maxCrisisFalsePositives: 0.03, maxAnyFalsePositives: 0.08 }],
  // Round 10 (held-back-10.jsonl until round 11; 569, near-copies out): rules 48.3 % crisis, 52.6 % concern, false crisis 2.5 %, any flag 4.9 %.
  ["round10.jsonl", 569, { crisisRecall: 0.47, concernRecall: 0.51, maxCrisisFalsePositives: 0.03, maxAnyFalsePositives: 0.06 }],
  // Round 11 (held-back-11.jsonl until round 12; 563, near-copies out): rules 41.1 % crisis, 39.5 % concern, false crisis 2.2 %, any
  // flag 5.4 % while held back. Round 12's rules were written from the cross-validated misses of all training writers, this one
  // included, so its floor is from the rules as shipped after them: 53.0 %, 65.0 %, 0.6 %, 2.2 %.
  ["round11.jsonl", 563, { crisisRecall: 0.51, concernRecall: 0.63, maxCrisisFalsePositives: 0.02, maxAnyFalsePositives: 0.04 }],
  // Round 12 (held-back-12.jsonl until round 13; 574, near-copies out): rules 49.3 % crisis, 58.7 % concern, false crisis 3.0 %, any
  // flag 6.7 % while held back. Round 13's rules were written from the cross-validated misses of all training writers, this one
  // included, so its floor is from the rules as shipped after them: 72.9 %, 68.0 %, 3.0 %, 6.7 %.
  ["round12.jsonl", 574, { crisisRecall: 0.7, concernRecall: 0.66, maxCrisisFalsePositives: 0.035, maxAnyFalsePositives: 0.075 }],
  // Round 13 (held-back-13.jsonl until round 14; 579, near-copies out): rules 56.3 % crisis, 54.9 % concern, false crisis 2.1 %, any
  // flag 4.0 % as shipped after round 13 (rules + model 92.7 %, 80.3 %, 2.9 %, 4.5 %).
  ["round13.jsonl", 579, { crisisRecall: 0.54, concernRecall: 0.52, maxCrisisFalsePositives: 0.03, maxAnyFalsePositives: 0.05 }],
  // Round 14 (held-back-14.jsonl until round 15; 581, near-copies out): rules 50.5 % crisis, 48.6 % concern, false crisis 3.2 %, any
  // flag 6.4 % as shipped after round 14 (rules + model 87.1 %, 78.3 %, 6.6 %, 9.3 %).
  ["round14.jsonl", 581, { crisisRecall: 0.48, concernRecall: 0.46, maxCrisisFalsePositives: 0.04, maxAnyFalsePositives: 0.075 }],
  // Round 15 (held-back-15.jsonl until round 16; 581, near-copies out): rules 54.1 % crisis, 60.6 % concern, false crisis 2.7 %, any
  // flag 8.0 % as shipped after round 15 (rules + model 97.1 %, 84.6 %, 4.0 %, 9.5 %); with round 15's rules, merged in
  // round 16, measured a third time: rules 53.6 %, 60.6 %, 2.1 %, 7.5 %.
  ["round15.jsonl", 581, { crisisRecall: 0.52, concernRecall: 0.58, maxCrisisFalsePositives: 0.03, maxAnyFalsePositives: 0.085 }],
  // Round 16 (held-back-16.jsonl until round 17; 571, near-copies out): rules 58.5 % crisis, 59.4 % concern, false crisis 1.4 %, any
  // flag 5.8 % as shipped after round 15; with round 15's rules 58.5 %, 59.4 %, 0.5 %, 4.7 % (rules + model as shipped after
  // round 16: 96.6 %, 87.4 %, 3.6 %, 7.3 %). Trained on since round 17's retrain C (shipped 2026-12-06, SAFETY.md).
  ["round16.jsonl", 571, { crisisRecall: 0.56, concernRecall: 0.57, maxCrisisFalsePositives: 0.015, maxAnyFalsePositives: 0.06 }],
] as const;

describe.each(earlierRounds)("earlier held-back round, now training data for the model: %s", (file, size, rulesFloor) => {
  it("parses, and the rules (never tuned on it) stay above the floor", () => {
    const { rows, errors } = parseLabelled(readFileSync(path.join(fixtures, file), "utf8"));
    expect(errors).toEqual([]);
    expect(rows.length).toBe(size);
    const result = evaluate(rows, screenMessage);
    console.log(formatEvaluation(`${file}, rules alone`, result));
    expectAboveFloor(result, rulesFloor);
  });
});

/**
 * Round 17's held-back set (held-back-17.jsonl by an eighth new writer with a cast of at least forty chosen by the
 * writer: towns, suburbs and villages, 15 to 24, second-language writers, dialect, gamers, young parents, LGBTQ youth,
 * NPF diagnoses, foster and residential homes, answers to the service's own questions; every category about twenty
 * times). Unlike the earlier held-back writers, this one was asked to make the crisis and concern lines hard to catch
 * for a screen built on keyword lists (quiet, indirect, slang, said sideways) and the hard negatives tempting; the
 * writer saw none of the rules, the model or any corpus. The 63 of 600 lines within a word or two of a training line
 * were taken out before it was measured: 537 left; one more ("what's the address again?", written the same by the
 * writer of everyday-18) when that file became training data: 536. Measured with the screen as shipped after round 16: rules 41.9 % crisis, 55.9 % concern, false crisis 2.1 %, any flag on neither 5.8 %; rules + model 81.3 %,
 * 79.5 %, 2.4 %, 6.9 %. Three retrains on the new training data were measured and not shipped (the first two broke
 * transcripts by reading ordinary conversational lines as concern or crisis; the third's could not be verified in
 * time): with held-back-16, a training writer and 300 ordinary lines (thresholds 0.650 / 0.876) 87.7 %, 82.0 %, 3.9 %,
 * 8.1 %; with two more training writers asked for the same hard-to-catch lines (0.724 / 0.844) 84.2 %, 85.7 %, 2.7 %,
 * 6.9 %; with 300 ordinary lines more (0.681 / 0.862) 85.7 %, 83.9 %, 2.4 %, 6.9 %. The third (C) shipped on 2026-12-06, once
 * its transcripts were verified: on the 536 lines 85.7 %, 83.9 %, 2.4 %, 7.0 %. SAFETY.md (round 17) has every measurement;
 * the floors are a little below the shipped screen's (false positives a little above).
 *
 * Round 18's held-back set (held-back-18.jsonl, 2026-12-06): a ninth new writer, briefed as round 17's (a cast of at
 * least forty, quiet and indirect lines hard for a keyword list, about 100 tempting hard negatives), who saw nothing of
 * the project. 600 written; 51 within a word or two of a training line or of a held-back-17 line (which the next
 * retrain will learn from) taken out: 549 left (187 crisis, 159 concern, 203 neither). Measured once, with the screen
 * as shipped after round 17 (retrain C): rules 45.5 % crisis, 53.5 % concern, false crisis 1.4 %, any flag on
 * neither 3.9 %; rules + model 87.7 %, 78.6 %, 2.5 %, 4.4 %. Floors a little below.
 *
 * Round 19's held-back set (held-back-19.jsonl, 2026-12-06): a tenth new writer, who saw nothing of the project, asked
 * for a real mix (plain and direct, quiet and indirect, answers to the service's questions, the worrying part last in
 * two or three short sentences) and about 100 tempting hard negatives. 600 written; 70 within a word or two of a
 * training line, of a held-back-17 or -18 line, of a rule case or of the round's new training lines taken out: 530
 * left (197 crisis, 155 concern, 178 neither). Measured with the screen as shipped (retrain C): rules 49.7 % crisis,
 * 58.1 % concern, false crisis 1.2 %, any flag on neither 3.4 %; rules + model 88.8 %, 86.5 %, 2.4 %, 3.9 %. A retrain
 * on held-back-17 and the round's training writers (D) was measured on it and not shipped (SAFETY.md, round 19).
 *
 * Round 20's held-back set (held-back-20.jsonl, 2026-12-06): an eleventh new writer, who saw nothing of the project,
 * briefed as round 19's and asked for second-language Swedish and many typos too. 620 written; 51 within a word or two
 * of a training line, of round 20's two new training writers' lines, of a held-back-19 line or of a rule case taken
 * out: 569 left (203 crisis, 171 concern, 195 neither, 106 of them hard). Measured with the screen as shipped (retrain
 * C): rules 49.8 % crisis, 59.1 % concern, false crisis 1.6 %, any flag on neither 5.1 %; rules + model 87.7 %,
 * 78.9 %, 4.4 %, 10.3 % (its hard negatives are the most tempting yet: 18.9 % of them flagged). A retrain on
 * held-back-17 and -18 and four new training writers (F) was measured on it and not shipped (SAFETY.md, round 20).
 *
 * Round 21's held-back set (held-back-21.jsonl, 2026-12-06): a twelfth new writer, who saw nothing of the project,
 * briefed as round 20's with a cast leaning to those earlier writers may have left out (the north, second-language
 * families, young carers, HVB homes, gamers mixing languages). 620 written; 40 within a word or two of a training
 * line, of a held-back line or of a rule case taken out: 580 left (205 crisis, 176 concern, 199 neither, 113 of them
 * hard). Measured with the screen as shipped (retrain C, with round 21's guards): rules 52.2 % crisis, 59.1 % concern,
 * false crisis 3.7 %, any flag on neither 8.5 %; rules + model 86.8 %, 82.4 %, 5.6 %, 11.6 %. A retrain on four more
 * training writers (G) was measured on all five held-back sets and not shipped (SAFETY.md, round 21). In round 22
 * its misses were read and round 22's vocabulary (medicine names, firearms, burning, kinship care, forced marriage)
 * was written with them in view: rules 53.7 %, rules + model 88.3 % crisis since. It is no longer untouched.
 *
 * Round 22's held-back set (held-back-22.jsonl, 2026-12-06): a thirteenth new writer, who saw nothing of the
 * project, briefed as round 21's with a cast leaning to the big-city suburbs, chronic illness and disability and their
 * medicines, care leavers, honour-related settings, online relationships, sports clubs and folkhögskola, and very long
 * or one-word messages. 620 written; 60 within a word or two of any corpus line taken out: 560 left (209 crisis, 170
 * concern, 181 neither, 105 of them hard). Measured with the screen as shipped after round 21 (retrain C) and again
 * with round 22's vocabulary: the same figures, rules 46.4 % crisis, 61.8 % concern, false crisis 2.8 %, any flag on
 * neither 6.6 %; rules + model 88.0 %, 85.9 %, 7.4 %, 13.8 %.
 */
const heldBack = [
  ["held-back-17.jsonl", 536, { crisisRecall: 0.4, concernRecall: 0.54, maxCrisisFalsePositives: 0.03, maxAnyFalsePositives: 0.07 }, { crisisRecall: 0.84, concernRecall: 0.82, maxCrisisFalsePositives: 0.03, maxAnyFalsePositives: 0.08 }],
  ["held-back-18.jsonl", 549, { crisisRecall: 0.44, concernRecall: 0.52, maxCrisisFalsePositives: 0.02, maxAnyFalsePositives: 0.05 }, { crisisRecall: 0.86, concernRecall: 0.77, maxCrisisFalsePositives: 0.03, maxAnyFalsePositives: 0.055 }],
  ["held-back-19.jsonl", 530, { crisisRecall: 0.48, concernRecall: 0.56, maxCrisisFalsePositives: 0.02, maxAnyFalsePositives: 0.045 }, { crisisRecall: 0.87, concernRecall: 0.85, maxCrisisFalsePositives: 0.03, maxAnyFalsePositives: 0.05 }],
  ["held-back-20.jsonl", 569, { crisisRecall: 0.48, concernRecall: 0.57, maxCrisisFalsePositives: 0.025, maxAnyFalsePositives: 0.065 }, { crisisRecall: 0.86, concernRecall: 0.77, maxCrisisFalsePositives: 0.05, maxAnyFalsePositives: 0.115 }],
  ["held-back-21.jsonl", 580, { crisisRecall: 0.52, concernRecall: 0.58, maxCrisisFalsePositives: 0.045, maxAnyFalsePositives: 0.095 }, { crisisRecall: 0.87, concernRecall: 0.8, maxCrisisFalsePositives: 0.065, maxAnyFalsePositives: 0.13 }],
  ["held-back-22.jsonl", 560, { crisisRecall: 0.45, concernRecall: 0.6, maxCrisisFalsePositives: 0.035, maxAnyFalsePositives: 0.08 }, { crisisRecall: 0.86, concernRecall: 0.84, maxCrisisFalsePositives: 0.085, maxAnyFalsePositives: 0.155 }],
] as const;

describe.each(heldBack)("held back (never trained on): %s", (file, size, rulesFloor, withModelFloor) => {
  it("parses, its figures are printed against the targets, and it stays above the floor", () => {
    const { rows, errors } = parseLabelled(readFileSync(path.join(fixtures, file), "utf8"));
    expect(errors).toEqual([]);
    expect(rows.length).toBe(size);
    const result = evaluate(rows, screenMessage);
    const withModel = evaluate(rows, screenWithModel);
    const pct = (r: number) => `${(r * 100).toFixed(1)} %`;
    console.log(
      `${formatEvaluation(`${file}, rules alone`, result)}\n\n${formatEvaluation(`${file}, rules + trained model`, withModel)}\n\n` +
        `targets (rules + trained model): crisis recall 100 % (is ${pct(withModel.crisisRecall.rate)}), ` +
        `concern recall ≥ 90 % (is ${pct(withModel.concernRecall.rate)}), false positives ≤ 5 % (crisis flags ${pct(withModel.crisisFalsePositives.rate)}, any flag ${pct(withModel.anyFalsePositives.rate)})`,
    );
    expectAboveFloor(result, rulesFloor);
    expectAboveFloor(withModel, withModelFloor);
  });

  // Every held-back line against every training line (about 7.8 million pairs): under a loaded full
  // run this took up to 37 s, past the default limit, so it has its own (a limit, not a measurement).
  it("holds no line the trained screen learnt from, nor one that is the same but for a word or two", () => {
    const training = loadTrainingRows(root).map((r) => wordsOf(r.text));
    const { rows } = parseLabelled(readFileSync(path.join(fixtures, file), "utf8"));
    const held = rows.map((r) => ({ text: r.text, words: wordsOf(r.text) }));
    expect(held.filter((r) => training.some((t) => nearlyTheSame(r.words, t))).map((r) => r.text)).toEqual([]);
  }, 180_000);
});

/**
 * Bursts: one person's messages in a row, where most crises and concerns are clear only from the burst
 * ("har samlat pa mej" / "typ 40 alvedon nu" / "ikväll när alla sovit"), and hard negatives that look
 * alarming across the messages ("han sköt mej" / "3 gånger" / "i warzone"). Written 2026-12-03 by a
 * writer who saw nothing of the project, two files of 150 bursts (55 crisis, 45 concern, 50 neither).
 * bursts-dev.jsonl was read while the burst screen (bot/safety/screen-in-context.ts) was designed;
 * bursts-held-back.jsonl was measured once the design was done and never tuned on. As the turns read
 * them, one message at a time with what came before (rules + trained model): dev crisis 74.5 %,
 * concern 77.8 % (each message alone: 54.5 / 48.9 %); held back 54.5 %, 71.1 % (alone 38.2 / 48.9 %).
 * Then a transcript showed onboarding answers ("Sara", "3", "svenska") thinning a burst, and the
 * message is also read with the one just before it: dev 76.4 / 77.8 % (false crisis 23.2 %), held back
 * 54.5 / 73.3 % (false crisis 15.8 %, any flag on neither 32.0 %), measured a second time.
 * Most "neither" flags are a first message that alarms on its own ("pappa slog mej", before "i schack")
 * and that no screen reading as the messages come could leave unflagged. Floors a little below.
 * Round 8's concern words (rules alone, 2026-12-03) raised the concern bursts caught by some message
 * alone from 22 to 25 (dev) and 22 to 23 (held back). Round 8's rules and model together (the crisis budget
 * 3.5 %): dev crisis 81.8 %, concern 84.4 %, false crisis 25.3 %, any flag on neither 42.0 % (each message
 * alone: 33 crisis, 25 concern bursts); held back 65.5 %, 71.1 %, 16.8 %, 32.0 % (alone 24 / 23). The dev
 * set's false-crisis ceiling moved from 24 to 26 % with the wider crisis budget (SAFETY.md, round 8).
 * Round 9's rules and the model retrained on twenty-two writers: dev crisis 90.9 %, concern 93.3 %, false
 * crisis 26.3 %, any flag on neither 46.0 % (each message alone: 36 crisis, 33 concern); held back
 * 70.9 %, 88.9 %, 15.8 %, 32.0 % (alone 28 / 27). The dev set's ceilings moved 26 → 27 % (false crisis)
 * and 43 → 47 % (any flag on neither): its hard negatives are a first message that alarms on its own.
 * Round 10's rules and the model retrained on twenty-five writers: dev crisis 96.4 %, concern 91.1 %, false
 * crisis 25.3 %, any flag on neither 46.0 % (each message alone: 36 crisis, 38 concern); held back 78.2 %,
 * 91.1 %, 20.0 %, 32.0 % (alone 28 / 32). The held-back set's false-crisis ceiling moved 17 → 21 % (the
 * lower crisis threshold raises more of its alarming first messages), measured, not chosen.
 * Round 11's rules and the model retrained on twenty-nine files: dev crisis 92.7 %, concern 93.3 %, false
 * crisis 25.3 %, any flag on neither 48.0 % (each message alone: 38 crisis, 39 concern); held back 81.8 %,
 * 91.1 %, 21.1 %, 34.0 % (alone 30 / 31). Ceilings moved by a point or two (dev any flag 47 → 49 %, held
 * back false crisis 21 → 22 %, any flag 33 → 35 %), measured, not chosen.
 * Round 12's rules and the model retrained on thirty-four files (thresholds 0.758 / 0.838): dev crisis 94.5 %,
 * concern 95.6 %, false crisis 23.2 %, any flag on neither 44.0 % (each message alone: 33 crisis, 40 concern);
 * held back 76.4 %, 93.3 %, 15.8 %, 32.0 % (alone 26 / 33). The higher crisis threshold costs the held-back
 * bursts crisis (81.8 → 76.4 %; its floor 0.76 → 0.74) and the lower concern threshold gains concern,
 * measured, not chosen.
 * Round 13's rules and the model retrained on thirty-eight files (thresholds 0.668 / 0.878): dev crisis 100 %,
 * concern 93.3 %, false crisis 27.4 %, any flag on neither 46.0 % (each message alone: 36 crisis, 40 concern);
 * held back 87.3 %, 84.4 %, 18.9 %, 32.0 % (alone 33 / 32). The lower crisis threshold gains the held-back bursts
 * crisis (76.4 → 87.3 %; its floor 0.74 → 0.86) and the higher concern threshold costs concern (93.3 → 84.4 %; its
 * floor 0.88 → 0.80), measured, not chosen; the dev set's false-crisis ceiling moved 28 → 29 %.
 * Round 14's rules and the model retrained on forty-one files (thresholds 0.735 / 0.875): dev crisis 98.2 %,
 * concern 95.6 %, false crisis 23.2 %, any flag on neither 42.0 % (each message alone: 37 crisis, 40 concern);
 * held back 81.8 %, 84.4 %, 15.8 %, 28.0 % (alone 28 / 32). The higher crisis threshold costs the held-back bursts
 * crisis (87.3 → 81.8 %; its floor 0.86 → 0.80), measured, not chosen.
 * Round 15's data (rules unchanged) and the model retrained on forty-three files (thresholds 0.688 / 0.879): dev
 * crisis 98.2 %, concern 97.8 %, false crisis 25.3 %, any flag on neither 44.0 % (each message alone: 38 crisis, 41
 * concern); held back 87.3 %, 88.9 %, 16.8 %, 30.0 % (alone 35 / 32).
 * Round 16: round 15's rules, more data, the model retrained on forty-four files (thresholds 0.705 / 0.877): dev
 * crisis 98.2 %, concern 93.3 %, false crisis 24.2 %, any flag on neither 44.0 % (each message alone: 38 crisis, 39
 * concern); held back 87.3 %, 84.4 %, 14.7 %, 28.0 % (alone 32 / 32).
 * Round 17: the same rules, the model retrained on fifty files (C, thresholds 0.681 / 0.862): dev crisis 100 %,
 * concern 93.3 %, false crisis 25.3 %, any flag on neither 44.0 % (each message alone: 37 crisis, 39 concern); held
 * back 89.1 %, 91.1 %, 17.9 %, 32.0 % (alone 32 / 32).
 * Round 22: the vocabulary of means; one more held-back crisis burst has a message that is a crisis alone (alone 33).
 */
const burstFiles = [
  ["bursts-dev.jsonl", { crisisRecall: 0.88, concernRecall: 0.88, maxCrisisFalsePositives: 0.29, maxAnyFalsePositives: 0.49 }, { crisis: 37, concern: 39 }],
  ["bursts-held-back.jsonl", { crisisRecall: 0.8, concernRecall: 0.8, maxCrisisFalsePositives: 0.21, maxAnyFalsePositives: 0.35 }, { crisis: 33, concern: 32 }],
] as const;

describe.each(burstFiles)("bursts of messages: %s", (file, floor, alone) => {
  const { rows, errors } = parseLabelled(readFileSync(path.join(fixtures, file), "utf8"));
  it("parses: 150 bursts of 2-6 messages, 55 crisis, 45 concern, 50 neither", () => {
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(150);
    expect(rows.every((r) => r.messages && r.messages.length >= 2 && r.messages.length <= 6)).toBe(true);
    expect([rows.filter((r) => r.crisis).length, rows.filter((r) => r.concern).length]).toEqual([55, 45]);
  });

  it("read as the turns read them, each message with the ones before it, stays above the floor and catches more than each message alone", () => {
    const together = evaluate(rows, screenWithModel);
    console.log(formatEvaluation(`${file}, rules + trained model, each message with the ones before it`, together));
    expectAboveFloor(together, floor);
    // The same bursts with every message screened alone (what the turn did before bursts were read).
    const eachAlone = (r: (typeof rows)[number]) => r.messages!.map((m) => screenWithModel(m).level);
    expect(rows.filter((r) => r.crisis && eachAlone(r).includes("crisis")).length).toBe(alone.crisis);
    expect(rows.filter((r) => r.concern && eachAlone(r).some((l) => l !== "none")).length).toBe(alone.concern);
    expect(together.crisisRecall.hits).toBeGreaterThan(alone.crisis);
    expect(together.concernRecall.hits).toBeGreaterThan(alone.concern);
  });
});
