import { dateFormat } from '../intl-formats';
import type { Fact, RequestKind } from '../triage/kinds';
import { clauseFor } from './clauses';
import type { Concept } from './concepts';
import type {
  ChangeEstimateFact,
  InvoiceDueFact,
  InvoiceOverdueFact,
  ObligationLateFact,
  OutsideHoursFact,
  RevisionRoundsFact,
  RushFeeFact,
  ScopeFact,
  UnsignedFact,
} from './fact-kinds';
import { cite, factLang, isChinese, money, TEXT, type FactLang } from './fact-text';
import type { Agreement, Client, Provider } from './schema';
import { scopeItemNamed } from './scope-items';
import { describeHours, formatInZone, isValidTimezone, isWithinWorkingHours, nextWorkingSlot, resolveHours } from './working-hours';

// The facts computed from an agreement at the moment of drafting (DESIGN.md, "The agreement"): each with its numbers
// and the clause it comes from. Dates are calendar dates in the provider's zone; amounts in the agreement's currency.

export interface FactInput {
  kinds: RequestKind[];
  sentAt: string | null;
  agreement: Agreement | null;
  client?: Client | null;
  provider: Provider;
  revisionRoundsUsed?: number;
  now: Date;
  locale?: string;
  /** The sentences behind the labels: they name the item a scope fact checks against the exclusions. */
  evidence?: string[];
  /** When the provider last delivered work awaiting the client's feedback: starts "feedback within N business days". */
  deliveredAt?: string | null;
  /** How close a due date counts as "due soon" (default 7 days). */
  dueSoonDays?: number;
}

const DAY = 86_400_000;

/** YYYY-MM-DD of an instant in a zone. */
export function dateInZone(instant: Date, timezone: string): string {
  const parts = dateFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** The date `n` working days after `from`, counting only the given ISO weekdays. */
export function addBusinessDays(from: string, n: number, days: number[]): string {
  const open = days.length ? days : [1, 2, 3, 4, 5];
  let t = Date.parse(`${from}T00:00:00Z`);
  for (let left = n; left > 0; ) {
    t += DAY;
    const iso = ((new Date(t).getUTCDay() + 6) % 7) + 1;
    if (open.includes(iso)) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const has = (kinds: RequestKind[], ...wanted: RequestKind[]) => wanted.some((k) => kinds.includes(k));

function withClause<T extends Fact>(fact: T, agreement: Agreement | null, concepts: Concept[], lang: FactLang, text: string): T {
  const clause = clauseFor(agreement, concepts)?.number;
  return { ...fact, text: `${text}${cite(lang, clause)}${isChinese(lang) ? '。' : '.'}`, ...(clause ? { clause } : {}) };
}

/** Late fee to date: % per month pro rata by days (a month counted as 30 days) plus any fixed fee. */
export function lateFeeToDate(amount: number, overdueDays: number, lateFee: { percentPerMonth?: number; fixed?: number } | undefined): number | undefined {
  if (!lateFee || overdueDays <= 0) return undefined;
  const { percentPerMonth, fixed } = lateFee;
  if (percentPerMonth === undefined && fixed === undefined) return undefined;
  return round2(((percentPerMonth ?? 0) / 100) * amount * (overdueDays / 30) + (fixed ?? 0));
}

function invoiceFacts(input: FactInput, today: string, lang: FactLang, locale: string): Fact[] {
  const a = input.agreement!;
  const currency = a.currency ?? 'EUR';
  const out: Fact[] = [];
  for (const inv of a.invoices ?? []) {
    if (inv.paidAt || !inv.dueAt) continue;
    const overdueDays = daysBetween(inv.dueAt, today);
    const amount = money(inv.amount, currency, locale);
    if (overdueDays > 0) {
      const lateFee = lateFeeToDate(inv.amount, overdueDays, a.money?.lateFee);
      const stop = a.money?.stopWorkAfterDays;
      const fact: InvoiceOverdueFact = {
        kind: 'invoice_overdue', text: '', invoice: inv.number, amount: inv.amount, currency, dueAt: inv.dueAt, overdueDays,
        ...(lateFee !== undefined ? { lateFee } : {}),
        ...(stop !== undefined ? { stopWorkAfterDays: stop } : {}),
      };
      const text = TEXT.overdue({ invoice: inv.number, amount, days: overdueDays, fee: lateFee !== undefined ? money(lateFee, currency, locale) : undefined, stop })[lang];
      out.push(withClause(fact, a, lateFee !== undefined ? ['late_fee', 'payment'] : ['payment', 'invoice'], lang, text));
    } else if (-overdueDays <= (input.dueSoonDays ?? 7)) {
      const fact: InvoiceDueFact = { kind: 'invoice_due', text: '', invoice: inv.number, amount: inv.amount, currency, dueAt: inv.dueAt, daysUntilDue: -overdueDays };
      out.push(withClause(fact, a, ['payment', 'invoice'], lang, TEXT.due({ invoice: inv.number, amount, days: -overdueDays })[lang]));
    }
  }
  return out.sort((x, y) => ((y.overdueDays as number) ?? -1) - ((x.overdueDays as number) ?? -1));
}

function outsideHoursFact(input: FactInput, lang: FactLang, locale: string): OutsideHoursFact | null {
  if (!input.sentAt) return null;
  const sent = new Date(input.sentAt);
  if (Number.isNaN(sent.getTime())) return null;
  const hours = resolveHours(input.agreement, input.provider);
  if (isWithinWorkingHours(sent, hours)) return null;
  // The reply is written now: a slot already past is no use, so the slot is the first one after both.
  const from = sent.getTime() > input.now.getTime() ? sent : input.now;
  const next = nextWorkingSlot(from, hours);
  const clientZone = input.client?.timezone && isValidTimezone(input.client.timezone) && input.client.timezone !== hours.timezone ? input.client.timezone : undefined;
  const mult = input.agreement?.hours?.afterHours?.rateMultiplier;
  const fact: OutsideHoursFact = {
    kind: 'outside_hours', text: '', sentAt: sent.toISOString(), sentLocal: formatInZone(sent, hours.timezone, locale), timezone: hours.timezone,
    workingHours: describeHours(hours, locale), nextSlot: next.toISOString(), nextSlotLocal: formatInZone(next, hours.timezone, locale),
    ...(clientZone ? { clientTimezone: clientZone, nextSlotClientLocal: formatInZone(next, clientZone, locale) } : {}),
    ...(mult !== undefined ? { afterHoursRateMultiplier: mult } : {}),
  };
  const text = TEXT.outside({ sent: fact.sentLocal, zone: hours.timezone, hours: fact.workingHours, next: fact.nextSlotLocal, nextClient: fact.nextSlotClientLocal, clientZone, mult })[lang];
  return withClause(fact, input.agreement, mult !== undefined ? ['hours', 'after_hours'] : ['hours'], lang, text);
}

function obligationFacts(input: FactInput, today: string, lang: FactLang, locale: string): ObligationLateFact[] {
  const a = input.agreement!;
  const days = resolveHours(a, input.provider).days;
  const delivered = input.deliveredAt ? dateInZone(new Date(input.deliveredAt), resolveHours(a, input.provider).timezone) : null;
  const out: ObligationLateFact[] = [];
  for (const o of a.clientObligations ?? []) {
    if (o.doneAt) continue;
    const due = o.due ?? (o.withinBusinessDays !== undefined && delivered && /^\d{4}/.test(delivered) ? addBusinessDays(delivered, o.withinBusinessDays, days) : undefined);
    if (!due) continue;
    const lateDays = daysBetween(due, today);
    if (lateDays <= 0) continue;
    const dueText = dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${due}T12:00:00Z`));
    out.push(withClause({ kind: 'obligation_late', text: '', what: o.what, due, lateDays }, a, ['obligations', 'timeline'], lang, TEXT.obligation({ what: o.what, due: dueText, days: lateDays })[lang]));
  }
  return out;
}

/** The agreement's facts that bear on the request kinds. Never throws: bad data yields fewer facts. */
export function computeFacts(input: FactInput): Fact[] {
  try {
    return compute(input);
  } catch {
    return [];
  }
}

/**
 * The facts' language and the locale their numbers and dates are written in. Chinese follows the client: when the
 * agreement (or, unless the agreement says Simplified, the client) is in zh-Hant, Chinese facts are written in
 * Traditional characters with Taiwan's wording, and dates and weekdays in zh-TW.
 */
function factLanguage(input: FactInput): { lang: FactLang; locale: string } {
  const locale = input.locale ?? 'en';
  const lang = factLang(locale);
  if (lang !== 'zh') return { lang, locale };
  const agreementLang = input.agreement?.language;
  const traditional = agreementLang === 'zh-Hant' || (agreementLang !== 'zh' && input.client?.language === 'zh-Hant');
  return traditional ? { lang: 'zh-Hant', locale: 'zh-TW' } : { lang, locale };
}

function compute(input: FactInput): Fact[] {
  const { lang, locale } = factLanguage(input);
  const kinds = input.kinds ?? [];
  const a = input.agreement;
  const facts: Fact[] = [];
  const outside = outsideHoursFact(input, lang, locale);
  // Being sent outside hours bears on every request (it sets when the reply promises anything), not only urgency.
  if (outside && kinds.length) facts.push(outside);
  if (!a) return facts;

  const zone = resolveHours(a, input.provider).timezone;
  const today = dateInZone(input.now, zone);
  const currency = a.currency ?? 'EUR';
  const m = a.money ?? {};

  if (has(kinds, 'payment_delay', 'discount_pressure')) facts.push(...invoiceFacts(input, today, lang, locale));
  if (has(kinds, 'endless_revisions', 'indecisive_reversal') && a.scope?.revisionRounds !== undefined && typeof input.revisionRoundsUsed === 'number') {
    const fact: RevisionRoundsFact = {
      kind: 'revision_rounds', text: '', used: input.revisionRoundsUsed, included: a.scope.revisionRounds,
      ...(m.extraRoundRate !== undefined ? { extraRoundRate: m.extraRoundRate, currency } : {}),
    };
    const extra = m.extraRoundRate !== undefined ? money(m.extraRoundRate, currency, locale) : undefined;
    facts.push(withClause(fact, a, ['revisions'], lang, TEXT.rounds({ used: fact.used, included: fact.included, extra })[lang]));
  }
  if (has(kinds, 'scope_change', 'discount_pressure', 'know_it_all') && a.scope && (a.scope.deliverables.length || a.scope.exclusions.length)) {
    const named = scopeItemNamed(a.scope, (input.evidence ?? []).join('\n'));
    const matchedExclusion = named?.excluded ? named.item : undefined;
    const matchedDeliverable = named && !named.excluded ? named.item : undefined;
    const fact: ScopeFact = {
      kind: 'scope', text: '', deliverables: a.scope.deliverables, exclusions: a.scope.exclusions,
      ...(matchedExclusion ? { matchedExclusion } : {}), ...(matchedDeliverable ? { matchedDeliverable } : {}),
    };
    const text = TEXT.scope({ excluded: matchedExclusion, included: matchedDeliverable, deliverables: a.scope.deliverables.join(', ') })[lang];
    facts.push(withClause(fact, a, ['scope'], lang, text));
  }
  if (has(kinds, 'scope_change', 'indecisive_reversal', 'endless_revisions', 'discount_pressure')) {
    const rate = m.changeRequestRate ?? m.hourlyRate;
    if (rate !== undefined) {
      const rateKind = m.changeRequestRate !== undefined ? 'change_request' : 'hourly';
      const fact: ChangeEstimateFact = { kind: 'change_estimate', text: '', rate, rateKind, currency };
      facts.push(withClause(fact, a, ['change', 'rates'], lang, TEXT.change({ rate: money(rate, currency, locale), hourly: rateKind === 'hourly' })[lang]));
    }
  }
  if (has(kinds, 'rush_deadline', 'after_hours_urgency') && m.rushFeePercent !== undefined) {
    const fee = m.fee !== undefined ? round2((m.fee * m.rushFeePercent) / 100) : undefined;
    const fact: RushFeeFact = { kind: 'rush_fee', text: '', percent: m.rushFeePercent, ...(fee !== undefined ? { fee, currency } : {}) };
    facts.push(withClause(fact, a, ['rush'], lang, TEXT.rush({ percent: m.rushFeePercent, fee: fee !== undefined ? money(fee, currency, locale) : undefined })[lang]));
  }
  if (has(kinds, 'client_delay', 'rush_deadline')) facts.push(...obligationFacts(input, today, lang, locale));
  // signedAt null says "not signed"; absent only means the user did not enter it.
  if (a.status === 'draft' || a.signedAt === null) {
    const fact: UnsignedFact = { kind: 'unsigned', text: '' };
    facts.push(withClause(fact, a, ['contract'], lang, TEXT.unsigned({ title: a.title })[lang]));
  }
  return facts;
}
