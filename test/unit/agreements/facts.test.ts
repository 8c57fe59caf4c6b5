import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../utils/agreements/backup';
import { addBusinessDays, computeFacts, lateFeeToDate, type FactInput } from '../../../utils/agreements/facts';
import type { Agreement, Backup } from '../../../utils/agreements/schema';

const parsed = parseBackup(readFileSync(new URL('../../fixtures/backups/studio.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('fixture invalid');
const backup: Backup = parsed.backup;
const acmeWeb = backup.agreements.find((a) => a.id === 'a-acme-web')!;
const lotus = backup.agreements.find((a) => a.id === 'a-lotus')!;
const acme = backup.clients.find((c) => c.id === 'c-acme')!;
const provider = backup.provider!;

const base: FactInput = {
  kinds: [],
  sentAt: '2026-11-23T10:00:00Z', // Monday 11:00 in Madrid: inside hours
  agreement: acmeWeb,
  client: acme,
  provider,
  now: new Date('2026-11-23T10:30:00Z'),
};
const of = (facts: ReturnType<typeof computeFacts>, kind: string) => facts.filter((f) => f.kind === kind);

describe('payment facts', () => {
  it('counts the days overdue and the late fee to date, citing the late-fee clause (the DESIGN.md example)', () => {
    const facts = computeFacts({ ...base, kinds: ['payment_delay'] });
    expect(of(facts, 'invoice_overdue')).toEqual([
      {
        kind: 'invoice_overdue',
        invoice: 'INV-042',
        amount: 2400,
        currency: 'EUR',
        dueAt: '2026-10-15',
        overdueDays: 39,
        lateFee: 46.8,
        stopWorkAfterDays: 30,
        clause: '6.2',
        text: 'Invoice INV-042 (€2,400.00) is 39 days overdue; the late fee to date is €46.80; work stops after 30 days (clause 6.2).',
      },
    ]);
    // INV-041 was paid: no fact about it.
    expect(facts.some((f) => f.invoice === 'INV-041')).toBe(false);
  });

  it('counts days by the calendar in the provider’s zone', () => {
    // 23:30 UTC on 15 Oct is already 16 Oct in Madrid: one day overdue there.
    const facts = computeFacts({ ...base, kinds: ['payment_delay'], now: new Date('2026-10-15T23:30:00Z') });
    expect(of(facts, 'invoice_overdue')[0]).toMatchObject({ overdueDays: 1, lateFee: 1.2 });
  });

  it('says an invoice is due soon, without a fee', () => {
    const facts = computeFacts({ ...base, kinds: ['payment_delay'], now: new Date('2026-10-12T10:00:00Z') });
    expect(of(facts, 'invoice_overdue')).toEqual([]);
    expect(of(facts, 'invoice_due')[0]).toMatchObject({ invoice: 'INV-042', daysUntilDue: 3, clause: '6.1' });
  });

  it('applies a fixed late fee, and pro-rates a monthly one by days', () => {
    expect(lateFeeToDate(1000, 10, { fixed: 40 })).toBe(40);
    expect(lateFeeToDate(1000, 45, { percentPerMonth: 2 })).toBe(30);
    expect(lateFeeToDate(1000, 0, { percentPerMonth: 2 })).toBeUndefined();
    expect(lateFeeToDate(1000, 10, undefined)).toBeUndefined();
  });

  it('writes the sentence in Spanish and Chinese', () => {
    const es = computeFacts({ ...base, kinds: ['payment_delay'], locale: 'es' });
    expect(of(es, 'invoice_overdue')[0]!.text).toBe(
      'La factura INV-042 (2400,00\u00a0€) lleva 39 días vencida; el recargo hasta hoy es de 46,80\u00a0€; el trabajo se detiene a los 30 días (cláusula 6.2).',
    );
    const zh = computeFacts({ ...base, kinds: ['payment_delay'], locale: 'zh' });
    expect(of(zh, 'invoice_overdue')[0]!.text).toMatch(/^发票 INV-042（€2,400.00）已逾期 39 天，截至今日滞纳金为 €46.80/);
  });
});

describe('working-hours facts', () => {
  it('gives the local time, the hours, and the next slot in both zones', () => {
    const facts = computeFacts({
      ...base,
      kinds: ['after_hours_urgency'],
      sentAt: '2026-11-21T01:13:00Z', // Saturday 02:13 in Madrid
      now: new Date('2026-11-21T09:00:00Z'),
    });
    expect(of(facts, 'outside_hours')).toEqual([
      {
        kind: 'outside_hours',
        sentAt: '2026-11-21T01:13:00.000Z',
        sentLocal: 'Sat 02:13',
        timezone: 'Europe/Madrid',
        workingHours: 'Mon–Fri 09:00–18:00',
        nextSlot: '2026-11-23T08:00:00.000Z',
        nextSlotLocal: 'Mon 09:00',
        clientTimezone: 'America/Mexico_City',
        nextSlotClientLocal: 'Mon 02:00',
        afterHoursRateMultiplier: 1.5,
        clause: '3.1',
        text:
          'Sent Sat 02:13 (Europe/Madrid), outside working hours Mon–Fri 09:00–18:00; next in-hours slot Mon 09:00 (Mon 02:00 America/Mexico_City); after-hours work is billed at 1.5× (clause 3.1).',
      },
    ]);
  });

  it('is DST-correct: a Saturday message before the October change gets Monday 09:00 winter time', () => {
    const facts = computeFacts({ ...base, kinds: ['after_hours_urgency'], sentAt: '2026-10-24T20:00:00Z', now: new Date('2026-10-24T20:05:00Z') });
    expect(of(facts, 'outside_hours')[0]).toMatchObject({ nextSlot: '2026-10-26T08:00:00.000Z', nextSlotLocal: 'Mon 09:00', sentLocal: 'Sat 22:00' });
  });

  it('says nothing about hours for a message sent inside them', () => {
    expect(of(computeFacts({ ...base, kinds: ['after_hours_urgency'] }), 'outside_hours')).toEqual([]);
  });

  it("uses the provider's zone and default hours when there is no agreement", () => {
    const facts = computeFacts({ ...base, agreement: null, client: null, kinds: ['after_hours_urgency'], sentAt: '2026-11-23T19:00:00Z' });
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ kind: 'outside_hours', sentLocal: 'Mon 20:00', nextSlotLocal: 'Tue 09:00' });
    expect(facts[0]!.clause).toBeUndefined();
  });
});

describe('scope, rounds, rates and obligations', () => {
  it('counts revision rounds against those included', () => {
    const facts = computeFacts({ ...base, kinds: ['endless_revisions'], revisionRoundsUsed: 4 });
    expect(of(facts, 'revision_rounds')).toEqual([
      { kind: 'revision_rounds', used: 4, included: 2, extraRoundRate: 200, currency: 'EUR', clause: '4.2', text: 'Revision round 4 of 2 included; extra rounds €200.00 each (clause 4.2).' },
    ]);
  });

  it('names the excluded item a scope change asks for, and the rate for the change', () => {
    const facts = computeFacts({ ...base, kinds: ['scope_change'], evidence: ['¿Podrías añadir también un blog? Es algo pequeño.'] });
    expect(of(facts, 'scope')[0]).toMatchObject({ matchedExclusion: 'Blog', clause: '2.1' });
    expect(of(facts, 'change_estimate')[0]).toMatchObject({ rate: 60, rateKind: 'change_request', currency: 'EUR', clause: '5.1' });
  });

  it('recognises a request inside the deliverables', () => {
    const facts = computeFacts({ ...base, kinds: ['scope_change'], evidence: ['Can you tweak the contact form labels?'] });
    expect(of(facts, 'scope')[0]).toMatchObject({ matchedDeliverable: 'Contact form' });
    expect(of(facts, 'scope')[0]!.matchedExclusion).toBeUndefined();
  });

  it('computes the rush fee on the agreed fee', () => {
    expect(of(computeFacts({ ...base, kinds: ['rush_deadline'] }), 'rush_fee')[0]).toMatchObject({ percent: 25, fee: 1200, currency: 'EUR' });
  });

  it('lists the client obligations that are late, by due date and by feedback window', () => {
    const facts = computeFacts({ ...base, kinds: ['client_delay'], deliveredAt: '2026-11-17T15:00:00Z' });
    expect(of(facts, 'obligation_late').map((f) => [f.what, f.due, f.lateDays, f.clause])).toEqual([
      ['All page copy and photos', '2026-09-15', 69, '7.1'],
      ['Feedback on each delivery', '2026-11-20', 3, '7.1'],
    ]);
  });

  it('says nothing about an obligation already met', () => {
    const done: Agreement = { ...acmeWeb, clientObligations: [{ what: 'Copy', due: '2026-09-15', doneAt: '2026-09-20' }] };
    expect(of(computeFacts({ ...base, agreement: done, kinds: ['client_delay'] }), 'obligation_late')).toEqual([]);
  });

  it('flags an unsigned agreement, citing its contract clause in Chinese', () => {
    const facts = computeFacts({ ...base, agreement: lotus, kinds: ['anti_contract'], locale: 'zh' });
    expect(of(facts, 'unsigned')).toEqual([{ kind: 'unsigned', text: '协议“小程序开发合同”尚未签署。' }]);
    // Its clauses mention 本合同 but none is about signing: nothing is cited rather than the wrong clause.
  });

  it('finds the Chinese revisions clause for rounds', () => {
    const facts = computeFacts({ ...base, agreement: { ...lotus, scope: { deliverables: [], exclusions: [], revisionRounds: 3 } }, kinds: ['endless_revisions'], revisionRoundsUsed: 4, locale: 'zh' });
    expect(of(facts, 'revision_rounds')[0]).toMatchObject({ used: 4, included: 3, clause: '第五条', text: '第 4 轮修改，合同包含 3 轮（第五条）。' });
  });

  it('returns facts, not an exception, for broken data', () => {
    const broken = { ...acmeWeb, invoices: [{ number: 'X', amount: 10, dueAt: 'garbage' }], clientObligations: null } as unknown as Agreement;
    expect(() => computeFacts({ ...base, agreement: broken, kinds: ['payment_delay', 'client_delay'], sentAt: 'yesterday' })).not.toThrow();
  });
});

describe('Traditional Chinese (zh-Hant) facts', () => {
  // Characters that only Simplified Chinese writes this way: none may appear in a zh-Hant fact.
  const SIMPLIFIED_ONLY = /[发滞纳为将条时间内约轮额变请计费价签协于应误围属项务态据]/;
  const taipeiClient = { ...acme, language: 'zh-Hant' as const };
  const hant: FactInput = { ...base, client: taipeiClient, locale: 'zh' };

  it('writes the overdue invoice in Traditional characters for a zh-Hant client, citing 第 … 條', () => {
    const facts = computeFacts({ ...hant, kinds: ['payment_delay'] });
    expect(of(facts, 'invoice_overdue')[0]!.text).toBe('發票 INV-042（€2,400.00）已逾期 39 天，截至今日滯納金為 €46.80，逾期 30 天將暫停工作（第 6.2 條）。');
  });

  it('uses Taiwan wording for hours, rounds, changes, rush, obligations and scope', () => {
    const facts = computeFacts({
      ...hant,
      kinds: ['after_hours_urgency', 'endless_revisions', 'scope_change', 'rush_deadline', 'client_delay'],
      sentAt: '2026-11-21T01:13:00Z', // Saturday 02:13 in Madrid
      now: new Date('2026-11-21T09:00:00Z'),
      revisionRoundsUsed: 4,
      evidence: ['Could you also add a blog?'],
      deliveredAt: '2026-11-17T15:00:00Z',
    });
    const text = (kind: string) => of(facts, kind)[0]!.text;
    expect(text('outside_hours')).toBe(
      '寄出於 週六 02:13（Europe/Madrid），不在工作時間 週一–週五 09:00–18:00 內；最近的工作時段為 週一 09:00（America/Mexico_City 週一 02:00）；非工作時間按 1.5 倍計費（第 3.1 條）。',
    );
    expect(text('revision_rounds')).toBe('第 4 輪修改，合約包含 2 輪；額外每輪 €200.00（第 4.2 條）。');
    expect(text('scope')).toBe('「Blog」不在約定範圍內（第 2.1 條）。');
    expect(text('change_estimate')).toBe('變更需求以 €60.00 計費（第 5.1 條）。');
    expect(text('rush_fee')).toMatch(/^急件交付加收 25%（以合約金額計為 €1,200.00）/);
    expect(text('obligation_late')).toBe('All page copy and photos：應於 2026年9月15日 提供，已延遲 67 天（第 7.1 條）。');
    for (const f of facts) expect(f.text, f.kind).not.toMatch(SIMPLIFIED_ONLY);
  });

  it('follows the agreement’s language, and a zh-Hant or zh-TW locale, but keeps Simplified for a zh agreement', () => {
    const unsigned = (input: Partial<FactInput>) => of(computeFacts({ ...base, kinds: ['anti_contract'], agreement: lotus, client: null, ...input }), 'unsigned')[0]!.text;
    expect(unsigned({ agreement: { ...lotus, language: 'zh-Hant' }, locale: 'zh' })).toBe('合約「小程序开发合同」尚未簽署。');
    expect(unsigned({ locale: 'zh-Hant' })).toBe('合約「小程序开发合同」尚未簽署。');
    expect(unsigned({ locale: 'zh-TW' })).toBe('合約「小程序开发合同」尚未簽署。');
    // The agreement says Simplified: the client's zh-Hant does not override it.
    expect(unsigned({ client: taipeiClient, locale: 'zh' })).toBe('协议“小程序开发合同”尚未签署。');
    // A panel in English stays English whatever the client writes.
    expect(unsigned({ agreement: { ...lotus, language: 'zh-Hant' } })).toBe('The agreement "小程序开发合同" is not signed.');
  });
});

describe('addBusinessDays', () => {
  it('skips the weekend', () => {
    expect(addBusinessDays('2026-11-20', 1, [1, 2, 3, 4, 5])).toBe('2026-11-23');
    expect(addBusinessDays('2026-11-17', 3, [1, 2, 3, 4, 5])).toBe('2026-11-20');
  });
});
