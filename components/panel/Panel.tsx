import { useEffect, useRef } from 'react';
import { t } from './panel-text';
import { DraftsSection } from './DraftsSection';
import { ClausesSection, FactsSection } from './FactsSection';
import { MatchCard } from './MatchCard';
import type { PanelActions, PanelState } from './panel-state';
import { RequestsSection } from './RequestsSection';

interface Props {
  state: PanelState;
  actions: PanelActions;
  insertSignal: number;
  /** Bumped by the open-panel shortcut: focus moves into the panel. */
  focusSignal: number;
}

export function Panel({ state, actions, insertSignal, focusSignal }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusSignal > 0) heading.current?.focus();
  }, [focusSignal]);

  return (
    <aside className="cm-panel" aria-labelledby="cm-title">
      <header className="cm-header">
        <h2 id="cm-title" ref={heading} tabIndex={-1}>Clausemate</h2>
        <button type="button" className="cm-icon-button" aria-label={t('panelClose')} onClick={actions.close}>
          ×
        </button>
      </header>
      <div className="cm-body">
        <PanelBody state={state} actions={actions} insertSignal={insertSignal} />
      </div>
    </aside>
  );
}

function PanelBody({ state, actions, insertSignal }: Omit<Props, 'focusSignal'>) {
  if (state.status === 'loading') return <p role="status" className="cm-muted">{t('panelReading')}</p>;
  if (state.status === 'error') return <p role="alert" className="cm-warning">{state.message}</p>;
  if (state.status === 'unreadable') {
    return (
      <div role="alert" className="cm-card">
        <p>{t('panelUnreadable')}</p>
        <ul>
          {state.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        {state.canTryCompatibility && (
          <button type="button" className="cm-button" onClick={() => void actions.readInCompatibilityMode()}>
            {t('panelTryCompatibility')}
          </button>
        )}
      </div>
    );
  }
  const { analysis, thread } = state;
  const focus = analysis.messages.find((m) => m.messageId === analysis.focusMessageId);
  const focusMessage = thread.messages.find((m) => m.id === analysis.focusMessageId);
  return (
    <>
      {thread.source === 'compatibility' && <p className="cm-badge">{t('panelCompatibilityMode')}</p>}
      {analysis.problems.length > 0 && (
        <ul className="cm-problems" aria-label={t('panelProblems')}>
          {analysis.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <MatchCard match={analysis.match} senderName={focusMessage?.from.name ?? ''} actions={actions} />
      {focus && focusMessage ? (
        <RequestsSection focus={focus} body={focusMessage.body} actions={actions} />
      ) : (
        <p className="cm-muted">{t('panelNoClientMessage')}</p>
      )}
      <FactsSection facts={analysis.facts} />
      <ClausesSection clauses={analysis.clauses} />
      <DraftsSection
        drafts={analysis.drafts}
        draftKey={`${analysis.threadId}|${analysis.focusMessageId}`}
        actions={actions}
        insertSignal={insertSignal}
      />
    </>
  );
}
