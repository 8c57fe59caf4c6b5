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
  /** Agreements stored, for the empty search box's line (not counted while there is a query). */
  total: number;
}

/** What the popup shows for a query: the core's search, one card per agreement (or client without one). */
export async function searchForPopup(db: ClausemateDatabase, query: string): Promise<PopupSearch> {
  // Counting 10,000 agreements costs tens of milliseconds, so it is only done for the empty box that shows it.
  if (!query.trim()) return { cards: [], words: [], total: await db.agreements.count() };
  const hits = await searchAgreements(db, query);
  return {
    total: 0,
    words: searchNeedles(query),
    cards: hits.map((hit) => ({
      ...hit,
      key: `${hit.client.id}/${hit.agreement?.id ?? ''}`,
      clauses: hit.clauses.slice(0, CLAUSES_PER_CARD),
      moreClauses: Math.max(0, hit.clauses.length - CLAUSES_PER_CARD),
    })),
  };
}
