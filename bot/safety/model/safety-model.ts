// The trained screen's weights (bot/safety/model/weights.json, written by `npm run safety:train`) and
// its two scores for a message: how much it reads as crisis, and as concern-or-crisis. Loaded once at
// start; scoring is a dot product over the message's few hundred hashed features.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { featuresOf, type FeatureOptions } from "./features.js";
import { predict, type BinaryModel } from "./logistic.js";
import type { Token } from "../text-tokens.js";

export const WEIGHTS_FILE = path.resolve(import.meta.dirname, "weights.json");

const head = z.object({
  bias: z.number(),
  /** Weights as little-endian int16, base64; weight = value × step. */
  step: z.number().positive(),
  weights: z.string(),
});

export const weightsFile = z.object({
  format: z.literal(1),
  trainedAt: z.string(),
  trainedOn: z.array(z.string()).min(1),
  /**
   * The concepts the model was trained to read (model/lexicon-fingerprint.ts): a test fails when the
   * lexicon's differ. Optional so that weights written before it still load (the test then fails too).
   */
  lexicon: z.object({ concepts: z.number().int(), fingerprint: z.string() }).optional(),
  features: z.object({ bits: z.number().int().min(8).max(22), charMin: z.number().int().min(1), charMax: z.number().int().min(1), concepts: z.boolean() }),
  training: z.object({ lambda: z.number(), epochs: z.number().int(), seed: z.number().int() }),
  /** A score at or above the threshold raises the message (crisis; concern-or-crisis). */
  thresholds: z.object({ crisis: z.number().min(0).max(1), concern: z.number().min(0).max(1) }),
  heads: z.object({ crisis: head, concern: head }),
  /** One head per category (one against the rest, among lines of that level), on a smaller hash space. */
  categories: z.object({ bits: z.number().int().min(8).max(20), crisis: z.record(z.string(), head), concern: z.record(z.string(), head) }),
});
export type WeightsFile = z.infer<typeof weightsFile>;

export interface ModelScores {
  /** 0..1: how much the message reads as crisis. */
  crisis: number;
  /** 0..1: how much the message reads as concern or crisis. */
  concern: number;
}

export interface SafetyModel {
  features: FeatureOptions;
  thresholds: { crisis: number; concern: number };
  score(tokens: Token[], concepts: string[]): ModelScores;
  /** The category of that level the message reads most like (asked only once the model raised it). */
  category(level: "crisis" | "concern", tokens: Token[], concepts: string[]): string;
}

/** Quantised to 16 bits: a weight file a quarter the size of doubles, with no difference a score can see. */
export function encodeHead(model: BinaryModel): z.infer<typeof head> {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const step = (max || 1) / 32767;
  const ints = new Int16Array(model.weights.length);
  for (let i = 0; i < ints.length; i++) ints[i] = Math.round(model.weights[i]! / step);
  return { bias: model.bias, step, weights: Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength).toString("base64") };
}

function decodeHead(encoded: z.infer<typeof head>, dimension: number): BinaryModel {
  const bytes = Buffer.from(encoded.weights, "base64");
  if (bytes.length !== dimension * 2) throw new Error(`weights: expected ${dimension} buckets, got ${bytes.length / 2}`);
  const weights = new Float32Array(dimension);
  for (let i = 0; i < dimension; i++) weights[i] = bytes.readInt16LE(i * 2) * encoded.step;
  return { weights, bias: encoded.bias };
}

export function safetyModelFrom(file: WeightsFile): SafetyModel {
  const dimension = 1 << file.features.bits;
  const crisis = decodeHead(file.heads.crisis, dimension);
  const concern = decodeHead(file.heads.concern, dimension);
  const categoryFeatures = { ...file.features, bits: file.categories.bits };
  const decodeAll = (heads: Record<string, z.infer<typeof head>>) => Object.entries(heads).map(([name, h]) => [name, decodeHead(h, 1 << file.categories.bits)] as const);
  const categoryHeads = { crisis: decodeAll(file.categories.crisis), concern: decodeAll(file.categories.concern) };
  return {
    features: file.features,
    thresholds: file.thresholds,
    score(tokens, concepts) {
      const x = featuresOf(tokens, concepts, file.features);
      return { crisis: predict(crisis, x), concern: predict(concern, x) };
    },
    category(level, tokens, concepts) {
      const x = featuresOf(tokens, concepts, categoryFeatures);
      let best = { name: level === "crisis" ? "acute-danger" : "hopelessness", score: -1 };
      for (const [name, h] of categoryHeads[level]) {
        const score = predict(h, x);
        if (score > best.score) best = { name, score };
      }
      return best.name;
    },
  };
}

/** The checked-in model; undefined (rules alone) if it has not been trained in this checkout. */
export function loadSafetyModel(file = WEIGHTS_FILE): SafetyModel | undefined {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  return safetyModelFrom(weightsFile.parse(JSON.parse(raw)));
}
