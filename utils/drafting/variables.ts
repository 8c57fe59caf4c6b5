// The variables a template may use. One list, so the editor can offer them and the validator can reject a typo
// with its position. Every value is text already formatted for the draft's language.

export const VARIABLES = {
  'client.name': 'Client (company) name',
  'client.firstName': 'First name of the person who wrote',
  'provider.name': 'Your name, from settings',
  'provider.signature': 'Your signature, from settings',
  'agreement.title': 'Title of the agreement',
  'agreement.end': 'End date of the agreement',
  'agreement.signedAt': 'Date the agreement was signed',
  'clause.number': 'Number of the clause that applies, e.g. 4.2',
  'clause.heading': 'Heading of that clause',
  'clause.text': 'The clause, quoted briefly',
  'reply.by': 'The date you ask the client to decide by',
  'invoice.number': 'Invoice number',
  'invoice.amount': 'Invoice amount',
  'invoice.dueAt': 'Invoice due date',
  'invoice.overdueDays': 'Days the invoice is overdue',
  'invoice.daysUntilDue': 'Days until the invoice is due',
  'invoice.lateFee': 'Late fee to date, per the agreement',
  'invoice.total': 'Amount plus late fee',
  'invoice.stopWorkAfterDays': 'Days overdue after which work stops, per the agreement',
  'invoice.stopWorkDate': 'Date work stops if unpaid, per the agreement',
  'invoice.planFirst': 'First half of a two-part payment plan',
  'invoice.planFirstDate': 'Date of the first instalment',
  'invoice.planSecond': 'Second half of the payment plan',
  'invoice.planSecondDate': 'Date of the second instalment',
  'hours.working': 'Your working days and hours',
  'hours.sentLocal': 'When the message was sent, in your time zone',
  'hours.nextSlot': 'Your next working slot',
  'hours.nextSlotClient': 'Your next working slot, in the client\u2019s time zone',
  'hours.afterHoursRate': 'After-hours rate multiplier, e.g. 1.5×',
  'hours.responseHours': 'Response time in hours, per the agreement',
  'rounds.used': 'Revision rounds used, counting this one (only when beyond those included)',
  'rounds.included': 'Revision rounds included',
  'rounds.extraRate': 'Price of an extra round',
  'change.rate': 'Change-request or hourly rate, with its unit',
  'rush.percent': 'Rush fee percentage',
  'rush.fee': 'Rush fee amount',
  'obligation.what': 'What the client owes (content, access, feedback…)',
  'obligation.due': 'When it was due',
  'obligation.lateDays': 'Days it is late',
  'obligation.newDate': 'Delivery date moved by the delay',
  'scope.item': 'The requested item the agreement excludes',
  'scope.deliverables': 'The agreed deliverables',
  'fee.amount': 'The agreed fee',
} as const;

export type VariableName = keyof typeof VARIABLES;

/** Fields of each computed fact (utils/agreements/fact-kinds.ts), reachable as {{fact.kind.field}}. */
export const FACT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  invoice_overdue: ['invoice', 'amount', 'currency', 'dueAt', 'overdueDays', 'lateFee', 'stopWorkAfterDays', 'text'],
  invoice_due: ['invoice', 'amount', 'currency', 'dueAt', 'daysUntilDue', 'text'],
  outside_hours: ['sentLocal', 'timezone', 'workingHours', 'nextSlotLocal', 'nextSlotClientLocal', 'clientTimezone', 'afterHoursRateMultiplier', 'text'],
  revision_rounds: ['used', 'included', 'extraRoundRate', 'currency', 'text'],
  change_estimate: ['rate', 'rateKind', 'currency', 'text'],
  rush_fee: ['percent', 'fee', 'currency', 'text'],
  obligation_late: ['what', 'due', 'lateDays', 'text'],
  scope: ['matchedExclusion', 'matchedDeliverable', 'text'],
  unsigned: ['text'],
};

export function isKnownVariable(name: string): boolean {
  if (Object.hasOwn(VARIABLES, name)) return true;
  const fact = /^fact\.([a-z_]+)\.([A-Za-z]+)$/.exec(name);
  return !!fact && Object.hasOwn(FACT_FIELDS, fact[1]) && FACT_FIELDS[fact[1]].includes(fact[2]);
}
