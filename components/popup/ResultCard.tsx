import type { KeyboardEvent } from 'react';
import { Highlight } from '../common/Highlight';
import { KeyTermsCard } from '../common/KeyTermsCard';
import { t, tn } from '../common/i18n';
import { CopyButton } from './CopyButton';
import type { PopupCard } from './popup-search';

/** Text a clause is pasted as: its number and heading, then its words, ready to quote in a reply. */
export function clauseCopyText(clause: { number: string; heading?: string; text: string }): string {
  return `${clause.number}${clause.heading ? ` ${clause.heading}` : ''}: ${clause.text}`;
}

/** One client's agreement that matched: its key terms, then the matching clauses, each copied with one click. */
export function ResultCard({ card, words, onNavKey }: { card: PopupCard; words: string[]; onNavKey: (e: KeyboardEvent<HTMLElement>) => void }) {
  return (
    <article className="result" aria-label={card.agreement ? `${card.client.name} — ${card.agreement.title}` : card.client.name}>
      {card.agreement ? (
        <KeyTermsCard agreement={card.agreement} clientName={card.client.name} words={words} asked={card.terms} />
      ) : (
        <div className="key-terms__title">
          <span className="key-terms__client">
            <Highlight text={card.client.name} ranges={card.clientRanges} />
          </span>
          <span className="result__none">{t('popupNoAgreement')}</span>
        </div>
      )}
      {card.clauses.length ? (
        <ul className="result__clauses">
          {card.clauses.map(({ clause, textRanges, headingRanges }) => (
            <li key={clause.number} className="clause">
              <div className="clause__head">
                <span className="clause__number">{clause.number}</span>
                {clause.heading ? (
                  <span className="clause__heading">
                    <Highlight text={clause.heading} ranges={headingRanges} />
                  </span>
                ) : null}
                <CopyButton
                  text={clauseCopyText(clause)}
                  label={t('copy')}
                  accessibleName={t('copyClause', clause.number, card.agreement?.title ?? card.client.name)}
                  onKeyDown={onNavKey}
                />
              </div>
              <p className="clause__text">
                <Highlight text={clause.text} ranges={textRanges} />
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {card.moreClauses > 0 ? <p className="result__more">{tn('popupMoreClauses', card.moreClauses, card.moreClauses)}</p> : null}
    </article>
  );
}
