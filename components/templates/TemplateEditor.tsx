import { useId, useMemo, useState } from 'react';
import type { Language, Template } from '@/utils/agreements/schema';
import { BUILTIN_TEMPLATES, DRAFT_LANGUAGES, FRAME_KIND, TONES, builtinTemplate, templateId } from '@/utils/drafting/builtin-templates';
import { PAYMENT_STEPS, type PaymentStep } from '@/utils/drafting/builtin/pack';
import type { Tone } from '@/utils/drafting/draft';
import { previewTemplate } from '@/utils/drafting/template-preview';
import { templateWarnings, type TemplateWarning } from '@/utils/drafting/template-lint';
import { parseTemplate } from '@/utils/drafting/template-syntax';
import { FACT_FIELDS, VARIABLES } from '@/utils/drafting/variables';
import { REQUEST_KINDS } from '@/utils/triage/kinds';
import { editorText as tx } from './editor-text';
import './TemplateEditor.css';

export interface TemplateEditorProps {
  /** The user's overrides; every other template shows its built-in text. */
  templates: Template[];
  onSave(template: Template): Promise<void>;
  onReset(id: string): Promise<void>;
}

const KINDS = [FRAME_KIND, ...REQUEST_KINDS];
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español', zh: '简体中文', 'zh-Hant': '繁體中文' };
const STEP_LABEL = { friendly: 'friendly', firm: 'firmStep', final: 'final' } as const;
const kindLabel = (kind: string) => (kind === FRAME_KIND ? tx('frame') : kind.replace(/_/g, ' '));

/**
 * The options page's Templates section: pick a template by request, language, tone (and payment step), edit it with
 * validation as you type and a live preview on sample data, save it as an override, or reset it to the built-in text.
 * Storage-agnostic: the page passes the overrides in and persists what comes out.
 */
export function TemplateEditor({ templates, onSave, onReset }: TemplateEditorProps) {
  const ids = { kind: useId(), lang: useId(), tone: useId(), step: useId(), text: useId(), preview: useId(), problems: useId() };
  const [kind, setKind] = useState<string>('scope_change');
  const [lang, setLang] = useState<Language>('en');
  const [tone, setTone] = useState<Tone>('warm');
  const [step, setStep] = useState<PaymentStep>('friendly');
  const id = templateId(kind, lang, tone, kind === 'payment_delay' ? step : undefined);
  const override = templates.find((t) => t.id === id);
  const builtin = builtinTemplate(id);
  const stored = override?.text ?? builtin?.text ?? '';
  const [text, setText] = useState(stored);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  // Choosing another template, or the stored text changing underneath (saved, reset, imported), reloads the text.
  // Decided while rendering rather than in an effect: a mount effect that lands late (a busy machine) would otherwise
  // overwrite what the user has already typed.
  const [loaded, setLoaded] = useState({ id, stored });
  if (loaded.id !== id || loaded.stored !== stored) {
    setLoaded({ id, stored });
    setText(stored);
  }

  const { errors } = useMemo(() => parseTemplate(text), [text]);
  const warnings = useMemo(() => templateWarnings(text, kind), [text, kind]);
  const edited = useMemo(() => new Set(templates.map((t) => t.id)), [templates]);
  const current: Template = { id, kind, lang, tone, ...(kind === 'payment_delay' ? { step } : {}), text };
  const preview = useMemo(() => (errors.length ? '' : previewTemplate(current, templates)), [errors.length, text, id, templates]); // eslint-disable-line react-hooks/exhaustive-deps

  const run = async (action: () => Promise<void>, done: string) => {
    setBusy(true);
    setStatus(null);
    try {
      await action();
      setStatus({ ok: true, message: done });
    } catch (error) {
      setStatus({ ok: false, message: tx('failed', error instanceof Error ? error.message : String(error)) });
    } finally {
      setBusy(false);
    }
  };
  const save = () => run(() => onSave(current), tx('saved'));
  const reset = () =>
    run(async () => {
      await onReset(id);
      setText(builtin?.text ?? '');
    }, tx('resetDone'));

  const pick = (t: Template) => {
    setKind(t.kind);
    setLang(t.lang);
    setTone(t.tone);
    if (t.step && (PAYMENT_STEPS as readonly string[]).includes(t.step)) setStep(t.step as PaymentStep);
  };
  const anyEdited = (k: string) => [...edited].some((e) => e.startsWith(`${k}.`));
  return (
    <section className="template-editor" aria-labelledby={`${ids.text}-heading`}>
      <h2 id={`${ids.text}-heading`}>{tx('heading')}</h2>
      <p className="template-editor__intro">{tx('intro')}</p>

      <div className="template-editor__pickers">
        <label htmlFor={ids.kind}>{tx('kind')}</label>
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
              {anyEdited(k) ? ` (${tx('edited')})` : ''}
            </option>
          ))}
        </select>
        <label htmlFor={ids.lang}>{tx('language')}</label>
        <select id={ids.lang} value={lang} onChange={(e) => setLang(e.target.value as Language)}>
          {DRAFT_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
        <label htmlFor={ids.tone}>{tx('tone')}</label>
        <select id={ids.tone} value={tone} onChange={(e) => setTone(e.target.value as Tone)}>
          {TONES.map((t) => (
            <option key={t} value={t}>
              {tx(t)}
              {edited.has(templateId(kind, lang, t, kind === 'payment_delay' ? step : undefined)) ? ` (${tx('edited')})` : ''}
            </option>
          ))}
        </select>
        {kind === 'payment_delay' && (
          <>
            <label htmlFor={ids.step}>{tx('step')}</label>
            <select id={ids.step} value={step} onChange={(e) => setStep(e.target.value as PaymentStep)}>
              {PAYMENT_STEPS.map((s) => (
                <option key={s} value={s}>
                  {tx(STEP_LABEL[s])}
                </option>
              ))}
            </select>
          </>
        )}
      </div>

      {templates.length > 0 && (
        <nav className="template-editor__edited" aria-label={tx('editedList')}>
          <span>{tx('editedList')}:</span>
          {templates.map((t) => (
            <button key={t.id} type="button" aria-current={t.id === id ? 'true' : undefined} onClick={() => pick(t)}>
              {t.id}
            </button>
          ))}
        </nav>
      )}

      <div className="template-editor__panes">
        <div className="template-editor__pane">
          <label htmlFor={ids.text}>
            {tx('text')} <code>{id}</code>
            {override ? <span className="template-editor__badge">{tx('edited')}</span> : null}
          </label>
          <textarea
            id={ids.text}
            value={text}
            spellCheck
            rows={22}
            lang={lang}
            aria-invalid={errors.length > 0}
            aria-describedby={errors.length ? ids.problems : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          {errors.length > 0 && (
            <div id={ids.problems} role="alert" className="template-editor__problems">
              <p>{tx('problems')}</p>
              <ul>
                {errors.map((e) => (
                  <li key={`${e.index}-${e.message}`}>{tx('at', e.line, e.column, e.message)}</li>
                ))}
              </ul>
            </div>
          )}
          {warnings.length > 0 && (
            <ul className="template-editor__warnings" aria-label={tx('advice')}>
              {warnings.map((w, i) => (
                <li key={i}>{warningText(w)}</li>
              ))}
            </ul>
          )}
          <div className="template-editor__actions">
            <button type="button" onClick={save} disabled={busy || errors.length > 0 || text === stored}>
              {tx('save')}
            </button>
            <button type="button" onClick={reset} disabled={busy || (!override && text === builtin?.text)}>
              {tx('reset')}
            </button>
          </div>
          {status && (
            <p role="status" className={status.ok ? 'template-editor__ok' : 'template-editor__error'}>
              {status.message}
            </p>
          )}
        </div>

        <div className="template-editor__pane">
          <h3 id={ids.preview}>{tx('preview')}</h3>
          {/* The preview is plain text in a <pre>: a template (or the data in it) is never rendered as HTML. */}
          <pre className="template-editor__preview" aria-labelledby={ids.preview} aria-live="polite" tabIndex={0} lang={lang}>
            {errors.length ? tx('previewBlocked') : preview}
          </pre>
          <details className="template-editor__variables">
            <summary>{tx('variables')}</summary>
            <dl>
              {Object.entries(VARIABLES).map(([name, description]) => (
                <div key={name}>
                  <dt>
                    <code>{`{{${name}}}`}</code>
                  </dt>
                  <dd>{description}</dd>
                </div>
              ))}
              {Object.entries(FACT_FIELDS).map(([fact, fields]) => (
                <div key={fact}>
                  <dt>
                    <code>{`{{fact.${fact}.…}}`}</code>
                  </dt>
                  <dd>{fields.join(', ')}</dd>
                </div>
              ))}
            </dl>
          </details>
        </div>
      </div>
    </section>
  );
}

function warningText(w: TemplateWarning): string {
  switch (w.code) {
    case 'missing-section':
      return tx('warnMissing', `[${w.section}]`);
    case 'ask-not-one-question':
      return tx('warnAsk', w.questions);
    case 'question-outside-ask':
      return tx('warnQuestion', `[${w.section}]`, w.line);
  }
}

/** All template ids there are, for a page that wants to list or count them. */
export const TEMPLATE_IDS: readonly string[] = BUILTIN_TEMPLATES.map((t) => t.id);
