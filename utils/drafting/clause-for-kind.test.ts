import { describe, expect, it } from 'vitest';
import { sampleAgreement } from './sample-data';
import { briefQuote, clauseForKind } from './clause-for-kind';

const es = sampleAgreement('es');

describe('clauseForKind', () => {
  it('takes the clause a fact names', () => {
    expect(clauseForKind('endless_revisions', [{ kind: 'revision_rounds', text: '', clause: '4.2' }], [], es)?.number).toBe('4.2');
  });

  it('overrides a fact pinned on a clause about something else when one is headed for the kind', () => {
    expect(clauseForKind('rush_deadline', [{ kind: 'rush_fee', text: '', clause: '3.1' }], [], es)?.number).toBe('3.4');
  });

  it('quotes payment terms on the first two steps and the late-payment clause on the final notice', () => {
    const facts = [{ kind: 'invoice_overdue', text: '', clause: '6.2' }];
    expect(clauseForKind('payment_delay', facts, [], es, 'friendly')?.number).toBe('6.1');
    expect(clauseForKind('payment_delay', facts, [], es, 'firm')?.number).toBe('6.1');
    expect(clauseForKind('payment_delay', [{ kind: 'invoice_overdue', text: '', clause: '6.1' }], [], es, 'final')?.number).toBe('6.2');
  });

  it('finds a clause by its heading in each language, and cites nothing rather than a wrong one', () => {
    expect(clauseForKind('after_hours_urgency', [], [], sampleAgreement('zh-Hant'))?.number).toBe('3.1');
    expect(clauseForKind('abusive_tone', [], [], sampleAgreement('zh'))?.number).toBe('8.1');
    expect(clauseForKind('abusive_tone', [], [], { ...es, clauses: es.clauses.filter((c) => c.number !== '8.1') })).toBeUndefined();
  });
});

describe('briefQuote', () => {
  it('keeps whole sentences up to about 200 characters', () => {
    expect(briefQuote('Two rounds are included. Further rounds cost EUR 2.50 each.')).toBe('Two rounds are included. Further rounds cost EUR 2.50 each.');
    const long = `${'The provider will deliver the agreed work with care and diligence, '.repeat(5)}and so on. Second sentence.`;
    const quote = briefQuote(long);
    expect(quote.length).toBeLessThanOrEqual(201);
    expect(quote.endsWith('…')).toBe(true);
  });

  it('cuts Chinese at the sentence mark', () => {
    expect(briefQuote(`${'费用包含两轮修改。'.repeat(30)}`)).toMatch(/^(费用包含两轮修改。)+$/);
  });
});
