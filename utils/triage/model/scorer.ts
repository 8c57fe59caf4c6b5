import { MAX_FEATURES, type FeatureSink } from './features';

// Classifying a message touches a few hundred of the model's 2^18 feature ids, scattered over its weights. What costs
// is then the processor's cache misses (on this kind of machine 35–150 ns once the data leaves the core's own cache),
// not the arithmetic, so the layout is as small as it can be and puts what one id needs side by side:
// - one 32-bit word per group of sixteen ids says which of them the model knows and where the group's records start,
//   counted from a base kept per 256 ids (a table of 4 KB): 64 KB for the 2^18 ids, so the lookup that every
//   feature makes, known or not, mostly stays in the nearest cache;
// - a known id's record is 16-bit words: a header (its entry count, and a flag for "already counted in this
//   message"), then one word per non-zero weight (L1 training leaves about two per id);
// - that word indexes a small table of weights, and its low bits are the weight's column: the shipped weights are a
//   byte times one scale per column (packing.ts), so a column has at most 255 distinct weights and the table (a few
//   thousand doubles, the float32 values exactly) stays in the nearest cache.
// The scorer adds each feature's weights as the extractor finds it, so no feature list is built on the way; and while
// the record is at hand it credits each positive weight to the feature's sentence, which is what the evidence needs
// (a second pass over the records, once the labels are known, read them all from memory again).

/** Ids per group: the low 16 bits of a group word say which are known, the upper 16 where their records start. */
const GROUP_BITS = 4;
const GROUP_MASK = (1 << GROUP_BITS) - 1;
/** Ids per base: a group's records start at its base's offset plus the group's own (which fits in 16 bits). */
const BASE_BITS = 8;
/** A record's header: the entry count in the low byte, and this flag once the id has been counted in a message. */
const COUNTED = 0x8000;
const ENTRIES = 0xff;
const MAX_RELATIVE = 1 << 16;
/** Distinct weights a column may have: an entry word is (the weight's place in its column << column bits) | column. */
const MAX_WEIGHTS = 256;
/** Sentences the evidence table holds without growing; a table grown past it for a very long message is let go after. */
const USUAL_SENTENCES = 256;

export interface CompactWeights {
  /** Per group of 16 ids: (offset of the group's first record from its base << 16) | one bit per known id of it. */
  groups: Int32Array;
  /** Per 256 ids: the offset of their first record. */
  bases: Int32Array;
  /** The records, in id order: header, then one entry word per weight. */
  records: Uint16Array;
  /** An entry word's column is `word & columnMask`; its weight is `weight[word]`. */
  columnMask: number;
  weight: Float64Array;
}

/** Lays out columns of (id, weight) pairs; in a record, the positive weights in column order, then the others. */
export function compactWeights(bits: number, columns: ReadonlyArray<{ ids: Int32Array; weights: Float32Array }>): CompactWeights {
  if (columns.length > ENTRIES) throw new Error('model has too many columns for its layout');
  const byId = new Map<number, Array<[column: number, weight: number]>>();
  columns.forEach((c, k) => {
    for (let i = 0; i < c.ids.length; i++) {
      const id = c.ids[i]!;
      let entries = byId.get(id);
      if (!entries) byId.set(id, (entries = []));
      entries.push([k, c.weights[i]!]);
    }
  });
  let columnBits = 0;
  while (1 << columnBits < columns.length) columnBits++;
  const weight = new Float64Array(MAX_WEIGHTS << columnBits);
  // Keyed so that −0 and 0 stay apart (a Map alone would merge them): every weight is kept exactly.
  const places = columns.map(() => new Map<number | string, number>());
  const entryWord = (k: number, w: number): number => {
    const key = Object.is(w, -0) ? '-0' : w;
    let place = places[k]!.get(key);
    if (place === undefined) {
      place = places[k]!.size;
      if (place >= MAX_WEIGHTS) throw new Error('model has too many distinct weights in a column for its layout');
      places[k]!.set(key, place);
      weight[(place << columnBits) | k] = w;
    }
    return (place << columnBits) | k;
  };
  const ids = [...byId.keys()].sort((a, b) => a - b);
  const records: number[] = [];
  const groups = new Int32Array(Math.max(1, (1 << bits) >>> GROUP_BITS));
  const bases = new Int32Array(Math.max(1, (1 << bits) >>> BASE_BITS));
  let next = 0;
  for (let g = 0; g < groups.length; g++) {
    if ((g & ((1 << (BASE_BITS - GROUP_BITS)) - 1)) === 0) bases[(g << GROUP_BITS) >>> BASE_BITS] = records.length;
    // A group's word points at the records that follow all earlier groups', even when it has none of its own.
    const from = records.length;
    let known = 0;
    for (; next < ids.length && ids[next]! >>> GROUP_BITS === g; next++) {
      const id = ids[next]!;
      known |= 1 << (id & GROUP_MASK);
      // A column has at most one entry per id, so the order inside a record changes no sum: positive weights go first,
      // so that what speaks for a kind can be read off a record's start.
      const entries = byId.get(id)!;
      const ordered = [...entries.filter(([, w]) => w > 0), ...entries.filter(([, w]) => !(w > 0))];
      records.push(ordered.length, ...ordered.map(([k, w]) => entryWord(k, w)));
    }
    const relative = from - bases[(g << GROUP_BITS) >>> BASE_BITS]!;
    if (relative >= MAX_RELATIVE) throw new Error('model has too many weights for its layout');
    groups[g] = (relative << 16) | known;
  }
  return { groups, bases, records: Uint16Array.from(records), columnMask: (1 << columnBits) - 1, weight };
}

/** Where a feature id's record starts in `records`, or −1 when the model does not know it. */
export function recordOf(w: CompactWeights, id: number): number {
  const group = w.groups[id >>> GROUP_BITS]!;
  const bit = 1 << (id & GROUP_MASK);
  if ((group & bit) === 0) return -1;
  let at = w.bases[id >>> BASE_BITS]! + (group >>> 16);
  // Step over the records of the group's lower known ids (usually none or one).
  for (let before = group & (bit - 1); before !== 0; before &= before - 1) at += 1 + (w.records[at]! & ENTRIES);
  return at;
}

/** How many entries the record at `at` holds; they are records[at + 1] … records[at + n]. */
export function entriesAt(records: Uint16Array, at: number): number {
  return records[at]! & ENTRIES;
}

/** A feature sink that sums the weights of the features the model knows, each once, overall and per sentence. */
export class Scorer implements FeatureSink {
  /** Per column: the bias plus the weights of the features seen so far (log-odds). */
  readonly z: Float64Array;
  /** The records counted in this message, in the order found (their flags are cleared for the next one). */
  count = 0;
  readonly at = new Int32Array(MAX_FEATURES);
  /** This scorer's copy of the layout: it flags the records it has counted. */
  readonly layout: CompactWeights;
  /** Columns (the z's): a row of `perSentence` has one per column. */
  readonly columns: number;
  /** Per sentence and column, the positive weight the sentence's features gave the column, at sentence × columns +
   *  column; `rows` sentences fit, and only the first `touched` rows can be non-zero. */
  perSentence: Float64Array;
  rows = USUAL_SENTENCES;
  private touched = 0;

  constructor(
    w: CompactWeights,
    private readonly bias: Float64Array,
  ) {
    this.z = new Float64Array(bias.length);
    this.layout = { ...w, records: w.records.slice() };
    this.columns = bias.length;
    this.perSentence = new Float64Array(this.rows * this.columns);
  }

  /** Ready for a new message: only the records the last one counted carry the flag. */
  reset(): this {
    const records = this.layout.records;
    for (let i = 0; i < this.count; i++) {
      const at = this.at[i]!;
      records[at] = records[at]! & ENTRIES;
    }
    this.z.set(this.bias);
    this.count = 0;
    if (this.rows > USUAL_SENTENCES) {
      this.rows = USUAL_SENTENCES;
      this.perSentence = new Float64Array(this.rows * this.columns);
    } else {
      this.perSentence.fill(0, 0, this.touched * this.columns);
    }
    this.touched = 0;
    return this;
  }

  add(id: number, value: number, sentence: number): void {
    const layout = this.layout;
    const at = recordOf(layout, id);
    if (at < 0) return;
    const { records, columnMask, weight } = layout;
    const header = records[at]!;
    if ((header & COUNTED) !== 0 || this.count >= MAX_FEATURES) return;
    records[at] = header | COUNTED;
    const n = this.count++;
    this.at[n] = at;
    const z = this.z;
    const end = at + (header & ENTRIES);
    if (sentence >= this.rows) this.grow(sentence + 1);
    if (sentence >= this.touched) this.touched = sentence + 1;
    const row = sentence * this.columns;
    const perSentence = this.perSentence;
    for (let e = at + 1; e <= end; e++) {
      const entry = records[e]!;
      const column = entry & columnMask;
      const c = weight[entry]! * value;
      z[column] += c;
      if (c > 0 && sentence >= 0) perSentence[row + column] += c;
    }
  }

  private grow(rows: number): void {
    let next = this.rows;
    while (next < rows) next *= 2;
    const grown = new Float64Array(next * this.columns);
    grown.set(this.perSentence.subarray(0, this.touched * this.columns));
    this.perSentence = grown;
    this.rows = next;
  }
}
