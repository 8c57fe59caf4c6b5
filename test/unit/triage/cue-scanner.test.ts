import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCues, fold, scanSentence, topLevelAlternatives } from '../../../utils/triage/cue-scanner';
import type { CueSource, Hit } from '../../../utils/triage/cue-types';
import { EN_CUES, EN_CUES_BROAD } from '../../../utils/triage/cues-en';
import { ES_CUES, ES_CUES_BROAD } from '../../../utils/triage/cues-es';
import { ZH_CUES, ZH_CUES_BROAD } from '../../../utils/triage/cues-zh';

// The scanner files each alternative under its literal start and runs only those that can match; this must find
// exactly what running every alternative at every start would find. The brute force below is that reference.

const LATIN: CueSource[] = [...EN_CUES, ...ES_CUES, ...EN_CUES_BROAD, ...ES_CUES_BROAD];
const HAN: CueSource[] = [...ZH_CUES, ...ZH_CUES_BROAD];

type Compiled = Array<[string, RegExp]>;
const compileAll = (sources: CueSource[]): Compiled =>
  sources.flatMap(([tags, pattern]) => topLevelAlternatives(pattern).map((alt) => [tags, new RegExp(alt, 'y')] as [string, RegExp]));
const LATIN_ALL = compileAll(LATIN);
const HAN_ALL = compileAll(HAN);
const LATIN_INDEX = compileCues(LATIN, true);
const HAN_INDEX = compileCues(HAN, false);

function bruteForce(all: Compiled, folded: string, wordStarts: boolean): Set<string> {
  const out = new Set<string>();
  for (const [tags, re] of all) {
    for (let i = 0; i < folded.length; i++) {
      if (wordStarts && i > 0 && /[a-z0-9\u00c0-\u024f']/.test(folded[i - 1]!)) continue;
      re.lastIndex = i;
      if (re.test(folded)) out.add(`${i}:${tags}`);
    }
  }
  return out;
}

function scanned(index: ReturnType<typeof compileCues>, folded: string): Set<string> {
  const hits: Hit[] = [];
  scanSentence(index, folded, 0, hits);
  return new Set(hits.map((h) => `${h.at}:${h.cue.names.map((n, k) => `${n}${h.cue.weights[k] === 1 ? '' : `:${h.cue.weights[k]}`}`).join(' ')}`));
}

const latinWords = ['could', 'you', 'also', 'add', 'a', 'new', 'page', 'the', 'invoice', 'until', 'january', 'no', 'rush', 'tonight', 'urgent', 'urgent-ish', 'my', 'nephew', 'says', 'his', 'way', '6am', '10', '%', 'off', 'ya', 'que', 'estas', 'lo', 'de', 'la', 'factura', 'otra', 'ronda', '¿', '?', ',', '1)', 'build', 'careers', 'too?', 'as', 'well', 'instead', 'of', 'dec', 'we', 'approved'];
const hanChars = ['顺便', '帮', '加一个', '今晚', '马上', '不急', '急', '第', '九', '版', '合同', '就', '不签', '了', '我', '朋友', '说', '按他说的', '5', '点', '半', '前', '，', '八折', '优惠券'];

describe('cue scanner', () => {
  it('finds every cue a brute-force scan finds, and nothing else, except same-signal ties at one position', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...latinWords), { maxLength: 14 }), (words) => {
        const folded = fold(words.join(' '));
        const fast = scanned(LATIN_INDEX, folded);
        const slow = bruteForce(LATIN_ALL, folded, true);
        for (const f of fast) expect(slow.has(f)).toBe(true);
        // Every position where brute force finds something, the scanner finds something too.
        const at = (s: Set<string>) => new Set([...s].map((x) => x.split(':')[0]));
        expect(at(fast)).toEqual(at(slow));
      }),
      { numRuns: 80 },
    );
  });

  it('does the same for Chinese, where a cue may start at any character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...hanChars), { maxLength: 12 }), (parts) => {
        const folded = fold(parts.join(''));
        const fast = scanned(HAN_INDEX, folded);
        const slow = bruteForce(HAN_ALL, folded, false);
        for (const f of fast) expect(slow.has(f)).toBe(true);
        const at = (s: Set<string>) => new Set([...s].map((x) => x.split(':')[0]));
        expect(at(fast)).toEqual(at(slow));
      }),
      { numRuns: 80 },
    );
  });

  it('prefers the hedged cue listed first at the same position', () => {
    const hits: Hit[] = [];
    scanSentence(LATIN_INDEX, fold('Urgent-ish: can you resend the link?'), 0, hits);
    const urgent = hits.filter((h) => h.cue.names.includes('urgent'));
    expect(urgent.map((h) => h.cue.weights[h.cue.names.indexOf('urgent')])).toEqual([0.3]);
  });

  it('splits alternatives only at the top level', () => {
    expect(topLevelAlternatives('a(?:b|c)|[|]d|e\\|f')).toEqual(['a(?:b|c)', '[|]d', 'e\\|f']);
  });
});
