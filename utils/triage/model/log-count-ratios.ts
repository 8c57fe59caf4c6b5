import type { MessageFeatures } from './features';

// Naive Bayes log-count ratios as feature scales for a discriminative model ("NBSVM": Wang and Manning, "Baselines and
// Bigrams", 2012). A feature that is far more common in one kind's messages than in the rest gets a large scale, so
// the L1-regularised logistic model keeps it for less, while a feature seen alike on both sides keeps the scale of 1.
// Training only: the trainer multiplies each learned weight by its scale, so the shipped model reads plain features.

/** Magnitudes below this are raised to it: an uninformative feature keeps its own value (cross-validated: 0.25, 1, 2). */
export const RATIO_FLOOR = 1;

/** The scale of each feature id for one kind: log((share of positives with it) / (share of negatives with it)). */
export function logCountRatios(rows: ReadonlyArray<{ features: MessageFeatures; label: 0 | 1 }>, floor = RATIO_FLOOR): (id: number) => number {
  const positive = new Map<number, number>();
  const negative = new Map<number, number>();
  let positives = 0;
  let negatives = 0;
  for (const row of rows) {
    const counts = row.label === 1 ? positive : negative;
    if (row.label === 1) positives++;
    else negatives++;
    for (const id of row.features.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const scales = new Map<number, number>();
  return (id) => {
    let scale = scales.get(id);
    if (scale === undefined) {
      // Add-one smoothing: a feature seen on one side only gets a finite ratio.
      const p = ((positive.get(id) ?? 0) + 1) / (positives + 2);
      const q = ((negative.get(id) ?? 0) + 1) / (negatives + 2);
      const ratio = Math.log(p / q);
      scale = (ratio < 0 ? -1 : 1) * Math.max(floor, Math.abs(ratio));
      scales.set(id, scale);
    }
    return scale;
  };
}

/** The rows with every feature value multiplied by its scale. */
export function scaleRows<T extends { features: MessageFeatures }>(rows: readonly T[], scale: (id: number) => number): T[] {
  return rows.map((row) => ({
    ...row,
    features: { ...row.features, values: row.features.values.map((v, i) => v * scale(row.features.ids[i]!)) },
  }));
}
