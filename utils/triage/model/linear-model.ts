import { REQUEST_KINDS, type RequestKind } from '../kinds';
import { FEATURE_BITS, type MessageFeatures } from './features';
import { unpackColumn, type PackedColumn } from './packing';

// A one-vs-rest logistic model over hashed features, trained by scripts/train-triage.ts and shipped as data
// (model-weights.json). Sparse on disk (L1 training leaves most weights at zero), dense per kept feature in memory:
// one typed-array lookup per feature id.

export interface ModelFile {
  version: 2;
  bits: number;
  /** featureFingerprint() of the code that trained it (fingerprint.ts). */
  fingerprint: string;
  kinds: string[];
  bias: number[];
  /** Per kind: the probability at which the label is given, chosen by cross-validation. */
  thresholds: number[];
  /** Per kind: its feature weights. */
  features: PackedColumn[];
  /**
   * Is there anything to flag at all? A model trained on every label at once (`column`), stacked with the kinds'
   * own (`stack`): a label is given only when the gate's probability reaches `threshold`, or the kind's own `sure`.
   */
  gate: { bias: number; threshold: number; sure: number; stack: number[]; column: PackedColumn };
}

/** Log-odds, bounded so that a probability of 0 or 1 stays a number. */
export function logOdds(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}

const LOGIT_BOUND = logOdds(1 - 1e-6);

/** logOdds(sigmoid(z)) without computing either. */
function boundedLogit(z: number): number {
  return Math.min(LOGIT_BOUND, Math.max(-LOGIT_BOUND, z));
}

/** A probability threshold on the log-odds scale; 0 lets everything through and above 1 nothing. */
function thresholdLogit(t: number): number {
  return t <= 0 ? -Infinity : t >= 1 ? Infinity : Math.log(t / (1 - t));
}

/**
 * What the stacked gate reads: the gate model's own log-odds, the most confident kind's, and the rules' strongest
 * score. A kind model or a rule that is sure can open the gate for a message the gate model finds routine. `z` holds
 * the kinds' log-odds, then the gate model's.
 */
export function gateInputs(z: ArrayLike<number>, kinds: number, strongestRule: number): [gate: number, strongestKind: number, strongestRule: number] {
  let strongest = -Infinity;
  for (let k = 0; k < kinds; k++) strongest = Math.max(strongest, boundedLogit(z[k]!));
  return [boundedLogit(z[kinds]!), strongest, strongestRule];
}

/** The stacked gate's log-odds from gateInputs (`stack`: a weight for each input, then the bias). */
export function gateLogit(stack: readonly number[], inputs: readonly [number, number, number]): number {
  return stack[0]! * inputs[0] + stack[1]! * inputs[1] + stack[2]! * inputs[2] + stack[3]!;
}

export interface KindOutcome {
  kind: RequestKind;
  probability: number;
  /** Sentences whose words weigh most for the kind, strongest first. */
  sentences: number[];
}

const EVIDENCE_SENTENCES = 3;
/** A sentence is evidence when it carries at least this share of the strongest sentence's weight. */
const EVIDENCE_SHARE = 0.5;

export class LinearModel {
  /** Per feature id, its row of weights (1-based), or 0 for an id the model does not know. */
  readonly rowOf: Int32Array;
  private readonly weights: Float32Array;
  private readonly bias: Float64Array;
  private readonly kinds: RequestKind[];
  /** Columns per feature row: one per kind, then the gate. */
  private readonly width: number;
  private readonly gate: { threshold: number; sure: number; stack: number[] };
  private readonly thresholdLogits: Float64Array;
  private readonly gateLogit: number;
  private readonly sureLogit: number;
  readonly thresholds: Float64Array;

  constructor(file: ModelFile) {
    if (file.version !== 2 || file.bits !== FEATURE_BITS) throw new Error('model file does not match the feature extractor');
    this.kinds = file.kinds.map((k) => {
      if (!(REQUEST_KINDS as readonly string[]).includes(k)) throw new Error(`unknown kind in model file: ${k}`);
      return k as RequestKind;
    });
    const columns = [...file.features, file.gate.column].map(unpackColumn);
    const W = (this.width = columns.length);
    this.rowOf = new Int32Array(1 << FEATURE_BITS);
    let rows = 0;
    for (const f of columns) for (const id of f.ids) if (this.rowOf[id] === 0) this.rowOf[id] = ++rows;
    this.weights = new Float32Array((rows + 1) * W);
    columns.forEach((f, k) => {
      for (let i = 0; i < f.ids.length; i++) this.weights[this.rowOf[f.ids[i]!]! * W + k] = f.weights[i]!;
    });
    this.bias = Float64Array.from([...file.bias, file.gate.bias]);
    this.thresholds = Float64Array.from(file.thresholds);
    this.gate = { threshold: file.gate.threshold, sure: file.gate.sure, stack: file.gate.stack };
    this.thresholdLogits = this.thresholds.map(thresholdLogit);
    this.gateLogit = thresholdLogit(this.gate.threshold);
    this.sureLogit = thresholdLogit(this.gate.sure);
    if (this.thresholds.length !== this.kinds.length || this.bias.length !== W || this.gate.stack.length !== 4) {
      throw new Error('model file is incomplete');
    }
  }

  /** The kinds at or above their threshold, with the sentences behind each. */
  classify(features: MessageFeatures, sentenceCount: number): KindOutcome[] {
    const K = this.kinds.length;
    const W = this.width;
    const weights = this.weights;
    const rowOf = this.rowOf;
    const z = new Float64Array(W);
    z.set(this.bias);
    const { ids, values } = features;
    for (let i = 0; i < ids.length; i++) {
      const row = rowOf[ids[i]!]!;
      if (row === 0) continue;
      const v = values[i]!;
      const base = row * W;
      for (let k = 0; k < W; k++) z[k] += weights[base + k]! * v;
    }
    const out: KindOutcome[] = [];
    // Decided on log-odds against thresholds converted once: a message with no label costs no exp or log.
    const routine = gateLogit(this.gate.stack, gateInputs(z, K, features.strongestRule)) < this.gateLogit;
    for (let k = 0; k < K; k++) {
      if (z[k]! < this.thresholdLogits[k]! || (routine && z[k]! < this.sureLogit)) continue;
      const p = sigmoid(z[k]!);
      out.push({ kind: this.kinds[k]!, probability: p, sentences: this.evidence(features, sentenceCount, k) });
    }
    return out;
  }

  /** The sentences whose features weigh most for kind k: a second pass, made only for the kinds given. */
  private evidence(features: MessageFeatures, count: number, k: number): number[] {
    const perSentence = new Float64Array(Math.max(1, count));
    const { ids, values, sentence } = features;
    for (let i = 0; i < ids.length; i++) {
      const row = this.rowOf[ids[i]!]!;
      const s = sentence[i]!;
      if (row === 0 || s < 0) continue;
      const c = this.weights[row * this.width + k]! * values[i]!;
      if (c > 0) perSentence[s] += c;
    }
    let best = 0;
    for (let s = 0; s < count; s++) best = Math.max(best, perSentence[s]!);
    if (best <= 0) return [];
    const picked: Array<[number, number]> = [];
    for (let s = 0; s < count; s++) if (perSentence[s]! >= best * EVIDENCE_SHARE) picked.push([s, perSentence[s]!]);
    picked.sort((a, b) => b[1] - a[1]);
    return picked.slice(0, EVIDENCE_SENTENCES).map(([s]) => s);
  }
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
