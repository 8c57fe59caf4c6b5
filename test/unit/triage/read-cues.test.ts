import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HAN_CHAR, LATIN_LETTER, scriptsIn } from '../../../utils/triage/read-cues';

// The scanner runs the Latin trie on a sentence with a Latin letter and the Chinese one on a sentence with a Han
// character; the table that decides must say what the two regular expressions it replaced said.
const HAS_LATIN = /[a-z]/i;
const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const expected = (text: string) => (HAS_LATIN.test(text) ? LATIN_LETTER : 0) | (HAS_HAN.test(text) ? HAN_CHAR : 0);

describe('scriptsIn', () => {
  it('agrees with the regular expressions on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(scriptsIn(text)).toBe(expected(text));
    }), { numRuns: 2000 });
  });
  it('looking for Latin letters only, says whether there is one', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(scriptsIn(text, LATIN_LETTER) & LATIN_LETTER).toBe(expected(text) & LATIN_LETTER);
    }), { numRuns: 1000 });
  });
  it('agrees on the characters next to each range and on mixed text', () => {
    const edges = [0x40, 0x41, 0x5a, 0x5b, 0x60, 0x61, 0x7a, 0x7b, 0x131, 0x17f, 0x212a, 0x33ff, 0x3400, 0x9fff, 0xa000, 0xf8ff, 0xf900, 0xfaff, 0xfb00];
    for (const c of edges) expect(scriptsIn(String.fromCharCode(c))).toBe(expected(String.fromCharCode(c)));
    fc.assert(fc.property(fc.array(fc.constantFrom(...edges.map((c) => String.fromCharCode(c)), ' ', '你', 'a', '。')), (parts) => {
      const text = parts.join('');
      expect(scriptsIn(text)).toBe(expected(text));
    }));
  });
});
