import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactWeights, rowOf, Scorer } from './scorer';

const BITS = 12;

/** Columns of distinct ascending ids with non-zero weights, as unpackColumn gives them. */
const columns = fc.array(
  fc.uniqueArray(fc.integer({ min: 0, max: (1 << BITS) - 1 }), { maxLength: 60 }).chain((ids) =>
    fc.array(fc.integer({ min: -127, max: 127 }).filter((q) => q !== 0), { minLength: ids.length, maxLength: ids.length }).map((qs) => ({
      ids: Int32Array.from([...ids].sort((a, b) => a - b)),
      weights: Float32Array.from(qs.map((q) => q * 0.01)),
    })),
  ),
  { minLength: 1, maxLength: 5 },
);

describe('the compact weights and the scorer', () => {
  it('give every known id its own row and every unknown id none', () => {
    fc.assert(
      fc.property(columns, (cols) => {
        const layout = compactWeights(BITS, cols);
        const known = new Set(cols.flatMap((c) => [...c.ids]));
        const rows = new Set<number>();
        for (let id = 0; id < 1 << BITS; id++) {
          const row = rowOf(layout, id);
          if (!known.has(id)) expect(row).toBe(-1);
          else rows.add(row);
        }
        expect(rows.size).toBe(known.size);
        expect(layout.start[known.size]).toBe(cols.reduce((n, c) => n + c.ids.length, 0));
      }),
    );
  });

  it("hold each id's weights in its row, the positive ones first", () => {
    fc.assert(
      fc.property(columns, (cols) => {
        const layout = compactWeights(BITS, cols);
        for (const id of new Set(cols.flatMap((c) => [...c.ids]))) {
          const row = rowOf(layout, id);
          const entries: Array<[number, number]> = [];
          for (let e = layout.start[row]!; e < layout.start[row + 1]!; e++) entries.push([layout.column[e]!, layout.weight[e]!]);
          const expected = cols.flatMap((c, k) => (c.ids.includes(id) ? [[k, c.weights[c.ids.indexOf(id)]!] as [number, number]] : []));
          expect([...entries].sort((a, b) => a[0] - b[0])).toEqual(expected);
          const firstNotPositive = entries.findIndex(([, w]) => !(w > 0));
          if (firstNotPositive >= 0) expect(entries.slice(firstNotPositive).every(([, w]) => !(w > 0))).toBe(true);
        }
      }),
    );
  });

  it('sum each column as a plain dot product does, counting a repeated feature once', () => {
    fc.assert(
      fc.property(columns, fc.array(fc.tuple(fc.integer({ min: 0, max: (1 << BITS) - 1 }), fc.constantFrom(1, 0.5, 0.85)), { maxLength: 80 }), (cols, features) => {
        const bias = Float64Array.from(cols.map((_, k) => k - 1));
        const scorer = new Scorer(compactWeights(BITS, cols), bias).reset();
        const expected = Array.from(bias);
        const seen = new Set<number>();
        for (const [id, value] of features) {
          scorer.add(id, value, 0);
          if (seen.has(id)) continue;
          seen.add(id);
          cols.forEach((c, k) => {
            const i = c.ids.indexOf(id);
            if (i >= 0) expected[k]! += c.weights[i]! * value;
          });
        }
        cols.forEach((_, k) => expect(scorer.z[k]).toBeCloseTo(expected[k]!, 9));
        // A new message starts from the bias again.
        scorer.reset();
        expect(Array.from(scorer.z)).toEqual(Array.from(bias));
        expect(scorer.count).toBe(0);
      }),
    );
  });
});
