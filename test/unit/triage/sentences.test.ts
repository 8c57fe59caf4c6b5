import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/triage/sentences';

describe('splitSentences', () => {
  it('splits at terminal punctuation, CJK punctuation and line breaks, trimming each sentence', () => {
    const text = 'Hi Ana,\n\nCan you send it today? We need it. Thanks!\n你好。麻烦发我一下！谢谢';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Hi Ana,', 'Can you send it today?', 'We need it.', 'Thanks!', '你好。', '麻烦发我一下！', '谢谢']);
  });

  it('keeps decimals and abbreviations without a following space together', () => {
    expect(splitSentences('The fee is 2.5k, see v1.2 for details.').map((s) => s.text)).toEqual(['The fee is 2.5k, see v1.2 for details.']);
  });

  it('every sentence is the verbatim slice of the text at its offset (the panel highlights by substring)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        for (const s of splitSentences(text)) {
          expect(s.text.length).toBeGreaterThan(0);
          expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
          expect(s.text.trim()).toBe(s.text);
        }
      }),
    );
  });
});
