import { composeDrafts, type ComposeInput } from '../../../utils/drafting/compose';
import type { DraftLanguage } from '../../../utils/drafting/draft';
import { SAMPLE_CLIENT, SAMPLE_FIRST_NAME, SAMPLE_NOW, SAMPLE_PROVIDER, sampleAgreement, sampleFacts } from '../../../utils/drafting/sample-data';
import type { RequestKind } from '../../../utils/triage/kinds';

export const LANGS: DraftLanguage[] = ['en', 'es', 'zh', 'zh-Hant'];

export function sampleInput(lang: DraftLanguage, kinds: RequestKind[], extra: Partial<ComposeInput> = {}): ComposeInput {
  return {
    labels: kinds.map((kind) => ({ kind, score: 0.9, evidence: [] })),
    lang,
    facts: sampleFacts(lang),
    clauses: [],
    client: SAMPLE_CLIENT,
    agreement: sampleAgreement(lang),
    provider: SAMPLE_PROVIDER,
    now: SAMPLE_NOW,
    clientFirstName: SAMPLE_FIRST_NAME[lang],
    ...extra,
  };
}

export const draftsFor = (lang: DraftLanguage, kinds: RequestKind[], extra: Partial<ComposeInput> = {}) =>
  composeDrafts(sampleInput(lang, kinds, extra));

export const questionMarks = (text: string) => (text.match(/[?？]/g) ?? []).length;

/** The paragraph holding the question: the reply's decision. */
export const decisionParagraph = (text: string) => text.split('\n\n').find((p) => /[?？]/.test(p)) ?? '';
