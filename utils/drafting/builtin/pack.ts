import type { RequestKind } from '../../triage/kinds';
import type { Tone } from '../draft';

// The built-in reply texts of one language, as template text (see ../template-syntax.ts). Each kind has a base text
// in the neutral tone; a tone overlay replaces whole sections of it (usually [ack] and [close]). Payment has one base
// per step of its ladder. The frame holds what every reply shares: greeting, option lead-ins, the question used when
// one reply answers several requests, the close and the signature.

export const PAYMENT_STEPS = ['friendly', 'firm', 'final'] as const;
export type PaymentStep = (typeof PAYMENT_STEPS)[number];

export interface KindTexts {
  base: string;
  tones?: Partial<Record<Tone, string>>;
}

export interface PaymentTexts {
  steps: Record<PaymentStep, string>;
  tones?: Partial<Record<Tone, string>>;
}

export type LanguagePack = { frame: KindTexts; payment_delay: PaymentTexts } & Record<
  Exclude<RequestKind, 'payment_delay'>,
  KindTexts
>;
