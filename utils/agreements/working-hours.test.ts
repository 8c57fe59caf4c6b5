import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../../test/unit/agreements/zone-samples';
import type { Agreement, Provider } from './schema';
import {
  describeHours,
  formatInZone,
  isWithinWorkingHours,
  nextWorkingSlot,
  resolveHours,
  type ResolvedHours,
} from './working-hours';

const madrid: ResolvedHours = { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
const newYork: ResolvedHours = { timezone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
const at = (iso: string) => new Date(iso);

describe('resolveHours', () => {
  const provider: Provider = {
    name: 'Lucía',
    timezone: 'Europe/Madrid',
    hours: { days: [1, 2, 3, 4], start: '08:00', end: '16:00' },
  };
  const agreement = { id: 'a', clientId: 'c', title: 't', hours: { timezone: 'Asia/Shanghai', start: '10:00' } } as Agreement;

  it("takes the agreement's hours first and the provider's for what the agreement leaves out", () => {
    expect(resolveHours(agreement, provider)).toEqual({ timezone: 'Asia/Shanghai', days: [1, 2, 3, 4], start: '10:00', end: '16:00' });
  });
  it("uses the provider's hours without an agreement", () => {
    expect(resolveHours(null, provider)).toEqual({ timezone: 'Europe/Madrid', days: [1, 2, 3, 4], start: '08:00', end: '16:00' });
  });
  it("defaults to Mon–Fri 09:00–18:00 in the provider's zone, else UTC", () => {
    expect(resolveHours(null, { name: 'x', timezone: 'America/New_York' })).toEqual(newYork);
    expect(resolveHours()).toEqual({ timezone: 'UTC', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' });
  });
  it('ignores an unknown zone or empty day list instead of failing', () => {
    const bad = { id: 'a', clientId: 'c', title: 't', hours: { timezone: 'Mars/Olympus', days: [] } } as unknown as Agreement;
    expect(resolveHours(bad, { name: 'x', timezone: 'Europe/Madrid' })).toEqual(madrid);
  });
});

describe('isWithinWorkingHours', () => {
  it('opens at the start minute and closes at the end minute', () => {
    expect(isWithinWorkingHours(at('2026-11-23T08:00:00Z'), madrid)).toBe(true); // Mon 09:00 CET
    expect(isWithinWorkingHours(at('2026-11-23T07:59:59Z'), madrid)).toBe(false);
    expect(isWithinWorkingHours(at('2026-11-23T16:59:59Z'), madrid)).toBe(true);
    expect(isWithinWorkingHours(at('2026-11-23T17:00:00Z'), madrid)).toBe(false); // 18:00
  });
  it('is closed at the weekend', () => {
    expect(isWithinWorkingHours(at('2026-11-28T01:13:00Z'), madrid)).toBe(false); // Sat 02:13
    expect(isWithinWorkingHours(at('2026-11-28T10:00:00Z'), madrid)).toBe(false); // Sat 11:00
  });
  it('follows summer time in Europe: 09:00 is 07:00Z in summer and 08:00Z in winter', () => {
    // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    expect(isWithinWorkingHours(at('2026-03-30T07:00:00Z'), madrid)).toBe(true);
    expect(isWithinWorkingHours(at('2026-03-27T07:30:00Z'), madrid)).toBe(false); // Fri 08:30 CET
    expect(isWithinWorkingHours(at('2026-10-23T15:30:00Z'), madrid)).toBe(true); // Fri 17:30 CEST
    expect(isWithinWorkingHours(at('2026-10-26T16:30:00Z'), madrid)).toBe(true); // Mon 17:30 CET
    expect(isWithinWorkingHours(at('2026-10-26T07:30:00Z'), madrid)).toBe(false); // Mon 08:30 CET
  });
  it('handles hours that run past midnight', () => {
    const night: ResolvedHours = { timezone: 'UTC', days: [5], start: '22:00', end: '06:00' };
    expect(isWithinWorkingHours(at('2026-11-27T23:00:00Z'), night)).toBe(true); // Fri 23:00
    expect(isWithinWorkingHours(at('2026-11-28T05:00:00Z'), night)).toBe(true); // Sat 05:00, Friday's shift
    expect(isWithinWorkingHours(at('2026-11-28T07:00:00Z'), night)).toBe(false);
    expect(isWithinWorkingHours(at('2026-11-26T23:00:00Z'), night)).toBe(false); // Thu night
  });
  it('says no for an invalid date rather than throwing', () => {
    expect(isWithinWorkingHours(new Date('nope'), madrid)).toBe(false);
  });
});

describe('nextWorkingSlot', () => {
  it('is the instant itself inside hours', () => {
    const t = at('2026-11-24T10:00:00Z');
    expect(nextWorkingSlot(t, madrid).toISOString()).toBe(t.toISOString());
  });
  it('is Monday 09:00 for a Saturday night message, across the March change in Europe', () => {
    // Sat 28 March 02:13 CET → Mon 30 March 09:00 CEST
    expect(nextWorkingSlot(at('2026-03-28T01:13:00Z'), madrid).toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });
  it('is Monday 09:00 for a Friday evening message, across the October change in Europe', () => {
    // Fri 23 Oct 19:00 CEST → Mon 26 Oct 09:00 CET
    expect(nextWorkingSlot(at('2026-10-23T17:00:00Z'), madrid).toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });
  it('follows the US changes, which fall on other weekends', () => {
    // Sat 7 March 23:00 EST → Mon 9 March 09:00 EDT
    expect(nextWorkingSlot(at('2026-03-08T04:00:00Z'), newYork).toISOString()).toBe('2026-03-09T13:00:00.000Z');
    // Fri 30 Oct 20:00 EDT → Mon 2 Nov 09:00 EST
    expect(nextWorkingSlot(at('2026-10-31T00:00:00Z'), newYork).toISOString()).toBe('2026-11-02T14:00:00.000Z');
  });
  it('is the same morning before opening time', () => {
    expect(nextWorkingSlot(at('2026-11-24T05:00:00Z'), madrid).toISOString()).toBe('2026-11-24T08:00:00.000Z');
  });
  it('skips to the next listed day', () => {
    const tueThu: ResolvedHours = { timezone: 'Asia/Shanghai', days: [2, 4], start: '10:00', end: '12:00' };
    // Tue 24 Nov 13:00 Shanghai → Thu 26 Nov 10:00 Shanghai (02:00Z)
    expect(nextWorkingSlot(at('2026-11-24T05:00:00Z'), tueThu).toISOString()).toBe('2026-11-26T02:00:00.000Z');
  });

  const zones = ['Europe/Madrid', 'America/New_York', 'Asia/Shanghai', 'America/Mexico_City', 'Australia/Sydney', 'UTC'];
  const hoursArb = fc.record({
    timezone: fc.constantFrom(...zones),
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    start: fc.integer({ min: 0, max: 22 }).map((h) => `${String(h).padStart(2, '0')}:00`),
    end: fc.integer({ min: 1, max: 23 }).map((h) => `${String(h).padStart(2, '0')}:30`),
  });
  it('always lands inside hours, never before the instant, and never skips an open hour', () => {
    fc.assert(
      fc.property(hoursArb, fc.date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }), (hours, instant) => {
        const slot = nextWorkingSlot(instant, hours);
        expect(slot.getTime()).toBeGreaterThanOrEqual(instant.getTime());
        expect(isWithinWorkingHours(slot, hours)).toBe(true);
        if (isWithinWorkingHours(instant, hours)) expect(slot.getTime()).toBe(instant.getTime());
        // Sampling the gap every 30 minutes: none of it is working time.
        for (let t = instant.getTime() + 30 * 60_000; t < slot.getTime(); t += 30 * 60_000) {
          expect(isWithinWorkingHours(new Date(t), hours)).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('formatInZone', () => {
  const t = at('2026-11-28T01:13:00Z');
  it('gives the weekday and 24-hour clock in the zone', () => {
    expect(formatInZone(t, 'Europe/Madrid', 'en')).toBe('Sat 02:13');
    expect(formatInZone(t, 'America/Mexico_City', 'en')).toBe('Fri 19:13');
    expect(formatInZone(t, 'Asia/Shanghai', 'en')).toBe('Sat 09:13');
  });
  it('writes the weekday in the reader’s language', () => {
    expect(formatInZone(t, 'Europe/Madrid', 'es')).toBe('sáb 02:13');
    expect(formatInZone(t, 'Europe/Madrid', 'zh')).toBe('周六 02:13');
  });
  it('is DST-correct on both sides of the change', () => {
    expect(formatInZone(at('2026-03-30T07:00:00Z'), 'Europe/Madrid', 'en')).toBe('Mon 09:00');
    expect(formatInZone(at('2026-10-26T08:00:00Z'), 'Europe/Madrid', 'en')).toBe('Mon 09:00');
  });
  it('falls back to UTC for an unknown zone', () => {
    expect(formatInZone(t, 'Nowhere/City', 'en')).toBe('Sat 01:13');
  });
});

describe('formatInZone against Intl itself', () => {
  // The first version: Intl's formatToParts for every call. The fast path must write the same text.
  function referenceFormat(instant: Date, timezone: string, locale: string): string {
    if (Number.isNaN(instant.getTime())) return '';
    const options = { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
    let zone = timezone;
    try {
      new Intl.DateTimeFormat('en', { timeZone: timezone });
    } catch {
      zone = 'UTC';
    }
    let f: Intl.DateTimeFormat;
    try {
      f = new Intl.DateTimeFormat(locale || 'en', { ...options, timeZone: zone });
    } catch {
      f = new Intl.DateTimeFormat('en', { ...options, timeZone: zone });
    }
    const parts = f.formatToParts(instant);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    const hour = get('hour') === '24' ? '00' : get('hour');
    return `${get('weekday').replace(/\.$/, '')} ${hour}:${get('minute')}`;
  }
  const locales = ['en', 'es', 'zh', 'zh-Hant', 'zh-TW', 'fr', 'de-CH', 'ja', 'ar', 'ar-EG', 'fa', 'th', 'hi-IN', 'en-GB', '', 'not a locale!'];

  it('writes what Intl writes, in every zone, next to every change and in any locale', () => {
    fc.assert(
      fc.property(zonedInstant, fc.constantFrom(...locales), ({ zone, at }, locale) => {
        expect(formatInZone(new Date(at), zone, locale)).toBe(referenceFormat(new Date(at), zone, locale));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('describeHours', () => {
  it('reads like the agreement', () => {
    expect(describeHours(madrid)).toBe('Mon–Fri 09:00–18:00');
    expect(describeHours({ ...madrid, days: [1, 3, 5], start: '09:00', end: '13:00' })).toBe('Mon, Wed, Fri 09:00–13:00');
  });
});

// The straightforward TZDate arithmetic the cached implementation replaced (a TZDate per window, per call): the
// reference the fast path must agree with at every instant, in every zone.
function referenceWindow(t: number, hours: ResolvedHours, offset: number): { from: number; to: number } | null {
  const local = new TZDate(t, hours.timezone);
  const day = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + offset, 12, 0, hours.timezone);
  const weekday = day.getDay() === 0 ? 7 : day.getDay();
  if (!hours.days.includes(weekday)) return null;
  const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
  const start = minutes(hours.start);
  let end = minutes(hours.end);
  if (end <= start) end += 24 * 60;
  const at = (m: number) => new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), 0, m, hours.timezone).getTime();
  return { from: at(start), to: at(end) };
}

function referenceWithin(t: number, hours: ResolvedHours): boolean {
  return [-1, 0].some((offset) => {
    const w = referenceWindow(t, hours, offset);
    return w !== null && t >= w.from && t < w.to;
  });
}

function referenceNextSlot(t: number, hours: ResolvedHours): number {
  if (hours.days.length === 0) return t;
  for (let offset = -1; offset <= 8; offset++) {
    const w = referenceWindow(t, hours, offset);
    if (!w) continue;
    if (t >= w.from && t < w.to) return t;
    if (w.from > t) return w.from;
  }
  return t;
}

describe('working hours against the plain TZDate arithmetic', () => {
  const clock = fc
    .record({ h: fc.integer({ min: 0, max: 23 }), m: fc.constantFrom(0, 0, 15, 30, 45, 59) })
    .map(({ h, m }) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const shape = fc.record({
    days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 0, maxLength: 7 }),
    start: fc.oneof(clock, fc.constantFrom('09:00', '00:00', '02:30', '01:00')),
    end: fc.oneof(clock, fc.constantFrom('18:00', '00:00', '03:00', '23:59')),
  });

  it('gives the same answer at any instant, in odd zones and next to every daylight-saving change', () => {
    fc.assert(
      fc.property(zonedInstant, shape, ({ zone, at }, s) => {
        const hours: ResolvedHours = { timezone: zone, ...s };
        expect(isWithinWorkingHours(new Date(at), hours)).toBe(referenceWithin(at, hours));
        expect(nextWorkingSlot(new Date(at), hours).getTime()).toBe(referenceNextSlot(at, hours));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same answer in the first centuries, where Date reads years 0–99 as 19xx', () => {
    const early = fc.date({ min: new Date('0050-01-01T00:00:00Z'), max: new Date('0300-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(fc.constantFrom('UTC', 'Europe/Madrid', 'Asia/Kolkata', 'America/New_York'), early, shape, (zone, date, s) => {
        const hours: ResolvedHours = { timezone: zone, ...s };
        expect(isWithinWorkingHours(date, hours)).toBe(referenceWithin(date.getTime(), hours));
        expect(nextWorkingSlot(date, hours).getTime()).toBe(referenceNextSlot(date.getTime(), hours));
      }),
      { numRuns: 500 },
    );
    // Around 1 January of the year 100, every hour: a window a day back or eight days ahead crosses into year 99.
    const newYear100 = new Date('0100-01-01T00:00:00Z').getTime();
    for (let t = newYear100 - 10 * 86_400_000; t < newYear100 + 3 * 86_400_000; t += 3_600_000) {
      for (const hours of [madrid, { ...madrid, timezone: 'UTC', days: [1, 2, 3, 4, 5, 6, 7] }]) {
        expect(isWithinWorkingHours(new Date(t), hours)).toBe(referenceWithin(t, hours));
        expect(nextWorkingSlot(new Date(t), hours).getTime()).toBe(referenceNextSlot(t, hours));
      }
    }
  });

  it('gives the same answer when the same day is asked about again with other hours', () => {
    // The cache is per zone, hours and local day: asking about Madrid 09–18 must not answer for Madrid 22–06.
    const t = Date.parse('2026-11-27T23:30:00Z'); // Sat 00:30 in Madrid
    const day: ResolvedHours = { ...madrid, days: [5, 6] };
    const night: ResolvedHours = { ...madrid, days: [5], start: '22:00', end: '06:00' };
    expect(isWithinWorkingHours(new Date(t), day)).toBe(false);
    expect(isWithinWorkingHours(new Date(t), night)).toBe(true);
    expect(isWithinWorkingHours(new Date(t), { ...night, days: [6] })).toBe(false);
    expect(isWithinWorkingHours(new Date(t), day)).toBe(false);
  });
});
