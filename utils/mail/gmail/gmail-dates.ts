// Gmail writes a message's full date in the `title` of its date element, in the VIEWER's time zone and the UI
// language's format, without an offset ("Mon, Nov 23, 2026, 10:12 AM", "23 nov 2026, 10:12",
// "2026年11月23日 上午10:12"). The after-hours rule depends on reading it exactly, so it is parsed by its numbers and
// a table of month names, then converted from the viewer's zone to UTC.
import { tzOffset } from '@date-fns/tz';

// No prototype: a word such as "constructor" in a title must not look like a month.
const MONTHS: Record<string, number> = Object.create(null);
function months(names: string, ...more: string[][]): void {
  names.split(' ').forEach((n, i) => (MONTHS[n] = i + 1));
  for (const list of more) list.forEach((n, i) => (MONTHS[n] = i + 1));
}
// English, Spanish, Portuguese, French, German, Italian: long and short forms, lower case, without dots.
months('january february march april may june july august september october november december');
months('jan feb mar apr may jun jul aug sep oct nov dec');
months('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre');
months('ene feb mar abr may jun jul ago sept oct nov dic');
months('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro');
months('jan fev mar abr mai jun jul ago set out nov dez');
months('janvier février mars avril mai juin juillet août septembre octobre novembre décembre');
months('janv févr mars avr mai juin juil août sept oct nov déc');
months('januar februar märz april mai juni juli august september oktober november dezember');
months('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre');
months('gen feb mar apr mag giu lug ago set ott nov dic');
MONTHS.sep = 9;
MONTHS.setiembre = 9;

const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
const CJK_AFTERNOON = /下午|晚上|午後|오후/;
const CJK_MORNING = /上午|凌晨|早上|午前|오전/;
const CJK_NOON = /中午/;
const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s*m\.?(?![a-z]))?/i;

export interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function normalize(title: string): string {
  if (!/[\u00a0\u2007-\u200f\u202a-\u202f]/.test(title)) return title;
  return title.replace(/[\u00a0\u202f\u2007\u2009\u200a]/g, ' ').replace(/[\u200e\u200f\u202a-\u202e]/g, '');
}

function to24(hour: number, period: 'am' | 'pm' | null): number {
  if (period === 'pm' && hour < 12) return hour + 12;
  if (period === 'am' && hour === 12) return 0;
  return hour;
}

function parseCjk(text: string): Parts | null {
  const date = CJK_DATE.exec(text);
  if (!date) return null;
  const rest = text.slice(date.index + date[0].length);
  const time = TIME.exec(rest);
  if (!time) return null;
  let hour = Number(time[1]);
  const before = rest.slice(0, time.index + 1);
  if (CJK_AFTERNOON.test(before)) hour = to24(hour, 'pm');
  else if (CJK_MORNING.test(before)) hour = to24(hour, 'am');
  else if (CJK_NOON.test(before) && hour < 11) hour += 12;
  return { year: +date[1], month: +date[2], day: +date[3], hour, minute: +time[2], second: +(time[3] ?? 0) };
}

function parseWestern(text: string): Parts | null {
  const time = TIME.exec(text);
  if (!time) return null;
  const period = time[4] ? (time[4].toLowerCase() === 'p' ? 'pm' : 'am') : null;
  const rest = `${text.slice(0, time.index)} ${text.slice(time.index + time[0].length)}`.toLowerCase();
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(rest);
  let year: number, month: number | undefined, day: number | undefined;
  if (iso) {
    [year, month, day] = [+iso[1], +iso[2], +iso[3]];
  } else {
    const y = /(?:^|\D)(\d{4})(?!\d)/.exec(rest);
    if (!y) return null;
    year = +y[1];
    const withoutYear = rest.replace(y[1], ' ');
    // The last month word wins: a leading weekday can look like a month ("mar" is Tuesday in Spanish).
    for (const word of withoutYear.match(/[a-zà-öø-ÿ]+/g) ?? []) if (MONTHS[word]) month = MONTHS[word];
    const d = /(?:^|\D)(\d{1,2})(?!\d)/.exec(withoutYear);
    day = d ? +d[1] : undefined;
  }
  if (!month || !day) return null;
  const hour = to24(Number(time[1]), period);
  return { year, month, day, hour, minute: +time[2], second: +(time[3] ?? 0) };
}

// A zone's offset changes at most a few times a year: remember it per UTC day (checked at both ends of the day),
// so reading a thread asks Intl once or twice per day its messages span, not once per message.
const dayOffsets = new Map<string, Map<number, { start: number; end: number }>>();
let cachedDays = 0;
const DAY = 86_400_000;

function offsetMinutes(timeZone: string, utcMs: number): number {
  const day = Math.floor(utcMs / DAY);
  let days = dayOffsets.get(timeZone);
  if (!days) dayOffsets.set(timeZone, (days = new Map()));
  let entry = days.get(day);
  if (!entry) {
    if (cachedDays >= 4096) {
      for (const zone of dayOffsets.values()) zone.clear();
      cachedDays = 0;
    }
    entry = { start: tzOffset(timeZone, new Date(day * DAY)), end: tzOffset(timeZone, new Date((day + 1) * DAY - 1)) };
    days.set(day, entry);
    cachedDays++;
  }
  return entry.start === entry.end ? entry.start : tzOffset(timeZone, new Date(utcMs));
}

/** The UTC epoch ms of a wall-clock time in `timeZone` (the earlier instant when the clock repeats an hour). */
export function zonedToUtc(p: Parts, timeZone: string): number {
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  // Try the offsets in force a day before and a day after: a candidate is right when the zone really has that
  // offset at that instant. Both right: the clock repeated the hour, take the earlier. Neither: the clock skipped
  // it, read it with the offset before the change (as JavaScript's Date does).
  const before = offsetMinutes(timeZone, asUtc - DAY);
  const after = offsetMinutes(timeZone, asUtc + DAY);
  const early = asUtc - before * 60_000;
  // One offset on both sides: both candidates are this instant, and so is the fallback (most messages).
  if (before === after) return early;
  const late = asUtc - after * 60_000;
  const earlyRight = offsetMinutes(timeZone, early) === before;
  const lateRight = offsetMinutes(timeZone, late) === after;
  if (earlyRight && lateRight) return Math.min(early, late);
  if (earlyRight) return early;
  if (lateRight) return late;
  return early;
}

/**
 * The UTC epoch ms of a wall-clock time in the runtime's own zone. Date's local time follows the same rules as
 * zonedToUtc (a repeated hour: the earlier instant; a skipped one: the offset before the change) and loads no
 * Intl formatter: in Chromium the first Intl.DateTimeFormat of a page costs 25–40 ms, more than the whole read.
 */
function localToUtc(p: Parts): number {
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute, p.second).getTime();
}

/**
 * The UTC instant (ISO 8601) a Gmail date title names, read in `timeZone`, or in the runtime's own zone when it is
 * omitted (in the browser, the zone Gmail prints times in); null when it cannot be read.
 */
export function parseGmailDateTitle(title: string, timeZone?: string): string | null {
  if (typeof title !== 'string' || title.length > 200) return null;
  try {
    const text = normalize(title).trim();
    const p = parseCjk(text) ?? parseWestern(text);
    if (!p || p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31 || p.hour > 23 || p.minute > 59 || p.second > 59) return null;
    // A date such as 31 Feb rolls over; refuse it rather than report the wrong day.
    const check = new Date(Date.UTC(p.year, p.month - 1, p.day));
    if (check.getUTCDate() !== p.day || check.getUTCMonth() !== p.month - 1) return null;
    const ms = timeZone === undefined ? localToUtc(p) : zonedToUtc(p, timeZone);
    return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
  } catch {
    return null;
  }
}

/**
 * Gmail's decimal message id ("#msg-f:1850…") appears to hold the send time in epoch ms shifted left 20 bits
 * (NOTES.md: observed on samples, once 174 ms off). Only a fallback for a missing title, never a check.
 */
export function timeFromMessageId(messageId: string): string | null {
  const digits = /(\d{15,20})/.exec(messageId ?? '')?.[1];
  if (!digits) return null;
  const ms = Number(BigInt(digits) >> 20n);
  if (ms < Date.UTC(2004, 0, 1) || ms > Date.UTC(2100, 0, 1)) return null;
  return new Date(ms).toISOString();
}
