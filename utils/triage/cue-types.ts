import type { RequestKind } from './kinds';

// A cue is a phrase pattern that signals something about a sentence. Most cues vote directly for a request kind;
// the others are ingredients that rules combine (urgency and an out-of-hours time make after-hours urgency; a relative
// and "says" make know-it-all) or that veto a kind (negation, "no rush", a payment already made).

export type Signal =
  | RequestKind
  | 'urgent' // demands speed: "asap", "right now", "urgente", "马上"
  | 'calm' // says it can wait: "no rush", "sin prisa", "不急"
  | 'off_time' // names a time outside any office day: "midnight", "de madrugada", "凌晨"
  | 'evening' // "tonight", "esta noche", "今晚": out of hours unless the working day runs into the evening
  | 'saturday'
  | 'sunday'
  | 'weekend'
  | 'clock_am' // a morning hour, e.g. "6am", "早上6点": out of hours when before the start
  | 'clock_pm' // an evening hour, e.g. "10pm": out of hours when after the end
  | 'negation' // "we don't need anything extra": vetoes scope, rush and discount cues in its sentence
  | 'pay_context' // the sentence is about an invoice or a payment
  | 'pay_later' // a vague postponement that means payment delay only beside pay_context
  | 'paid' // the payment is made or promised on time: vetoes weak payment-delay cues
  | 'not_discount' // thanks for a discount already given, a coupon feature: vetoes discount cues in its sentence
  | 'own_delay' // the client's own material, access or feedback is late
  | 'keep_date' // the original date still stands
  | 'kin' // a relative or friend
  | 'says' // … says, thinks, told me
  | 'dictate' // "do it his way", "hazlo así", "按他说的"
  | 'ordinal' // the n-th version or round: compared with the rounds included
  | 'rounds_limit' // the writer recalls how many rounds were included ("the quote had two rounds")
  | 'request' // the sentence asks for something: "?", "can you", "podrías", "能不能"
  | 'critique' // judges or overrides the work: "is all wrong", "outdated", "no sirve", "过时"
  | 'source' // a third-party authority: "I read on a blog", "según un artículo", "我在网上看到"
  | 'approval_ref' // recalls a decision already taken: "we finalised", "aprobamos", "敲定"
  | 'reversal_hint' // wants it otherwise now: "now prefers", "deshaz", "换成"
  | 'process' // asks for a change order or estimate: the client is following the change process
  | 'contract_ref' // mentions a contract or written agreement
  | 'overkill'; // calls something excessive: "a bit much", "excesivo", "太夸张"

/** Compact source form: `'kind:weight other:weight'` and a regular expression over folded text. */
export type CueSource = readonly [tags: string, pattern: string];

export interface Cue {
  /** Parallel arrays (index loops, no destructuring, on the hot path). */
  names: Signal[];
  weights: number[];
}

export interface Hit {
  cue: Cue;
  /** Index of the sentence the cue fired in. */
  sentence: number;
  /** Offset of the match inside its folded sentence, for negation order. */
  at: number;
  match: string;
}
