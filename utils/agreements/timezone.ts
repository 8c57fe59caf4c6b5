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
