// Prints drafts for reading.
//   npx tsx scripts/show-drafts.ts [lang …] [--kind KIND[,KIND…]] [--tone TONE] [--reminders N] [--all]
//     one draft per request kind in each language, from the sample agreement and facts (utils/drafting/sample-data.ts);
//     --all prints every variant composeDrafts returns, not only the first.
//   npx tsx scripts/show-drafts.ts --examples
//     markdown: the first draft `npm run triage -- test/unit/drafting/fixtures/examples.jsonl --agreements
//     test/unit/drafting/fixtures/backup.json --drafts --now 2026-11-28T09:00:00Z` gives for each example message;
//     where the classifier found nothing, the sample-data draft for that kind, marked as such.
import { readFileSync } from 'node:fs';
import { parseBackup } from '../utils/agreements/backup';
import { triageRecord, type TriageInput } from '../utils/analysis/triage-record';
import { composeDrafts } from '../utils/drafting/compose';
import type { Draft, DraftLanguage, Tone } from '../utils/drafting/draft';
import { sampleComposeInput } from '../utils/drafting/sample-data';
import type { RequestKind } from '../utils/triage/kinds';
import { REQUEST_KINDS } from '../utils/triage/kinds';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function sampleDrafts(lang: DraftLanguage, kinds: RequestKind[], tone?: Tone, reminderCount = 0): Draft[] {
  return composeDrafts(sampleComposeInput(lang, kinds, { tone, reminderCount }));
}

function examples(): void {
  const dir = new URL('../test/unit/drafting/fixtures/', import.meta.url);
  const parsed = parseBackup(JSON.parse(readFileSync(new URL('backup.json', dir), 'utf8')));
  if (!parsed.ok) throw new Error('the fixture backup does not parse');
  const lines = readFileSync(new URL('examples.jsonl', dir), 'utf8').trim().split('\n');
  const now = new Date('2026-11-28T09:00:00Z');
  for (const line of lines) {
    const input = JSON.parse(line) as TriageInput & { labels: RequestKind[] };
    const out = triageRecord(input, { backup: parsed.backup, drafts: true, now });
    const draft = out.drafts?.[0];
    const lang = (input.id.startsWith('zh-Hant') ? 'zh-Hant' : input.id.split('-')[0]) as DraftLanguage;
    console.log(`### ${input.id}\n`);
    console.log(`Client wrote:\n\n${input.text.split('\n').map((l) => `> ${l}`).join('\n')}\n`);
    if (draft) {
      console.log(`Labels: ${out.labels.map((l) => l.kind).join(', ')} · tone ${draft.tone}${draft.review.length ? ` · review: ${draft.review.join(' | ')}` : ''}\n`);
      console.log('```text\n' + draft.text + '\n```\n');
    } else {
      const [fallback] = sampleDrafts(lang, input.labels);
      console.log(`Labels: none found by the classifier; below, the ${input.labels.join(', ')} draft from the sample data (tone ${fallback.tone}).\n`);
      console.log('```text\n' + fallback.text + '\n```\n');
    }
  }
}

if (args.includes('--examples')) {
  examples();
} else {
  const langs = args.filter((a) => ['en', 'es', 'zh', 'zh-Hant'].includes(a)) as DraftLanguage[];
  const kindArg = option('--kind');
  const groups: RequestKind[][] = kindArg ? [kindArg.split(',') as RequestKind[]] : REQUEST_KINDS.map((k) => [k]);
  for (const lang of langs.length ? langs : (['en', 'es', 'zh', 'zh-Hant'] as DraftLanguage[])) {
    for (const group of groups) {
      const drafts = sampleDrafts(lang, group, option('--tone') as Tone | undefined, Number(option('--reminders') ?? 0));
      for (const draft of args.includes('--all') ? drafts : drafts.slice(0, 1)) {
        console.log(`\n===== ${group.join(' + ')} · ${lang} · ${draft.tone}${draft.step ? ` · ${draft.step}` : ''} =====`);
        console.log(draft.text);
        if (draft.review.length) console.log(`--- review: ${draft.review.join(' | ')}`);
      }
    }
  }
}
