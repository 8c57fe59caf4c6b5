import type { PaymentStep } from './builtin/pack';

// The payment ladder: friendly reminder → firm request with a date → final notice with the consequence the
// agreement names. The step follows how overdue the invoice is and how many reminders the thread already holds;
// an invoice that is not yet overdue never goes past the friendly step, whatever the count, and the final notice
// comes after at least one reminder unless the invoice is two months late.

export interface LadderInput {
  /** Days past due; undefined or ≤ 0 when not overdue or unknown. */
  overdueDays?: number;
  /** Payment reminders the provider already sent in this thread. */
  reminderCount?: number;
  /** The agreement's stop-work threshold, in days overdue. */
  stopWorkAfterDays?: number;
}

export const FIRM_AFTER_DAYS = 15;
export const FINAL_AFTER_DAYS = 45;
/** Past this, a final notice is due even when nobody has written a reminder in this thread. */
export const FINAL_WITHOUT_REMINDER_DAYS = 60;

export function paymentStep({ overdueDays, reminderCount = 0, stopWorkAfterDays }: LadderInput): PaymentStep {
  const overdue = overdueDays ?? 0;
  if (overdue <= 0) return 'friendly';
  const reachedStopWork = stopWorkAfterDays !== undefined && overdue >= stopWorkAfterDays;
  const escalated = reminderCount >= 1 && (overdue >= FINAL_AFTER_DAYS || reachedStopWork);
  if (reminderCount >= 2 || escalated || overdue >= FINAL_WITHOUT_REMINDER_DAYS) return 'final';
  if (reminderCount >= 1 || overdue >= FIRM_AFTER_DAYS) return 'firm';
  return 'friendly';
}
