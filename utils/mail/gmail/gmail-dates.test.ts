import { describe, expect, it } from 'vitest';
import { parseGmailDateTitle, timeFromMessageId } from './gmail-dates';

const MADRID = 'Europe/Madrid';

describe('parseGmailDateTitle', () => {
  it.each([
    ['Mon, Nov 23, 2026, 10:12\u202fAM', '2026-11-23T09:12:00.000Z'], // US English, narrow no-break space
    ['Mon, Nov 23, 2026, 10:12 PM', '2026-11-23T21:12:00.000Z'],
    ['Nov 23, 2026, 12:05 AM', '2026-11-22T23:05:00.000Z'], // 12 AM is midnight
    ['23 Nov 2026, 10:12', '2026-11-23T09:12:00.000Z'], // English (UK), 24-hour
    ['Sat, 21 Nov 2026, 02:13', '2026-11-21T01:13:00.000Z'],
    ['23 nov 2026, 10:12', '2026-11-23T09:12:00.000Z'], // Spanish
    ['mar, 24 nov 2026, 22:53', '2026-11-24T21:53:00.000Z'], // "mar" is Tuesday here, not March
    ['24 de noviembre de 2026, 10:12 p. m.', '2026-11-24T21:12:00.000Z'], // Latin-American Spanish, 12-hour
    ['26 dic 2019, 22:53', '2019-12-26T21:53:00.000Z'],
    ['2026年11月23日 上午10:12', '2026-11-23T09:12:00.000Z'], // Chinese
    ['2026年11月23日 下午2:05', '2026-11-23T13:05:00.000Z'],
    ['2026年11月23日周一 中午12:30', '2026-11-23T11:30:00.000Z'],
    ['2026年11月21日 凌晨2:13', '2026-11-21T01:13:00.000Z'],
    ['2026年11月23日 14:05', '2026-11-23T13:05:00.000Z'], // Chinese, 24-hour
    ['2016年5月4日 上午10:08', '2016-05-04T08:08:00.000Z'], // summer time: UTC+2
  ])('reads %s in Madrid as %s', (title, iso) => {
    expect(parseGmailDateTitle(title, MADRID)).toBe(iso);
  });

  it('converts from the viewer’s zone, not the machine’s', () => {
    expect(parseGmailDateTitle('23 Nov 2026, 10:12', 'America/Mexico_City')).toBe('2026-11-23T16:12:00.000Z');
    expect(parseGmailDateTitle('2026年11月23日 上午10:12', 'Asia/Shanghai')).toBe('2026-11-23T02:12:00.000Z');
  });

  it('handles the hours the clock skips and repeats at the summer-time changes', () => {
    // 25 Oct 2026, 02:30 happens twice in Madrid: the earlier instant (still summer time) is taken.
    expect(parseGmailDateTitle('25 Oct 2026, 02:30', MADRID)).toBe('2026-10-25T00:30:00.000Z');
    expect(parseGmailDateTitle('25 Oct 2026, 03:30', MADRID)).toBe('2026-10-25T02:30:00.000Z');
    expect(parseGmailDateTitle('28 Mar 2026, 23:59', MADRID)).toBe('2026-03-28T22:59:00.000Z');
    expect(parseGmailDateTitle('29 Mar 2026, 03:30', MADRID)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses what it cannot read rather than guessing', () => {
    for (const title of ['', 'yesterday', '10:12', '31 Feb 2026, 10:12', '23 Nov 2026', 'Nov 2026, 25:99', 'x'.repeat(500)]) {
      expect(parseGmailDateTitle(title, MADRID)).toBeNull();
    }
    expect(parseGmailDateTitle('23 Nov 2026, 10:12', 'Not/AZone')).toBeNull();
  });
});

describe('timeFromMessageId', () => {
  it('reads the send time from a msg-f id (epoch ms shifted left 20 bits)', () => {
    const id = (BigInt(Date.parse('2026-11-23T09:12:00Z')) << 20n) + 12345n;
    expect(timeFromMessageId(`#msg-f:${id}`)).toBe('2026-11-23T09:12:00.000Z');
  });

  it('refuses ids that do not hold a plausible time', () => {
    expect(timeFromMessageId('#msg-f:12')).toBeNull();
    expect(timeFromMessageId('#msg-a:r-123')).toBeNull();
    expect(timeFromMessageId('')).toBeNull();
  });
});

describe('parseGmailDateTitle on odd words', () => {
  it('does not take words of the object prototype for months', () => {
    expect(parseGmailDateTitle('constructor 23, 2026, 10:12', 'Europe/Madrid')).toBeNull();
    expect(parseGmailDateTitle('toString 23 2026 10:12', 'Europe/Madrid')).toBeNull();
  });

  it('reads French and German month names with accents', () => {
    expect(parseGmailDateTitle('23 févr. 2026, 10:12', 'Europe/Madrid')).toBe('2026-02-23T09:12:00.000Z');
    expect(parseGmailDateTitle('23. März 2026, 10:12', 'Europe/Madrid')).toBe('2026-03-23T09:12:00.000Z');
  });
});

describe('parseGmailDateTitle in the runtime’s own zone (no zone given, as the content script reads)', () => {
  const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  const pad = (n: number) => String(n).padStart(2, '0');
  const title = (y: number, m: number, d: number, h: number, min: number) => `${d} ${MONTHS[m]} ${y}, ${pad(h)}:${pad(min)}`;

  // Summer-time changes at 02:00, at midnight (São Paulo 2018), by 30 minutes (Lord Howe), and zones without any.
  it.each(['Europe/Madrid', 'America/New_York', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Kolkata'])(
    'gives the same instant as the explicit zone %s, around every clock change of 2018 and 2026',
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        let compared = 0;
        for (const year of [2018, 2026]) {
          for (let day = new Date(year, 0, 1); day.getFullYear() === year; day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1)) {
            const [y, m, d] = [day.getFullYear(), day.getMonth(), day.getDate()];
            const changes = new Date(y, m, d).getTimezoneOffset() !== new Date(y, m, d + 1, 23, 59).getTimezoneOffset();
            const minutes = changes ? Array.from({ length: 96 }, (_, i) => i * 15) : [0, 12 * 60 + 5, 23 * 60 + 59];
            for (const minute of minutes) {
              const text = title(y, m, d, Math.floor(minute / 60), minute % 60);
              expect(parseGmailDateTitle(text), text).toBe(parseGmailDateTitle(text, zone));
              compared++;
            }
          }
        }
        // The machine's zone really was switched (Madrid is UTC+1 in January), so the comparison meant something.
        if (zone === 'Europe/Madrid') expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-60);
        expect(compared).toBeGreaterThanOrEqual(2 * 365 * 3);
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    },
  );
});
