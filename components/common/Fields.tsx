import { useEffect, useId, useState, type ReactNode } from 'react';
import type { Path } from './form-path';
import type { FormState } from './use-form';
import { t } from './i18n';

interface FieldProps {
  form: FormState<unknown>;
  path: Path;
  label: string;
  hint?: string;
  required?: boolean;
}

/** Label, control and its message, wired for screen readers: the message is the control's description. */
function FieldShell(props: { id: string; label: string; hint?: string; error?: string; required?: boolean; children: ReactNode }) {
  return (
    <div className={`field${props.error ? ' field--invalid' : ''}`}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {props.children}
      {props.error ? (
        <p className="field__error" id={`${props.id}-msg`} role="alert">
          {props.error}
        </p>
      ) : props.hint ? (
        <p className="field__hint" id={`${props.id}-msg`}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: string) {
  return error || hint ? `${id}-msg` : undefined;
}

export function TextField(
  props: FieldProps & { type?: 'text' | 'email' | 'date' | 'time'; placeholder?: string; multiline?: boolean; list?: string },
) {
  const id = useId();
  const error = props.form.errorAt(props.path);
  const raw = props.form.get(props.path);
  const common = {
    id,
    value: typeof raw === 'string' ? raw : '',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, error, props.hint),
    'aria-required': props.required || undefined,
    placeholder: props.placeholder,
    onBlur: () => props.form.touch(props.path),
  } as const;
  // An emptied optional field is absent, not "" (the schema would reject "" as a date or a time).
  const onChange = (text: string) => props.form.set(props.path, text === '' && !props.required ? undefined : text);
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      {props.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} list={props.list} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}

/**
 * A number as the user types it: what parses is stored as a number; what does not is kept as typed, so the form
 * stays invalid and the field says so instead of silently dropping the keystroke.
 */
export function NumberField(props: FieldProps & { step?: string; min?: number }) {
  const id = useId();
  const stored = props.form.get(props.path);
  const [text, setText] = useState(stored === undefined || stored === null ? '' : String(stored));
  useEffect(() => {
    // Follow replacements from outside (a pre-filled draft), but never fight the user's own typing.
    if (typeof stored === 'number' && Number(text) !== stored) setText(String(stored));
    if (stored === undefined && text !== '' && !Number.isNaN(Number(text))) setText('');
  }, [stored]); // eslint-disable-line react-hooks/exhaustive-deps
  const notANumber = text.trim() !== '' && !Number.isFinite(Number(text.replace(',', '.')));
  const error = notANumber ? t('errNumber') : props.form.errorAt(props.path);
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, props.hint)}
        onBlur={() => props.form.touch(props.path)}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const parsed = Number(next.replace(',', '.'));
          props.form.set(props.path, next.trim() === '' ? undefined : Number.isFinite(parsed) ? parsed : next);
        }}
      />
    </FieldShell>
  );
}

/** A list of short texts, one per line (deliverables, addresses, domains). */
export function ListField(props: FieldProps & { placeholder?: string }) {
  const id = useId();
  const stored = props.form.get(props.path);
  const items = Array.isArray(stored) ? (stored as string[]) : [];
  const [text, setText] = useState(items.join('\n'));
  useEffect(() => {
    if (items.join('\n') !== splitLines(text).join('\n')) setText(items.join('\n'));
  }, [stored]); // eslint-disable-line react-hooks/exhaustive-deps
  const error = props.form.errorAt(props.path);
  return (
    <FieldShell id={id} label={props.label} hint={props.hint ?? t('hintOnePerLine')} error={error} required={props.required}>
      <textarea
        id={id}
        rows={3}
        value={text}
        placeholder={props.placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-msg`}
        onBlur={() => props.form.touch(props.path)}
        onChange={(e) => {
          setText(e.target.value);
          props.form.set(props.path, splitLines(e.target.value));
        }}
      />
    </FieldShell>
  );
}

function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function SelectField(props: FieldProps & { options: Array<{ value: string; label: string }>; allowEmpty?: boolean }) {
  const id = useId();
  const error = props.form.errorAt(props.path);
  const raw = props.form.get(props.path);
  return (
    <FieldShell id={id} label={props.label} hint={props.hint} error={error} required={props.required}>
      <select
        id={id}
        value={typeof raw === 'string' ? raw : ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, props.hint)}
        onChange={(e) => props.form.set(props.path, e.target.value === '' ? undefined : e.target.value)}
      >
        {props.allowEmpty !== false ? <option value="">{t('optionNone')}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField(props: FieldProps) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input
        id={id}
        type="checkbox"
        checked={props.form.get(props.path) === true}
        onChange={(e) => props.form.set(props.path, e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

/** ISO weekdays (1 = Monday) as seven checkboxes in a labelled group. */
export function WeekdaysField(props: FieldProps) {
  const stored = props.form.get(props.path);
  const days = Array.isArray(stored) ? (stored as number[]) : [];
  const error = props.form.errorAt(props.path);
  return (
    <fieldset className="field weekdays">
      <legend>{props.label}</legend>
      {[1, 2, 3, 4, 5, 6, 7].map((day) => {
        const name = t(`weekday${day}`);
        return (
          <label key={day} className="weekdays__day">
            <input
              type="checkbox"
              checked={days.includes(day)}
              onChange={(e) => {
                const next = e.target.checked ? [...days, day].sort() : days.filter((d) => d !== day);
                props.form.set(props.path, next.length ? next : undefined);
              }}
            />
            {name}
          </label>
        );
      })}
      {error ? <p className="field__error" role="alert">{error}</p> : null}
    </fieldset>
  );
}
