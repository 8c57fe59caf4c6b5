import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, type Sentence } from '../../../utils/triage/sentences';

// The definition the hand-written splitter must follow exactly: its former regex implementation.
const BOUNDARY = /[.!?…]+["')\]]*(?=\s)|[。！？；]+[”」』）]*|\n/g;
function referenceSplit(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: from + (raw.length - raw.trimStart().length) });
  };
  let from = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    push(from, m[0] === '\n' ? m.index : m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

// Mostly the characters the splitter looks at, so runs of ends, closers and spaces meet in every order.
const SPLIT_CHARS = ['a', 'b', ' ', '\n', '\t', '\r', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b', '.', '!', '?', '…', '"', "'", ')', ']', '。', '！', '？', '；', '”', '」', '』', '）', '你', '\ud83d'];

describe('splitSentences', () => {
  it('splits at terminal punctuation, CJK punctuation and line breaks, trimming each sentence', () => {
    const text = 'Hi Ana,\n\nCan you send it today? We need it. Thanks!\n你好。麻烦发我一下！谢谢';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Hi Ana,', 'Can you send it today?', 'We need it.', 'Thanks!', '你好。', '麻烦发我一下！', '谢谢']);
  });

  it('keeps decimals and abbreviations without a following space together', () => {
    expect(splitSentences('The fee is 2.5k, see v1.2 for details.').map((s) => s.text)).toEqual(['The fee is 2.5k, see v1.2 for details.']);
  });

  it('splits exactly where the reference regex does, trimming as String.prototype.trim', () => {
    const near = fc.array(fc.constantFrom(...SPLIT_CHARS), { maxLength: 60 }).map((cs) => cs.join(''));
    fc.assert(fc.property(fc.oneof(near, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
      expect(splitSentences(text)).toEqual(referenceSplit(text));
    }), { numRuns: 3000 });
  });

  it('sees white space as \\s does, for every UTF-16 code unit', () => {
    // Each code unit after a full stop (a boundary only before white space) and around a word (trimmed only if white).
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const text = `x.${ch}y${ch}`;
      if (JSON.stringify(splitSentences(text)) !== JSON.stringify(referenceSplit(text))) differ.push(c);
    }
    expect(differ).toEqual([]);
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
