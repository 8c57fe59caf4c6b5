// Prints drafts for reading: one per request kind in each language, from the sample agreement and facts.
//   npx tsx scripts/show-drafts.ts [lang …] [--kind KIND] [--tone TONE] [--reminders N] [--all]
// --all prints every variant composeDrafts returns, not only the first.
import { composeDrafts } from '../utils/drafting/compose';
import type { DraftLanguage, Tone } from '../utils/drafting/draft';
import { SAMPLE_CLIENT, SAMPLE_FIRST_NAME, SAMPLE_NOW, SAMPLE_PROVIDER, sampleAgreement, sampleFacts } from '../utils/drafting/sample-data';
import type { RequestKind } from '../utils/triage/kinds';
import { REQUEST_KINDS } from '../utils/triage/kinds';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const langs = args.filter((a) => ['en', 'es', 'zh', 'zh-Hant'].includes(a)) as DraftLanguage[];
const kindArg = option('--kind');
const kinds: RequestKind[][] = kindArg ? [kindArg.split(',') as RequestKind[]] : REQUEST_KINDS.map((k) => [k]);

for (const lang of langs.length ? langs : (['en', 'es', 'zh', 'zh-Hant'] as DraftLanguage[])) {
  for (const group of kinds) {
    const drafts = composeDrafts({
      labels: group.map((kind) => ({ kind, score: 1, evidence: [] })),
      lang,
      tone: option('--tone') as Tone | undefined,
      facts: sampleFacts(lang),
      clauses: [],
      client: SAMPLE_CLIENT,
      agreement: sampleAgreement(lang),
      provider: SAMPLE_PROVIDER,
      now: SAMPLE_NOW,
      reminderCount: Number(option('--reminders') ?? 0),
      clientFirstName: SAMPLE_FIRST_NAME[lang],
    });
    for (const draft of args.includes('--all') ? drafts : drafts.slice(0, 1)) {
      console.log(`\n===== ${group.join(' + ')} · ${lang} · ${draft.tone}${draft.step ? ` · ${draft.step}` : ''} =====`);
      console.log(draft.text);
      if (draft.review.length) console.log(`--- review: ${draft.review.join(' | ')}`);
    }
  }
}
