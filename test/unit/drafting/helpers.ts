import { composeDrafts, type ComposeInput } from '../../../utils/drafting/compose';
import type { DraftLanguage } from '../../../utils/drafting/draft';
import { sampleComposeInput } from '../../../utils/drafting/sample-data';
import type { RequestKind } from '../../../utils/triage/kinds';

export const LANGS: DraftLanguage[] = ['en', 'es', 'zh', 'zh-Hant'];

export const sampleInput = sampleComposeInput;

export const draftsFor = (lang: DraftLanguage, kinds: RequestKind[], extra: Partial<ComposeInput> = {}) =>
  composeDrafts(sampleInput(lang, kinds, extra));

export const questionMarks = (text: string) => (text.match(/[?？]/g) ?? []).length;

/** The paragraph holding the question: the reply's decision. */
export const decisionParagraph = (text: string) => text.split('\n\n').find((p) => /[?？]/.test(p)) ?? '';
