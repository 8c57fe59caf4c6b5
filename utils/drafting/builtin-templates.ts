import type { Language, Template } from '../agreements/schema';
import type { RequestKind } from '../triage/kinds';
import { REQUEST_KINDS } from '../triage/kinds';
import type { DraftLanguage, Tone } from './draft';
import { EN } from './builtin/en';
import { ES } from './builtin/es';
import type { LanguagePack, PaymentStep } from './builtin/pack';
import { PAYMENT_STEPS } from './builtin/pack';
import { ZH } from './builtin/zh';
import { ZH_HANT } from './builtin/zh-hant';

// Every built-in template as a Template record, the same shape the user's edits are stored and backed up in.
// Ids are stable ("scope_change.es.warm", "payment_delay.en.firm.final", "frame.zh.neutral") so an override
// replaces exactly one built-in and "reset" means deleting the override.

export const TONES: readonly Tone[] = ['warm', 'neutral', 'firm'];
export const DRAFT_LANGUAGES: readonly DraftLanguage[] = ['en', 'es', 'zh', 'zh-Hant'];
export const FRAME_KIND = 'frame';

const PACKS: Record<DraftLanguage, LanguagePack> = { en: EN, es: ES, zh: ZH, 'zh-Hant': ZH_HANT };

export function templateId(kind: string, lang: Language, tone: Tone, step?: PaymentStep): string {
  return [kind, lang, tone, step].filter(Boolean).join('.');
}

/** Replaces whole sections of `base` with those of `overlay`; sections only in the overlay are appended. */
export function overlaySections(base: string, overlay: string | undefined): string {
  if (!overlay) return base;
  const split = (text: string) => {
    const blocks: { header: string; body: string[] }[] = [];
    for (const line of text.split('\n')) {
      if (/^\[[a-z-]+\]\s*$/.test(line.trim())) blocks.push({ header: line.trim(), body: [] });
      else blocks.at(-1)?.body.push(line);
    }
    return blocks;
  };
  const over = new Map(split(overlay).map((b) => [b.header, b]));
  const merged = split(base).map((b) => over.get(b.header) ?? b);
  const seen = new Set(merged.map((b) => b.header));
  for (const b of over.values()) if (!seen.has(b.header)) merged.push(b);
  return merged.map((b) => [b.header, ...b.body].join('\n')).join('\n');
}

function buildAll(): Template[] {
  const out: Template[] = [];
  for (const lang of DRAFT_LANGUAGES) {
    const pack = PACKS[lang];
    for (const tone of TONES) {
      out.push({ id: templateId(FRAME_KIND, lang, tone), kind: FRAME_KIND, lang, tone, text: overlaySections(pack.frame.base, pack.frame.tones?.[tone]) });
      for (const kind of REQUEST_KINDS) {
        if (kind === 'payment_delay') {
          for (const step of PAYMENT_STEPS) {
            const text = overlaySections(pack.payment_delay.steps[step], pack.payment_delay.tones?.[tone]);
            out.push({ id: templateId(kind, lang, tone, step), kind, lang, tone, step, text });
          }
        } else {
          const texts = pack[kind];
          out.push({ id: templateId(kind, lang, tone), kind, lang, tone, text: overlaySections(texts.base, texts.tones?.[tone]) });
        }
      }
    }
  }
  return out;
}

export const BUILTIN_TEMPLATES: readonly Template[] = Object.freeze(buildAll());
const BUILTIN_BY_ID = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t]));

export function builtinTemplate(id: string): Template | undefined {
  return BUILTIN_BY_ID.get(id);
}

/** The user's override when there is one, else the built-in; undefined for an id that exists in neither. */
export function resolveTemplate(
  kind: RequestKind | typeof FRAME_KIND,
  lang: DraftLanguage,
  tone: Tone,
  overrides: readonly Template[] | undefined,
  step?: PaymentStep,
): Template | undefined {
  const id = templateId(kind, lang, tone, kind === 'payment_delay' ? step ?? 'friendly' : undefined);
  return overrides?.find((t) => t.id === id) ?? BUILTIN_BY_ID.get(id);
}
