// `npm run safety:train`: trains the screen's second, trained layer (bot/safety/model/) on the
// development corpora and writes bot/safety/model/weights.json. Settings and thresholds are chosen by
// cross-validation that holds out one writer at a time (bot/safety/model/cross-validate.ts); the
// held-back corpora are never read here. Deterministic: the same files give the same weights.
// `--quick` tries only the settings already chosen (for a retrain after the data changed a little).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createScreen } from "../safety/screen.js";
import type { FeatureOptions } from "../safety/model/features.js";
import { categoryAccuracy, chooseThresholds, examplesOf, trainCategoryHeads, worth, figures, outOfFold, trainHeads, type Example, type Figures, type Scored, type Thresholds } from "../safety/model/cross-validate.js";
import { encodeHead, WEIGHTS_FILE, type WeightsFile } from "../safety/model/safety-model.js";
import { lexiconFingerprint } from "../safety/model/lexicon-fingerprint.js";
import { EVERYDAY, loadTrainingRows, trainingFiles } from "../safety/model/training-data.js";
import type { BinaryModel, TrainOptions } from "../safety/model/logistic.js";
import { concernCategories, crisisCategories } from "../safety/categories.js";

const { values } = parseArgs({ options: { quick: { type: "boolean" } } });
const root = path.resolve(import.meta.dirname, "../..");
const SEED = 20261202;
const EPOCHS = 20;
const BITS = 17;
const CATEGORY_BITS = 14;

const featureGrid: FeatureOptions[] = values.quick
  ? [{ bits: BITS, charMin: 3, charMax: 5, concepts: true }]
  : [
      { bits: BITS, charMin: 2, charMax: 5, concepts: true },
      { bits: BITS, charMin: 3, charMax: 5, concepts: true },
      { bits: BITS, charMin: 2, charMax: 5, concepts: false },
      { bits: BITS, charMin: 2, charMax: 4, concepts: true },
    ];
const lambdaGrid = values.quick ? [1e-6] : [1e-6, 3e-6, 1e-5, 3e-5, 1e-4];

const screen = createScreen();
const rows = loadTrainingRows(root);
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const describe = (f: Figures) => `crisis ${pct(f.crisisRecall)}, concern ${pct(f.concernRecall)}, false crisis ${pct(f.crisisFalsePositives)}, any flag on neither ${pct(f.anyFalsePositives)}, any flag on everyday lines ${pct(f.everydayFalsePositives)}`;

interface Trial {
  features: FeatureOptions;
  training: TrainOptions;
  thresholds: Thresholds;
  alone: Figures;
  withRules: Figures;
  examples: Example[];
  scored: Scored[];
}

let best: Trial | undefined;
process.stdout.write(`${rows.length} development lines from ${trainingFiles.length} files; folds hold out one writer at a time\n`);
for (const features of featureGrid) {
  const examples = examplesOf(rows, screen, features);
  for (const lambda of lambdaGrid) {
    const training = { lambda, epochs: EPOCHS, seed: SEED };
    const scored = outOfFold(examples, features.bits, training);
    const thresholds = chooseThresholds(scored);
    const trial = { features, training, thresholds, alone: figures(scored, thresholds, false), withRules: figures(scored, thresholds, true), examples, scored };
    process.stdout.write(
      `chars ${features.charMin}-${features.charMax}, concepts ${features.concepts ? "yes" : "no"}, lambda ${lambda}: thresholds ${thresholds.crisis.toFixed(3)}/${thresholds.concern.toFixed(3)}; model alone: ${describe(trial.alone)}\n`,
    );
    if (!best || worth(trial.alone) > worth(best.alone)) best = trial;
  }
}
if (!best) throw new Error("nothing was tried");

process.stdout.write(`\nchosen: chars ${best.features.charMin}-${best.features.charMax}, concepts ${best.features.concepts ? "yes" : "no"}, lambda ${best.training.lambda}, thresholds crisis ${best.thresholds.crisis.toFixed(3)}, concern ${best.thresholds.concern.toFixed(3)}\n`);
process.stdout.write(`cross-validation, model alone: ${describe(best.alone)}\n`);
for (const writer of new Set(best.scored.map((s) => s.example.row.writer))) {
  if (writer === EVERYDAY) continue;
  const part = best.scored.filter((s) => s.example.row.writer === writer);
  process.stdout.write(`  held out: ${writer} (${part.length} lines), model alone: ${describe(figures(part, best.thresholds, false))}\n`);
}
process.stdout.write(`cross-validation, rules + model (the rules were tuned on these lines): ${describe(best.withRules)}\n`);

const heads = trainHeads(best.examples, best.features.bits, best.training);
// Category heads on a smaller hash space: they are asked only for a message the model raised.
const categoryFeatures = { ...best.features, bits: CATEGORY_BITS };
const categoryExamples = examplesOf(rows, screen, categoryFeatures);
const categoryHeads = {
  crisis: trainCategoryHeads(categoryExamples, "crisis", crisisCategories, CATEGORY_BITS, best.training),
  concern: trainCategoryHeads(categoryExamples, "concern", concernCategories, CATEGORY_BITS, best.training),
};
const accuracy = (level: "crisis" | "concern", names: readonly string[]) => pct(categoryAccuracy(categoryExamples, level, names, CATEGORY_BITS, best!.training));
process.stdout.write(`cross-validation, category named right: crisis lines ${accuracy("crisis", crisisCategories)}, concern lines ${accuracy("concern", concernCategories)}\n`);
const encodeAll = (hs: Record<string, BinaryModel>) => Object.fromEntries(Object.entries(hs).map(([name, h]) => [name, encodeHead(h)]));
const file: WeightsFile = {
  format: 1,
  trainedAt: process.env.SAFETY_TRAIN_DATE ?? new Date().toISOString().slice(0, 10),
  trainedOn: [...trainingFiles],
  lexicon: lexiconFingerprint(),
  features: best.features,
  training: best.training,
  thresholds: { crisis: round(best.thresholds.crisis), concern: round(best.thresholds.concern) },
  heads: { crisis: encodeHead(heads.crisis), concern: encodeHead(heads.concern) },
  categories: { bits: CATEGORY_BITS, crisis: encodeAll(categoryHeads.crisis), concern: encodeAll(categoryHeads.concern) },
};
const json = `${JSON.stringify(file)}\n`;
writeFileSync(WEIGHTS_FILE, json);
process.stdout.write(`wrote ${path.relative(root, WEIGHTS_FILE)} (${(json.length / 1024).toFixed(0)} KiB)\n`);

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
