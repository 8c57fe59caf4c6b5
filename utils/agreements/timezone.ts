import { tzOffset } from '@date-fns/tz';

// Whether a string names an IANA time zone this runtime knows. Building an Intl formatter to find out costs more than
// classifying a whole message, and a backup names the same few zones thousands of times: each zone is tested once.
const zoneValidity = new Map<string, boolean>();

export function isValidTimezone(tz: unknown): tz is string {
  if (typeof tz !== 'string' || tz.trim() === '') return false;
  let valid = zoneValidity.get(tz);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      valid = true;
    } catch {
      valid = false;
    }
    if (zoneValidity.size < 1000) zoneValidity.set(tz, valid);
  }
  return valid;
}

// The zone's UTC offset at an instant, as @date-fns/tz's tzOffset gives it (minutes, with the seconds of historical
// offsets as a fraction), remembered per zone and UTC hour. tzOffset formats a date with Intl on every call, a few
// microseconds; mail arrives at a few thousand distinct hours at most. An hour whose two ends disagree holds a
// transition: the exact millisecond is found by bisection (with tzOffset still the judge), so an instant on either
// side gets the library's own answer. Zones change their offset at most once an hour, in fact months apart.

interface Transition {
  at: number;
  before: number;
  after: number;
}

const HOUR_MS = 3_600_000;
const MAX_TIME = 8.64e15; // the range of a JavaScript Date
const MAX_HOURS_PER_ZONE = 100_000;
const hourOffsets = new Map<string, Map<number, number | Transition>>();

function libraryOffset(timezone: string, time: number): number {
  return tzOffset(timezone, new Date(time));
}

function sameOffset(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function measureHour(timezone: string, hour: number): number | Transition {
  let lo = Math.max(hour * HOUR_MS, -MAX_TIME);
  let hi = Math.min(hour * HOUR_MS + HOUR_MS - 1, MAX_TIME);
  const before = libraryOffset(timezone, lo);
  const after = libraryOffset(timezone, hi);
  if (sameOffset(before, after)) return before;
  // Invariant: lo has the offset before, hi the offset after.
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (sameOffset(libraryOffset(timezone, mid), before)) lo = mid;
    else hi = mid;
  }
  return { at: hi, before, after };
}

/** tzOffset(timezone, new Date(time)), cached: minutes east of UTC (NaN for a zone the runtime does not know). */
export function zoneOffsetAt(timezone: string, time: number): number {
  if (!(Math.abs(time) <= MAX_TIME)) return libraryOffset(timezone, time);
  let hours = hourOffsets.get(timezone);
  if (hours === undefined) {
    if (hourOffsets.size >= 1000) hourOffsets.clear();
    hourOffsets.set(timezone, (hours = new Map()));
  }
  const hour = Math.floor(time / HOUR_MS);
  let entry = hours.get(hour);
  if (entry === undefined) {
    if (hours.size >= MAX_HOURS_PER_ZONE) hours.clear();
    hours.set(hour, (entry = measureHour(timezone, hour)));
  }
  if (typeof entry === 'number') return entry;
  return time < entry.at ? entry.before : entry.after;
}
