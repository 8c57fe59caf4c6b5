import type { Agreement } from '@/utils/agreements/schema';
import { matchRanges } from '@/utils/agreements/text-index';
import { Highlight } from './Highlight';
import { keyTerms, type KeyTerm } from './key-terms';
import { t } from './i18n';

/** An agreement's hours, payment terms, revisions and rates at a glance; `words` (a search) are marked. */
export function KeyTermsCard(props: {
  agreement: Agreement;
  clientName?: string;
  words?: string[];
  /** The terms a search asked about ("late fee" → payment): listed first and set apart. */
  asked?: readonly KeyTerm['id'][];
}) {
  const { agreement, clientName, words = [], asked = [] } = props;
  const mark = (text: string) => (words.length ? <Highlight text={text} ranges={matchRanges(text, words)} /> : text);
  const terms = keyTerms(agreement).sort((a, b) => Number(asked.includes(b.id)) - Number(asked.includes(a.id)));
  return (
    <div className="key-terms">
      <div className="key-terms__title">
        {clientName ? <span className="key-terms__client">{mark(clientName)}</span> : null}
        <span>{mark(agreement.title)}</span>
        <span className={`status status--${agreement.status}`}>{t(`status${agreement.status[0].toUpperCase()}${agreement.status.slice(1)}`)}</span>
      </div>
      {terms.length ? (
        <dl className="key-terms__list">
          {terms.map((term) => (
            <div key={term.id} className={`key-terms__row${asked.includes(term.id) ? ' key-terms__row--asked' : ''}`}>
              <dt>{mark(term.label)}</dt>
              <dd>{mark(term.value)}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="key-terms__none">{t('termsNone')}</p>
      )}
    </div>
  );
}
