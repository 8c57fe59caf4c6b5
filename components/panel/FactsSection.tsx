import { t } from './panel-text';
import type { RankedClause } from '../../utils/analysis/analysis';
import type { Fact } from '../../utils/triage/kinds';

export function FactsSection({ facts }: { facts: Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <section className="cm-card" aria-labelledby="cm-facts-title">
      <h3 id="cm-facts-title" className="cm-card-title">{t('panelFactsTitle')}</h3>
      <ul className="cm-facts">
        {facts.map((fact, i) => (
          <li key={`${fact.kind}-${i}`} data-fact={fact.kind}>
            {fact.text}
            {fact.clause && !fact.text.includes(fact.clause) && (
              <span className="cm-muted"> · {t('panelClauseRef', fact.clause)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ClausesSection({ clauses }: { clauses: RankedClause[] }) {
  if (clauses.length === 0) return null;
  return (
    <section className="cm-card" aria-labelledby="cm-clauses-title">
      <h3 id="cm-clauses-title" className="cm-card-title">{t('panelClausesTitle')}</h3>
      {clauses.slice(0, 3).map(({ clause }) => (
        <figure key={clause.number} className="cm-clause" data-clause={clause.number}>
          <figcaption>
            <strong>{clause.number}</strong> {clause.heading}
          </figcaption>
          <blockquote>{clause.text}</blockquote>
        </figure>
      ))}
    </section>
  );
}
