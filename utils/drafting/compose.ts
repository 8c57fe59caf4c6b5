import type { Agreement, Client, Provider, Template } from '../agreements/schema';
import type { RankedClause } from '../analysis/analysis';
import type { Fact, Label, RequestKind } from '../triage/kinds';
import type { PaymentStep } from './builtin/pack';
import { builtinTemplate, DRAFT_LANGUAGES, FRAME_KIND, resolveTemplate, templateId } from './builtin-templates';
import { briefQuote, clauseForKind } from './clause-for-kind';
import type { Draft, DraftLanguage, Tone } from './draft';
import { inReplyOrder } from './kind-order';
import { paymentStep } from './payment-ladder';
import { buildValues } from './reply-values';
import type { ReplyPart } from './render-reply';
import { renderReply } from './render-reply';
import type { ParsedTemplate, Values } from './template-syntax';
import { parseTemplate } from './template-syntax';

export interface ComposeInput {
  labels: Label[];
  lang: DraftLanguage;
  tone?: Tone;
  facts: Fact[];
  clauses: RankedClause[];
  client: Client | null;
  agreement: Agreement | null;
  provider: Provider;
  /** User overrides; the built-in text otherwise. */
  templates?: Template[];
  now: Date;
  /** Payment reminders already in the thread, for the ladder. */
  reminderCount?: number;
  clientFirstName?: string;
}

const STEP_TONE: Record<PaymentStep, Tone> = { friendly: 'warm', firm: 'neutral', final: 'firm' };
const CONTRAST: Record<Tone, Tone> = { warm: 'firm', neutral: 'warm', firm: 'warm' };

/**
 * Two or three drafts of one reply answering every label: the chosen tone, the same with the leading request's
 * second alternative first, and a contrasting tone. Never throws: bad input gives fewer drafts or none.
 */
export function composeDrafts(input: ComposeInput): Draft[] {
  try {
    return composeOrThrow(input);
  } catch {
    return [];
  }
}

function composeOrThrow(given: ComposeInput): Draft[] {
  // A clock that cannot be read would leave the question without its date: the present stands in.
  const now = given.now instanceof Date && !Number.isNaN(given.now.getTime()) ? given.now : new Date();
  // A language without templates (a stored setting from elsewhere) is answered in English rather than with nothing.
  const lang = (DRAFT_LANGUAGES as readonly string[]).includes(given.lang) ? given.lang : 'en';
  const input = { ...given, now, lang };
  const kinds = inReplyOrder([...new Set((input.labels ?? []).map((l) => l.kind))]);
  if (kinds.length === 0) return [];
  const facts = Array.isArray(input.facts) ? input.facts : [];
  const overdue = facts.filter((f) => f.kind === 'invoice_overdue').map((f) => f.overdueDays).find((d) => typeof d === 'number');
  const stopWork = facts.find((f) => f.kind === 'invoice_overdue' && typeof f.stopWorkAfterDays === 'number')?.stopWorkAfterDays;
  const step = paymentStep({
    overdueDays: overdue as number | undefined,
    reminderCount: input.reminderCount,
    stopWorkAfterDays: (stopWork as number | undefined) ?? input.agreement?.money?.stopWorkAfterDays,
  });
  const tone = input.tone ?? defaultTone(kinds, step);

  // The values do not depend on tone or order: computed once for the two or three drafts.
  const base = buildValues({ lang, facts, client: input.client, agreement: input.agreement, provider: input.provider ?? { name: '' }, now: input.now, clientFirstName: input.clientFirstName, step });
  const first = draftFor(input, kinds, tone, step, facts, base, 0);
  const drafts = [first];
  if (first.options.length > 1) drafts.push(draftFor(input, kinds, tone, step, facts, base, 1));
  drafts.push(draftFor(input, kinds, CONTRAST[tone], step, facts, base, 0));
  return drafts;
}

// Parsing is pure, and the same few dozen texts come back for every reply: keep the parsed form of recent ones.
const parsedTexts = new Map<string, ParsedTemplate>();
function parseCached(text: string): ParsedTemplate {
  let parsed = parsedTexts.get(text);
  if (!parsed) {
    parsed = parseTemplate(text);
    if (parsedTexts.size > 500) parsedTexts.clear();
    parsedTexts.set(text, parsed);
  }
  return parsed;
}

function defaultTone(kinds: RequestKind[], step: PaymentStep): Tone {
  if (kinds[0] === 'abusive_tone') return 'neutral';
  if (kinds.includes('payment_delay')) return STEP_TONE[step];
  return 'warm';
}

function draftFor(
  input: ComposeInput,
  kinds: RequestKind[],
  tone: Tone,
  step: PaymentStep,
  facts: Fact[],
  base: Values,
  rotate: number,
): Draft {
  const { lang } = input;
  const review: string[] = [];
  const load = (kind: RequestKind | typeof FRAME_KIND): ParsedTemplate => {
    const chosen = resolveTemplate(kind, lang, tone, input.templates, step);
    const parsed = chosen ? parseCached(chosen.text) : undefined;
    if (parsed && parsed.errors.length === 0) return parsed;
    // A broken override must not break the reply: the built-in text stands in, and the provider is told.
    const id = templateId(kind, lang, tone, kind === 'payment_delay' ? step : undefined);
    if (chosen) review.push(`Template ${id} has errors (${parsed?.errors[0]?.message}); the built-in text was used.`);
    return parseCached(builtinTemplate(id)?.text ?? '');
  };

  const parts: ReplyPart[] = kinds.map((kind) => {
    const clause = clauseForKind(kind, facts, input.clauses ?? [], input.agreement, step);
    return {
      kind,
      template: load(kind),
      // The request's own clause over the shared values (a prototype, so the shared ones are not copied each time).
      values: Object.assign(Object.create(base) as Record<string, string | undefined>, {
        'clause.number': clause?.number,
        'clause.heading': clause?.heading,
        'clause.text': clause ? briefQuote(clause.text) : undefined,
      }),
    };
  });
  const rendered = renderReply(lang, load(FRAME_KIND), base, parts, rotate);
  return {
    kinds,
    tone,
    lang,
    // Templates are validated, but a value could still end next to a brace: nothing shaped like {{…}} goes out.
    text: rendered.text.replace(/\{\{|\}\}/g, ''),
    options: rendered.options,
    review: [...review, ...rendered.review],
    ...(kinds.includes('payment_delay') ? { step } : {}),
  };
}
