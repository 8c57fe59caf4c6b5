import type { ClausemateDatabase } from '@/utils/agreements/db';
import { searchAgreements, searchNeedles, type SearchHit } from '@/utils/agreements/search';

// Clauses shown per agreement before "n more": enough to find the one to copy, few enough to see several clients.
export const CLAUSES_PER_CARD = 4;

export interface PopupCard extends SearchHit {
  key: string;
  moreClauses: number;
}

export interface PopupSearch {
  cards: PopupCard[];
  /** The words to mark in text the search did not range itself (the key terms). */
  words: string[];
  /** Agreements stored, for the empty search box's line. */
  total: number;
}

/** What the popup shows for a query: the core's search, one card per agreement (or client without one). */
export async function searchForPopup(db: ClausemateDatabase, query: string): Promise<PopupSearch> {
  const [hits, total] = await Promise.all([searchAgreements(db, query), db.agreements.count()]);
  return {
    total,
    words: searchNeedles(query),
    cards: hits.map((hit) => ({
      ...hit,
      key: `${hit.client.id}/${hit.agreement?.id ?? ''}`,
      clauses: hit.clauses.slice(0, CLAUSES_PER_CARD),
      moreClauses: Math.max(0, hit.clauses.length - CLAUSES_PER_CARD),
    })),
  };
}
