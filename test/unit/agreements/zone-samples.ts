import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';

// Zones and instants for comparing the cached time-zone arithmetic with @date-fns/tz itself. The zones are chosen for
// what makes offsets hard: half- and quarter-hour offsets, a 30-minute DST (Lord Howe), DST that starts at midnight
// (Santiago, Havana, Beirut), negative DST (Dublin), a skipped day (Apia, end of 2011), a two-hour DST (Troll),
// southern-hemisphere DST, and historical local mean time with seconds (Monrovia, Kolkata before 1942).
export const ODD_ZONES = [
  'Europe/Madrid', 'America/New_York', 'Asia/Shanghai', 'America/Mexico_City', 'Australia/Sydney', 'UTC',
  'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/St_Johns', 'Australia/Lord_Howe',
  'America/Santiago', 'America/Havana', 'Asia/Beirut', 'Europe/Dublin', 'Pacific/Apia', 'Antarctica/Troll',
  'Africa/Monrovia', 'America/Sao_Paulo', 'Asia/Tehran', 'Pacific/Kiritimati',
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The exact instants (ms) at which `zone` changed its offset during `year`, found with tzOffset alone. */
export function transitionsIn(zone: string, year: number): number[] {
  const out: number[] = [];
  const offset = (t: number) => tzOffset(zone, new Date(t));
  const end = Date.UTC(year + 1, 0, 1);
  for (let day = Date.UTC(year, 0, 1); day < end; day += DAY) {
    if (offset(day) === offset(day + DAY)) continue;
    for (let hour = day; hour < day + DAY; hour += HOUR) {
      let lo = hour;
      let hi = hour + HOUR;
      if (offset(lo) === offset(hi)) continue;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offset(mid) === offset(lo)) lo = mid;
        else hi = mid;
      }
      out.push(hi);
    }
  }
  return out;
}

/** Every change of every zone in a few telling years: 1975, 2011 (Apia skips a day), 2026. */
export const TRANSITIONS: Array<{ zone: string; at: number }> = ODD_ZONES.flatMap((zone) =>
  [1975, 2011, 2026].flatMap((year) => transitionsIn(zone, year).map((at) => ({ zone, at }))),
);

/** Instants anywhere from 1850 to 2100. */
export const anyInstant = fc
  .date({ min: new Date('1850-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.getTime());

/** A zone and an instant within a day and a half of one of its changes (to the millisecond, either side). */
export const nearTransition = fc
  .record({
    transition: fc.constantFrom(...TRANSITIONS),
    delta: fc.oneof(
      fc.integer({ min: -2, max: 2 }),
      fc.integer({ min: -2 * HOUR, max: 2 * HOUR }),
      fc.integer({ min: -36 * HOUR, max: 36 * HOUR }),
    ),
  })
  .map(({ transition, delta }) => ({ zone: transition.zone, at: transition.at + delta }));

/** A zone and an instant: half anywhere, half next to a change. */
export const zonedInstant = fc.oneof(
  fc.record({ zone: fc.constantFrom(...ODD_ZONES), at: anyInstant }),
  nearTransition,
);
