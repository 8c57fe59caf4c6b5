import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finish, messageFeatures, NS_HAN1, NS_HAN2, NS_PAIR, NS_STEM, NS_WORD, PRIME, type FeatureContext } from './features';
import { simplifiedTable } from './han-fold';

// The extractor's word loop is written for speed; this is the plain per-character reading it replaced (a7c2088),
// kept as the reference: the model was trained on these ids, so the two must agree on every text. It shares the
// extractor's hash constants and final mix (the model's fingerprint test pins those); what it checks is the loop.
function kindOf(c: number): 'other' | 'letter' | 'digit' | 'han' | 'join' {
  if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7)) return 'letter';
  if (c >= 48 && c <= 57) return 'digit';
  if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return 'han';
  return c === 32 || c === 39 ? 'join' : 'other';
}

function referenceIds(folded: string): number[] {
  const simple = simplifiedTable();
  const out: number[] = [];
  let word = 0;
  let stem = 0;
  let length = 0;
  let previous = 0;
  let han1 = 0;
  for (let i = 0; i <= folded.length; i++) {
    let code = i < folded.length ? folded.charCodeAt(i) : 32;
    const kind = kindOf(code);
    if (kind === 'letter' || kind === 'digit') {
      word = Math.imul((length === 0 ? NS_WORD : word) ^ (kind === 'digit' ? 48 : code), PRIME);
      length++;
      if (length === 5) stem = word;
      han1 = 0;
      continue;
    }
    if (length > 0) {
      const w = finish(word);
      out.push(w);
      if (length > 6) out.push(finish(stem ^ NS_STEM));
      if (previous !== 0) out.push(finish(Math.imul(previous ^ NS_PAIR, PRIME) ^ w));
      previous = w | 0x40000000;
      length = 0;
    }
    if (kind === 'han') {
      code = simple[code] || code;
      out.push(finish(Math.imul(NS_HAN1, PRIME) ^ code));
      if (han1 !== 0) out.push(finish(Math.imul(Math.imul(NS_HAN2, PRIME) ^ han1, PRIME) ^ code));
      han1 = code;
      previous = 0;
    } else if (kind === 'other') {
      previous = 0;
      han1 = 0;
    }
  }
  return out;
}

const ctx: FeatureContext = { sentOutside: null, ruleScores: new Map() };

/** The text ids of one sentence as the extractor gives them: drop the message-wide ones (sentence −1). */
function textIds(folded: string): number[] {
  const f = messageFeatures([folded], ctx);
  return f.ids.filter((_, i) => f.sentence[i] === 0);
}

// Words, digits, accents, Han (Traditional and Simplified), spaces, apostrophes, punctuation and anything else.
const piece = fc.oneof(
  fc.constantFrom('a', 'ab', 'could', 'invoice', 'pagamos', 'ñandú', 'straße', '30', '4a5', ' ', '  ', "'", '.', ',', '!', '-', '\n', '\t', '÷', 'É'),
  fc.constantFrom('便', '宜', '點', '点', '費', '周', '週', '。', '，', '！'),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
  fc.string({ unit: 'binary', maxLength: 3 }),
);

describe('the feature extractor', () => {
  it('gives the same ids as the plain per-character reading, in the same order', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(textIds(text)).toEqual([...new Set(referenceIds(text))]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a word that ends the sentence, and a sentence that is one long word', () => {
    for (const text of ['pay now', 'pay now.', 'x', '7', 'abcdefghij', '便宜', 'ok 便', "client's", ' ']) {
      expect(textIds(text)).toEqual([...new Set(referenceIds(text))]);
    }
  });
});
