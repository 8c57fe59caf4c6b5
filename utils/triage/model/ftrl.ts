import type { MessageFeatures } from './features';

// FTRL-Proximal logistic regression (McMahan et al., "Ad Click Prediction: a View from the Trenches", 2013): online,
// per-coordinate learning rates, and an L1 term that leaves most weights at exactly zero, so the shipped model keeps
// only the features that matter. Training only: the extension reads the weights it produced.

export interface TrainOptions {
  alpha: number;
  beta: number;
  l1: number;
  l2: number;
  epochs: number;
  /** Seed of the example order, so a retrain on the same data gives the same model. */
  seed: number;
  /** Weight of a positive example's gradient: more than 1 for kinds that are rare in the corpus. */
  positiveWeight?: number;
}

export interface TrainedKind {
  bias: number;
  weights: Map<number, number>;
}

export function trainFtrl(examples: Array<{ features: MessageFeatures; label: 0 | 1 }>, size: number, o: TrainOptions): TrainedKind {
  const z = new Float64Array(size);
  const n = new Float64Array(size);
  let zBias = 0;
  let nBias = 0;
  const weight = (i: number): number => {
    const zi = z[i]!;
    if (Math.abs(zi) <= o.l1) return 0;
    return -(zi - Math.sign(zi) * o.l1) / ((o.beta + Math.sqrt(n[i]!)) / o.alpha + o.l2);
  };
  const biasWeight = () => -zBias / ((o.beta + Math.sqrt(nBias)) / o.alpha);
  const order = examples.map((_, i) => i);
  let state = o.seed >>> 0 || 1;
  const random = () => ((state = Math.imul(state ^ (state << 13), 1) ^ (state >>> 17)), (state ^= state << 5), (state >>> 0) / 4294967296);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const e of order) {
      const { features, label } = examples[e]!;
      const { ids, values } = features;
      let s = biasWeight();
      for (let f = 0; f < ids.length; f++) s += weight(ids[f]!) * values[f]!;
      const p = 1 / (1 + Math.exp(-Math.max(-35, Math.min(35, s))));
      const g0 = (p - label) * (label === 1 ? (o.positiveWeight ?? 1) : 1);
      for (let f = 0; f < ids.length; f++) {
        const i = ids[f]!;
        const g = g0 * values[f]!;
        const sigma = (Math.sqrt(n[i]! + g * g) - Math.sqrt(n[i]!)) / o.alpha;
        z[i] += g - sigma * weight(i);
        n[i] += g * g;
      }
      const sigmaB = (Math.sqrt(nBias + g0 * g0) - Math.sqrt(nBias)) / o.alpha;
      zBias += g0 - sigmaB * biasWeight();
      nBias += g0 * g0;
    }
  }
  const weights = new Map<number, number>();
  for (let i = 0; i < size; i++) {
    if (n[i] === 0) continue;
    const w = weight(i);
    if (w !== 0) weights.set(i, w);
  }
  return { bias: biasWeight(), weights };
}
