import { useEffect, useRef, type ReactNode } from 'react';
import type { FormState } from '../common/use-form';
import { t } from '../common/i18n';

/**
 * A list of small records inside a form (clauses, invoices, obligations): each row renders its own fields at
 * `[...path, index]`; rows are added at the end and removed by their own labelled button.
 */
export function RowsEditor(props: {
  form: FormState<unknown>;
  path: Array<string | number>;
  legend: string;
  addLabel: string;
  /** A short name for a row, used in its remove button's label ("Remove clause 4.2"). */
  rowName: (row: Record<string, unknown>, index: number) => string;
  newRow: () => Record<string, unknown>;
  children: (index: number, row: Record<string, unknown>) => ReactNode;
}) {
  const stored = props.form.get(props.path);
  const rows = Array.isArray(stored) ? (stored as Array<Record<string, unknown>>) : [];
  // A row added from the keyboard gets the focus, so typing goes on in it rather than on the Add button.
  const listRef = useRef<HTMLOListElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    listRef.current?.querySelector<HTMLElement>(':scope > li:last-child :is(input, textarea, select)')?.focus();
  }, [rows.length]);
  return (
    <fieldset className="rows">
      <legend>{props.legend}</legend>
      {rows.length === 0 ? <p className="rows__empty">{t('rowsEmpty')}</p> : null}
      <ol className="rows__list" ref={listRef}>
        {rows.map((row, index) => (
          <li key={index} className="rows__row">
            <div className="rows__fields">{props.children(index, row ?? {})}</div>
            <button
              type="button"
              className="btn btn--small btn--danger"
              aria-label={t('removeRow', props.rowName(row ?? {}, index))}
              onClick={() => props.form.set(props.path, rows.filter((_, i) => i !== index))}
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="btn btn--small" onClick={() => {
          added.current = true;
          props.form.set(props.path, [...rows, props.newRow()]);
        }}>
        {props.addLabel}
      </button>
    </fieldset>
  );
}
