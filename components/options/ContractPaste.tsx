import { useId, useState } from 'react';
import { t } from '../common/i18n';
import { draftFromContractText, type ContractDraft } from './contract-draft';

/** Paste a contract; its numbered clauses and the terms it states become a pre-filled agreement to confirm. */
export function ContractPaste(props: { initialText?: string; onParsed: (draft: ContractDraft) => void; onCancel: () => void }) {
  const id = useId();
  const [text, setText] = useState(props.initialText ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="contract-paste"
      aria-label={t('pasteContract')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) {
          setProblem(t('pasteEmpty'));
          return;
        }
        props.onParsed(draftFromContractText(text));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !text.trim()) props.onCancel();
      }}
    >
      <div className={`field${problem ? ' field--invalid' : ''}`}>
        <label htmlFor={id}>{t('pasteLabel')}</label>
        <textarea
          id={id}
          rows={10}
          value={text}
          aria-describedby={`${id}-msg`}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setProblem(null);
          }}
        />
        <p className={problem ? 'field__error' : 'field__hint'} id={`${id}-msg`} role={problem ? 'alert' : undefined}>
          {problem ?? t('pasteHint')}
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn--primary">
          {t('readTerms')}
        </button>
        <button type="button" className="btn" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
