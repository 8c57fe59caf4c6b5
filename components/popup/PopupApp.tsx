import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useRef, useState, type KeyboardEvent } from 'react';
import { extensionApi } from '../common/extension-api';
import { db } from '@/utils/agreements/db';
import { StorageErrorBoundary } from '../common/ErrorBoundary';
import { t, tn } from '../common/i18n';
import { captureActiveTab, readActiveTabInCompatibilityMode, type CaptureResult } from './capture-page';
import { searchForPopup } from './popup-search';
import { ResultCard } from './ResultCard';
import '../common/common.css';
import './popup.css';

/** Moves focus along the result list's buttons with the arrow keys; Escape goes back to the search box. */
function moveFocus(list: HTMLElement | null, from: Element | null, step: 1 | -1 | 'first' | 'last'): boolean {
  const targets = Array.from(list?.querySelectorAll<HTMLElement>('[data-nav]') ?? []);
  if (!targets.length) return false;
  const at = from ? targets.indexOf(from as HTMLElement) : -1;
  const next = step === 'first' ? 0 : step === 'last' ? targets.length - 1 : at + step;
  if (next < 0 || next >= targets.length) return false;
  targets[next].focus();
  return true;
}

const CAPTURE_PROBLEM = { 'no-tab': 'popupCaptureNoTab', restricted: 'popupCaptureRestricted', empty: 'popupCaptureEmpty' } as const;

export function PopupApp() {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [capture, setCapture] = useState<CaptureResult | 'working' | null>(null);

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && moveFocus(listRef.current, null, 'first')) e.preventDefault();
    if (e.key === 'Escape') {
      e.preventDefault();
      if (query) setQuery('');
      else window.close();
    }
  };
  const onNavKey = (e: KeyboardEvent<HTMLElement>) => {
    const keys: Record<string, 1 | -1 | 'first' | 'last'> = { ArrowDown: 1, ArrowUp: -1, Home: 'first', End: 'last' };
    const step = keys[e.key];
    if (step !== undefined) {
      e.preventDefault();
      if (!moveFocus(listRef.current, e.currentTarget, step) && step === -1) inputRef.current?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      inputRef.current?.focus();
    }
  };

  return (
    <div className="popup">
      <header className="popup__header">
        <h1 className="popup__title">Clausemate</h1>
        <div className="field popup__search">
          <label htmlFor={inputId}>{t('popupSearchLabel')}</label>
          <input
            ref={inputRef}
            id={inputId}
            type="search"
            autoFocus
            autoComplete="off"
            spellCheck={false}
            placeholder={t('popupSearchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onSearchKey}
            aria-describedby={`${inputId}-hint`}
          />
          <p className="field__hint" id={`${inputId}-hint`}>
            {t('popupKeyboardHint')}
          </p>
        </div>
      </header>
      <StorageErrorBoundary>
        <Results query={deferred} listRef={listRef} onNavKey={onNavKey} />
      </StorageErrorBoundary>
      <footer className="popup__footer">
        <button
          type="button"
          className="btn btn--small"
          disabled={capture === 'working'}
          onClick={async () => {
            setCapture('working');
            try {
              const result = await captureActiveTab();
              setCapture(result);
              if (result.ok) window.close();
            } catch {
              setCapture({ ok: false, reason: 'restricted' });
            }
          }}
        >
          {t('popupCapture')}
        </button>
        <button
          type="button"
          className="btn btn--small"
          onClick={async () => {
            // Webmail the Gmail adapter does not know (Outlook on the web…): read the open message with Readability,
            // injected into this tab only, now, by the user's click (activeTab).
            if (await readActiveTabInCompatibilityMode()) window.close();
            else setCapture({ ok: false, reason: 'restricted' });
          }}
        >
          {t('popupReadPage')}
        </button>
        <button type="button" className="btn btn--small" onClick={() => void extensionApi().runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </footer>
      <div role="status" className="popup__capture-status">
        {capture === 'working' ? t('popupCapturing') : capture && !capture.ok ? t(CAPTURE_PROBLEM[capture.reason]) : ''}
      </div>
    </div>
  );
}

function Results({ query, listRef, onNavKey }: { query: string; listRef: React.RefObject<HTMLDivElement | null>; onNavKey: (e: KeyboardEvent<HTMLElement>) => void }) {
  // A live query: an agreement saved in the options page shows here at once.
  const result = useLiveQuery(() => searchForPopup(db, query), [query]);
  const empty = !query.trim();
  return (
    <div className="popup__results" ref={listRef}>
      <p className="popup__count" role="status">
        {result === undefined ? t('loading') : empty ? (result.total ? tn('popupIntro', result.total, result.total) : t('popupNoData')) : tn('popupFound', result.cards.length, result.cards.length)}
      </p>
      {result?.cards.map((card) => (
        <ResultCard key={card.key} card={card} words={result.words} onNavKey={onNavKey} />
      ))}
    </div>
  );
}
