import type { RequestKind } from '../triage/kinds';

export type Tone = 'warm' | 'neutral' | 'firm';
export type DraftLanguage = 'en' | 'es' | 'zh' | 'zh-Hant';

export interface Draft {
  kinds: RequestKind[];
  tone: Tone;
  lang: DraftLanguage;
  /** Plain text, paragraphs separated by blank lines; inserted into Gmail as typed text. */
  text: string;
  /** The alternatives offered in the text, each one line, for the panel to let the user pick. */
  options: string[];
  /** Terms the agreement lacks that the draft proposes: the panel marks them for the provider to review. */
  review: string[];
  /** For a reply that answers a payment delay: the step of the payment ladder the text is written for. */
  step?: 'friendly' | 'firm' | 'final';
}
