import { useEffect, useRef, useState } from 'react';
import { t } from '../common/i18n';

/**
 * A destructive action that asks first, in place: the button turns into the question with "Delete" and "Cancel";
 * focus moves to Cancel (the safe choice) and Escape backs out.
 */
export function ConfirmButton(props: { label: string; question: string; onConfirm: () => void; accessibleName?: string }) {
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button ref={triggerRef} type="button" className="btn btn--danger" aria-label={props.accessibleName} onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <span
      className="confirm"
      role="group"
      aria-label={props.question}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setAsking(false);
        }
      }}
    >
      <span className="confirm__question">{props.question}</span>
      <button
        type="button"
        className="btn btn--danger"
        onClick={() => {
          wasAsking.current = false;
          setAsking(false);
          props.onConfirm();
        }}
      >
        {t('confirmDelete')}
      </button>
      <button ref={cancelRef} type="button" className="btn" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
    </span>
  );
}
