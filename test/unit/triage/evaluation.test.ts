import { describe, expect, it } from 'vitest';
import { evaluate, hoursForLabelled, zoneOfOffset, type Outcome } from '../../../utils/triage/evaluation';

describe('evaluation figures', () => {
  const outcomes: Outcome[] = [
    { id: '1', lang: 'en', gold: ['scope_change'], predicted: ['scope_change'] },
    { id: '2', lang: 'en', gold: ['scope_change'], predicted: [] },
    { id: '3', lang: 'es', gold: [], predicted: ['scope_change'] },
    { id: '4', lang: 'es', gold: [], predicted: [] },
    { id: '5', lang: 'zh-Hant', gold: ['payment_delay'], predicted: ['payment_delay'] },
  ];
  const report = evaluate(outcomes);

  it('computes precision, recall and F1 per kind', () => {
    const s = report.all.perKind.scope_change;
    expect([s.tp, s.fp, s.fn]).toEqual([1, 1, 1]);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(0.5);
  });

  it('macro-F1 averages only the kinds that occur', () => {
    expect(report.all.macroF1).toBeCloseTo((0.5 + 1) / 2);
  });

  it('false alarms are routine messages with any label', () => {
    expect(report.all.routine).toBe(2);
    expect(report.all.falseAlarmRate).toBeCloseTo(0.5);
    expect(report.byLang.es!.falseAlarmRate).toBeCloseTo(0.5);
    expect(report.byLang.en!.routine).toBe(0);
  });

  it('Traditional Chinese counts as Chinese and is also reported alone', () => {
    expect(report.byLang.zh!.messages).toBe(1);
    expect(report.byLang['zh-Hant']!.messages).toBe(1);
  });

  it('keeps the sender offset as the provider zone when the corpus line has no working hours', () => {
    expect(zoneOfOffset('2026-11-28T00:47:00-06:00')).toBe('Etc/GMT+6');
    expect(zoneOfOffset('2026-11-28T00:47:00+08:00')).toBe('Etc/GMT-8');
    expect(zoneOfOffset('2026-11-28T00:47:00+05:30')).toBe('Asia/Kolkata');
    expect(zoneOfOffset('2026-11-28T00:47:00Z')).toBe('UTC');
    expect(hoursForLabelled({ sentAt: '2026-11-28T00:47:00+01:00' })).toEqual({ timezone: 'Etc/GMT-1', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' });
    expect(hoursForLabelled({ sentAt: 'x', workingHours: { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5, 6] } }).days).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
