import { REQUEST_KINDS, type RequestKind } from '../kinds';
import { extractFeatures, FEATURE_BITS, type FeatureContext, type MessageFeatures } from './features';
import { unpackColumn, type PackedColumn } from './packing';
import { compactWeights, Scorer } from './scorer';

// A one-vs-rest logistic model over hashed features, trained by scripts/train-triage.ts and shipped as data
// (model-weights.json). Sparse on disk and in memory (L1 training leaves most weights at zero): see scorer.ts.

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
  private readonly scratch: Scorer;
  private readonly kinds: RequestKind[];
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
    const bias = Float64Array.from([...file.bias, file.gate.bias]);
    this.thresholds = Float64Array.from(file.thresholds);
    this.gate = { threshold: file.gate.threshold, sure: file.gate.sure, stack: file.gate.stack };
    if (this.thresholds.length !== this.kinds.length || bias.length !== columns.length || this.gate.stack.length !== 4) {
      throw new Error('model file is incomplete');
    }
    this.scratch = new Scorer(compactWeights(FEATURE_BITS, columns), bias);
    this.thresholdLogits = this.thresholds.map(thresholdLogit);
    this.gateLogit = thresholdLogit(this.gate.threshold);
    this.sureLogit = thresholdLogit(this.gate.sure);
  }

  /** A scorer for one message, to hand to extractFeatures (the same object each time: one message at a time). */
  scorer(): Scorer {
    return this.scratch.reset();
  }

  /** The kinds at or above their threshold, with the sentences behind each, for a message's folded sentences. */
  classifySentences(folded: readonly string[], context: FeatureContext, sentenceCount: number): KindOutcome[] {
    const scorer = this.scorer();
    return this.decide(scorer, sentenceCount, extractFeatures(folded, context, scorer));
  }

  /** The kinds at or above their threshold, with the sentences behind each, from a list of features. */
  classify(features: MessageFeatures, sentenceCount: number): KindOutcome[] {
    const scorer = this.scorer();
    for (let i = 0; i < features.ids.length; i++) scorer.add(features.ids[i]!, features.values[i]!, features.sentence[i]!);
    return this.decide(scorer, sentenceCount, features.strongestRule);
  }

  /** The kinds at or above their threshold, with the sentences behind each, once the scorer has every feature. */
  decide(scorer: Scorer, sentenceCount: number, strongestRule: number): KindOutcome[] {
    const K = this.kinds.length;
    const z = scorer.z;
    const out: KindOutcome[] = [];
    // Decided on log-odds against thresholds converted once: a message with no label costs no exp or log.
    const routine = gateLogit(this.gate.stack, gateInputs(z, K, strongestRule)) < this.gateLogit;
    const given: number[] = [];
    for (let k = 0; k < K; k++) {
      if (z[k]! < this.thresholdLogits[k]! || (routine && z[k]! < this.sureLogit)) continue;
      given.push(k);
    }
    if (given.length === 0) return out;
    // Each sentence's positive weight per kind was summed as the features came (scorer.ts).
    const { perSentence, columns, rows } = scorer;
    const count = Math.min(sentenceCount, rows);
    for (let g = 0; g < given.length; g++) {
      const k = given[g]!;
      out.push({ kind: this.kinds[k]!, probability: sigmoid(z[k]!), sentences: evidence(perSentence, k, columns, count) });
    }
    return out;
  }
}

/** The sentences whose features weigh most for kind k (of `columns` per sentence): the strongest first. */
function evidence(perSentence: Float64Array, k: number, columns: number, count: number): number[] {
  let best = 0;
  for (let s = 0; s < count; s++) best = Math.max(best, perSentence[s * columns + k]!);
  if (best <= 0) return [];
  const picked: Array<[number, number]> = [];
  for (let s = 0; s < count; s++) if (perSentence[s * columns + k]! >= best * EVIDENCE_SHARE) picked.push([s, perSentence[s * columns + k]!]);
  picked.sort((a, b) => b[1] - a[1]);
  return picked.slice(0, EVIDENCE_SENTENCES).map(([s]) => s);
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
