import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../utils/triage/detect-language';
import { REQUEST_KINDS, type RequestKind } from '../../../utils/triage/kinds';
import type { DraftLanguage } from '../../../utils/drafting/draft';
import { decisionParagraph, draftsFor, LANGS, questionMarks } from './helpers';

// Every kind in every language, on the sample agreement (utils/drafting/sample-data.ts): the clause a reply must
// cite, and the numbers computed from the agreement that must appear as the client will read them.

const CLAUSE: Record<RequestKind, string> = {
  scope_change: '2.1',
  after_hours_urgency: '3.1',
  rush_deadline: '3.4',
  payment_delay: '6.1',
  discount_pressure: '6.1',
  endless_revisions: '4.2',
  indecisive_reversal: '5.3',
  client_delay: '5.1',
  anti_contract: '9.1',
  abusive_tone: '8.1',
  know_it_all: '2.5',
};

const money = (en: string, es: string, zh: string, hant: string): Record<DraftLanguage, string> => ({ en, es, zh, 'zh-Hant': hant });

const NUMBERS: Record<RequestKind, (lang: DraftLanguage) => string[]> = {
  scope_change: (l) => [money('EUR 60', '60 €', '60欧元', '60歐元')[l]],
  after_hours_urgency: (l) => ['02:13', '09:00', l === 'es' ? '1,5' : '1.5'],
  rush_deadline: (l) => [money('EUR 1,200', '1200 €', '1,200欧元', '1,200歐元')[l], '25'],
  payment_delay: (l) => ['INV-042', '44', money('EUR 52.80', '52,80 €', '52.80欧元', '52.80歐元')[l], money('EUR 2,452.80', '2452,80 €', '2,452.80欧元', '2,452.80歐元')[l]],
  discount_pressure: (l) => [money('EUR 4,800', '4800 €', '4,800欧元', '4,800歐元')[l]],
  endless_revisions: (l) => ['3', '2', money('EUR 200', '200 €', '200欧元', '200歐元')[l]],
  indecisive_reversal: (l) => [money('EUR 60', '60 €', '60欧元', '60歐元')[l]],
  client_delay: () => ['74'],
  anti_contract: () => [],
  abusive_tone: () => ['09:00'],
  know_it_all: () => [],
};

const CLAUSE_WORD: Record<DraftLanguage, RegExp> = {
  en: /clause (\d+\.\d+)/gi,
  es: /cláusula (\d+\.\d+)/gi,
  zh: /第(\d+\.\d+)条/g,
  'zh-Hant': /第(\d+\.\d+)條/g,
};

describe.each(LANGS)('drafts in %s', (lang) => {
  it.each(REQUEST_KINDS)('%s: cites its clause, states the numbers, offers two alternatives and asks one question', (kind) => {
    const drafts = draftsFor(lang, [kind]);
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    expect(drafts.length).toBeLessThanOrEqual(3);
    for (const draft of drafts) {
      const { text } = draft;
      expect(draft.lang).toBe(lang);
      expect(draft.kinds).toEqual([kind]);
      const cited = [...text.matchAll(CLAUSE_WORD[lang])].map((m) => m[1]);
      expect(cited).toEqual([CLAUSE[kind]]);
      for (const n of NUMBERS[kind](lang)) expect(text).toContain(n);
      expect(draft.options.length).toBeGreaterThanOrEqual(2);
      for (const [i, option] of draft.options.entries()) expect(text).toContain(`${i + 1}. ${option}`);
      expect(questionMarks(text)).toBe(1);
      // The question names the date the decision is needed by (the sample's "now" is Saturday 28 November).
      expect(decisionParagraph(text)).toMatch(/December 2|2 de diciembre|12月2日|November 30|30 de noviembre|11月30日/);
      expect(text).not.toMatch(/\{\{|\}\}|undefined|NaN/);
      expect(detectLanguage(text)).toBe(lang);
      expect(text).toContain('Lucía Romero · Romero Studio');
      expect(draft.review).toEqual([]);
    }
  });
});

describe('tones and variants', () => {
  it('offers the chosen tone, the same with the second alternative leading, and a contrasting tone', () => {
    const [first, second, third] = draftsFor('en', ['scope_change'], { tone: 'warm' });
    expect(first.tone).toBe('warm');
    expect(second.tone).toBe('warm');
    expect(second.options[0]).toBe(first.options[1]);
    expect(second.options).toHaveLength(first.options.length);
    expect(new Set(second.options)).toEqual(new Set(first.options));
    expect(third.tone).toBe('firm');
    expect(third.text).not.toBe(first.text);
  });

  it('gives each tone its own voice in every language', () => {
    for (const lang of LANGS) {
      const texts = (['warm', 'neutral', 'firm'] as const).map((tone) => draftsFor(lang, ['endless_revisions'], { tone })[0].text);
      expect(new Set(texts).size).toBe(3);
    }
  });

  it('answers a hostile message in a calm tone by default', () => {
    expect(draftsFor('en', ['abusive_tone'])[0].tone).toBe('neutral');
  });
});

describe('traditional Chinese', () => {
  it('uses Taiwan business wording, not a conversion of the Simplified text', () => {
    const text = draftsFor('zh-Hant', ['payment_delay'])[0].text;
    expect(text).toContain('請款單');
    expect(text).toContain('合約');
    expect(text).not.toMatch(/发票|协议|项目|们|这|时|确认/);
  });
});
