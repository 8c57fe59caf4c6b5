import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFacts } from '../../../utils/agreements/facts';
import { rankClauses } from '../../../utils/agreements/clauses';
import type { Agreement } from '../../../utils/agreements/schema';
import { composeDrafts } from '../../../utils/drafting/compose';
import { SAMPLE_CLIENT, SAMPLE_NOW, SAMPLE_PROVIDER, sampleAgreement, sampleFacts } from '../../../utils/drafting/sample-data';
import { REQUEST_KINDS, type Fact, type RequestKind } from '../../../utils/triage/kinds';
import { decisionParagraph, draftsFor, LANGS, questionMarks, sampleInput } from './helpers';

describe('composeDrafts', () => {
  it('drafts nothing for a routine message', () => {
    expect(draftsFor('en', [])).toEqual([]);
  });

  it('answers several requests in one reply: the tone boundary first, then payment, then scope', () => {
    for (const lang of LANGS) {
      const [draft] = draftsFor(lang, ['scope_change', 'payment_delay', 'abusive_tone']);
      expect(draft.kinds).toEqual(['abusive_tone', 'payment_delay', 'scope_change']);
      const at = (n: string) => draft.text.search(new RegExp(`(clause|cláusula|第)\\s?${n.replace('.', '\\.')}`, 'i'));
      expect(at('8.1')).toBeGreaterThan(0);
      expect(at('8.1')).toBeLessThan(at('6.1'));
      expect(at('6.1')).toBeLessThan(at('2.1'));
      // Numbering runs on across the requests, so the client can answer "2 and 4".
      draft.options.forEach((option, i) => expect(draft.text).toContain(`${i + 1}. ${option}`));
      expect(draft.options.length).toBeGreaterThanOrEqual(6);
      expect(questionMarks(draft.text)).toBe(1);
      expect(decisionParagraph(draft.text)).toMatch(/December 2|2 de diciembre|12月2日/);
    }
  });

  it('climbs the payment ladder with the reminders already sent', () => {
    const step = (reminderCount: number, overdueDays: number) => {
      const facts = sampleFacts('en').map((f) => (f.kind === 'invoice_overdue' ? { ...f, overdueDays } : f));
      return draftsFor('en', ['payment_delay'], { facts, reminderCount })[0];
    };
    const friendly = step(0, 5);
    expect(friendly.step).toBe('friendly');
    expect(friendly.tone).toBe('warm');
    expect(friendly.text).toMatch(/friendly reminder/i);
    expect(friendly.text).not.toMatch(/paused|late fee/i);
    const firm = step(1, 5);
    expect(firm.step).toBe('firm');
    expect(firm.text).toContain('late fee');
    expect(firm.text).not.toMatch(/paused/i);
    const final = step(2, 44);
    expect(final.step).toBe('final');
    expect(final.tone).toBe('firm');
    // The consequence is the one clause 6.2 names: work pauses past 30 days overdue.
    expect(final.text).toMatch(/work is paused once an invoice is 30 days overdue/);
    expect(final.text).toContain('Clause 6.2 states');
    expect(firm.text).toContain('Clause 6.1 of our agreement states');
  });

  it('makes no threat before the final notice, in any language or tone', () => {
    const consequence = /paus|suspen|stop|暂停|暫停|停止|停工/i;
    for (const lang of LANGS)
      for (const tone of ['warm', 'neutral', 'firm'] as const)
        for (const [reminderCount, overdueDays, step] of [[0, 5, 'friendly'], [1, 20, 'firm']] as const) {
          const facts = sampleFacts(lang).map((f) => (f.kind === 'invoice_overdue' ? { ...f, overdueDays } : f));
          const [draft] = draftsFor(lang, ['payment_delay'], { facts, reminderCount, tone });
          expect(draft.step).toBe(step);
          expect(draft.text, `${lang} ${tone} ${step}`).not.toMatch(consequence);
        }
  });

  it('names the stop-work date when it is still ahead', () => {
    const facts = sampleFacts('es').map((f) => (f.kind === 'invoice_overdue' ? { ...f, overdueDays: 20, dueAt: '2026-11-08' } : f));
    const [draft] = draftsFor('es', ['payment_delay'], { facts, reminderCount: 2 });
    expect(draft.text).toContain('el trabajo quedará en pausa el martes 8 de diciembre');
  });

  it('proposes what the agreement lacks and lists it for review, inventing no number', () => {
    const bare: Agreement = { id: 'a', clientId: 'c', title: 'Logo', status: 'active', clientObligations: [], clauses: [], invoices: [] };
    for (const lang of LANGS) {
      for (const kind of ['scope_change', 'endless_revisions', 'client_delay', 'after_hours_urgency'] as RequestKind[]) {
        const [draft] = composeDrafts({ ...sampleInput(lang, [kind]), agreement: bare, facts: [] });
        expect(draft.review.length, `${kind} ${lang}`).toBeGreaterThan(0);
        for (const proposal of draft.review) expect(draft.text).toContain(proposal);
        expect(draft.text).not.toMatch(/\d+[.,]\d\d|EUR|€|欧元|歐元/);
        expect(draft.text).not.toMatch(/\{\{|\}\}/);
        expect(questionMarks(draft.text)).toBe(1);
      }
    }
  });

  it('final notice without a stop-work term proposes a pause and marks it for review', () => {
    const facts = sampleFacts('en').map((f) => (f.kind === 'invoice_overdue' ? { ...f, stopWorkAfterDays: undefined } : f));
    const agreement = sampleAgreement('en');
    agreement.money = { ...agreement.money, stopWorkAfterDays: undefined };
    const [draft] = draftsFor('en', ['payment_delay'], { facts, agreement, reminderCount: 3 });
    expect(draft.step).toBe('final');
    expect(draft.review).toEqual([expect.stringContaining('I propose to pause new work from Wednesday, December 2')]);
  });

  it('uses the user’s own template, and the built-in one when theirs is broken', () => {
    const mine = { id: 'know_it_all.en.warm', kind: 'know_it_all', lang: 'en' as const, tone: 'warm' as const,
      text: '[ack]\nCheers for the tip, {{client.firstName}}.\n[option]\nA rationale.\n[option]\nAn alternative.\n[ask]\nRationale by {{reply.by}}?' };
    const [own] = draftsFor('en', ['know_it_all'], { tone: 'warm', templates: [mine] });
    expect(own.text).toContain('Cheers for the tip, Ana.');
    const [fallback] = draftsFor('en', ['know_it_all'], { tone: 'warm', templates: [{ ...mine, text: '[ack]\n{{client.nickname}}' }] });
    expect(fallback.text).toContain('Thanks for passing this on');
    expect(fallback.review[0]).toContain('know_it_all.en.warm');
  });

  it('drafts from the facts and clauses the agreements engine computes', () => {
    for (const lang of LANGS) {
      const agreement = sampleAgreement(lang);
      const kinds: RequestKind[] = ['payment_delay', 'after_hours_urgency'];
      const facts = computeFacts({ kinds, sentAt: SAMPLE_NOW.toISOString(), agreement, client: SAMPLE_CLIENT, provider: SAMPLE_PROVIDER, now: SAMPLE_NOW });
      const clauses = rankClauses(agreement, kinds, []);
      const [draft] = composeDrafts({ ...sampleInput(lang, kinds), facts, clauses });
      expect(draft.text).toContain('INV-042');
      expect(draft.text).toContain('44');
      expect(draft.text).toContain('09:00');
      // At 44 days overdue with no reminder yet, the ladder is at its firm step: it quotes the payment terms (6.1).
      expect(draft.text).toMatch(/6\.1/);
      expect(draft.text).toMatch(/3\.1/);
      expect(questionMarks(draft.text)).toBe(1);
    }
  });

  it('never throws, never leaves a variable unfilled, and asks at most one question, whatever data is missing', () => {
    const allFacts = sampleFacts('en');
    const full = sampleAgreement('en');
    fc.assert(
      fc.property(
        fc.subarray([...REQUEST_KINDS], { minLength: 1 }),
        fc.constantFrom(...LANGS),
        fc.constantFrom('warm', 'neutral', 'firm', undefined),
        fc.subarray(allFacts),
        fc.func(fc.boolean()),
        // Any first name, braces included; question marks left out so the count below is the reply's own.
        fc.option(fc.string().map((s) => s.replace(/[?？]/g, '')), { nil: undefined }),
        fc.boolean(),
        fc.nat(4),
        (kinds, lang, tone, facts, keep, firstName, withAgreement, reminderCount) => {
          // Knock random fields out of the facts and the agreement, as a sparse backup would.
          const thin = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k], i) => k === 'kind' || keep(k, i)));
          const sparseFacts = facts.map((f) => thin(f) as Fact);
          const agreement = withAgreement
            ? ({ ...full, money: thin(full.money ?? {}), hours: thin(full.hours ?? {}), scope: keep('scope') ? full.scope : undefined,
                 clauses: full.clauses.filter((c, i) => keep(c.number, i)) } as Agreement)
            : null;
          const drafts = composeDrafts({
            labels: kinds.map((kind) => ({ kind, score: 1, evidence: [] })), lang, tone, facts: sparseFacts, clauses: [],
            client: keep('client') ? SAMPLE_CLIENT : null, agreement, provider: keep('provider') ? SAMPLE_PROVIDER : { name: '' },
            now: SAMPLE_NOW, reminderCount, clientFirstName: firstName,
          });
          expect(drafts.length).toBeGreaterThanOrEqual(2);
          for (const d of drafts) {
            expect(d.text).not.toMatch(/\{\{|\}\}|undefined|NaN|null/);
            expect(questionMarks(d.text)).toBe(1);
            expect(d.options.length).toBeGreaterThanOrEqual(2);
            for (const proposal of d.review) expect(d.text).toContain(proposal);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('still dates its question when the clock cannot be read', () => {
    const [draft] = draftsFor('en', ['scope_change'], { now: new Date('not a date') });
    expect(questionMarks(draft.text)).toBe(1);
    expect(decisionParagraph(draft.text)).toMatch(/by (Monday|Tuesday|Wednesday|Thursday|Friday), /);
  });

  it('answers in English when asked for a language it has no templates for', () => {
    const [draft] = composeDrafts({ ...sampleInput('en', ['scope_change']), lang: 'fr' as never });
    expect(draft.lang).toBe('en');
    expect(draft.text).toContain('clause 2.1');
  });

  it('survives garbage input', () => {
    // Hostile or corrupt data from storage must not break the panel.
    const garbage = { labels: [{ kind: 'scope_change' }], lang: 'en', facts: [null, 42, { kind: 'invoice_overdue', overdueDays: 'many' }],
      clauses: [{}], client: null, agreement: { clauses: null }, provider: {}, now: new Date('nope') } as never;
    expect(() => composeDrafts(garbage)).not.toThrow();
  });
});

describe('revision rounds', () => {
  it('states the count only when it goes beyond the rounds included', () => {
    const within = sampleFacts('en').map((f) => (f.kind === 'revision_rounds' ? { ...f, used: 1 } : f));
    const [draft] = draftsFor('en', ['endless_revisions'], { facts: within });
    expect(draft.text).not.toMatch(/revision round 1/);
    expect(draft.text).toContain('Our agreement includes 2 rounds of revisions.');
    expect(draft.options[0]).toBe('Extra rounds at EUR 200 each, beyond the 2 included.');
  });
});

describe('an invoice not yet due', () => {
  it('is reminded of in the future tense, with its due date', () => {
    const due = [{ kind: 'invoice_due', text: '', clause: '6.1', invoice: 'INV-043', amount: 2400, currency: 'EUR', dueAt: '2026-12-03', daysUntilDue: 5 }];
    const expected = { en: 'is due on Thursday, December 3', es: 'vence el jueves 3 de diciembre', zh: '将于12月3日星期四到期', 'zh-Hant': '將於12月3日星期四到期' };
    for (const lang of LANGS) {
      const [draft] = draftsFor(lang, ['payment_delay'], { facts: due });
      expect(draft.step).toBe('friendly');
      expect(draft.text).toContain('INV-043');
      expect(draft.text).toContain(expected[lang]);
    }
  });
});
