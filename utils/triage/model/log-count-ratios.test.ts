import { describe, expect, it } from 'vitest';
import type { MessageFeatures } from './features';
import { logCountRatios, scaleRows } from './log-count-ratios';

const message = (ids: number[]): MessageFeatures => ({ ids, values: ids.map(() => 1), sentence: ids.map(() => 0), strongestRule: 0 });

describe('log-count ratios', () => {
  // Ids: 1 in every positive, 2 in every negative, 3 everywhere, 4 in one positive of four.
  const rows = [
    { features: message([1, 3, 4]), label: 1 as const },
    { features: message([1, 3]), label: 1 as const },
    { features: message([1, 3]), label: 1 as const },
    { features: message([1, 3]), label: 1 as const },
    { features: message([2, 3]), label: 0 as const },
    { features: message([2, 3]), label: 0 as const },
  ];
  const scale = logCountRatios(rows);

  it('scales a feature by how much more often it comes with the kind than without, add-one smoothed', () => {
    expect(scale(1)).toBeCloseTo(Math.log((5 / 6) / (1 / 4)));
    expect(scale(2)).toBeCloseTo(Math.log((1 / 6) / (3 / 4)));
  });

  it('keeps at least the floor, with the sign of the ratio, for features that tell little', () => {
    expect(scale(3)).toBe(1);
    expect(scale(4)).toBe(1);
    // Never seen: smoothing alone decides the sign (here 1/6 of positives against 1/4 of negatives).
    expect(scale(99)).toBe(-1);
    expect(logCountRatios(rows, 0.25)(4)).toBeCloseTo(Math.log((2 / 6) / (1 / 4)));
    expect(logCountRatios([{ features: message([5]), label: 0 }, { features: message([6]), label: 1 }], 0.1)(5)).toBeCloseTo(-Math.log(2));
  });

  it('scales values and keeps ids, sentences and labels', () => {
    const [first] = scaleRows([rows[0]!], scale);
    expect(first!.label).toBe(1);
    expect(first!.features.ids).toEqual([1, 3, 4]);
    expect(first!.features.sentence).toEqual([0, 0, 0]);
    expect(first!.features.values).toEqual([scale(1), 1, 1]);
    expect(rows[0]!.features.values).toEqual([1, 1, 1]);
  });
});
