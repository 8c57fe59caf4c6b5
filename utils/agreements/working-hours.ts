import { TZDate } from '@date-fns/tz';
import { dateFormat } from '../intl-formats';
import type { Agreement, Provider } from './schema';
import { isValidTimezone, zoneOffsetAt } from './timezone';

// Working hours resolved to one concrete shape, and the questions asked of them: is this instant inside, and when is
// the next instant that is. Wall-clock arithmetic goes through TZDate so that a 09:00 start stays 09:00 across
// daylight-saving changes.

export type ResolvedHours = { timezone: string; days: number[]; start: string; end: string };

export const DEFAULT_DAYS = [1, 2, 3, 4, 5];
export const DEFAULT_START = '09:00';
export const DEFAULT_END = '18:00';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export { isValidTimezone };

function validDays(days: unknown): number[] | undefined {
  if (!Array.isArray(days)) return undefined;
  const clean = [...new Set(days.filter((d): d is number => Number.isInteger(d) && d >= 1 && d <= 7))].sort();
  return clean.length > 0 ? clean : undefined;
}

function validClock(value: unknown): string | undefined {
  return typeof value === 'string' && CLOCK.test(value) ? value : undefined;
}

/**
 * The agreement's hours, else the provider's, else Mon–Fri 09:00–18:00; field by field, so an agreement that only
 * names a zone still inherits the provider's days. The zone falls back to the provider's zone, else UTC.
 */
export function resolveHours(agreement?: Agreement | null, provider?: Provider): ResolvedHours {
  const own = agreement?.hours;
  const theirs = provider?.hours;
  const timezone =
    [own?.timezone, theirs?.timezone, provider?.timezone].find((tz) => isValidTimezone(tz)) ?? 'UTC';
  return {
    timezone,
    days: validDays(own?.days) ?? validDays(theirs?.days) ?? [...DEFAULT_DAYS],
    start: validClock(own?.start) ?? validClock(theirs?.start) ?? DEFAULT_START,
    end: validClock(own?.end) ?? validClock(theirs?.end) ?? DEFAULT_END,
  };
}

function minutesOf(clock: string): number {
  const m = CLOCK.exec(clock);
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
}

/** ISO weekday (1 = Monday) of a TZDate, whose getters read the wall clock in its zone. */
function isoWeekday(date: Date): number {
  const d = date.getDay();
  return d === 0 ? 7 : d;
}

interface Window {
  /** ISO weekday of the local day the window opens on; the window counts only when that day is a working day. */
  weekday: number;
  from: number;
  to: number;
}

/**
 * The working window that opens on local calendar day (`year`, `month`, `date` + `offset`), computed by TZDate from
 * the wall clock. A window whose end is not after its start runs past midnight (a night shift).
 */
function windowOn(year: number, month: number, date: number, offset: number, hours: ResolvedHours): Window {
  const day = new TZDate(year, month, date + offset, 12, 0, hours.timezone);
  const start = minutesOf(hours.start);
  let end = minutesOf(hours.end);
  if (end <= start) end += 24 * 60;
  const at = (minutes: number) =>
    new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), 0, minutes, hours.timezone).getTime();
  return { weekday: isoWeekday(day), from: at(start), to: at(end) };
}

// A window depends only on the calendar day it opens on, so it is computed once per zone, hours and day (a TZDate
// costs microseconds; triage asks about thousands of messages a second), and yesterday's window of one day is today's
// of the day before. The instant's local day comes from the zone's offset at the instant, exactly as TZDate's own
// getters read it, through the cached offset.
const DAY_MS = 86_400_000;
// Before the year 200 the plain computation is used: Date reads a year 0–99 as 19xx, so a day reached by adding days
// to a date of the year 100 is not the same as that day named directly.
const FIRST_CACHED_DAY = Math.floor(Date.UTC(200, 0, 1) / DAY_MS);
const MAX_DAYS_PER_HOURS = 50_000;
const windowCache = new Map<string, Map<number, Window>>();

function cachedWindow(t: number, hours: ResolvedHours, offset: number): Window {
  const shift = Math.round(-zoneOffsetAt(hours.timezone, t) * 60) * 1000;
  const localDay = Math.floor((t - shift) / DAY_MS);
  if (!(localDay >= FIRST_CACHED_DAY)) {
    const local = new TZDate(t, hours.timezone);
    return windowOn(local.getFullYear(), local.getMonth(), local.getDate(), offset, hours);
  }
  const key = `${hours.timezone}|${hours.start}|${hours.end}`;
  let days = windowCache.get(key);
  if (days === undefined) {
    if (windowCache.size >= 1000) windowCache.clear();
    windowCache.set(key, (days = new Map()));
  }
  const day = localDay + offset;
  let w = days.get(day);
  if (w === undefined) {
    if (days.size >= MAX_DAYS_PER_HOURS) days.clear();
    const date = new Date(day * DAY_MS);
    days.set(day, (w = windowOn(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 0, hours)));
  }
  return w;
}

function safeHours(hours: ResolvedHours): ResolvedHours {
  return isValidTimezone(hours.timezone) ? hours : { ...hours, timezone: 'UTC' };
}

export function isWithinWorkingHours(instant: Date, hours: ResolvedHours): boolean {
  const t = instant.getTime();
  if (Number.isNaN(t)) return false;
  const h = safeHours(hours);
  // Yesterday's window can still be open after midnight when the hours run overnight.
  for (let offset = -1; offset <= 0; offset++) {
    const w = cachedWindow(t, h, offset);
    if (h.days.includes(w.weekday) && t >= w.from && t < w.to) return true;
  }
  return false;
}

/** The instant itself when inside hours, else the start of the next working window. */
export function nextWorkingSlot(instant: Date, hours: ResolvedHours): Date {
  const t = instant.getTime();
  if (Number.isNaN(t)) return new Date(t);
  const h = safeHours(hours);
  if (h.days.length === 0) return new Date(t);
  for (let offset = -1; offset <= 8; offset++) {
    const w = cachedWindow(t, h, offset);
    if (!h.days.includes(w.weekday)) continue;
    if (t >= w.from && t < w.to) return new Date(t);
    if (w.from > t) return new Date(w.from);
  }
  return new Date(t);
}

function formatter(timezone: string, locale: string): Intl.DateTimeFormat {
  const clock = { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  try {
    return dateFormat(locale, { ...clock, timeZone: timezone });
  } catch {
    return dateFormat('en', { ...clock, timeZone: isValidTimezone(timezone) ? timezone : 'UTC' });
  }
}

// Intl's formatToParts costs microseconds a call, and every fact about a message sent outside hours formats two
// instants. Where the zone's offset is a whole number of minutes, the wall clock is the instant plus that offset, and
// only the weekday names and the digits need Intl, once per locale. (Offsets with seconds, before about 1900, and
// those between 0 and +1 h, which @date-fns/tz misreads for "-00:MM", go to Intl every time.)
interface ClockStyle {
  /** Short weekday names by Date.getUTCDay(), as formatInZone writes them. */
  weekdays: string[];
}

const clockStyles = new Map<string, ClockStyle | null>();

function partOf(parts: Intl.DateTimeFormatPart[], type: string): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** The locale's weekday names, or null when its clock is not written with the digits 0–9, two of each. */
function clockStyle(locale: string): ClockStyle | null {
  let style = clockStyles.get(locale);
  if (style === undefined) {
    const f = formatter('UTC', locale);
    const weekdays: string[] = [];
    let plainDigits = true;
    for (let d = 0; d < 7; d++) {
      // 7 January 2024 was a Sunday; 13:07 and 0d:05 show whether hours and minutes are two ASCII digits.
      const afternoon = f.formatToParts(new Date(Date.UTC(2024, 0, 7 + d, 13, 7)));
      const night = f.formatToParts(new Date(Date.UTC(2024, 0, 7 + d, d, 5)));
      weekdays.push(partOf(afternoon, 'weekday').replace(/\.$/, ''));
      if (partOf(afternoon, 'hour') !== '13' || partOf(afternoon, 'minute') !== '07') plainDigits = false;
      if (partOf(night, 'hour') !== `0${d}` || partOf(night, 'minute') !== '05') plainDigits = false;
      if (partOf(night, 'weekday') !== partOf(afternoon, 'weekday')) plainDigits = false;
    }
    style = plainDigits ? { weekdays } : null;
    if (clockStyles.size < 1000) clockStyles.set(locale, style);
  }
  return style;
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** e.g. "Sat 02:13" (en), "sáb 02:13" (es), "周六 02:13" (zh): the weekday and 24-hour wall clock in `timezone`. */
export function formatInZone(instant: Date, timezone: string, locale: string): string {
  const t = instant.getTime();
  if (Number.isNaN(t)) return '';
  const zone = isValidTimezone(timezone) ? timezone : 'UTC';
  const loc = locale || 'en';
  const offset = zoneOffsetAt(zone, t);
  const style = Number.isInteger(offset) && !(offset > 0 && offset < 60) ? clockStyle(loc) : null;
  if (style !== null) {
    const wall = new Date(t + offset * 60_000);
    if (!Number.isNaN(wall.getTime())) {
      return `${style.weekdays[wall.getUTCDay()]} ${twoDigits(wall.getUTCHours())}:${twoDigits(wall.getUTCMinutes())}`;
    }
  }
  const parts = formatter(zone, loc).formatToParts(instant);
  const hour = partOf(parts, 'hour') === '24' ? '00' : partOf(parts, 'hour');
  return `${partOf(parts, 'weekday').replace(/\.$/, '')} ${hour}:${partOf(parts, 'minute')}`;
}

/** e.g. "Mon–Fri 09:00–18:00"; non-contiguous days are listed ("Mon, Wed, Fri 09:00–13:00"). */
export function describeHours(hours: ResolvedHours, locale = 'en'): string {
  const days = [...hours.days].sort();
  const contiguous = days.length > 2 && days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  const name = (d: number) => weekdayName(d, locale);
  const dayText = contiguous ? `${name(days[0]!)}–${name(days[days.length - 1]!)}` : days.map(name).join(', ');
  return `${dayText} ${hours.start}–${hours.end}`;
}

// A formatter per call cost more than the classification that asked for the fact: names are kept per locale and day.
const weekdayNames = new Map<string, string>();

function weekdayName(d: number, locale: string): string {
  const key = `${locale}|${d}`;
  let name = weekdayNames.get(key);
  if (name === undefined) {
    // 2024-01-01 was a Monday; formatting a known date gives the locale's short weekday name.
    const date = new Date(Date.UTC(2024, 0, d, 12));
    try {
      name = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(date).replace(/\.$/, '');
    } catch {
      name = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' }).format(date);
    }
    if (weekdayNames.size < 10_000) weekdayNames.set(key, name);
  }
  return name;
}
