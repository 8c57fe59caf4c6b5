import { useEffect, useState, type KeyboardEvent } from 'react';
import { t } from '../common/i18n';

/** Copies `text` with one click and says so on the button itself; a failed copy says that too. */
export function CopyButton(props: { text: string; label: string; accessibleName: string; onKeyDown?: (e: KeyboardEvent<HTMLButtonElement>) => void }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <>
      <button
        type="button"
        className={`btn btn--small copy-button copy-button--${state}`}
        aria-label={props.accessibleName}
        data-nav=""
        onKeyDown={props.onKeyDown}
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(props.text);
            setState('copied');
          } catch {
            setState('failed');
          }
        }}
      >
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : props.label}
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </>
  );
}
