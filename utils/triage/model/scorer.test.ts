import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactWeights, entriesAt, recordOf, Scorer } from './scorer';

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
  it('give every known id its own record and every unknown id none', () => {
    fc.assert(
      fc.property(columns, (cols) => {
        const layout = compactWeights(BITS, cols);
        const known = new Set(cols.flatMap((c) => [...c.ids]));
        const starts = new Set<number>();
        const unknownWithRecord: number[] = [];
        let entries = 0;
        for (let id = 0; id < 1 << BITS; id++) {
          const at = recordOf(layout, id);
          if (!known.has(id)) {
            if (at !== -1) unknownWithRecord.push(id);
          } else {
            starts.add(at);
            entries += entriesAt(layout.records, at);
          }
        }
        expect(unknownWithRecord).toEqual([]);
        expect(starts.size).toBe(known.size);
        expect(entries).toBe(cols.reduce((n, c) => n + c.ids.length, 0));
        // The records follow one another without gaps or overlaps.
        expect(layout.records.length).toBe(known.size + entries);
      }),
    );
  });

  it("hold each id's weights in its record, the positive ones first", () => {
    fc.assert(
      fc.property(columns, (cols) => {
        const layout = compactWeights(BITS, cols);
        for (const id of new Set(cols.flatMap((c) => [...c.ids]))) {
          const at = recordOf(layout, id);
          const entries: Array<[number, number]> = [];
          for (let e = at + 1; e <= at + entriesAt(layout.records, at); e++) {
            const entry = layout.records[e]!;
            entries.push([entry & layout.columnMask, layout.weight[entry]!]);
          }
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
        // Each column receives the same additions in the same order, so the sums are the same to the last bit.
        expect(Array.from(scorer.z)).toEqual(expected);
        // A new message starts from the bias again, with nothing counted yet: the same features give the same sums.
        scorer.reset();
        expect(Array.from(scorer.z)).toEqual(Array.from(bias));
        expect(scorer.count).toBe(0);
        for (const [id, value] of features) scorer.add(id, value, 0);
        expect(Array.from(scorer.z)).toEqual(expected);
      }),
    );
  });
});
