import type { RequestCorrection } from '../agreements/schema';
import { fold } from './cue-scanner';
import { REQUEST_KINDS, type Label, type RequestKind } from './kinds';
import type { Sentence } from './sentences';

// Learning from the user, as a lexical memory: each correction remembers the words of the text it was made on. A new
// message (or one of its sentences) that is close enough to a remembered text gets the same verdict: 'wrong' removes
// that kind, 'missing' adds it with the closest sentences as evidence. The newest correction wins when two disagree.
// Pure: the background stores the corrections and passes them in.

/** Dice similarity at or above which a correction applies to a whole message. */
export const MESSAGE_SIMILARITY = 0.6;
/** A single sentence must be closer still, and long enough to mean something. */
export const SENTENCE_SIMILARITY = 0.75;
const MIN_FEATURES = 3;
const MAX_FEATURES = 400;

const STOP = new Set(
  'the and you for that this with are can could would will have from our your just please thanks hola que los las por para con una del como pero gracias'.split(' ')
);

/** Latin words of three letters or more (folded) and Chinese character pairs. */
export function features(text: string): Set<string> {
  const out = new Set<string>();
  const folded = fold(text.length > 20_000 ? text.slice(0, 20_000) : text);
  for (const m of folded.matchAll(/[a-z0-9ñ']{3,}|[\u3400-\u9fff]+/g)) {
    const w = m[0];
    if (/^[\u3400-\u9fff]/.test(w)) {
      if (w.length === 1) out.add(w);
      for (let i = 0; i + 1 < w.length; i++) out.add(w.slice(i, i + 2));
    } else if (!STOP.has(w)) out.add(w);
    if (out.size >= MAX_FEATURES) break;
  }
  return out;
}

export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const f of small) if (large.has(f)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function isKind(kind: string): kind is RequestKind {
  return (REQUEST_KINDS as readonly string[]).includes(kind);
}

export function applyCorrections(
  labels: Label[],
  text: string,
  sentences: Sentence[],
  corrections: RequestCorrection[] | undefined,
): Label[] {
  if (!corrections || corrections.length === 0) return labels;
  const ordered = [...corrections].filter((c) => c && typeof c.text === 'string' && isKind(c.kind));
  ordered.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const message = features(text);
  const perSentence = sentences.length <= 200 ? sentences.map((s) => features(s.text)) : [];
  const byKind = new Map(labels.map((l) => [l.kind, l]));
  for (const c of ordered) {
    const remembered = features(c.text);
    if (remembered.size < MIN_FEATURES && message.size >= MIN_FEATURES) continue;
    const whole = similarity(remembered, message);
    const close: number[] = [];
    let best = whole >= MESSAGE_SIMILARITY ? whole : 0;
    perSentence.forEach((f, i) => {
      const s = similarity(remembered, f);
      if (s >= SENTENCE_SIMILARITY && f.size >= MIN_FEATURES) {
        close.push(i);
        best = Math.max(best, s);
      }
    });
    if (best === 0) continue;
    const kind = c.kind as RequestKind;
    if (c.verdict === 'wrong') byKind.delete(kind);
    else {
      const evidence = close.length > 0 ? close.map((i) => sentences[i]!.text) : sentences.slice(0, 3).map((s) => s.text);
      const existing = byKind.get(kind);
      byKind.set(kind, {
        kind,
        score: Math.max(existing?.score ?? 0, round2(Math.min(0.95, 0.5 + best / 2))),
        evidence: existing ? existing.evidence : evidence,
      });
    }
  }
  return [...byKind.values()].sort((a, b) => b.score - a.score);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
