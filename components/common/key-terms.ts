import type { Agreement } from '@/utils/agreements/schema';
import { t, tn, uiLanguage } from './i18n';

// The few terms a provider looks up most, phrased once for the popup card and the options page's agreement list.

export interface KeyTerm {
  id: 'hours' | 'payment' | 'revisions' | 'rates';
  label: string;
  value: string;
}

export function formatMoney(amount: number, currency: string | undefined, locale = uiLanguage()): string {
  if (!currency) return new Intl.NumberFormat(locale).format(amount);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${currency} ${amount}`;
  }
}

/** "Mon–Fri" for consecutive runs, "Mon, Wed, Fri" otherwise; day names from the UI locale. */
export function formatDays(days: readonly number[], locale = uiLanguage()): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  // 2024-01-01 was a Monday: day n is January n.
  const name = (d: number) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, d));
  const consecutive = sorted.length > 2 && sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1);
  return consecutive ? `${name(sorted[0])}–${name(sorted[sorted.length - 1])}` : sorted.map(name).join(', ');
}

export function keyTerms(agreement: Agreement, locale = uiLanguage()): KeyTerm[] {
  const out: KeyTerm[] = [];
  const money = agreement.money ?? {};
  const cur = agreement.currency;
  const fmt = (n: number) => formatMoney(n, cur, locale);
  const h = agreement.hours;
  if (h && (h.days?.length || h.start || h.end)) {
    const parts = [h.days?.length ? formatDays(h.days, locale) : '', h.start && h.end ? `${h.start}–${h.end}` : '', h.timezone ?? '']
      .filter(Boolean)
      .join(' ');
    const extra = [
      h.responseHours !== undefined ? t('termResponse', h.responseHours) : '',
      h.afterHours?.rateMultiplier !== undefined ? t('termAfterHoursRate', h.afterHours.rateMultiplier) : '',
    ].filter(Boolean);
    out.push({ id: 'hours', label: t('termHours'), value: [parts, ...extra].join(' · ') });
  }
  const pay = [
    money.netDays !== undefined ? t('termNetDays', money.netDays) : '',
    money.depositPercent !== undefined ? t('termDeposit', money.depositPercent) : '',
    money.lateFee?.percentPerMonth !== undefined ? t('termLateFeePercent', money.lateFee.percentPerMonth) : '',
    money.lateFee?.fixed !== undefined ? t('termLateFeeFixed', fmt(money.lateFee.fixed)) : '',
    money.stopWorkAfterDays !== undefined ? t('termStopWork', money.stopWorkAfterDays) : '',
  ].filter(Boolean);
  if (pay.length) out.push({ id: 'payment', label: t('termPayment'), value: pay.join(' · ') });
  const rounds = agreement.scope?.revisionRounds;
  const rev = [
    rounds !== undefined ? tn('termRounds', rounds, rounds) : '',
    money.extraRoundRate !== undefined ? t('termExtraRound', fmt(money.extraRoundRate)) : '',
  ].filter(Boolean);
  if (rev.length) out.push({ id: 'revisions', label: t('termRevisions'), value: rev.join(' · ') });
  const rates = [
    money.fee !== undefined ? t('termFee', fmt(money.fee)) : '',
    money.hourlyRate !== undefined ? t('termHourly', fmt(money.hourlyRate)) : '',
    money.changeRequestRate !== undefined ? t('termChangeRate', fmt(money.changeRequestRate)) : '',
    money.rushFeePercent !== undefined ? t('termRush', money.rushFeePercent) : '',
  ].filter(Boolean);
  if (rates.length) out.push({ id: 'rates', label: t('termRates'), value: rates.join(' · ') });
  return out;
}
