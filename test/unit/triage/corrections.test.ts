import { describe, expect, it } from 'vitest';
import type { RequestCorrection } from '../../../utils/agreements/schema';
import { classifyMessage } from '../../../utils/triage/classify';
import { features, similarity } from '../../../utils/triage/corrections';

// The user's corrections change later results for similar text, and only for similar text.

const TUESDAY = '2026-11-17T11:00:00+01:00';
const hours = { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
const at = (d: string) => `${d}T10:00:00Z`;
const kinds = (text: string, corrections: RequestCorrection[]) =>
  classifyMessage({ text, sentAt: TUESDAY, hours, corrections }).labels.map((l) => l.kind);

describe('corrections', () => {
  const newsletter = 'Could you also set up the monthly newsletter template in Mailchimp?';

  it('a label marked wrong is no longer given to the same or a similar message', () => {
    expect(kinds(newsletter, [])).toContain('scope_change');
    const wrong: RequestCorrection = { id: 'c1', text: newsletter, kind: 'scope_change', verdict: 'wrong', at: at('2026-11-20') };
    expect(kinds(newsletter, [wrong])).not.toContain('scope_change');
    expect(kinds('Could you also set up the monthly newsletter template in Mailchimp, please?', [wrong])).not.toContain('scope_change');
  });

  it('a wrong verdict on one text leaves unrelated messages alone', () => {
    const wrong: RequestCorrection = { id: 'c1', text: newsletter, kind: 'scope_change', verdict: 'wrong', at: at('2026-11-20') };
    expect(kinds('While you are at it, could you throw in an Android version of the app?', [wrong])).toContain('scope_change');
  });

  it('a missing label is added to similar messages, with the closest sentence as evidence', () => {
    const text = 'The printer says the colours on page four look muddy again.';
    expect(kinds(text, [])).toEqual([]);
    const missing: RequestCorrection = { id: 'c2', text, kind: 'endless_revisions', verdict: 'missing', at: at('2026-11-20') };
    const r = classifyMessage({ text: 'Hi! The printer says the colours on page four look muddy again.', sentAt: TUESDAY, hours, corrections: [missing] });
    const label = r.labels.find((l) => l.kind === 'endless_revisions');
    expect(label).toBeDefined();
    expect(label!.evidence).toEqual(['The printer says the colours on page four look muddy again.']);
  });

  it('the newest correction wins when two disagree', () => {
    const older: RequestCorrection = { id: 'a', text: newsletter, kind: 'scope_change', verdict: 'wrong', at: at('2026-11-01') };
    const newer: RequestCorrection = { id: 'b', text: newsletter, kind: 'scope_change', verdict: 'missing', at: at('2026-11-10') };
    expect(kinds(newsletter, [newer, older])).toContain('scope_change');
    expect(kinds(newsletter, [{ ...older, at: at('2026-11-20') }, newer])).not.toContain('scope_change');
  });

  it('works for Chinese text through character pairs', () => {
    const text = '印厂说这次的颜色又偏暗了';
    const missing: RequestCorrection = { id: 'z', text, kind: 'endless_revisions', verdict: 'missing', at: at('2026-11-20') };
    expect(kinds(`你好，${text}。`, [missing])).toContain('endless_revisions');
    expect(kinds('周四的例会改到下午两点。', [missing])).toEqual([]);
  });

  it('ignores corrections of unknown kinds', () => {
    const odd = { id: 'x', text: newsletter, kind: 'weather', verdict: 'missing', at: at('2026-11-20') } as RequestCorrection;
    expect(kinds(newsletter, [odd])).toEqual(['scope_change']);
  });

  it('similarity is symmetric and 1 for identical texts', () => {
    const a = features(newsletter);
    expect(similarity(a, a)).toBe(1);
    const b = features('Send the invoice next week');
    expect(similarity(a, b)).toBe(similarity(b, a));
    expect(similarity(a, b)).toBeLessThan(0.3);
  });
});
