import { computeFacts } from '../agreements/facts';
import type { ScopeFact } from '../agreements/fact-kinds';
import type { Agreement, Provider } from '../agreements/schema';
import type { Scores } from './rules';
import type { Sentence } from './sentences';

// What the agreement changes about the labels: a requested item the scope lists as a deliverable is not a scope
// change, one it lists as excluded is one even without a cue phrase; a revision request past the rounds included is
// endless revisions. The item matching is the agreements engineer's (computeFacts' scope fact), so the panel's fact
// and the label always agree.

export interface GroundingContext {
  agreement: Agreement;
  sentences: Sentence[];
  text: string;
  provider: Provider;
  now: Date;
  sentAt: string | null;
  prior?: string[];
}

// A message asking for changes to delivered work, in any of the three languages.
const REVISION_REQUEST =
  /\b(?:changes?|feedback|notes|tweaks?|revisions?|edits|amends|corrections?|redo|another round)\b|\b(?:cambios|comentarios|correcciones|retoques?|revision|ronda)\b|修改|改一下|调整|調整|修改意见|修改意見|反馈|反饋|再改/i;
const REQUEST_MARKER =
  /\?|？|\b(?:can|could|would) you\b|\bplease\b|\bwe(?:'d| would) like\b|\bwe need\b|\b(?:podr[ií]as|puedes|podéis|pod[eé]is|necesitamos|queremos)\b|能不能|可以|麻烦|麻煩|帮|幫|需要|想要/i;
const MAX_REQUEST_SENTENCES = 20;

export function groundInAgreement(scores: Scores, ctx: GroundingContext): { roundsUsed: number | undefined } {
  groundScope(scores, ctx);
  return { roundsUsed: groundRounds(scores, ctx) };
}

function scopeFactFor(ctx: GroundingContext, evidence: string[]): ScopeFact | undefined {
  const facts = computeFacts({
    kinds: ['scope_change'],
    sentAt: ctx.sentAt,
    agreement: ctx.agreement,
    provider: ctx.provider,
    now: ctx.now,
    evidence,
  });
  return facts.find((f): f is ScopeFact => f.kind === 'scope');
}

function groundScope(scores: Scores, ctx: GroundingContext): void {
  const scope = ctx.agreement.scope;
  if (!scope || (scope.deliverables.length === 0 && scope.exclusions.length === 0)) return;
  const current = scores.get('scope_change');
  if (current) {
    const fact = scopeFactFor(ctx, [...current.sentences].map((i) => ctx.sentences[i]!.text));
    if (fact?.matchedExclusion) current.score = Math.max(current.score, 0.9);
    else if (fact?.matchedDeliverable) scores.delete('scope_change');
    return;
  }
  if (scope.exclusions.length === 0) return;
  let checked = 0;
  for (let i = 0; i < ctx.sentences.length && checked < MAX_REQUEST_SENTENCES; i++) {
    const s = ctx.sentences[i]!.text;
    if (!REQUEST_MARKER.test(s)) continue;
    checked++;
    if (scopeFactFor(ctx, [s])?.matchedExclusion) {
      scores.set('scope_change', { score: 0.8, sentences: new Set([i]) });
      return;
    }
  }
}

function groundRounds(scores: Scores, ctx: GroundingContext): number | undefined {
  const included = ctx.agreement.scope?.revisionRounds;
  if (included === undefined) return undefined;
  const asking = ctx.sentences.map((s, i) => (REVISION_REQUEST.test(s.text) ? i : -1)).filter((i) => i >= 0);
  const earlier = (ctx.prior ?? []).filter((m) => typeof m === 'string' && REVISION_REQUEST.test(m)).length;
  const used = earlier + (asking.length > 0 ? 1 : 0);
  if (asking.length > 0 && used > included) {
    const s = scores.get('endless_revisions') ?? { score: 0, sentences: new Set<number>() };
    s.score = Math.max(s.score, 0.8);
    for (const i of asking) s.sentences.add(i);
    scores.set('endless_revisions', s);
  }
  return ctx.prior || asking.length > 0 ? used : undefined;
}
