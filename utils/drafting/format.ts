import { cachedFormatter, dateFormat, numberFormat } from '../intl-formats';
import type { DraftLanguage } from './draft';

// Amounts, dates and hours as a native reader of each language expects them ("EUR 46.80" / "46,80 €" /
// "46.80欧元"). Intl puts no-break spaces in some of these; they become plain spaces so the text pastes cleanly.

const LOCALE: Record<DraftLanguage, string> = { en: 'en', es: 'es', zh: 'zh-CN', 'zh-Hant': 'zh-TW' };

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

// Formatted days and slots depend only on their inputs; replies keep asking for the same few.
const results = new Map<string, string | undefined>();
function remember(key: string, make: () => string | undefined): string | undefined {
  if (results.has(key)) return results.get(key);
  const value = make();
  if (results.size > 2000) results.clear();
  results.set(key, value);
  return value;
}

export function formatMoney(amount: number, currency: string, lang: DraftLanguage): string {
  const whole = Number.isInteger(amount);
  try {
    // Chinese runs the currency name on to the number ("60歐元"), as the agreements themselves write it.
    const formatted = plain(
      numberFormat(LOCALE[lang], {
        style: 'currency',
        currency,
        currencyDisplay: lang === 'en' ? 'code' : lang === 'es' ? 'symbol' : 'name',
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: 2,
      }).format(amount),
    );
    return lang === 'zh' || lang === 'zh-Hant' ? formatted.replace(/(\d) (\D)/, '$1$2') : formatted;
  } catch {
    return `${formatNumber(amount, lang)} ${currency}`;
  }
}

export function formatNumber(value: number, lang: DraftLanguage): string {
  return plain(numberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(value));
}

export function formatPercent(percent: number, lang: DraftLanguage): string {
  return plain(numberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100));
}

/**
 * A calendar date (YYYY-MM-DD) or an instant shown as a day in `timeZone`: "Friday, December 4", with the year
 * when it differs from the year of `reference` (a date in March next year must say so).
 */
export function formatDay(value: string | Date, lang: DraftLanguage, timeZone = 'UTC', reference?: Date): string | undefined {
  const key = `day|${typeof value === 'string' ? value : value.getTime()}|${lang}|${timeZone}|${reference?.getUTCFullYear() ?? ''}`;
  return remember(key, () => formatDayNow(value, lang, timeZone, reference));
}

function formatDayNow(value: string | Date, lang: DraftLanguage, timeZone: string, reference?: Date): string | undefined {
  const isCalendarDate = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = typeof value === 'string' ? new Date(isCalendarDate ? `${value}T12:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return undefined;
  const zone = isCalendarDate ? 'UTC' : safeZone(timeZone);
  const yearOf = (d: Date) => dateFormat('en', { year: 'numeric', timeZone: zone }).format(d);
  const showYear = reference !== undefined && yearOf(date) !== yearOf(reference);
  const text = plain(
    dateFormat(LOCALE[lang], {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      ...(showYear ? { year: 'numeric' } : {}),
      timeZone: zone,
    }).format(date),
  );
  // Spanish writes "el miércoles 2 de diciembre", without Intl's comma after the weekday.
  return lang === 'es' ? text.replace(/^([a-záéíóú]+), /, '$1 ') : text;
}

/** An instant as a day and time in `timeZone`: "Monday, November 30 at 09:00", "lunes 30 de noviembre a las 09:00". */
export function formatSlot(instant: string, lang: DraftLanguage, timeZone: string, reference?: Date): string | undefined {
  return remember(`slot|${instant}|${lang}|${timeZone}|${reference?.getUTCFullYear() ?? ''}`, () => formatSlotNow(instant, lang, timeZone, reference));
}

function formatSlotNow(instant: string, lang: DraftLanguage, timeZone: string, reference?: Date): string | undefined {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return undefined;
  const day = formatDay(date, lang, timeZone, reference);
  const time = dateFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: safeZone(timeZone) }).format(date);
  if (lang === 'en') return `${day} at ${time}`;
  if (lang === 'es') return `${day} a las ${time}`;
  return `${day} ${time}`;
}

export function formatList(items: string[], lang: DraftLanguage): string {
  return plain(cachedFormatter(`l|${lang}`, () => new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' })).format(items));
}

const DAY_NAMES: Record<DraftLanguage, string[]> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  zh: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  'zh-Hant': ['週一', '週二', '週三', '週四', '週五', '週六', '週日'],
};

/** "Monday to Friday, 09:00–18:00 (Europe/Madrid)" and its equivalents; undefined without days and times. */
export function formatWorkingHours(
  hours: { days?: number[]; start?: string; end?: string; timezone?: string } | undefined,
  lang: DraftLanguage,
): string | undefined {
  if (!hours?.days?.length || !hours.start || !hours.end) return undefined;
  const days = [...new Set(hours.days)].sort((a, b) => a - b);
  const names = DAY_NAMES[lang];
  const contiguous = days.every((d, i) => i === 0 || d === days[i - 1] + 1);
  const span =
    contiguous && days.length > 2
      ? { en: `${names[days[0] - 1]} to ${names[days.at(-1)! - 1]}`, es: `de ${names[days[0] - 1]} a ${names[days.at(-1)! - 1]}`, zh: `${names[days[0] - 1]}至${names[days.at(-1)! - 1]}`, 'zh-Hant': `${names[days[0] - 1]}至${names[days.at(-1)! - 1]}` }[lang]
      : lang.startsWith('zh')
        ? days.map((d) => names[d - 1]).join('、')
        : formatList(days.map((d) => names[d - 1]), lang);
  const zone = hours.timezone ? zoneName(hours.timezone, lang) : undefined;
  switch (lang) {
    case 'en':
      return `${span}, ${hours.start}–${hours.end}${zone ? ` (${zone})` : ''}`;
    case 'es':
      return `${span}, de ${hours.start} a ${hours.end}${zone ? ` (${zone})` : ''}`;
    default:
      return `${span} ${hours.start}–${hours.end}${zone ? `（${zone}）` : ''}`;
  }
}

/** "Central European Time", "hora de Europa central", "中欧时间"; the IANA name when Intl has no better one. */
export function zoneName(timeZone: string, lang: DraftLanguage): string {
  return remember(`zone|${timeZone}|${lang}`, () => zoneNameNow(timeZone, lang)) ?? timeZone;
}

function zoneNameNow(timeZone: string, lang: DraftLanguage): string {
  try {
    const part = dateFormat(LOCALE[lang], { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
    return part && !/^GMT|^UTC[+-]/.test(part) ? part : timeZone;
  } catch {
    return timeZone;
  }
}

function safeZone(timeZone: string): string {
  try {
    dateFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}
