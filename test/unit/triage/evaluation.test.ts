import { describe, expect, it } from 'vitest';
import {
  annotatorOutcomes,
  classifyInputOf,
  evaluate,
  hoursForLabelled,
  outcomesOf,
  parseAnnotations,
  parseLabelled,
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

describe('corpus lines that carry their agreement', () => {
  const scope = { deliverables: ['40 product photos on white background', 'two lifestyle banners'], exclusions: ['retouching of archive photos'], revisionRounds: 2 };
  const hours = { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '07:00', end: '15:00' };
  const line = (extra: object) => JSON.stringify({ id: 'g', lang: 'en', sentAt: '2026-11-18T16:30:00+01:00', text: 'Hi', labels: ['none'], ...extra });

  it('reads the agreement and the earlier messages, and reports a bad one without throwing', () => {
    const { messages, problems } = parseLabelled(
      [
        line({ agreement: { scope, hours }, prior: ['Can you make the logo bigger?'] }),
        line({ id: 'bad-scope', agreement: { scope: { deliverables: 'photos' } } }),
        line({ id: 'bad-zone', agreement: { hours: { timezone: 'Mars/Olympus' } } }),
        line({ id: 'not-object', agreement: ['photos'] }),
        line({ id: 'bad-prior', prior: 'one message' }),
      ].join('\n'),
    );
    expect(messages.map((m) => m.id)).toEqual(['g']);
    expect(messages[0]!.agreement?.scope?.deliverables).toEqual(scope.deliverables);
    expect(messages[0]!.prior).toEqual(['Can you make the logo bigger?']);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^line 2: "agreement" is not a valid agreement \(scope\.deliverables: .+\), skipped$/);
    expect(problems[1]).toMatch(/^line 3: "agreement" is not a valid agreement \(hours\.timezone: .+\), skipped$/);
    expect(problems[2]).toBe('line 4: "agreement" is not a valid agreement (not an object), skipped');
    expect(problems[3]).toBe('line 5: "prior" must be a list of texts, skipped');
  });

  it('gives the classifier the agreement’s hours, scope and earlier messages, or none of them when asked', () => {
    const [m] = parseLabelled(line({ agreement: { scope, hours }, prior: ['Can you make the logo bigger?'] })).messages;
    const grounded = classifyInputOf(m!);
    expect(grounded.hours).toEqual(hours);
    expect(grounded.agreement?.scope?.revisionRounds).toBe(2);
    expect(grounded.priorClientMessages).toEqual(['Can you make the logo bigger?']);
    expect(grounded.now?.toISOString()).toBe('2026-11-18T15:30:00.000Z');
    const bare = classifyInputOf(m!, { agreements: false });
    expect(bare.agreement).toBeUndefined();
    expect(bare.hours).toEqual({ timezone: 'Etc/GMT-1', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' });
  });

  it('changes the labels where the agreement decides them', () => {
    const { messages } = parseLabelled(
      [
        // Listed in the deliverables: not a scope change with the agreement, however it is asked.
        line({ id: 'inside', sentAt: '2026-11-18T10:00:00+01:00', text: 'Could you also do the 40 product photos on white background this week?', agreement: { scope, hours } }),
        // 16:30 on a Wednesday: inside 09:00–18:00, outside this agreement's 07:00–15:00.
        line({ id: 'late', text: 'URGENT: the banner is broken, fix it right now please!', labels: ['after_hours_urgency'], agreement: { scope, hours } }),
      ].join('\n'),
    );
    const predicted = (agreements: boolean) =>
      Object.fromEntries(outcomesOf(messages, { agreements }).map((o) => [o.id, o.predicted]));
    expect(predicted(true).inside).not.toContain('scope_change');
    expect(predicted(false).inside).toContain('scope_change');
    expect(predicted(true).late).toContain('after_hours_urgency');
    expect(predicted(false).late).not.toContain('after_hours_urgency');
  });
});
