import { REQUEST_KINDS } from '../kinds';
import type { Scores } from '../rules';
import { simplifiedTable } from './han-fold';

// What the learned model sees of a message, as hashed feature ids: words and word pairs (plus a five-letter stem,
// which carries Spanish inflections), Chinese characters and character pairs (Traditional read as Simplified), the
// rules' scores, the sending time against working hours, and the subject line. Cross-validation decided what is
// left out: the cue lexicons' individual signals (the rules' scores carry what they add), words crossed with "sent
// outside working hours", and Chinese character triples; each measured no better with than without.
// Training (scripts/train-triage.ts) and classification both call this one function, so what the model learned and
// what it is shown cannot drift. Ids are hashed into a fixed table rather than kept in a vocabulary: no vocabulary
// to ship, no unknown words.

export const FEATURE_BITS = 18;
const MASK = (1 << FEATURE_BITS) - 1;
export const PRIME = 0x01000193;

export interface FeatureContext {
  /** true / false when the sending time is known against working hours; null when it is not. */
  sentOutside: boolean | null;
  ruleScores: Scores;
  /** Folded subject line, if any. */
  subject?: string;
}

/**
 * The features of one message. Parallel arrays: `ids[i]` fired with value `values[i]` in sentence `sentence[i]`
 * (−1 for message-wide ones). Every id appears once (the first sentence that had it).
 */
export interface MessageFeatures {
  ids: number[];
  values: number[];
  sentence: number[];
  /** The highest score the rules gave any kind (0 when none fired): the gate reads it. */
  strongestRule: number;
}

// Namespaces keep a word, a stem and a pair with the same letters apart.
export const NS_WORD = 0x1b873593;
export const NS_STEM = 0x2d2816fe;
export const NS_PAIR = 0x5bd1e995;
export const NS_HAN1 = 0x68e31da4;
export const NS_HAN2 = 0x7a5b1f63;
const NS_MISC = 0x3c6ef372;
const NS_SUBJECT = 0x6a09e667;

const STEM_LENGTH = 5;
/**
 * A megabyte of text is read whole, but the features stop growing: the model needs the gist, not every word. (When
 * classifying, the count is of the features the model knows, so past this many the two readings of one giant message
 * may differ.)
 */
export const MAX_FEATURES = 4_000;

// One table of generation stamps dedupes ids without allocating per message.
const seen = new Int32Array(MASK + 1);
let generation = 0;

/** The last mix of a feature's hash, down to an id of FEATURE_BITS bits. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h >>> 0) & MASK;
}

function named(ns: number, name: string): number {
  let h = ns;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), PRIME);
  return finish(h);
}

// Message-wide feature ids, hashed once at load.
const OUT = named(NS_MISC, 'sent:outside');
const INSIDE = named(NS_MISC, 'sent:inside');
const UNKNOWN_TIME = named(NS_MISC, 'sent:unknown');
const BIAS_SHORT = named(NS_MISC, 'length:short');
const BIAS_LONG = named(NS_MISC, 'length:long');
const BIAS_MID = named(NS_MISC, 'length:mid');
const RULE_IDS = REQUEST_KINDS.map((k) => named(NS_MISC, `rule:${k}`));

/** Where the extractor puts each feature: a list for training, the model's running sums for classifying. */
export interface FeatureSink {
  add(id: number, value: number, sentence: number): void;
}

/** Collects every feature once, in the order found (training, tests). */
class FeatureList implements FeatureSink {
  readonly out: MessageFeatures = { ids: [], values: [], sentence: [], strongestRule: 0 };
  add(id: number, value: number, sentence: number): void {
    if (seen[id] === generation || this.out.ids.length >= MAX_FEATURES) return;
    seen[id] = generation;
    this.out.ids.push(id);
    this.out.values.push(value);
    this.out.sentence.push(sentence);
  }
}

// Each UTF-16 code unit's part in a phrase, read from one table in the loop below.
const OTHER = 0; // punctuation and anything else: ends a phrase
const LETTER = 1; // a Latin word character (the folded text is lower case)
const DIGIT = 2;
const HAN = 3;
const JOIN = 4; // a space or an apostrophe: ends a word, not a phrase
const CHAR = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7)) CHAR[c] = LETTER;
  else if (c >= 48 && c <= 57) CHAR[c] = DIGIT;
  else if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) CHAR[c] = HAN;
  else if (c === 32 || c === 39) CHAR[c] = JOIN;
}

/** Words, stems and word pairs of Latin text; characters and their pairs in Chinese runs. */
function textFeatures(b: FeatureSink, folded: string, sentence: number, ns: number): void {
  const simple = simplifiedTable();
  let previous = 0;
  let han1 = 0;
  const n = folded.length;
  for (let i = 0; i < n; i++) {
    let code = folded.charCodeAt(i);
    let kind = CHAR[code]!;
    if (kind === LETTER || kind === DIGIT) {
      // A word runs to the first character that is neither: hashed in a loop of its own, the hottest in the classifier.
      const from = i;
      let word = ns ^ NS_WORD;
      let stem = 0;
      for (;;) {
        // Digits all count as one digit: "30 days" and "45 days" are the same phrase.
        word = Math.imul(word ^ (kind === DIGIT ? 48 : code), PRIME);
        if (++i - from === STEM_LENGTH) stem = word;
        if (i === n) break;
        code = folded.charCodeAt(i);
        kind = CHAR[code]!;
        if (kind !== LETTER && kind !== DIGIT) break;
      }
      const w = finish(word);
      b.add(w, 1, sentence);
      if (i - from > STEM_LENGTH + 1) b.add(finish(stem ^ NS_STEM), 1, sentence);
      if (previous !== 0) b.add(finish(Math.imul(previous ^ NS_PAIR, PRIME) ^ w), 1, sentence);
      previous = w | 0x40000000;
      han1 = 0;
      if (i === n) return;
    }
    // Now a character that ends a word, if one was running: it starts or continues a Chinese run, or ends a phrase.
    if (kind === HAN) {
      code = simple[code] || code;
      b.add(finish(Math.imul(NS_HAN1 ^ ns, PRIME) ^ code), 1, sentence);
      if (han1 !== 0) b.add(finish(Math.imul(Math.imul(NS_HAN2 ^ ns, PRIME) ^ han1, PRIME) ^ code), 1, sentence);
      han1 = code;
      previous = 0;
    } else if (kind === OTHER) {
      // Punctuation ends a phrase; spaces and apostrophes do not.
      previous = 0;
      han1 = 0;
    }
  }
}

/** The features of a message already split into folded sentences, each id once. */
export function messageFeatures(sentences: readonly string[], ctx: FeatureContext): MessageFeatures {
  generation = (generation + 1) | 0;
  if (generation === 0) {
    seen.fill(0);
    generation = 1;
  }
  const list = new FeatureList();
  list.out.strongestRule = extractFeatures(sentences, ctx, list);
  return list.out;
}

/**
 * Hands every feature of the message to `sink`, in a fixed order (the sink keeps the first of each id). Returns the
 * highest score the rules gave any kind.
 */
export function extractFeatures(sentences: readonly string[], ctx: FeatureContext, b: FeatureSink): number {
  let strongestRule = 0;
  b.add(ctx.sentOutside === null ? UNKNOWN_TIME : ctx.sentOutside ? OUT : INSIDE, 1, -1);
  for (let k = 0; k < REQUEST_KINDS.length; k++) {
    const s = ctx.ruleScores.get(REQUEST_KINDS[k]!);
    if (s && s.score > 0) {
      b.add(RULE_IDS[k]!, s.score, -1);
      strongestRule = Math.max(strongestRule, s.score);
    }
  }
  let chars = 0;
  for (let i = 0; i < sentences.length; i++) {
    chars += sentences[i]!.length;
    textFeatures(b, sentences[i]!, i, 0);
  }
  b.add(chars < 120 ? BIAS_SHORT : chars > 1200 ? BIAS_LONG : BIAS_MID, 1, -1);
  if (ctx.subject) textFeatures(b, ctx.subject, -1, NS_SUBJECT);
  return strongestRule;
}
