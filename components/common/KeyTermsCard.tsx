import type { Agreement } from '@/utils/agreements/schema';
import { keyTerms } from './key-terms';
import { t } from './i18n';

/** An agreement's hours, payment terms, revisions and rates at a glance. */
export function KeyTermsCard({ agreement, clientName }: { agreement: Agreement; clientName?: string }) {
  const terms = keyTerms(agreement);
  return (
    <div className="key-terms">
      <div className="key-terms__title">
        {clientName ? <span className="key-terms__client">{clientName}</span> : null}
        <span>{agreement.title}</span>
        <span className={`status status--${agreement.status}`}>{t(`status${agreement.status[0].toUpperCase()}${agreement.status.slice(1)}`)}</span>
      </div>
      {terms.length ? (
        <dl className="key-terms__list">
          {terms.map((term) => (
            <div key={term.id} className="key-terms__row">
              <dt>{term.label}</dt>
              <dd>{term.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="key-terms__none">{t('termsNone')}</p>
      )}
    </div>
  );
}
