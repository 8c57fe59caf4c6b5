import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../utils/agreements/backup';
import { rankClauses } from '../../../utils/agreements/clauses';
import { computeFacts } from '../../../utils/agreements/facts';
import { matchClient } from '../../../utils/agreements/match-client';
import type { Agreement } from '../../../utils/agreements/schema';
import { scopeItemNamed } from '../../../utils/agreements/scope-items';
import { matchRanges } from '../../../utils/agreements/text-index';

// Mail and files are hostile: whatever arrives, these return a result and never throw.

describe('hostile input', () => {
  it('parseBackup answers every JSON value with ok or problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseBackup(value);
        if (!result.ok) for (const p of result.problems) expect(typeof p.path === 'string' && p.message.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string(), (text) => void parseBackup(text)), { numRuns: 300 });
  });

  it('parseBackup reports a path for a wrong value anywhere in an agreement', () => {
    fc.assert(
      fc.property(fc.constantFrom('title', 'status', 'currency', 'signedAt', 'clauses', 'invoices'), fc.oneof(fc.integer(), fc.boolean(), fc.constant({})), (field, bad) => {
        const result = parseBackup({ format: 'clausemate/1', clients: [{ id: 'c', name: 'C' }], agreements: [{ id: 'a', clientId: 'c', title: 'T', [field]: bad }] });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.some((p) => p.path.startsWith(`agreements[0].${field}`))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('matchRanges gives sorted ranges inside the text, whatever the text and words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 4 }), (text, words) => {
        const ranges = matchRanges(text, words);
        let last = -1;
        for (const [s, e] of ranges) {
          expect(s).toBeGreaterThan(last);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(text.length);
          last = e;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('matchClient, rankClauses and computeFacts take any text', () => {
    const agreement: Agreement = {
      id: 'a', clientId: 'c', title: 'T', status: 'active', clientObligations: [], invoices: [],
      clauses: [{ number: '1', heading: 'Revisions', text: 'Two rounds.' }],
    };
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(matchClient(text, [{ id: 'c', name: 'C', emails: ['a@b.co'], domains: ['b.co'] }], [agreement]).status).toMatch(/matched|none|ambiguous/);
        expect(Array.isArray(rankClauses(agreement, ['endless_revisions'], [text]))).toBe(true);
        expect(Array.isArray(computeFacts({ kinds: ['scope_change', 'after_hours_urgency'], sentAt: text, agreement, provider: { name: '' }, now: new Date(), evidence: [text] }))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('scopeItemNamed names an item of the scope or nothing, whatever the scope and the request', () => {
    // Words of the shipped concept groups and the matcher's own markers, mixed with any text, any script.
    const words = fc.constantFrom('tree', 'oaks', 'birches', 'railing', 'barandilla', '栏杆', '蚜虫', '病虫害', 'another', 'segunda', '另外', '再做', 'the', 'de', '');
    const phrase = fc.array(fc.oneof(words, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 8 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 6 }), fc.array(phrase, { maxLength: 6 }), phrase, (deliverables, exclusions, request) => {
        const named = scopeItemNamed({ deliverables, exclusions }, request);
        if (named) expect((named.excluded ? exclusions : deliverables).includes(named.item)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
