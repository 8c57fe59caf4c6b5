import { t } from './panel-text';
import type { ClientMatch } from '../../utils/analysis/analysis';
import type { PanelActions } from './panel-state';

export function MatchCard({ match, senderName, actions }: { match: ClientMatch; senderName: string; actions: PanelActions }) {
  if (match.status === 'matched') {
    const { client, agreement } = match;
    return (
      <section className="cm-card cm-match" aria-labelledby="cm-match-title">
        <h3 id="cm-match-title" className="cm-card-title">{client.name}</h3>
        {agreement ? (
          <p className="cm-muted">
            {agreement.title}
            {agreement.signedAt ? ` · ${t('panelSignedOn', agreement.signedAt)}` : ` · ${t('panelNotSigned')}`}
          </p>
        ) : (
          <p className="cm-warning">{t('panelNoActiveAgreement')}</p>
        )}
      </section>
    );
  }
  if (match.status === 'ambiguous') {
    return (
      <section className="cm-card cm-match" aria-labelledby="cm-match-title">
        <h3 id="cm-match-title" className="cm-card-title">{t('panelAmbiguousTitle')}</h3>
        <p>{t('panelAmbiguousBody', match.candidates.map((c) => c.name).join(', '))}</p>
      </section>
    );
  }
  return (
    <section className="cm-card cm-match" aria-labelledby="cm-match-title">
      <h3 id="cm-match-title" className="cm-card-title">{t('panelNoClientTitle')}</h3>
      <p>{t('panelNoClientBody', match.email)}</p>
      {match.publicDomain && <p className="cm-muted">{t('panelPublicDomain', match.domain)}</p>}
      <button
        type="button"
        className="cm-button"
        onClick={() =>
          actions.createClient({ name: senderName, email: match.email, domain: match.publicDomain ? '' : match.domain })
        }
      >
        {t('panelCreateClient')}
      </button>
    </section>
  );
}
