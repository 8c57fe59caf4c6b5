import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TRANSITIONS, zonedInstant } from '../../test/unit/agreements/zone-samples';
import { isValidTimezone, zoneOffsetAt } from './timezone';

describe('zoneOffsetAt', () => {
  it('has changes to test against in every kind of zone', () => {
    const zones = new Set(TRANSITIONS.map((t) => t.zone));
    for (const zone of ['Europe/Madrid', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Apia', 'Antarctica/Troll']) {
      expect(zones.has(zone)).toBe(true);
    }
  });

  it('gives the library’s offset at any instant, in any zone, however often the same hours are asked', () => {
    fc.assert(
      fc.property(zonedInstant, ({ zone, at }) => {
        expect(zoneOffsetAt(zone, at)).toBe(tzOffset(zone, new Date(at)));
      }),
      { numRuns: 5000 },
    );
  });

  it('switches at the exact millisecond of every change, whichever side of it was asked first', () => {
    for (const [k, { zone, at }] of TRANSITIONS.entries()) {
      const first = k % 2 === 0 ? at - 1 : at + 1;
      expect(zoneOffsetAt(zone, first)).toBe(tzOffset(zone, new Date(first)));
      for (const t of [at - 1, at, at + 1]) expect(zoneOffsetAt(zone, t)).toBe(tzOffset(zone, new Date(t)));
    }
    // Madrid springs forward at 01:00Z on 29 March 2026; Lord Howe moves by half an hour.
    const spring = Date.parse('2026-03-29T01:00:00Z');
    expect(zoneOffsetAt('Europe/Madrid', spring - 1)).toBe(60);
    expect(zoneOffsetAt('Europe/Madrid', spring)).toBe(120);
    expect(zoneOffsetAt('Australia/Lord_Howe', Date.parse('2026-01-15T00:00:00Z'))).toBe(660);
    expect(zoneOffsetAt('Australia/Lord_Howe', Date.parse('2026-07-15T00:00:00Z'))).toBe(630);
  });

  it('keeps the seconds of a historical offset, as the library does', () => {
    const t = Date.parse('1900-06-01T00:00:00Z');
    expect(zoneOffsetAt('Africa/Monrovia', t)).toBe(tzOffset('Africa/Monrovia', new Date(t)));
    expect(Number.isInteger(zoneOffsetAt('Africa/Monrovia', t))).toBe(false); // -00:43:08 in 1900
  });

  it('answers NaN, not a cached number, for an unknown zone or an instant outside the Date range', () => {
    expect(zoneOffsetAt('Nowhere/City', 0)).toBeNaN();
    expect(zoneOffsetAt('Europe/Madrid', NaN)).toBeNaN();
    expect(zoneOffsetAt('Europe/Madrid', 8.64e15 + 1)).toBeNaN();
    expect(zoneOffsetAt('Europe/Madrid', 8.64e15)).toBe(tzOffset('Europe/Madrid', new Date(8.64e15)));
  });
});

describe('isValidTimezone', () => {
  it('knows IANA zones and refuses anything else', () => {
    expect(isValidTimezone('Europe/Madrid')).toBe(true);
    expect(isValidTimezone('Mars/Olympus')).toBe(false);
    expect(isValidTimezone('')).toBe(false);
    expect(isValidTimezone(42)).toBe(false);
  });
});
