import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packColumn, unpackColumn } from './packing';

describe('packed model columns', () => {
  it('give back every id and each weight to within half a step of its column scale', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: (1 << 18) - 1 }), { maxLength: 300 }),
        fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: 300, maxLength: 300 }),
        (ids, ws) => {
          const entries = ids.map((id, i) => [id, ws[i]!] as const);
          const packed = packColumn(entries);
          const { ids: outIds, weights } = unpackColumn(packed);
          const expected = entries.filter(([, w]) => Math.round(w / packed.scale) !== 0).sort((a, b) => a[0] - b[0]);
          expect([...outIds]).toEqual(expected.map(([id]) => id));
          expected.forEach(([, w], i) => expect(Math.abs(weights[i]! - w)).toBeLessThanOrEqual(packed.scale / 2 + 1e-6));
        },
      ),
    );
  });

  it('says so when a column is cut short', () => {
    const packed = packColumn([[5, 1], [70_000, -2]]);
    expect(() => unpackColumn({ ...packed, ids: packed.ids.slice(0, 2) })).toThrow(/truncated/);
  });
});
