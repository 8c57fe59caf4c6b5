export const REQUEST_KINDS = [
  'scope_change',
  'after_hours_urgency',
  'rush_deadline',
  'payment_delay',
  'discount_pressure',
  'endless_revisions',
  'indecisive_reversal',
  'client_delay',
  'anti_contract',
  'abusive_tone',
  'know_it_all',
] as const;

export type RequestKind = (typeof REQUEST_KINDS)[number];

/** A kind scoring this much (0.5–1 scale) is given as a label. */
export const LABEL_THRESHOLD = 0.5;

/** en, es, zh (Simplified), zh-Hant (Traditional); 'other' is classified as well as it can be; 'unknown' for no text. */
export type DetectedLanguage = 'en' | 'es' | 'zh' | 'zh-Hant' | 'other' | 'unknown';

export interface Label {
  kind: RequestKind;
  /** 0..1 */
  score: number;
  /** The sentences of the body that support the label, verbatim, for the panel to highlight. */
  evidence: string[];
}

/** A fact computed from the agreement (or settings), with the numbers and the clause it comes from. */
export interface Fact {
  kind: string;
  text: string;
  clause?: string;
  [field: string]: unknown;
}

export interface TriageResult {
  lang: DetectedLanguage;
  labels: Label[];
  /** The facts the classifier used to ground its labels. */
  facts: Fact[];
  /** Set when there was nothing to classify or it could not be classified; the panel says so plainly. */
  unclassified?: string;
}
