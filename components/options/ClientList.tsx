import { useMemo, useState } from 'react';
import type { StoredClient } from '@/utils/agreements/db';
import { fold } from '@/utils/agreements/text-index';
import { t, tn } from '../common/i18n';

// Enough to scroll through; past this the search narrows the list (10,000 rows would cost the page its speed).
const LIST_LIMIT = 200;

export type ClientSort = 'name-asc' | 'name-desc' | 'agreements';

/** What the list search looks in, folded once per client rather than on every keystroke. */
export function clientHaystacks(clients: readonly StoredClient[]): Map<string, string> {
  return new Map(clients.map((c) => [c.id, fold([c.name, ...c.emails, ...c.domains, c.notes ?? ''].join(' '))]));
}

/** Clients whose name, address, domain or notes contain every word typed (accents and case ignored), sorted. */
export function filterClients(
  clients: readonly StoredClient[],
  agreementCounts: ReadonlyMap<string, number>,
  query: string,
  sort: ClientSort,
  haystacks: ReadonlyMap<string, string> = clientHaystacks(clients),
): StoredClient[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const found = clients.filter((c) => words.every((w) => haystacks.get(c.id)?.includes(w)));
  const byName = (a: StoredClient, b: StoredClient) => a.name.localeCompare(b.name);
  if (sort === 'name-desc') return found.sort((a, b) => byName(b, a));
  if (sort === 'agreements') {
    return found.sort((a, b) => (agreementCounts.get(b.id) ?? 0) - (agreementCounts.get(a.id) ?? 0) || byName(a, b));
  }
  return found.sort(byName);
}

export function ClientList(props: {
  clients: readonly StoredClient[];
  agreementCounts: ReadonlyMap<string, number>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onAdd: () => void;
}) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<ClientSort>('name-asc');
  const counts = props.agreementCounts;
  const haystacks = useMemo(() => clientHaystacks(props.clients), [props.clients]);
  const shown = useMemo(() => filterClients(props.clients, counts, query, sort, haystacks), [props.clients, counts, query, sort, haystacks]);
  return (
    <aside className="client-list" aria-label={t('clientsHeading')}>
      <div className="client-list__tools">
        <div className="field">
          <label htmlFor="client-search">{t('searchClients')}</label>
          <input id="client-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="client-sort">{t('sortBy')}</label>
          <select id="client-sort" value={sort} onChange={(e) => setSort(e.target.value as ClientSort)}>
            <option value="name-asc">{t('sortNameAsc')}</option>
            <option value="name-desc">{t('sortNameDesc')}</option>
            <option value="agreements">{t('sortAgreements')}</option>
          </select>
        </div>
        <button type="button" className="btn btn--primary" onClick={props.onAdd}>
          {t('addClient')}
        </button>
      </div>
      <p className="client-list__count" role="status">
        {t('clientsShown', shown.length, props.clients.length)}
      </p>
      <ul className="client-list__items">
        {shown.slice(0, LIST_LIMIT).map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className="client-list__item"
              aria-current={c.id === props.selectedId ? 'true' : undefined}
              onClick={() => props.onSelect(c.id)}
            >
              <span className="client-list__name">{c.name}</span>
              <span className="client-list__meta">
                {[c.domains[0] ?? c.emails[0] ?? '', tn('agreementCount', counts.get(c.id) ?? 0, counts.get(c.id) ?? 0)].filter(Boolean).join(' · ')}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {shown.length > LIST_LIMIT ? <p className="client-list__more">{t('refineSearch', LIST_LIMIT)}</p> : null}
    </aside>
  );
}
