import { useState } from 'react';
import { t } from './panel-text';
import type { MessageAnalysis } from '../../utils/analysis/analysis';
import { REQUEST_KINDS, type RequestKind } from '../../utils/triage/kinds';
import { HighlightedText } from './highlighted-text';
import { kindName } from './kind-names';
import type { PanelActions } from './panel-state';

interface Props {
  focus: MessageAnalysis;
  body: string;
  actions: PanelActions;
}

export function RequestsSection({ focus, body, actions }: Props) {
  const [missing, setMissing] = useState<RequestKind | ''>('');
  const [saved, setSaved] = useState('');
  const { labels, lang, unclassified } = focus.triage;
  const evidence = labels.flatMap((l) => l.evidence);
  const present = new Set(labels.map((l) => l.kind));

  async function correct(kind: RequestKind, verdict: 'wrong' | 'missing') {
    await actions.correct({ text: body, lang, kind, verdict });
    setSaved(t(verdict === 'wrong' ? 'panelCorrectionWrongSaved' : 'panelCorrectionMissingSaved', kindName(kind)));
  }

  return (
    <section className="cm-card" aria-labelledby="cm-requests-title">
      <h3 id="cm-requests-title" className="cm-card-title">{t('panelRequestsTitle')}</h3>
      {unclassified && <p className="cm-muted">{unclassified}</p>}
      {labels.length === 0 && !unclassified && <p className="cm-muted">{t('panelNoRequest')}</p>}
      <ul className="cm-labels">
        {labels.map((label) => (
          <li key={label.kind} className="cm-label" data-kind={label.kind}>
            <span className="cm-chip">{kindName(label.kind)}</span>
            <span className="cm-score" aria-label={t('panelScore')}>{Math.round(label.score * 100)}%</span>
            <button type="button" className="cm-link" onClick={() => correct(label.kind, 'wrong')}>
              {t('panelMarkWrong')}
            </button>
            {label.evidence.map((sentence) => (
              <blockquote key={sentence} className="cm-evidence">
                <mark>{sentence}</mark>
              </blockquote>
            ))}
          </li>
        ))}
      </ul>
      <details className="cm-message">
        <summary>{t('panelShowMessage')}</summary>
        <p className="cm-message-text" data-clausemate="message-text">
          <HighlightedText text={body} phrases={evidence} />
        </p>
      </details>
      <form
        className="cm-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (missing) void correct(missing, 'missing').then(() => setMissing(''));
        }}
      >
        <label className="cm-muted" htmlFor="cm-add-missing">{t('panelAddMissing')}</label>
        <select id="cm-add-missing" value={missing} onChange={(e) => setMissing(e.target.value as RequestKind | '')}>
          <option value="">—</option>
          {REQUEST_KINDS.filter((k) => !present.has(k)).map((k) => (
            <option key={k} value={k}>{kindName(k)}</option>
          ))}
        </select>
        <button type="submit" className="cm-button cm-secondary" disabled={!missing}>{t('panelAdd')}</button>
      </form>
      <p role="status" className="cm-status">{saved}</p>
    </section>
  );
}
