import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../utils/agreements/backup';
import { rankClauses } from '../../../utils/agreements/clauses';
import type { Agreement } from '../../../utils/agreements/schema';

const parsed = parseBackup(readFileSync(new URL('../../fixtures/backups/studio.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('fixture invalid');
const acmeWeb = parsed.backup.agreements.find((a) => a.id === 'a-acme-web')!;
const lotus = parsed.backup.agreements.find((a) => a.id === 'a-lotus')!;
const numbers = (ranked: ReturnType<typeof rankClauses>) => ranked.map((r) => r.clause.number);

describe('rankClauses', () => {
  it('puts the late-payment and payment clauses first for a payment delay', () => {
    const ranked = rankClauses(acmeWeb, ['payment_delay'], ["We'll pay the invoice next month, cash flow is tight."]);
    expect(numbers(ranked).slice(0, 2)).toEqual(['6.2', '6.1']);
    for (const r of ranked) expect(r.score).toBeGreaterThan(0);
    expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
    expect(ranked[0]!.score).toBeLessThan(1);
  });

  it('finds the English "Revisions" clause from a Spanish message', () => {
    const ranked = rankClauses(acmeWeb, ['endless_revisions'], ['¿Podemos hacer otra ronda de revisiones del diseño?']);
    expect(numbers(ranked)[0]).toBe('4.2');
  });

  it('lets the evidence alone point to the clause, across languages', () => {
    expect(numbers(rankClauses(acmeWeb, [], ['Necesito otra ronda de revisiones']))[0]).toBe('4.2');
    expect(numbers(rankClauses(acmeWeb, [], ['这个周末能不能加急处理？']))[0]).toBe('3.1');
    expect(numbers(rankClauses(acmeWeb, [], ['¿Cuándo vence la factura?']))[0]).toBe('6.1');
  });

  it('finds the working-hours clause for after-hours urgency', () => {
    expect(numbers(rankClauses(acmeWeb, ['after_hours_urgency'], ['URGENT I need this tonight!!']))[0]).toBe('3.1');
  });

  it('finds scope and change clauses for a scope change', () => {
    expect(numbers(rankClauses(acmeWeb, ['scope_change'], ['Can you also add a blog section? It is small.'])).slice(0, 2)).toEqual(['2.1', '5.1']);
  });

  it('ranks Chinese clauses for Chinese and English messages', () => {
    expect(numbers(rankClauses(lotus, ['endless_revisions'], ['能不能再修改一轮？']))[0]).toBe('第五条');
    expect(numbers(rankClauses(lotus, ['payment_delay'], ['We will pay next month']))[0]).toBe('第六条');
  });

  it('finds the Chinese revisions clause from a Traditional Chinese message', () => {
    expect(numbers(rankClauses(lotus, ['endless_revisions'], ['可以再修訂一次嗎？']))[0]).toBe('第五条');
  });

  it('returns nothing when no clause speaks to the request', () => {
    expect(rankClauses(acmeWeb, ['abusive_tone'], ['You are useless'])).toEqual([]);
    const none: Agreement = { ...acmeWeb, clauses: [] };
    expect(rankClauses(none, ['payment_delay'], [])).toEqual([]);
  });
});
