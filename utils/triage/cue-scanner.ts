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
// hash table of (node, character) → child in one typed array. Walking it costs a multiply and an array read or two per
// character, where objects with child lists cost pointer chasing and cache misses on a large lexicon. A slot is two
// neighbouring numbers, the key (node and character packed) and the child, so a probe reads one cache line; the child
// is stored as id × 2 + 1 when it has alternatives to try, so the walk reads the alternatives only where there are some.
interface Trie {
  /** Per first character: its node × 2 (+ 1 when it has alternatives); 0 when no cue starts with it. */
  root: Int32Array;
  /** Slot h is edges[2h] = node << 16 | character (0 = empty slot) and edges[2h + 1] = child × 2 (+ 1 as above). */
  edges: Int32Array;
  /** 32 minus log2 of the number of slots: the hash keeps the top bits. */
  shift: number;
  /** The entries to try when the walk reaches a node, by node id (null for none). */
  alts: Array<Entry[] | null>;
}

// Node ids share a 32-bit key with a 16-bit character.
const MAX_NODES = 0x10000;

// Integer arithmetic only (node * 65599 would leave the small-integer range and go through doubles).
function slot(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** The child of `node` by character `code`, as the edges store it (id × 2, + 1 with alternatives); 0 for none. */
function child(trie: Trie, node: number, code: number): number {
  const edges = trie.edges;
  const mask = (edges.length >> 1) - 1;
  const key = (node << 16) | code;
  for (let h = slot(key, trie.shift); ; h = (h + 1) & mask) {
    const k = edges[h << 1]!;
    if (k === key) return edges[(h << 1) + 1]!;
    if (k === 0) return 0;
  }
}

/** Builds the flat trie from prefix → entries. */
function buildTrie(prefixes: Map<string, Entry[]>): Trie {
  const alts: Array<Entry[] | null> = [null]; // node 0 is "none"
  const first = new Int32Array(0x10000);
  const edges = new Map<number, number>(); // node << 16 | code → child, while building
  const newNode = () => (alts.push(null), alts.length - 1);
  for (const [prefix, list] of prefixes) {
    const c = prefix.charCodeAt(0);
    let node = first[c] || (first[c] = newNode());
    for (let i = 1; i < prefix.length; i++) {
      const key = (node << 16) | prefix.charCodeAt(i);
      let next = edges.get(key);
      if (next === undefined) edges.set(key, (next = newNode()));
      node = next;
    }
    const at = (alts[node] ??= []);
    for (const alt of list) if (!at.includes(alt)) at.push(alt);
  }
  if (alts.length > MAX_NODES) throw new Error(`cue lexicon too large for the trie: ${alts.length} nodes`);
  const stored = (node: number) => (node === 0 ? 0 : node * 2 + (alts[node] ? 1 : 0));
  let bits = 4;
  while (1 << bits < edges.size * 2) bits++;
  const size = 1 << bits;
  const trie: Trie = { root: first.map(stored), edges: new Int32Array(size * 2), shift: 32 - bits, alts };
  for (const [key, to] of edges) {
    let h = slot(key, trie.shift);
    while (trie.edges[h << 1] !== 0) h = (h + 1) & (size - 1);
    trie.edges[h << 1] = key;
    trie.edges[(h << 1) + 1] = stored(to);
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
      if ((node & 1) !== 0) {
        const entries = nodeAlts[node >> 1]!;
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
      node = child(trie, node >> 1, folded.charCodeAt(j));
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
