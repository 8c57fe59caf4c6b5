// Drafting speed, for `npm run bench` (scripts/bench/drafting.ts re-exports run): composeDrafts for one message
// with one and with three requests, beside the stage that runs just before it on the same input in the same run
// (computeFacts + rankClauses). The panel has one 16 ms frame for everything; drafting should take a small part.
import { gzipSync } from 'node:zlib';
import type { BenchRow } from '../../scripts/bench/types';
import { rankClauses } from '../agreements/clauses';
import { computeFacts } from '../agreements/facts';
import type { RequestKind } from '../triage/kinds';
import { BUILTIN_TEMPLATES } from './builtin-templates';
import { composeDrafts } from './compose';
import type { DraftLanguage } from './draft';
import { SAMPLE_CLIENT, SAMPLE_FIRST_NAME, SAMPLE_NOW, SAMPLE_PROVIDER, sampleAgreement } from './sample-data';

const LANGS: DraftLanguage[] = ['en', 'es', 'zh', 'zh-Hant'];

function msPerCall(fn: (i: number) => unknown, minMs = 1000): number {
  for (let i = 0; i < 200; i++) fn(i); // warm up the JIT
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 50; i++) fn(calls + i);
    calls += 50;
    elapsed = performance.now() - start;
  }
  return elapsed / calls;
}

function stages(kinds: RequestKind[]) {
  const inputs = LANGS.map((lang) => {
    const agreement = sampleAgreement(lang);
    return { lang, agreement };
  });
  const facts = (i: number) => {
    const { agreement } = inputs[i % inputs.length]!;
    const computed = computeFacts({ kinds, sentAt: SAMPLE_NOW.toISOString(), agreement, client: SAMPLE_CLIENT, provider: SAMPLE_PROVIDER, revisionRoundsUsed: 3, now: SAMPLE_NOW });
    return { computed, clauses: rankClauses(agreement, kinds, []) };
  };
  const prepared = inputs.map((_, i) => facts(i));
  const draft = (i: number) => {
    const { lang, agreement } = inputs[i % inputs.length]!;
    const { computed, clauses } = prepared[i % inputs.length]!;
    return composeDrafts({
      labels: kinds.map((kind) => ({ kind, score: 1, evidence: [] })), lang, facts: computed, clauses, client: SAMPLE_CLIENT,
      agreement, provider: SAMPLE_PROVIDER, now: SAMPLE_NOW, reminderCount: 1, clientFirstName: SAMPLE_FIRST_NAME[lang],
    });
  };
  return { facts, draft };
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const kinds of [['scope_change'], ['abusive_tone', 'payment_delay', 'after_hours_urgency']] as RequestKind[][]) {
    const { facts, draft } = stages(kinds);
    // composeDrafts never throws; an empty result would time nothing, so check every input drafts first.
    for (let i = 0; i < LANGS.length; i++) if (draft(i).length < 2) throw new Error(`no drafts for ${kinds.join('+')} in ${LANGS[i]}`);
    const baseline = msPerCall(facts);
    const value = msPerCall(draft);
    rows.push({
      name: `composeDrafts, ${kinds.length} request(s), 2–3 drafts, 4 languages in turn`,
      value,
      unit: 'ms/message',
      baseline: { name: 'computeFacts + rankClauses, same input', value: baseline },
      ratio: value / baseline,
      goal: 'ratio < 1 (cheaper than the facts stage before it) and a few ms, in the background, off Gmail’s main thread',
    });
  }
  const all = BUILTIN_TEMPLATES.map((t) => t.text).join('\n');
  rows.push({
    name: `built-in templates (${BUILTIN_TEMPLATES.length}), gzipped`,
    value: gzipSync(all).length / 1024,
    unit: 'KB',
    baseline: { name: 'uncompressed', value: Buffer.byteLength(all) / 1024 },
    ratio: gzipSync(all).length / Buffer.byteLength(all),
    goal: 'background/options only; never in the Gmail content script',
  });
  return rows;
}
