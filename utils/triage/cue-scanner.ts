import type { Cue, CueSource, Hit, Signal } from './cue-types';
import { literalExpansions, textsEnd, type TextAfterStart } from './regex-expansions';
import { literalStarts, topLevelAlternatives } from './regex-literals';
import { buildCueTrie, TRIE_ROOT, type CueTrie } from './cue-trie';

export { topLevelAlternatives };
export { fold } from './fold';

// Scanning hundreds of cue patterns per sentence at tens of thousands of messages a second. One giant alternation is
// out: V8 stops compiling a regular expression that large to machine code and interprets it, a hundred times slower.
// Instead each cue's alternatives are filed in a character trie (a double array, cue-trie.ts) under the literal text
// they must start with, and the scanner walks the trie from each text position (a word start, for Latin) and tries,
// anchored there, only the alternatives whose literal start it found: by comparing the few texts it can match from
// that start when it is a finite list (regex-expansions.ts), else by running its regex (sticky). The few alternatives
// with no literal start form one small regex.
// Patterns must not contain capture groups of their own (use (?:…)).

interface Alternative {
  re: RegExp;
  order: number;
  cue: Cue;
}

/** An alternative filed under one of its literal starts, with the texts it can match that begin with that start
 *  (what follows the start, in the order the regex tries them; regex-expansions.ts), or null when its regex must run. */
interface Entry {
  alt: Alternative;
  texts: TextAfterStart[] | null;
}

// More texts than this under one start are left to the regex (comparing them all would cost more than the run).
const MAX_TEXTS_PER_START = 16;

/** Where the alternative's regex, run at `at`, ends its match; -1 for no match. */
function regexEnd(alt: Alternative, text: string, at: number): number {
  alt.re.lastIndex = at;
  // test() rather than exec(): no result array; a sticky match ends at lastIndex.
  return alt.re.test(text) ? alt.re.lastIndex : -1;
}

export interface CueIndex {
  trie: CueTrie<Entry>;
  rest: { re: RegExp; cues: Cue[] } | null;
  /** Latin cues start at a word start; Han cues anywhere. */
  wordStarts: boolean;
}

function parseTags(tags: string): Cue {
  const cue: Cue = { names: [], weights: [] };
  for (const t of tags.split(/\s+/)) {
    const [name, weight] = t.split(':');
    cue.names.push(name as Signal);
    cue.weights.push(weight === undefined ? 1 : Number(weight));
  }
  return cue;
}

export function compileCues(sources: ReadonlyArray<CueSource>, wordStarts: boolean): CueIndex {
  const prefixes = new Map<string, Entry[]>();
  const restParts: string[] = [];
  const restCues: Cue[] = [];
  let order = 0;
  for (const [tags, pattern] of sources) {
    const cue = parseTags(tags);
    for (const alt of topLevelAlternatives(pattern)) {
      const starts = literalStarts(alt);
      if (!starts) {
        restParts.push(`(${alt})`);
        restCues.push(cue);
        continue;
      }
      const entry: Alternative = { re: new RegExp(alt, 'y'), order: order++, cue };
      const expansions = literalExpansions(alt);
      for (const prefix of new Set(starts)) {
        const under = expansions?.filter((e) => e.text.startsWith(prefix)) ?? null;
        const texts = under && under.length <= MAX_TEXTS_PER_START ? under.map((e) => ({ rest: e.text.slice(prefix.length), checks: e.checks })) : null;
        const list = prefixes.get(prefix);
        if (list === undefined) prefixes.set(prefix, [{ alt: entry, texts }]);
        else list.push({ alt: entry, texts });
      }
    }
  }
  return {
    trie: buildCueTrie(prefixes),
    rest: restParts.length ? { re: new RegExp(restParts.join('|'), 'g'), cues: restCues } : null,
    wordStarts,
  };
}

// Hits per sentence are capped: a megabyte of repeated words must not build a megabyte of hits.
const MAX_HITS_PER_SENTENCE = 32;

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xc0 && code <= 0x24f) || code === 39;
}

// Hot path: plain loops and no closures. (Under tsx, whose esbuild keeps function names, every arrow created per call
// costs a microsecond; the budget is a few dozen microseconds a message.)
// Scratch space for the matches at one position, reused by every call (only the first nFound entries are read).
const found: Alternative[] = [];
const matches: string[] = [];
const seen: Signal[] = [];

export function scanSentence(index: CueIndex, folded: string, sentence: number, out: Hit[]): void {
  scanRange(index, folded, 0, folded.length, folded, sentence, out);
}

/**
 * scanSentence over the sentence that is [from, to) of `text` (its folded form, `folded`): the walk reads the whole
 * text, a flat string, where reading a slice of it costs an indirection per character; a regular expression runs on
 * the sentence itself, whose start and end its anchors and lookaheads must see.
 */
export function scanRange(index: CueIndex, text: string, from: number, to: number, folded: string, sentence: number, out: Hit[]): void {
  const { classes, cells, values } = index.trie;
  const anywhere = !index.wordStarts;
  let afterWord = false;
  let hits = 0;
  for (let i = from; i < to && hits < MAX_HITS_PER_SENTENCE; i++) {
    // Each character read once: whether it starts a position, and whether the next one follows a word.
    const c = text.charCodeAt(i);
    const startsHere = anywhere || !afterWord;
    afterWord = isWordChar(c);
    if (!startsHere) continue;
    let nFound = 0;
    // The double-array step (cue-trie.ts), inlined: child t of node s by class k is base(s) + k if t names s.
    for (let s = TRIE_ROOT, j = i, code = c; ; ) {
      // Shifts rather than products keep every index a small integer for the compiler (no overflow checks).
      const t = (cells[(s << 1) | 1]! >> 1) + classes[code]!;
      if (cells[t << 1] !== s) break;
      s = t;
      j++;
      if ((cells[(t << 1) | 1]! & 1) !== 0) {
        const entries = values[t]!;
        for (let k = 0; k < entries.length; k++) {
          const entry = entries[k]!;
          const alt = entry.alt;
          // Already matched at this position through another start (only the first nFound slots are this position's).
          if (nFound > 0 && found.lastIndexOf(alt, nFound - 1) >= 0) continue;
          const end = entry.texts === null ? regexEnd(alt, folded, i - from) + from : textsEnd(entry.texts, text, i, j, from, to);
          if (end >= i) {
            found[nFound] = alt;
            matches[nFound] = text.slice(i, end);
            nFound++;
          }
        }
      }
      if (j >= to) break;
      code = text.charCodeAt(j);
    }
    if (nFound > 0) hits += emit(found, matches, nFound, sentence, i - from, out);
  }
  if (index.rest) scanRest(index.rest, folded, sentence, out);
}

/** The matches found at one position, in cue order; an earlier cue with the same signal wins ("urgent-ish" is not
 *  also "urgent"). */
function emit(found: Alternative[], matches: string[], count: number, sentence: number, at: number, out: Hit[]): number {
  let emitted = 0;
  seen.length = 0;
  for (let round = 0; round < count; round++) {
    let best = -1;
    for (let j = 0; j < count; j++) {
      if (matches[j] !== '' && (best < 0 || found[j]!.order < found[best]!.order)) best = j;
    }
    if (best < 0) break;
    const alt = found[best]!;
    const match = matches[best]!;
    matches[best] = '';
    let clash = false;
    const names = alt.cue.names;
    for (let k = 0; k < names.length; k++) if (seen.includes(names[k]!)) clash = true;
    if (clash) continue;
    for (let k = 0; k < names.length; k++) seen.push(names[k]!);
    out.push({ cue: alt.cue, sentence, at, match });
    emitted++;
  }
  return emitted;
}

function scanRest(rest: { re: RegExp; cues: Cue[] }, folded: string, sentence: number, out: Hit[]): void {
  const { re, cues } = rest;
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
    re.lastIndex = m.index + 1;
    if (++hits >= MAX_HITS_PER_SENTENCE) break;
  }
}
