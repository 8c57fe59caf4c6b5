import { describe, expect, it } from 'vitest';
import { REQUEST_KINDS } from '../triage/kinds';
import { BUILTIN_TEMPLATES, DRAFT_LANGUAGES, overlaySections, resolveTemplate, TONES } from './builtin-templates';
import { PAYMENT_STEPS } from './builtin/pack';
import { parseTemplate } from './template-syntax';

describe('built-in templates', () => {
  it('cover every kind, language and tone, and every payment step', () => {
    for (const lang of DRAFT_LANGUAGES)
      for (const tone of TONES) {
        expect(resolveTemplate('frame', lang, tone, undefined)).toBeDefined();
        for (const kind of REQUEST_KINDS) {
          if (kind !== 'payment_delay') expect(resolveTemplate(kind, lang, tone, undefined)?.id).toBe(`${kind}.${lang}.${tone}`);
          else for (const step of PAYMENT_STEPS) expect(resolveTemplate(kind, lang, tone, undefined, step)?.id).toBe(`payment_delay.${lang}.${tone}.${step}`);
        }
      }
    expect(BUILTIN_TEMPLATES).toHaveLength(DRAFT_LANGUAGES.length * TONES.length * (1 + REQUEST_KINDS.length - 1 + PAYMENT_STEPS.length));
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s parses, and only its [ask] asks, once', (_id, template) => {
    const { sections, errors } = parseTemplate(template.text);
    expect(errors).toEqual([]);
    for (const section of sections)
      for (const unit of section.units)
        for (const alt of unit.alternatives) {
          const marks = (alt.text.match(/[?？]/g) ?? []).length;
          expect(marks).toBe(section.name === 'ask' ? 1 : 0);
        }
    if (template.kind !== 'frame') {
      const names = sections.map((s) => s.name);
      for (const needed of ['ack', 'limit', 'option', 'ask', 'close'] as const) expect(names).toContain(needed);
    }
  });

  it('keeps Simplified and Traditional Chinese apart', () => {
    const simplifiedOnly = /[们这说时间约项发费与确认协议为应过还]/;
    const traditionalOnly = /[們這說時間約項發費與確認協議為應過還]/;
    for (const t of BUILTIN_TEMPLATES) {
      if (t.lang === 'zh-Hant') expect(t.text, t.id).not.toMatch(simplifiedOnly);
      if (t.lang === 'zh') expect(t.text, t.id).not.toMatch(traditionalOnly);
    }
  });

  it('addresses the client as usted in every Spanish template, never tú', () => {
    const tu = /\b(tú|tu|tus|te|ti|contigo|puedes|quieres|tienes|podrías|sabes|envías|envíame|dime|avísame)\b/i;
    for (const t of BUILTIN_TEMPLATES.filter((t) => t.lang === 'es')) expect(t.text, t.id).not.toMatch(tu);
  });

  it('lets a user override replace exactly one built-in', () => {
    const mine = { id: 'scope_change.en.warm', kind: 'scope_change', lang: 'en' as const, tone: 'warm' as const, text: '[ack]\nHi.' };
    expect(resolveTemplate('scope_change', 'en', 'warm', [mine])).toBe(mine);
    expect(resolveTemplate('scope_change', 'en', 'firm', [mine])?.text).not.toBe('[ack]\nHi.');
  });
});

describe('overlaySections', () => {
  it('replaces whole sections and appends new ones', () => {
    expect(overlaySections('[ack]\nA\n[close]\nC', '[close]\nD\n[sign]\nS')).toBe('[ack]\nA\n[close]\nD\n[sign]\nS');
  });
});
