import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCues, fold, scanRange, scanSentence, topLevelAlternatives } from '../../../utils/triage/cue-scanner';
import { literalStarts } from '../../../utils/triage/regex-literals';
import { splitSentences } from '../../../utils/triage/sentences';
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

/** Brute force with the scanner's rule for one position: in listing order, a cue sharing a signal with one already
 *  taken there is dropped ("urgent-ish" is not also "urgent"). */
function bruteForceWithTies(all: Compiled, folded: string, wordStarts: boolean): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < folded.length; i++) {
    if (wordStarts && i > 0 && /[a-z0-9\u00c0-\u024f']/.test(folded[i - 1]!)) continue;
    const taken = new Set<string>();
    for (const [tags, re] of all) {
      re.lastIndex = i;
      if (!re.test(folded)) continue;
      const signals = tags.split(' ').map((t) => t.split(':')[0]!);
      if (signals.some((x) => taken.has(x))) continue;
      for (const x of signals) taken.add(x);
      out.add(`${i}:${tags}`);
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

  it('scans a sentence inside a longer text exactly as the sentence on its own (anchors, boundaries, offsets)', () => {
    const words = [...latinWords, ...hanChars, 'too', '.', 'x'];
    const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 10 }).map((w) => fold(w.join(' ')));
    const around = fc.array(fc.constantFrom(...words, '\n', ''), { maxLength: 4 }).map((w) => fold(w.join('')));
    fc.assert(
      fc.property(sentence, around, around, (s, before, after) => {
        const text = before + s + after;
        for (const index of [LATIN_INDEX, HAN_INDEX]) {
          const alone: Hit[] = [];
          const inside: Hit[] = [];
          scanSentence(index, s, 3, alone);
          scanRange(index, text, before.length, before.length + s.length, s, 3, inside);
          expect(inside).toEqual(alone);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('prefers the hedged cue listed first at the same position', () => {
    const hits: Hit[] = [];
    scanSentence(LATIN_INDEX, fold('Urgent-ish: can you resend the link?'), 0, hits);
    const urgent = hits.filter((h) => h.cue.names.includes('urgent'));
    expect(urgent.map((h) => h.cue.weights[h.cue.names.indexOf('urgent')])).toEqual([0.3]);
  });

  it('finds exactly what brute force finds in real mail, sentence by sentence', () => {
    // Every other message of the tuning corpora: English, Spanish and Chinese as clients write them.
    const corpus = ['tune.jsonl', 'tune-varied.jsonl']
      .flatMap((f) => readFileSync(`test/fixtures/corpus/${f}`, 'utf8').split('\n').filter(Boolean))
      .filter((_, k) => k % 2 === 0)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    let compared = 0;
    for (const text of corpus) {
      for (const sentence of splitSentences(text)) {
        const folded = fold(sentence.text);
        expect(scanned(LATIN_INDEX, folded)).toEqual(bruteForceWithTies(LATIN_ALL, folded, true));
        expect(scanned(HAN_INDEX, folded)).toEqual(bruteForceWithTies(HAN_ALL, folded, false));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(250);
  });

  it('splits alternatives only at the top level', () => {
    expect(topLevelAlternatives('a(?:b|c)|[|]d|e\\|f')).toEqual(['a(?:b|c)', '[|]d', 'e\\|f']);
  });
});

describe('literalStarts', () => {
  it('spells out groups, optional parts and small classes, and drops a text that extends another', () => {
    expect(literalStarts('\\b(?:could|can) (?:you )?add\\b')?.sort()).toEqual(['can add', 'can you add', 'could add', 'could you add']);
    expect(literalStarts('finali[sz]ed')?.sort()).toEqual(['finalised', 'finalized']);
    expect(literalStarts('\\bwe(?:ll)?')).toEqual(['we']);
    expect(literalStarts('(?<=^|, )(?:add|make) a')?.sort()).toEqual(['add a', 'make a']);
  });
  it('stops at what it cannot list', () => {
    expect(literalStarts('\\bthe [a-z-]+ page')).toEqual(['the ']);
    expect(literalStarts('看到[^，。]{0,6}回')).toEqual(['看到']);
    expect(literalStarts('\\bshit\\w*')).toEqual(['shit']);
    expect(literalStarts('[0-9]{1,2}点')?.length).toBe(10);
  });
  it('says null when a match can start with anything', () => {
    expect(literalStarts('\\w+ing')).toBeNull();
    expect(literalStarts('(?:very )?\\w+')).toBeNull();
    expect(literalStarts('a?')).toBeNull();
    expect(literalStarts('(?:unclosed')).toBeNull();
  });
  it('every match of every cue starts with one of its literal starts (random text made of cue words)', () => {
    const alternatives = [...LATIN_ALL, ...HAN_ALL].map(([, re]) => ({ re, starts: literalStarts(re.source) }));
    const words = [...latinWords, ...hanChars, 'todo', 'ready', '3', '12', 'pm', 'lo', 'liquidar', 'cuando'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', ''), (parts, sep) => {
        const text = fold(parts.join(sep));
        for (const { re, starts } of alternatives) {
          re.lastIndex = 0;
          if (starts === null || !re.test(text)) continue;
          expect(starts.some((s) => text.startsWith(s))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
