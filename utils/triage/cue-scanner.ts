import type { Cue, CueSource, Hit, Signal } from './cue-types';
import type { Sentence } from './sentences';

// All cues of one script compile into a single regular expression, one capture group per cue, so a sentence is
// scanned once whatever the size of the lexicon: this is what keeps classification in the tens of thousands of
// messages a second. Patterns must not contain capture groups of their own (use (?:…)).

export interface CompiledCues {
  re: RegExp;
  cues: Cue[];
}

export function compileCues(sources: ReadonlyArray<CueSource>): CompiledCues {
  const cues: Cue[] = [];
  const parts: string[] = [];
  for (const [tags, pattern] of sources) {
    const signals = tags.split(/\s+/).map((t) => {
      const [name, weight] = t.split(':');
      return [name as Signal, weight === undefined ? 1 : Number(weight)] as const;
    });
    cues.push({ signals });
    parts.push(`(${pattern})`);
  }
  return { re: new RegExp(parts.join('|'), 'g'), cues };
}

/** Folds for matching: lower case, accents off, typographic apostrophes straight. Keeps length for BMP text. */
export function fold(text: string): string {
  let lower = text.toLowerCase();
  if (/[\u00c0-\u024f]/.test(lower)) lower = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return lower.replace(/[’‘`´]/g, "'");
}

// Hits per sentence are capped: a megabyte of repeated words must not build a megabyte of hits.
const MAX_HITS_PER_SENTENCE = 32;

export function scanSentence(compiled: CompiledCues, folded: string, sentence: number, out: Hit[]): void {
  const { re, cues } = compiled;
  re.lastIndex = 0;
  let hits = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (m[0] === '') {
      re.lastIndex = m.index + 1;
      continue;
    }
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        out.push({ cue: cues[g - 1]!, sentence, at: m.index, match: m[0] });
        break;
      }
    }
    // Restart just after the match start so overlapping cues (an urgency word inside a time phrase) are seen too.
    re.lastIndex = m.index + 1;
    if (++hits >= MAX_HITS_PER_SENTENCE) break;
  }
}
