import { computeFacts } from '../agreements/facts';
import type { Agreement, Provider, RequestCorrection } from '../agreements/schema';
import { isWithinWorkingHours, resolveHours, type ResolvedHours } from '../agreements/working-hours';
import { applyCorrections } from './corrections';
import { compileCues, fold, scanSentence } from './cue-scanner';
import type { Hit } from './cue-types';
import { EN_CUES, EN_CUES_BROAD } from './cues-en';
import { ES_CUES, ES_CUES_BROAD } from './cues-es';
import { ZH_CUES, ZH_CUES_BROAD } from './cues-zh';
import { detectLanguage } from './detect-language';
import { groundInAgreement } from './grounding';
import type { DetectedLanguage, Fact, Label, RequestKind, TriageResult } from './kinds';
import { scoreHits, type Scores } from './rules';
import { splitSentences, type Sentence } from './sentences';

// The classifier: weighted multilingual cue lexicons scanned once per sentence, rules that combine them, then the
// agreement (hours, scope, invoices, rounds) and the user's own corrections. No model, no network: everything it
// knows is in the cue files beside it.

export interface ClassifyInput {
  /** The client's new text (the reader's `body`: no quoted history, no signature). */
  text: string;
  /** Accepted, not used for labels yet: a subject such as "URGENT" says little the body does not. */
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

export const LABEL_THRESHOLD = 0.5;
const MAX_TEXT = 4_000_000;
const EVIDENCE_MAX = 300;

const LATIN = compileCues([...EN_CUES, ...ES_CUES, ...EN_CUES_BROAD, ...ES_CUES_BROAD], true);
const HAN = compileCues([...ZH_CUES, ...ZH_CUES_BROAD], false);
const HAS_LATIN = /[a-z]/i;
const HAS_HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

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

  const sentences = splitSentences(text);
  const hits: Hit[] = [];
  // Fold once; folding keeps offsets for precomposed text, so each sentence is a slice (else fold it on its own).
  const foldedText = fold(text);
  const aligned = foldedText.length === text.length;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const folded = aligned ? foldedText.slice(s.start, s.start + s.text.length) : fold(s.text);
    if (HAS_LATIN.test(folded)) scanSentence(LATIN, folded, i, hits);
    if (HAS_HAN.test(folded)) scanSentence(HAN, folded, i, hits);
  }

  const agreement = input.agreement ?? null;
  const hours = input.hours ?? (agreement?.hours ? resolveHours(agreement) : undefined);
  const sentAt = validInstant(input.sentAt);
  const sentOutside = sentAt && hours ? !isWithinWorkingHours(sentAt, hours) : null;
  const effective = hours ?? { timezone: 'UTC', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
  const scores = scoreHits(
    hits,
    { sentOutside, days: effective.days, startHour: hourOf(effective.start), endHour: hourOf(effective.end) },
    { included: agreement?.scope?.revisionRounds },
  );

  const now = input.now instanceof Date && !Number.isNaN(input.now.getTime()) ? input.now : new Date();
  const provider: Provider = hours ? { name: '', timezone: hours.timezone, hours: { ...hours } } : { name: '' };
  const grounding = agreement
    ? groundInAgreement(scores, { agreement, sentences, text, provider, now, sentAt: input.sentAt ?? null, prior: input.priorClientMessages })
    : { roundsUsed: undefined };

  let labels = toLabels(scores, sentences, hits);
  labels = applyCorrections(labels, text, sentences, input.corrections);
  const facts = factsFor(labels, agreement, provider, input.sentAt ?? null, now, lang, grounding.roundsUsed, sentOutside);
  const result: TriageResult = { lang, labels, facts };
  if (labels.length === 0 && lang === 'other') result.unclassified = UNCLASSIFIED.unsupported;
  return result;
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

function validInstant(value: string | null | undefined): Date | null {
  if (typeof value !== 'string') return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

function hourOf(clock: string): number {
  const h = Number(clock.slice(0, 2));
  return Number.isFinite(h) ? h : 9;
}
