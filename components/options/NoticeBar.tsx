import { useEffect, useRef, useState } from 'react';
import { Banner } from '../common/Banner';
import { t } from '../common/i18n';
import type { Notice } from './notify';

// Long enough to read and reach with the keyboard; an undo offer stays until dismissed or replaced.
const CONFIRMATION_MS = 6000;

/** The page's one message line: confirmations fade, errors and undo offers stay until dismissed. */
export function NoticeBar({ notice, onDismiss, onError }: { notice: Notice | null; onDismiss: () => void; onError: (text: string) => void }) {
  const [undoing, setUndoing] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice?.tone === 'ok' && !notice.undo) {
      const timer = setTimeout(onDismiss, CONFIRMATION_MS);
      return () => clearTimeout(timer);
    }
    if (notice?.tone === 'ok' && notice.undo) undoRef.current?.focus();
  }, [notice, onDismiss]);
  if (!notice) return null;
  const undo = notice.tone === 'ok' ? notice.undo : undefined;
  return (
    <div className="notice-bar">
      <Banner
        tone={notice.tone}
        action={
          <>
            {undo ? (
              <button
                ref={undoRef}
                type="button"
                className="btn"
                disabled={undoing}
                onClick={async () => {
                  setUndoing(true);
                  try {
                    await undo();
                    onDismiss();
                  } catch (error) {
                    onError(String((error as Error)?.message ?? error));
                  } finally {
                    setUndoing(false);
                  }
                }}
              >
                {t('undo')}
              </button>
            ) : null}
            <button type="button" className="btn btn--small" aria-label={t('dismiss')} onClick={onDismiss}>
              ×
            </button>
          </>
        }
      >
        {notice.text}
      </Banner>
    </div>
  );
}
