import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitByRanges } from './Highlight';

describe('splitByRanges', () => {
  it('marks the matching words', () => {
    expect(splitByRanges('late fee of 1.5%', [[0, 4], [5, 8]])).toEqual([
      { text: 'late', marked: true },
      { text: ' ', marked: false },
      { text: 'fee', marked: true },
      { text: ' of 1.5%', marked: false },
    ]);
  });

  it('merges overlapping ranges and ignores ones outside the text', () => {
    expect(splitByRanges('horario', [[0, 4], [2, 7], [40, 50]])).toEqual([
      { text: 'horario', marked: true },
    ]);
  });

  it('always gives back exactly the text, whatever the ranges', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }))), (text, ranges) => {
        const parts = splitByRanges(text, ranges);
        expect(parts.map((p) => p.text).join('')).toBe(text);
        for (let i = 1; i < parts.length; i++) expect(parts[i].marked).not.toBe(parts[i - 1].marked);
      }),
    );
  });
});
