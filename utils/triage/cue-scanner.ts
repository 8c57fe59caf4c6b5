import type { Cue, CueSource, Hit, Signal } from './cue-types';
import { literalExpansions, textsEnd, type TextAfterStart } from './regex-expansions';
import { literalStarts, topLevelAlternatives } from './regex-literals';

export { topLevelAlternatives };
export { fold } from './fold';

// Scanning hundreds of cue patterns per sentence at tens of thousands of messages a second. One giant alternation is
// out: V8 stops compiling a regular expression that large to machine code and interprets it, a hundred times slower.
// Instead each cue's alternatives are filed in a character trie under the literal text they must start with, and the
// scanner walks the trie from each text position (a word start, for Latin) and tries, anchored there, only the
// alternatives whose literal start it found: by comparing the few texts it can match from that start when it is a
// finite list (regex-expansions.ts), else by running its regex (sticky). The few alternatives with no literal start
// form one small regex.
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

// The trie is flat: node ids, a table indexed by UTF-16 code unit for the first character, and one open-addressing
// hash table of (node, character) → child in typed arrays. Walking it costs a multiply and an array read or two per
// character, where objects with child lists cost pointer chasing and cache misses on a large lexicon.
interface Trie {
  /** Node of each first character; 0 when no cue starts with it. */
  root: Int32Array;
  /** Edges: parent node (0 = empty slot), character, child node. */
  edgeFrom: Int32Array;
  edgeCode: Int32Array;
  edgeTo: Int32Array;
  /** 32 minus log2 of the table size: the hash keeps the top bits. */
  shift: number;
  /** The entries to try when the walk reaches a node, by node id (null for none). */
  alts: Array<Entry[] | null>;
}

// Integer arithmetic only (node * 65599 would leave the small-integer range and go through doubles).
function slot(trie: Trie, node: number, code: number): number {
  return Math.imul((node << 16) ^ code, 0x9e3779b1) >>> trie.shift;
}

function child(trie: Trie, node: number, code: number): number {
  const mask = trie.edgeFrom.length - 1;
  for (let h = slot(trie, node, code); ; h = (h + 1) & mask) {
    const from = trie.edgeFrom[h]!;
    if (from === node && trie.edgeCode[h] === code) return trie.edgeTo[h]!;
    if (from === 0) return 0;
  }
}

/** Builds the flat trie from prefix → entries. */
function buildTrie(prefixes: Map<string, Entry[]>): Trie {
  const alts: Array<Entry[] | null> = [null]; // node 0 is "none"
  const root = new Int32Array(0x10000);
  const edges = new Map<string, number>(); // `${node},${code}` → child, while building
  const newNode = () => (alts.push(null), alts.length - 1);
  for (const [prefix, list] of prefixes) {
    const first = prefix.charCodeAt(0);
    let node = root[first] || (root[first] = newNode());
    for (let i = 1; i < prefix.length; i++) {
      const key = `${node},${prefix.charCodeAt(i)}`;
      let next = edges.get(key);
      if (next === undefined) edges.set(key, (next = newNode()));
      node = next;
    }
    const at = (alts[node] ??= []);
    for (const alt of list) if (!at.includes(alt)) at.push(alt);
  }
  let bits = 4;
  while (1 << bits < edges.size * 2) bits++;
  const size = 1 << bits;
  const trie: Trie = { root, edgeFrom: new Int32Array(size), edgeCode: new Int32Array(size), edgeTo: new Int32Array(size), shift: 32 - bits, alts };
  for (const [key, to] of edges) {
    const [from, code] = key.split(',').map(Number) as [number, number];
    let h = slot(trie, from, code);
    while (trie.edgeFrom[h] !== 0) h = (h + 1) & (size - 1);
    trie.edgeFrom[h] = from;
    trie.edgeCode[h] = code;
    trie.edgeTo[h] = to;
  }
  return trie;
}

export interface CueIndex {
  trie: Trie;
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
    trie: buildTrie(prefixes),
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
  const n = folded.length;
  const trie = index.trie;
  const root = trie.root;
  const nodeAlts = trie.alts;
  const anywhere = !index.wordStarts;
  let afterWord = false;
  let hits = 0;
  for (let i = 0; i < n && hits < MAX_HITS_PER_SENTENCE; i++) {
    // Each character read once: whether it starts a position, and whether the next one follows a word.
    const c = folded.charCodeAt(i);
    const startsHere = anywhere || !afterWord;
    afterWord = isWordChar(c);
    if (!startsHere) continue;
    let node = root[c]!;
    let nFound = 0;
    for (let j = i + 1; node !== 0; j++) {
      const entries = nodeAlts[node]!;
      if (entries !== null) {
        for (let k = 0; k < entries.length; k++) {
          const entry = entries[k]!;
          const alt = entry.alt;
          if (nFound > 0 && found.indexOf(alt) >= 0 && found.indexOf(alt) < nFound) continue;
          const end = entry.texts === null ? regexEnd(alt, folded, i) : textsEnd(entry.texts, folded, i, j);
          if (end >= 0) {
            found[nFound] = alt;
            matches[nFound] = folded.slice(i, end);
            nFound++;
          }
        }
      }
      if (j >= n) break;
      node = child(trie, node, folded.charCodeAt(j));
    }
    if (nFound > 0) hits += emit(found, matches, nFound, sentence, i, out);
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
