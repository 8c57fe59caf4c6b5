import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitReply } from '../../../utils/mail/split-reply';
import { classifyMessage, UNCLASSIFIED } from '../../../utils/triage/classify';
import { REQUEST_KINDS } from '../../../utils/triage/kinds';

// E-mail is hostile input: every input gives a result or a clear "could not classify", never a throw, never a hang.

const hours = { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };

function wellFormed(text: string, r: ReturnType<typeof classifyMessage>): void {
  expect(['en', 'es', 'zh', 'zh-Hant', 'other', 'unknown']).toContain(r.lang);
  expect(Array.isArray(r.facts)).toBe(true);
  for (const l of r.labels) {
    expect(REQUEST_KINDS).toContain(l.kind);
    expect(l.score).toBeGreaterThanOrEqual(0.5);
    expect(l.score).toBeLessThanOrEqual(1);
    for (const e of l.evidence) expect(text.includes(e)).toBe(true);
  }
  if (r.labels.length === 0 && r.unclassified !== undefined) expect(typeof r.unclassified).toBe('string');
}

describe('bad input', () => {
  it('empty text says there is nothing to classify', () => {
    for (const text of ['', '   ', '\n\n\t']) {
      expect(classifyMessage({ text })).toEqual({ lang: 'unknown', labels: [], facts: [], unclassified: UNCLASSIFIED.empty });
    }
  });

  it('a body that is only a signature or only quoted history is empty after splitReply', () => {
    for (const raw of ['--\nLucía Romero\nRomero Studio', 'On Fri, Nov 27, 2026 at 10:02 AM Jess <jess@x.com> wrote:\n> FIX IT TONIGHT OR ELSE\n> you clown']) {
      const r = classifyMessage({ text: splitReply(raw).body, sentAt: '2026-11-28T01:00:00+01:00', hours });
      expect(r.labels).toEqual([]);
      expect(r.unclassified).toBe(UNCLASSIFIED.empty);
    }
  });

  it('emoji only, or numbers only, has no words to classify', () => {
    for (const text of ['🙏🙏🎉👍', '12345 67.89', '!!!???']) expect(classifyMessage({ text }).unclassified).toBe(UNCLASSIFIED.noWords);
  });

  it('shouting in capitals is read like any other text', () => {
    const r = classifyMessage({ text: 'THE SITE IS DOWN AGAIN. I NEED THIS FIXED TONIGHT. WHY AM I PAYING YOU??', sentAt: '2026-11-21T23:48:00+01:00', hours });
    expect(r.labels.map((l) => l.kind).sort()).toEqual(['abusive_tone', 'after_hours_urgency']);
  });

  it('an unsupported language is labelled other and says it could not classify', () => {
    const r = classifyMessage({ text: 'Bonjour, pourriez-vous m’envoyer la facture avant vendredi ? Merci beaucoup.' });
    expect(r.lang).toBe('other');
    expect(r.labels).toEqual([]);
    expect(r.unclassified).toBe(UNCLASSIFIED.unsupported);
  });

  it('a non-string text or a broken date does not throw', () => {
    expect(classifyMessage({ text: undefined as unknown as string }).unclassified).toBe(UNCLASSIFIED.empty);
    const r = classifyMessage({ text: 'Fix it right now!', sentAt: 'yesterday-ish', hours });
    expect(r.labels.map((l) => l.kind)).not.toContain('after_hours_urgency');
  });

  it('a 1 MB message is classified (linear in length: this must not time out)', () => {
    const chunk = 'Could you also add a blog page? We will pay the invoice next month. 我们还想加一个在线商城。\n';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const r = classifyMessage({ text, sentAt: '2026-11-17T11:00:00+01:00', hours });
    expect(r.labels.map((l) => l.kind)).toContain('scope_change');
    wellFormed(text, r);
  });

  it('a megabyte without a single line break or full stop is still fine', () => {
    const text = 'a'.repeat(500_000) + ' urgent ' + 'b'.repeat(500_000);
    wellFormed(text, classifyMessage({ text, sentAt: '2026-11-21T23:00:00+01:00', hours }));
  });

  it('random Unicode never throws and evidence is always verbatim', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        wellFormed(text, classifyMessage({ text, sentAt: '2026-11-21T23:00:00+01:00', hours }));
      }),
      { numRuns: 300 },
    );
  });

  it('random mixes of real cue words never throw and evidence is always verbatim', () => {
    const words = ['urgent', 'tonight', 'invoice', 'could you also', 'discount', 'gratis', '马上', '今晚', '顺便', 'my nephew says', '¿', '?', '.', '\n', '第九版', 'no rush', 'contrato', 'ÉNORME', 'İstanbul', '\u0301'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), fc.constantFrom(' ', '', '  '), (parts, sep) => {
        const text = parts.join(sep);
        wellFormed(text, classifyMessage({ text, sentAt: '2026-11-17T11:00:00+01:00', hours }));
      }),
      { numRuns: 300 },
    );
  });
});
