import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../utils/agreements/backup';
import { triageRecord, type TriageInput } from '../../../utils/analysis/triage-record';
import { detectLanguage } from '../../../utils/triage/detect-language';
import { questionMarks } from './helpers';

// The drafts `npm run triage -- test/unit/drafting/fixtures/examples.jsonl --agreements …/backup.json --drafts`
// prints: one client message per kind in each language, through the classifier and the agreement engine.
// Which kinds the classifier finds is its own business; every draft it leads to must hold up.

const dir = new URL('./fixtures/', import.meta.url);
const parsed = parseBackup(JSON.parse(readFileSync(new URL('backup.json', dir), 'utf8')));
if (!parsed.ok) throw new Error('fixture backup does not parse');
const examples = readFileSync(new URL('examples.jsonl', dir), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as TriageInput & { labels: string[] });
const now = new Date('2026-11-28T09:00:00Z');
const CLAUSE = /clause \d+\.\d+|cláusula \d+\.\d+|第\d+\.\d+[条條]/i;

describe('drafts for the example messages', () => {
  const records = examples.map((e) => ({ example: e, out: triageRecord(e, { backup: parsed.backup, drafts: true, now }) }));

  it.each(records.map((r) => [r.example.id, r] as const))('%s', (_id, { example, out }) => {
    const lang = example.id.startsWith('zh-Hant') ? 'zh-Hant' : example.id.split('-')[0];
    expect(out.client).toBeDefined();
    for (const draft of out.drafts ?? []) {
      expect(draft.lang).toBe(lang);
      expect(detectLanguage(draft.text)).toBe(lang);
      expect(draft.text).toMatch(CLAUSE);
      expect(questionMarks(draft.text)).toBe(1);
      expect(draft.options.length).toBeGreaterThanOrEqual(2);
      expect(draft.text).not.toMatch(/\{\{|\}\}|undefined|NaN/);
      expect(draft.text).toContain('Lucía Romero · Romero Studio');
    }
  });

  it('drafts in every language', () => {
    for (const lang of ['en-', 'es-', 'zh-s', 'zh-H']) {
      const drafted = records.filter((r) => (lang === 'zh-s' ? /^zh-(?!Hant)/.test(r.example.id) : r.example.id.startsWith(lang)) && r.out.drafts?.length);
      expect(drafted.length, lang).toBeGreaterThanOrEqual(5);
    }
  });
});
