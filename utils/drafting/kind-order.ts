import type { RequestKind } from '../triage/kinds';

// The order one reply answers several requests in: the boundary on tone first (nothing else lands while it
// stands), then whether written terms apply at all, then money owed, then time (hours, dates, the client's own
// delays), then what is being asked for (scope, reversals, rounds, price), and opinions last.
export const REPLY_ORDER: readonly RequestKind[] = [
  'abusive_tone',
  'anti_contract',
  'payment_delay',
  'after_hours_urgency',
  'rush_deadline',
  'client_delay',
  'scope_change',
  'indecisive_reversal',
  'endless_revisions',
  'discount_pressure',
  'know_it_all',
];

export function inReplyOrder(kinds: readonly RequestKind[]): RequestKind[] {
  return REPLY_ORDER.filter((k) => kinds.includes(k));
}
