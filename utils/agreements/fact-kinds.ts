import type { Fact } from '../triage/kinds';

// The facts computed from an agreement, by kind: computeFacts produces them, the classifier grounds its labels in
// them, the panel lists their `text`, and the drafting templates read their fields as variables.
// Amounts are in the agreement's currency; instants are ISO 8601 UTC; *Local fields are already formatted.

export interface InvoiceOverdueFact extends Fact {
  kind: 'invoice_overdue';
  invoice: string;
  amount: number;
  currency: string;
  dueAt: string;
  overdueDays: number;
  /** Late fee to date per the agreement; absent when the agreement names none. */
  lateFee?: number;
  stopWorkAfterDays?: number;
}

export interface InvoiceDueFact extends Fact {
  kind: 'invoice_due';
  invoice: string;
  amount: number;
  currency: string;
  dueAt: string;
  daysUntilDue: number;
}

export interface OutsideHoursFact extends Fact {
  kind: 'outside_hours';
  sentAt: string;
  /** e.g. "Sat 02:13" in the provider's zone */
  sentLocal: string;
  timezone: string;
  /** e.g. "Mon–Fri 09:00–18:00" */
  workingHours: string;
  nextSlot: string;
  nextSlotLocal: string;
  nextSlotClientLocal?: string;
  clientTimezone?: string;
  afterHoursRateMultiplier?: number;
}

export interface RevisionRoundsFact extends Fact {
  kind: 'revision_rounds';
  used: number;
  included: number;
  extraRoundRate?: number;
  currency?: string;
}

export interface ChangeEstimateFact extends Fact {
  kind: 'change_estimate';
  rate: number;
  rateKind: 'change_request' | 'hourly';
  currency: string;
}

export interface RushFeeFact extends Fact {
  kind: 'rush_fee';
  percent: number;
  fee?: number;
  currency?: string;
}

export interface ObligationLateFact extends Fact {
  kind: 'obligation_late';
  what: string;
  due: string;
  lateDays: number;
}

export interface ScopeFact extends Fact {
  kind: 'scope';
  deliverables: string[];
  exclusions: string[];
  /** The requested item, when the message names one that the agreement lists as excluded. */
  matchedExclusion?: string;
  /** The requested item, when it falls inside the deliverables (then it is not a scope change). */
  matchedDeliverable?: string;
}

export interface UnsignedFact extends Fact {
  kind: 'unsigned';
}

export type AgreementFact =
  | InvoiceOverdueFact
  | InvoiceDueFact
  | OutsideHoursFact
  | RevisionRoundsFact
  | ChangeEstimateFact
  | RushFeeFact
  | ObligationLateFact
  | ScopeFact
  | UnsignedFact;
