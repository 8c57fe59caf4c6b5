import { computeFacts } from '../agreements/facts';
import type { Agreement, Provider, RequestCorrection } from '../agreements/schema';
import type { ResolvedHours } from '../agreements/working-hours';
import { applyCorrections } from './corrections';
import type { Hit } from './cue-types';
import { detectLanguage } from './detect-language';
import { groundInAgreement } from './grounding';
import { LABEL_THRESHOLD, REQUEST_KINDS, type DetectedLanguage, type Fact, type Label, type RequestKind, type TriageResult } from './kinds';
import type { FeatureContext } from './model/features';
import { readMessage } from './model/featurize';
import { triageModel } from './model/model';
import type { Scores } from './rules';
import type { Sentence } from './sentences';

// The classifier: weighted multilingual cue lexicons scanned once per sentence and rules that combine them
// (read-cues.ts), then a learned linear model that weighs those signals together with the message's own words
// (model/), then the agreement (hours, scope, invoices, rounds) and the user's own corrections. No network: what it
// learned ships as model/model-weights.json.

export interface ClassifyInput {
  /** The client's new text (the reader's `body`: no quoted history, no signature). */
  text: string;
  /** The subject line: its words count, less than the body's ("URGENT", "Invoice 42 — next month?"). */
  subject?: string;
  /** ISO 8601 with offset. */
  sentAt?: string | null;
  /** Resolved working hours: the agreement's, else the provider's. */
  hours?: ResolvedHours;
  agreement?: Agreement | null;
  /** Earlier client bodies in the thread, oldest first, for counting revision rounds. */
  priorClientMessages?: string[];
  corrections?: RequestCorrection[];
  now?: Date;
}

const KIND_INDEX = new Map(REQUEST_KINDS.map((k, i) => [k, i]));
const MAX_TEXT = 4_000_000;
const EVIDENCE_MAX = 300;


export const UNCLASSIFIED = {
  empty: 'Nothing to classify: the message has no new text (it is empty, or only quoted history or a signature).',
  noWords: 'Nothing to classify: the message has no words, only symbols, numbers or emoji.',
  unsupported: 'Could not classify: the message is not in English, Spanish or Chinese, and nothing in it was recognised.',
  failed: 'Could not classify this message.',
} as const;

export function classifyMessage(input: ClassifyInput): TriageResult {
  try {
    return classify(input);
  } catch {
    return { lang: 'unknown', labels: [], facts: [], unclassified: UNCLASSIFIED.failed };
  }
}

function classify(input: ClassifyInput): TriageResult {
  const raw = typeof input?.text === 'string' ? input.text : '';
  const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
  if (text.trim() === '') return { lang: 'unknown', labels: [], facts: [], unclassified: UNCLASSIFIED.empty };
  const lang = detectLanguage(text);
  if (lang === 'unknown') return { lang, labels: [], facts: [], unclassified: UNCLASSIFIED.noWords };

  const agreement = input.agreement ?? null;
  const { sentences, reading, context } = readMessage(text, { subject: input.subject, sentAt: input.sentAt, hours: input.hours, agreement });
  const { hits, sentOutside, hours } = reading;
  // The model learned English, Spanish and Chinese words; in another language only the lexicons' rules speak.
  const scores = lang === 'other' ? reading.scores : modelScores(reading.folded, context, sentences.length, reading.scores);
  // After-hours urgency needs a time outside working hours: the sending time, or one the message asks for.
  if (sentOutside !== true && !reading.offHoursTimeNamed) scores.delete('after_hours_urgency');

  const now = input.now instanceof Date && !Number.isNaN(input.now.getTime()) ? input.now : new Date();
  const provider: Provider = hours ? { name: '', timezone: hours.timezone, hours: { ...hours } } : { name: '' };
  const grounding = agreement
    ? groundInAgreement(scores, { agreement, sentences, folded: reading.folded, prior: input.priorClientMessages, rules: reading.scores })
    : { roundsUsed: undefined };

  let labels = toLabels(scores, sentences, hits);
  labels = applyCorrections(labels, text, sentences, input.corrections);
  const facts = factsFor(labels, agreement, provider, input.sentAt ?? null, now, lang, grounding.roundsUsed, sentOutside);
  const result: TriageResult = { lang, labels, facts };
  if (labels.length === 0 && lang === 'other') result.unclassified = UNCLASSIFIED.unsupported;
  return result;
}

/**
 * The model's kinds, each scored on the 0.5–1 scale the panel shows (0.5 at the kind's threshold), with the sentences
 * its words weigh most in, and the sentences the rules found for the same kind.
 */
function modelScores(folded: readonly string[], context: FeatureContext, sentenceCount: number, rules: Scores): Scores {
  const scores: Scores = new Map();
  const model = triageModel();
  for (const o of model.classifySentences(folded, context, sentenceCount)) {
    const t = model.thresholds[KIND_INDEX.get(o.kind)!]!;
    const sentences = new Set(o.sentences);
    for (const i of rules.get(o.kind)?.sentences ?? []) sentences.add(i);
    // A kind carried only by message-wide signals (the sending time, the subject) points at the first sentence.
    if (sentences.size === 0 && sentenceCount > 0) sentences.add(0);
    scores.set(o.kind, { score: Math.min(1, 0.5 + (0.5 * (o.probability - t)) / Math.max(1e-6, 1 - t)), sentences });
  }
  return scores;
}

// Hot path from here on: plain loops, no closures per call (see cue-scanner.ts).
function toLabels(scores: Scores, sentences: Sentence[], hits: Hit[]): Label[] {
  const labels: Label[] = [];
  for (const [kind, s] of scores) {
    if (s.score < LABEL_THRESHOLD) continue;
    const order = Array.from(s.sentences).sort(ascending);
    const evidence: string[] = [];
    for (const i of order) {
      const e = evidenceOf(sentences[i]!, i, hits);
      if (!evidence.includes(e)) evidence.push(e);
    }
    labels.push({ kind, score: Math.round(s.score * 100) / 100, evidence });
  }
  return labels.sort(byScore);
}

function ascending(a: number, b: number): number {
  return a - b;
}

function byScore(a: Label, b: Label): number {
  return b.score - a.score;
}

/** The sentence itself, or for a very long one the stretch around its first cue: always a verbatim slice. */
function evidenceOf(sentence: Sentence, index: number, hits: Hit[]): string {
  if (sentence.text.length <= EVIDENCE_MAX) return sentence.text;
  let at = 0;
  for (const h of hits) {
    if (h.sentence === index) {
      at = h.at;
      break;
    }
  }
  const from = Math.max(0, Math.min(at - 100, sentence.text.length - EVIDENCE_MAX));
  return sentence.text.slice(from, from + EVIDENCE_MAX);
}

function factsFor(
  labels: Label[],
  agreement: Agreement | null,
  provider: Provider,
  sentAt: string | null,
  now: Date,
  lang: DetectedLanguage,
  roundsUsed: number | undefined,
  sentOutside: boolean | null,
): Fact[] {
  if (labels.length === 0) return [];
  // Without an agreement the only fact is the sending time outside hours: skip the work when it is inside.
  if (!agreement && sentOutside !== true) return [];
  const kinds: RequestKind[] = [];
  const evidence: string[] = [];
  for (const l of labels) {
    kinds.push(l.kind);
    evidence.push(...l.evidence);
  }
  return computeFacts({
    kinds,
    sentAt,
    agreement,
    provider,
    now,
    locale: lang === 'es' ? 'es' : lang === 'zh' || lang === 'zh-Hant' ? 'zh' : 'en',
    evidence,
    ...(roundsUsed !== undefined ? { revisionRoundsUsed: roundsUsed } : {}),
  });
}

