import { describe, expect, it } from 'vitest';
import {
  annotatorOutcomes,
  evaluate,
  hoursForLabelled,
  parseAnnotations,
  withAnnotations,
  zoneOfOffset,
  type LabelledMessage,
  type Outcome,
} from '../../../utils/triage/evaluation';

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

describe('a second annotator', () => {
  const corpus: LabelledMessage[] = [
    { id: 'a', lang: 'en', text: 'Could you also do the flyers?', labels: ['scope_change'] },
    { id: 'b', lang: 'en', text: 'Paid today, thanks.', labels: ['none'] },
    { id: 'c', lang: 'es', text: 'Pagamos el mes que viene.', labels: ['payment_delay'] },
  ];

  it('reads {id, labels} lines, reporting bad, repeated and unknown ones without throwing', () => {
    const raw = [
      '{"id":"a","labels":["scope_change"],"note":"extra flyers"}',
      'not json',
      '{"id":"b"}',
      '{"id":"a","labels":["none"]}',
      '{"id":"c","labels":["payment_delay","late_fee"]}',
      '',
    ].join('\n');
    const { labels, problems } = parseAnnotations(raw);
    expect([...labels]).toEqual([
      ['a', ['scope_change']],
      ['c', ['payment_delay', 'late_fee']],
    ]);
    expect(problems).toEqual([
      'line 2: not valid JSON, skipped',
      'line 3: needs "id" and "labels", skipped',
      'line 4: id a labelled twice, the first kept',
      'line 5: unknown label late_fee ignored',
    ]);
  });

  it('replaces the corpus labels with the annotator’s and leaves out what the annotator did not label', () => {
    const { messages, unlabelled } = withAnnotations(corpus, new Map([['a', ['none']], ['c', ['payment_delay']]]));
    expect(messages.map((m) => [m.id, m.labels])).toEqual([
      ['a', ['none']],
      ['c', ['payment_delay']],
    ]);
    expect(unlabelled).toEqual(['b']);
  });

  it('is scored against the corpus like the classifier: a missed scope change, an agreed routine message', () => {
    const outcomes = annotatorOutcomes(corpus, new Map([['a', ['none']], ['b', ['none']], ['c', ['payment_delay']]]));
    expect(outcomes).toEqual([
      { id: 'a', lang: 'en', gold: ['scope_change'], predicted: [] },
      { id: 'b', lang: 'en', gold: [], predicted: [] },
      { id: 'c', lang: 'es', gold: ['payment_delay'], predicted: ['payment_delay'] },
    ]);
    const r = evaluate(outcomes);
    expect(r.all.perKind.scope_change.recall).toBe(0);
    expect(r.all.perKind.payment_delay.f1).toBe(1);
    expect(r.all.falseAlarmRate).toBe(0);
  });
});
