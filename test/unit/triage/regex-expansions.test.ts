import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topLevelAlternatives } from '../../../utils/triage/cue-scanner';
import type { CueSource } from '../../../utils/triage/cue-types';
import { EN_CUES, EN_CUES_BROAD } from '../../../utils/triage/cues-en';
import { ES_CUES, ES_CUES_BROAD } from '../../../utils/triage/cues-es';
import { ZH_CUES, ZH_CUES_BROAD } from '../../../utils/triage/cues-zh';
import { AT_BOUNDARY, AT_END, AT_START, literalExpansions, NOT_AT_BOUNDARY, type Expansion } from '../../../utils/triage/regex-expansions';

// The scanner matches a spelled-out alternative by its texts instead of running its regex: the first text (in the
// list's order) that is at the position, with its checks holding, must be exactly the regex's match there.

const word = (text: string, at: number) => at >= 0 && at < text.length && /\w/.test(text[at]!);

/** The end of the match the texts give at `at` in `text`, or -1: the scanner's rule, written plainly. */
function expansionEnd(expansions: Expansion[], text: string, at: number): number {
  for (const { text: t, checks } of expansions) {
    if (!text.startsWith(t, at)) continue;
    const hold = checks.every((check) => {
      const pos = at + (check >> 2);
      const kind = check & 3;
      if (kind === AT_START) return pos === 0;
      if (kind === AT_END) return pos === text.length;
      const boundary = word(text, pos - 1) !== word(text, pos);
      return kind === AT_BOUNDARY ? boundary : kind === NOT_AT_BOUNDARY ? !boundary : false;
    });
    if (hold) return at + t.length;
  }
  return -1;
}

function regexEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

const ALL: CueSource[] = [...EN_CUES, ...ES_CUES, ...EN_CUES_BROAD, ...ES_CUES_BROAD, ...ZH_CUES, ...ZH_CUES_BROAD];
const EXPANDED = ALL.flatMap(([, pattern]) => topLevelAlternatives(pattern))
  .map((source) => ({ source, re: new RegExp(source, 'y'), expansions: literalExpansions(source) }))
  .filter((a): a is { source: string; re: RegExp; expansions: Expansion[] } => a.expansions !== null);

describe('literalExpansions', () => {
  it('spells out a finite pattern in the order a backtracking regex tries it, checks beside each text', () => {
    expect(literalExpansions('\\b(?:could|can) (?:you )?add\\b')?.map((e) => e.text)).toEqual(['could you add', 'could add', 'can you add', 'can add']);
    expect(literalExpansions('urgent(?:ly)?\\b')?.map((e) => e.text)).toEqual(['urgently', 'urgent']);
    expect(literalExpansions('a(?:b)??c')?.map((e) => e.text)).toEqual(['ac', 'abc']);
    expect(literalExpansions('finali[sz]ed')?.map((e) => e.text)).toEqual(['finalised', 'finalized']);
    expect(literalExpansions('^x$')).toEqual([{ text: 'x', checks: [0 * 4 + AT_START, 1 * 4 + AT_END] }]);
    expect(literalExpansions('\\bno\\b')).toEqual([{ text: 'no', checks: [AT_BOUNDARY, 2 * 4 + AT_BOUNDARY] }]);
  });

  it('says null for what is not a short finite list', () => {
    expect(literalExpansions('\\bthe [a-z-]+ page')).toBeNull();
    expect(literalExpansions('shit\\w*')).toBeNull();
    expect(literalExpansions('as well(?=[^.!]*\\?)')).toBeNull();
    expect(literalExpansions('a?')).toBeNull();
    expect(literalExpansions('(?:x?){2}y')).toBeNull();
    expect(literalExpansions('(?:unclosed')).toBeNull();
  });

  it('spells out most of the lexicon', () => {
    expect(EXPANDED.length).toBeGreaterThan(1400);
  });

  it('matches exactly where and as far as the regex does, on random text made of the cue alphabet', () => {
    const pieces = ['could', 'can', 'you', 'also', 'add', 'a', 'an', 'new', 'page', 'the', 'urgent', 'urgently', 'no', 'rush', 'de', 'la', 'que', 'factura', '6', '10', 'am', 'pm', 'a.m.', '%', "'", '-', '?', '¿', '.', ',', ' ', '  ', 'x', '_', 'é', '马上', '不急', '今晚', '第', '九', '版'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.nat(40), (parts, start) => {
        const text = parts.join('');
        const at = Math.min(start, text.length);
        for (const { re, expansions } of EXPANDED) expect(expansionEnd(expansions, text, at)).toBe(regexEnd(re, text, at));
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('matches exactly as the regex does at the start of every spelled-out text, cut short and run on', () => {
    for (const { source, re, expansions } of EXPANDED) {
      for (const { text } of expansions.slice(0, 24)) {
        for (const sample of [text, `${text}s`, `${text} x`, text.slice(0, -1), `x ${text}`, `${text}?`]) {
          for (const at of [0, 2]) {
            const got = expansionEnd(expansions, sample, at);
            if (got !== regexEnd(re, sample, at)) throw new Error(`${source} on ${JSON.stringify(sample)} at ${at}`);
          }
        }
      }
    }
  });
});
