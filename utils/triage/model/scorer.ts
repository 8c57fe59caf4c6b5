import { MAX_FEATURES, type FeatureSink } from './features';

// Classifying a message touches a few hundred of the model's 2^18 feature ids. A dense table from id to a row of
// weights for every kind is megabytes, and each lookup missed the processor's cache; here the same weights take a few
// hundred kilobytes: one bit per id says whether the model knows it, a running count of bits gives its row, and a row
// lists only its non-zero weights (L1 training leaves about two per row). The scorer adds each feature's weights as
// the extractor finds it, so no feature list is built on the way.

export interface CompactWeights {
  /** One bit per feature id: does the model know it? */
  known: Uint32Array;
  /** How many known ids come before each 32-bit word of `known`. */
  rank: Int32Array;
  /** Row r's weights are entries start[r] … start[r + 1] − 1. */
  start: Int32Array;
  /** Each entry's column (a kind, or the gate after the kinds) and weight. */
  column: Uint8Array;
  weight: Float32Array;
}

/** Lays out columns of (id, weight) pairs; in a row, the positive weights in column order, then the others. */
export function compactWeights(bits: number, columns: ReadonlyArray<{ ids: Int32Array; weights: Float32Array }>): CompactWeights {
  const known = new Uint32Array((1 << bits) >>> 5);
  let entries = 0;
  for (const c of columns) {
    for (const id of c.ids) known[id >>> 5]! |= 1 << (id & 31);
    entries += c.ids.length;
  }
  const rank = new Int32Array(known.length);
  let rows = 0;
  for (let w = 0; w < known.length; w++) {
    rank[w] = rows;
    rows += popcount(known[w]!);
  }
  const layout: CompactWeights = {
    known,
    rank,
    start: new Int32Array(rows + 1),
    column: new Uint8Array(entries),
    weight: new Float32Array(entries),
  };
  // Count per row, then place each column's entries in column order.
  for (const c of columns) for (const id of c.ids) layout.start[rowOf(layout, id) + 1]!++;
  for (let r = 0; r < rows; r++) layout.start[r + 1]! += layout.start[r]!;
  const filled = layout.start.slice(0, rows);
  columns.forEach((c, k) => {
    for (let i = 0; i < c.ids.length; i++) {
      const at = filled[rowOf(layout, c.ids[i]!)]!++;
      layout.column[at] = k;
      layout.weight[at] = c.weights[i]!;
    }
  });
  // A column has at most one entry in a row, so the order inside a row changes no sum: positive weights go first, and
  // a pass that wants only what speaks for a kind (the evidence) stops at the first weight that is not.
  for (let r = 0; r < rows; r++) {
    const from = layout.start[r]!;
    const entries = Array.from(layout.column.subarray(from, layout.start[r + 1]!), (k, i) => [k, layout.weight[from + i]!] as const);
    const ordered = [...entries.filter(([, w]) => w > 0), ...entries.filter(([, w]) => !(w > 0))];
    ordered.forEach(([k, w], i) => {
      layout.column[from + i] = k;
      layout.weight[from + i] = w;
    });
  }
  return layout;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** The row of a feature id, or −1 when the model does not know it. */
export function rowOf(w: CompactWeights, id: number): number {
  const word = w.known[id >>> 5]!;
  const bit = 1 << (id & 31);
  if ((word & bit) === 0) return -1;
  return w.rank[id >>> 5]! + popcount(word & (bit - 1));
}

/** A feature sink that sums the weights of the features the model knows, each once, and remembers where they were. */
export class Scorer implements FeatureSink {
  /** Per column: the bias plus the weights of the features seen so far (log-odds). */
  readonly z: Float64Array;
  /** The features kept, in the order found: row, value and sentence (−1 for message-wide ones). */
  count = 0;
  readonly rows = new Int32Array(MAX_FEATURES);
  readonly values = new Float64Array(MAX_FEATURES);
  readonly sentences = new Int32Array(MAX_FEATURES);
  private readonly stamp: Int32Array;
  private generation = 0;

  constructor(
    private readonly w: CompactWeights,
    private readonly bias: Float64Array,
  ) {
    this.z = new Float64Array(bias.length);
    this.stamp = new Int32Array(w.start.length);
  }

  /** Ready for a new message. */
  reset(): this {
    this.z.set(this.bias);
    this.count = 0;
    this.generation = (this.generation + 1) | 0;
    if (this.generation === 0) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    return this;
  }

  add(id: number, value: number, sentence: number): void {
    const w = this.w;
    const row = rowOf(w, id);
    if (row < 0 || this.stamp[row] === this.generation || this.count >= MAX_FEATURES) return;
    this.stamp[row] = this.generation;
    const n = this.count++;
    this.rows[n] = row;
    this.values[n] = value;
    this.sentences[n] = sentence;
    const z = this.z;
    const end = w.start[row + 1]!;
    for (let e = w.start[row]!; e < end; e++) z[w.column[e]!] += w.weight[e]! * value;
  }
}
