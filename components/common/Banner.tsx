import type { ReactNode } from 'react';

/** A message strip: errors interrupt (role=alert), confirmations are announced politely. */
export function Banner({ tone, children, action }: { tone: 'error' | 'ok' | 'info'; children: ReactNode; action?: ReactNode }) {
  return (
    <div className={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="banner__text">{children}</div>
      {action}
    </div>
  );
}
