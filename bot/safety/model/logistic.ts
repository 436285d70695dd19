// Binary logistic regression over hashed sparse features, trained by stochastic gradient descent with
// L2 regularisation (the weight vector kept as scale × vector so the L2 shrink costs nothing per step),
// balanced class weights, and the weights averaged over the second half of the epochs. Deterministic:
// the order of examples comes from a seeded generator, so the same data and options give the same
// weights on every machine.
//
// Why our own ~100 lines: the npm libraries for this take dense matrices (ml-logistic-regression over
// ml-matrix: 2,200 messages × 2^18 hashed features would be gigabytes) or bring their own tokenizer and
// vocabulary (natural's LogisticRegressionClassifier), so neither could read the screen's own
// normalised text and hashed features; scoring is a dot product over a few hundred buckets.
import type { Features } from "./features.js";
import { seededRandom } from "../../infrastructure/seeded-random.js";

export interface TrainOptions {
  /** L2 strength (per example). */
  lambda: number;
  epochs: number;
  seed: number;
}

export interface BinaryModel {
  weights: Float32Array;
  bias: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function predict(model: BinaryModel, x: Features): number {
  let z = model.bias;
  for (let i = 0; i < x.index.length; i++) z += model.weights[x.index[i]!]! * x.value[i]!;
  return sigmoid(z);
}

function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

/** `sampleWeights`: how much each example counts (1 when not given). */
export function train(xs: Features[], ys: boolean[], dimension: number, options: TrainOptions, sampleWeights?: number[]): BinaryModel {
  const positives = ys.filter(Boolean).length;
  const negatives = ys.length - positives;
  if (!positives || !negatives) throw new Error("training needs examples of both classes");
  // Balanced: each class weighs half of the total, however many examples it has.
  const classWeight = { pos: ys.length / (2 * positives), neg: ys.length / (2 * negatives) };
  const v = new Float64Array(dimension);
  let scale = 1;
  let bias = 0;
  // The average of the weights at the end of each epoch of the second half: SGD's last step is noisy,
  // its average is steady (Polyak averaging, per epoch so it costs one pass over the weights per epoch).
  const sum = new Float64Array(dimension);
  let sumBias = 0;
  let averaged = 0;
  const random = seededRandom(options.seed);
  const order = xs.map((_, i) => i);
  const { lambda } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    const eta = 0.5 / Math.sqrt(1 + epoch);
    for (const i of order) {
      const x = xs[i]!;
      let dot = 0;
      for (let k = 0; k < x.index.length; k++) dot += v[x.index[k]!]! * x.value[k]!;
      const margin = scale * dot + bias;
      const g = (sigmoid(margin) - (ys[i] ? 1 : 0)) * (ys[i] ? classWeight.pos : classWeight.neg) * (sampleWeights?.[i] ?? 1);
      // The L2 shrink of every weight, as one multiplication of the scale.
      scale *= 1 - eta * lambda;
      if (scale < 1e-6) {
        for (let k = 0; k < v.length; k++) v[k] = v[k]! * scale;
        scale = 1;
      }
      const step = (eta * g) / scale;
      for (let k = 0; k < x.index.length; k++) v[x.index[k]!] = v[x.index[k]!]! - step * x.value[k]!;
      bias -= eta * g;
    }
    if (epoch >= options.epochs / 2) {
      for (let k = 0; k < dimension; k++) sum[k] = sum[k]! + v[k]! * scale;
      sumBias += bias;
      averaged++;
    }
  }
  const weights = new Float32Array(dimension);
  for (let k = 0; k < dimension; k++) weights[k] = sum[k]! / averaged;
  return { weights, bias: sumBias / averaged };
}
