import type { Cue, CueSource, Hit, Signal } from './cue-types';
import { checksHold, literalExpansions } from './regex-expansions';
import { literalStarts, topLevelAlternatives } from './regex-literals';
import { buildCueTrie, TRIE_ROOT, type CueTrie } from './cue-trie';

export { topLevelAlternatives };
export { fold } from './fold';

// Scanning hundreds of cue patterns per sentence at tens of thousands of messages a second. One giant alternation is
// out: V8 stops compiling a regular expression that large to machine code and interprets it, a hundred times slower.
// Instead every text a cue's alternative can match, when those are a finite list (regex-expansions.ts: "(?:could|can)
// (?:you|we) (?:also|add)\\b" is twelve), is filed whole in a character trie (a double array, cue-trie.ts), and the
// scanner walks the trie from each text position (a word start, for Latin): a node where a text ends names the
// alternative, the text's place in the order the regex tries them, and the word-boundary checks that must hold there.
// The first text in that order that holds is what the regex would match. The few alternatives that are not a finite
// list are filed under the literal text they must start with, and their regex runs (sticky) where the walk finds it.
// Everything the walk reads is in typed arrays: the texts used to be objects checked one after another under their
// start, and following those references cost more than the rest of the scan.
// Patterns must not contain capture groups of their own (use (?:…)).

interface Alternative {
  /** Run where its literal start is found; null for an alternative whose texts are all in the trie. */
  re: RegExp | null;
  cue: Cue;
}

/** The rank of an entry that files an alternative under a literal start: its regex runs where the walk finds that. */
const RUN_REGEX = -1;

/** Where the alternative's regex, run at `at`, ends its match; -1 for no match. */
function regexEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  // test() rather than exec(): no result array; a sticky match ends at lastIndex.
  return re.test(text) ? re.lastIndex : -1;
}

export interface CueIndex {
  trie: CueTrie<number>;
  /** Per trie cell: its first entry (its entries follow one another), and how many it has. */
  firstEntry: Int32Array;
  entryCount: Uint16Array;
  /** Per entry: the alternative, the rank of the text that ends at the cell (RUN_REGEX: run the alternative's regex),
   *  and its checks: `checks[checkFrom[e]]` … `checks[checkFrom[e + 1] - 1]`, each packed as regex-expansions.ts does. */
  entryAlt: Int32Array;
  entryRank: Int32Array;
  checkFrom: Int32Array;
  checks: Int32Array;
  alternatives: Alternative[];
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
  const texts = new Map<string, number[]>();
  const entries: Array<{ alt: number; rank: number; checks: number[] }> = [];
  const file = (text: string, entry: { alt: number; rank: number; checks: number[] }) => {
    const list = texts.get(text);
    if (list === undefined) texts.set(text, [entries.length]);
    else list.push(entries.length);
    entries.push(entry);
  };
  const alternatives: Alternative[] = [];
  const restParts: string[] = [];
  const restCues: Cue[] = [];
  for (const [tags, pattern] of sources) {
    const cue = parseTags(tags);
    for (const alt of topLevelAlternatives(pattern)) {
      const starts = literalStarts(alt);
      if (!starts) {
        restParts.push(`(${alt})`);
        restCues.push(cue);
        continue;
      }
      const index = alternatives.length;
      const expansions = literalExpansions(alt);
      alternatives.push({ re: expansions ? null : new RegExp(alt, 'y'), cue });
      if (expansions) expansions.forEach((e, rank) => file(e.text, { alt: index, rank, checks: e.checks }));
      else for (const start of new Set(starts)) file(start, { alt: index, rank: RUN_REGEX, checks: [] });
    }
  }
  const trie = buildCueTrie(texts);
  // The entries laid out cell by cell, so that a cell's are side by side.
  const firstEntry = new Int32Array(trie.values.length);
  const entryCount = new Uint16Array(trie.values.length);
  const laid: number[] = [];
  trie.values.forEach((list, cell) => {
    if (!list) return;
    firstEntry[cell] = laid.length;
    entryCount[cell] = list.length;
    laid.push(...list);
  });
  const checkFrom = new Int32Array(laid.length + 1);
  const checks: number[] = [];
  laid.forEach((e, k) => {
    checkFrom[k] = checks.length;
    checks.push(...entries[e]!.checks);
  });
  checkFrom[laid.length] = checks.length;
  if (foundAlt.length < alternatives.length) {
    foundAlt = new Int32Array(alternatives.length);
    foundEnd = new Int32Array(alternatives.length);
    foundRank = new Int32Array(alternatives.length);
  }
  return {
    trie,
    firstEntry,
    entryCount,
    entryAlt: Int32Array.from(laid, (e) => entries[e]!.alt),
    entryRank: Int32Array.from(laid, (e) => entries[e]!.rank),
    checkFrom,
    checks: Int32Array.from(checks),
    alternatives,
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
// Scratch space for the matches at one position, reused by every call (only the first nFound entries are read): the
// alternative, where its match ends, and the rank of the text that matched (RUN_REGEX for a regex's match). Sized by
// compileCues for the largest index: every alternative could match at one position.
let foundAlt = new Int32Array(0);
let foundEnd = new Int32Array(0);
let foundRank = new Int32Array(0);
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
  const { classes, cells } = index.trie;
  const { firstEntry, entryCount, entryAlt, entryRank, checkFrom, checks, alternatives } = index;
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
        for (let e = firstEntry[t]!, last = e + entryCount[t]!; e < last; e++) {
          const alt = entryAlt[e]!;
          const rank = entryRank[e]!;
          let f = 0;
          while (f < nFound && foundAlt[f] !== alt) f++;
          if (rank === RUN_REGEX) {
            // Already matched here through a shorter start (the regex would match the same).
            if (f < nFound) continue;
            const end = regexEnd(alternatives[alt]!.re!, folded, i - from);
            if (end < 0) continue;
            foundAlt[nFound] = alt;
            foundEnd[nFound] = end + from;
            foundRank[nFound++] = RUN_REGEX;
            continue;
          }
          // A text the regex tries earlier has matched here already.
          if (f < nFound && foundRank[f]! < rank) continue;
          if (!checksHold(checks, checkFrom[e]!, checkFrom[e + 1]!, text, i, from, to)) continue;
          if (f === nFound) foundAlt[nFound++] = alt;
          foundEnd[f] = j;
          foundRank[f] = rank;
        }
      }
      if (j >= to) break;
      code = text.charCodeAt(j);
    }
    if (nFound > 0) {
      for (let f = 0; f < nFound; f++) matches[f] = text.slice(i, foundEnd[f]!);
      hits += emit(alternatives, nFound, sentence, i - from, out);
    }
  }
  if (index.rest) scanRest(index.rest, folded, sentence, out);
}

/** The matches found at one position (foundAlt, matches), in cue order; an earlier cue with the same signal wins
 *  ("urgent-ish" is not also "urgent"). */
function emit(alternatives: Alternative[], count: number, sentence: number, at: number, out: Hit[]): number {
  let emitted = 0;
  seen.length = 0;
  for (let round = 0; round < count; round++) {
    let best = -1;
    for (let j = 0; j < count; j++) {
      if (matches[j] !== '' && (best < 0 || foundAlt[j]! < foundAlt[best]!)) best = j;
    }
    if (best < 0) break;
    const cue = alternatives[foundAlt[best]!]!.cue;
    const match = matches[best]!;
    matches[best] = '';
    let clash = false;
    const names = cue.names;
    for (let k = 0; k < names.length; k++) if (seen.includes(names[k]!)) clash = true;
    if (clash) continue;
    for (let k = 0; k < names.length; k++) seen.push(names[k]!);
    out.push({ cue, sentence, at, match });
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
