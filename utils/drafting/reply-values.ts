import type { Agreement, Client, Invoice, Provider } from '../agreements/schema';
import type { Fact } from '../triage/kinds';
import type { PaymentStep } from './builtin/pack';
import type { DraftLanguage } from './draft';
import { formatDay, formatList, formatMoney, formatNumber, formatPercent, formatSlot, formatWorkingHours } from './format';
import { FACT_FIELDS } from './variables';

// Turns the computed facts and the agreement into the template variables, formatted for the draft's language.
// A value the data does not give stays undefined, so the template drops or rephrases the sentence that needs it.
// The facts (computeFacts) are the source of truth; the agreement fills only plain fields they do not carry.

export interface ValueContext {
  lang: DraftLanguage;
  facts: readonly Fact[];
  client: Client | null;
  agreement: Agreement | null;
  provider: Provider;
  now: Date;
  clientFirstName?: string;
  step?: PaymentStep;
}

type Values = Record<string, string | undefined>;
const DAY = 86_400_000;

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);
const factOf = (facts: readonly Fact[], kind: string) => facts.find((f) => f.kind === kind);

export function providerZone(agreement: Agreement | null, provider: Provider): string {
  return agreement?.hours?.timezone ?? provider.timezone ?? provider.hours?.timezone ?? 'UTC';
}

/** `days` working days after `from`, on the provider's working days (Mon–Fri when unknown). */
export function addWorkingDays(from: Date, days: number, workingDays: readonly number[] = [1, 2, 3, 4, 5]): Date {
  const valid = workingDays.filter((d) => d >= 1 && d <= 7);
  const open = valid.length ? valid : [1, 2, 3, 4, 5];
  let date = new Date(from.getTime());
  let left = days;
  while (left > 0) {
    date = new Date(date.getTime() + DAY);
    const iso = ((date.getUTCDay() + 6) % 7) + 1;
    if (open.includes(iso)) left--;
  }
  return date;
}

const addDays = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T12:00:00Z`) + days * DAY);
const daysBetween = (isoDate: string, now: Date) => Math.floor((now.getTime() - Date.parse(`${isoDate}T00:00:00Z`)) / DAY);

/** Lower-cases a leading capital for languages that have case, unless the word looks like an acronym. */
function inSentence(item: string, lang: DraftLanguage): string {
  if (lang !== 'en' && lang !== 'es') return item;
  return /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(item) ? item[0].toLowerCase() + item.slice(1) : item;
}

const MULTIPLIER: Record<DraftLanguage, (n: string) => string> = {
  en: (n) => `${n}×`,
  es: (n) => `${n} veces`,
  zh: (n) => `${n}倍`,
  'zh-Hant': (n) => `${n}倍`,
};

const RATE_UNIT: Record<DraftLanguage, Record<'change_request' | 'hourly', (m: string) => string>> = {
  en: { change_request: (m) => `${m} per change request`, hourly: (m) => `${m} an hour` },
  es: { change_request: (m) => `${m} por solicitud de cambio`, hourly: (m) => `${m} por hora` },
  zh: { change_request: (m) => `每项变更${m}`, hourly: (m) => `每小时${m}` },
  'zh-Hant': { change_request: (m) => `每項變更${m}`, hourly: (m) => `每小時${m}` },
};

export function buildValues(ctx: ValueContext): Values {
  const { lang, facts, client, agreement, provider, now } = ctx;
  const zone = providerZone(agreement, provider);
  const currency = agreement?.currency ?? 'EUR';
  const money = (amount: number | undefined, cur = currency) => (amount === undefined ? undefined : formatMoney(amount, cur, lang));
  const day = (iso: string | undefined) => (iso ? formatDay(iso, lang, zone, now) : undefined);
  const hours = agreement?.hours ?? provider.hours;
  const replyBy = addWorkingDays(now, 3, hours?.days);
  const v: Values = {
    'client.name': client?.name,
    'client.firstName': str(ctx.clientFirstName),
    'provider.name': str(provider.name),
    'provider.signature': str(provider.signature),
    'agreement.title': agreement?.title,
    'agreement.end': day(agreement?.end),
    'agreement.signedAt': factOf(facts, 'unsigned') ? undefined : day(agreement?.signedAt ?? undefined),
    'reply.by': formatDay(replyBy, lang, zone, now),
    'fee.amount': money(agreement?.money?.fee),
  };

  // Invoice: the most overdue one the facts name, else one due soon, else the agreement's oldest unpaid invoice.
  const overdue = facts
    .filter((f) => f.kind === 'invoice_overdue')
    .sort((a, b) => (num(b.overdueDays) ?? 0) - (num(a.overdueDays) ?? 0))[0];
  const due = factOf(facts, 'invoice_due');
  const unpaid = agreement?.invoices.find((i: Invoice) => !i.paidAt && i.dueAt);
  const invoiceNumber = str(overdue?.invoice) ?? str(due?.invoice) ?? unpaid?.number;
  const invoiceRecord = agreement?.invoices.find((i) => i.number === invoiceNumber);
  const amount = num(overdue?.amount) ?? num(due?.amount) ?? invoiceRecord?.amount;
  const invoiceCurrency = str(overdue?.currency) ?? str(due?.currency) ?? currency;
  const dueAt = str(overdue?.dueAt) ?? str(due?.dueAt) ?? invoiceRecord?.dueAt;
  const overdueDays =
    num(overdue?.overdueDays) ?? (!overdue && !due && dueAt && daysBetween(dueAt, now) > 0 ? daysBetween(dueAt, now) : undefined);
  const lateFee = num(overdue?.lateFee);
  const stopWorkAfterDays = num(overdue?.stopWorkAfterDays) ?? agreement?.money?.stopWorkAfterDays;
  const withFee = lateFee !== undefined && ctx.step !== 'friendly' ? (amount ?? 0) + lateFee : amount;
  const stopWork = dueAt && stopWorkAfterDays !== undefined ? addDays(dueAt.slice(0, 10), stopWorkAfterDays) : undefined;
  const first = withFee !== undefined ? Math.round((withFee / 2) * 100) / 100 : undefined;
  Object.assign(v, {
    'invoice.number': invoiceNumber,
    'invoice.amount': money(amount, invoiceCurrency),
    'invoice.dueAt': day(dueAt?.slice(0, 10)),
    'invoice.overdueDays': overdueDays !== undefined && overdueDays > 0 ? formatNumber(overdueDays, lang) : undefined,
    'invoice.daysUntilDue': num(due?.daysUntilDue) !== undefined ? formatNumber(num(due?.daysUntilDue)!, lang) : undefined,
    'invoice.lateFee': money(lateFee, invoiceCurrency),
    'invoice.total': lateFee !== undefined ? money((amount ?? 0) + lateFee, invoiceCurrency) : undefined,
    'invoice.stopWorkAfterDays': stopWorkAfterDays !== undefined ? formatNumber(stopWorkAfterDays, lang) : undefined,
    'invoice.stopWorkDate': stopWork && stopWork > now ? formatDay(stopWork, lang, zone, now) : undefined,
    'invoice.planFirst': first !== undefined && withFee ? money(first, invoiceCurrency) : undefined,
    'invoice.planSecond': first !== undefined && withFee ? money(Math.round((withFee - first) * 100) / 100, invoiceCurrency) : undefined,
    'invoice.planFirstDate': formatDay(replyBy, lang, zone, now),
    'invoice.planSecondDate': formatDay(new Date(replyBy.getTime() + 30 * DAY), lang, zone, now),
  });

  const outside = factOf(facts, 'outside_hours');
  const nextSlot = str(outside?.nextSlot);
  const clientZone = str(outside?.clientTimezone) ?? client?.timezone;
  const multiplier = num(outside?.afterHoursRateMultiplier) ?? agreement?.hours?.afterHours?.rateMultiplier;
  Object.assign(v, {
    'hours.working': formatWorkingHours({ ...hours, timezone: hours?.timezone ?? zone }, lang),
    'hours.sentLocal': str(outside?.sentAt) ? formatSlot(outside!.sentAt as string, lang, zone, now) : undefined,
    'hours.nextSlot': nextSlot ? formatSlot(nextSlot, lang, zone, now) : undefined,
    'hours.nextSlotClient': nextSlot && clientZone && clientZone !== zone ? formatSlot(nextSlot, lang, clientZone, now) : undefined,
    'hours.afterHoursRate': multiplier !== undefined ? MULTIPLIER[lang](formatNumber(multiplier, lang)) : undefined,
    'hours.responseHours': agreement?.hours?.responseHours !== undefined ? formatNumber(agreement.hours.responseHours, lang) : undefined,
  });

  const rounds = factOf(facts, 'revision_rounds');
  const included = num(rounds?.included) ?? agreement?.scope?.revisionRounds;
  const used = num(rounds?.used);
  const extraRate = num(rounds?.extraRoundRate) ?? agreement?.money?.extraRoundRate;
  const change = factOf(facts, 'change_estimate');
  const rateKind: 'hourly' | 'change_request' | undefined =
    change?.rateKind === 'hourly' || change?.rateKind === 'change_request' ? change.rateKind : undefined;
  const rate = num(change?.rate);
  const fallbackRate = agreement?.money?.changeRequestRate !== undefined
    ? { rate: agreement.money.changeRequestRate, kind: 'change_request' as const }
    : agreement?.money?.hourlyRate !== undefined ? { rate: agreement.money.hourlyRate, kind: 'hourly' as const } : undefined;
  const chosenRate = rate !== undefined && rateKind ? { rate, kind: rateKind } : fallbackRate;
  const rush = factOf(facts, 'rush_fee');
  const rushPercent = num(rush?.percent) ?? agreement?.money?.rushFeePercent;
  const rushFee = num(rush?.fee) ?? (rushPercent !== undefined && agreement?.money?.fee !== undefined ? (agreement.money.fee * rushPercent) / 100 : undefined);
  Object.assign(v, {
    // Only a round beyond those included is worth naming: "round 1 of 2 included" is no limit to state.
    'rounds.used': used !== undefined && (included === undefined || used > included) ? formatNumber(used, lang) : undefined,
    'rounds.included': included !== undefined ? formatNumber(included, lang) : undefined,
    'rounds.extraRate': money(extraRate, str(rounds?.currency) ?? currency),
    'change.rate': chosenRate ? RATE_UNIT[lang][chosenRate.kind](money(chosenRate.rate, str(change?.currency) ?? currency)!) : undefined,
    'rush.percent': rushPercent !== undefined ? formatPercent(rushPercent, lang) : undefined,
    'rush.fee': money(rushFee, str(rush?.currency) ?? currency),
  });

  const late = factOf(facts, 'obligation_late');
  const lateDays = num(late?.lateDays);
  const lateDue = str(late?.due);
  Object.assign(v, {
    'obligation.what': str(late?.what) ? inSentence(late!.what as string, lang) : undefined,
    'obligation.due': day(lateDue?.slice(0, 10)),
    'obligation.lateDays': lateDays !== undefined && lateDays > 0 ? formatNumber(lateDays, lang) : undefined,
    'obligation.newDate': agreement?.end && lateDays !== undefined && lateDays > 0 ? formatDay(addDays(agreement.end, lateDays), lang, zone, now) : undefined,
  });

  const scope = factOf(facts, 'scope');
  const deliverables = (Array.isArray(scope?.deliverables) ? (scope.deliverables as string[]) : agreement?.scope?.deliverables) ?? [];
  Object.assign(v, {
    'scope.item': str(scope?.matchedExclusion) ? inSentence(scope!.matchedExclusion as string, lang) : undefined,
    'scope.deliverables': deliverables.length ? formatList(deliverables.map((d) => inSentence(d, lang)), lang) : undefined,
  });

  for (const fact of facts) {
    for (const field of FACT_FIELDS[fact.kind] ?? []) {
      const value = fact[field];
      v[`fact.${fact.kind}.${field}`] ??= typeof value === 'number' ? formatNumber(value, lang) : str(value);
    }
  }
  return v;
}
