import { CONCEPT_WORDS, conceptsOfWord, type Concept } from './concepts';
import type { ClausemateDatabase, StoredAgreement, StoredClient } from './db';
import { activeAgreementOf } from './match-client';
import type { Agreement, Clause, Client } from './schema';
import { postingListsWithPrefix, postingsOf } from './search-index';
import { conceptKey, termConcepts, withoutWords } from './search-keys';
import { fold, indexTokens, matchRanges, queryKeys } from './text-index';

// The popup's search: clients, key terms and clause text, across languages, answering as the user types. Each query
// word is looked up in the `*words` multi-entry index (a Latin word as a prefix, a Chinese run by its bigrams), and
// a word that names a concept ("horario", "revisiones", "付款") also finds the other languages' words for it, so
// "horario" finds a clause headed "Working hours" and the hours on the key-terms card. Every word of the query must
// match (AND). Results come with [start, end) ranges for the UI to highlight; text is never rendered as HTML.

export type TextRange = [number, number];
export type TermId = 'hours' | 'payment' | 'revisions' | 'rates';

export interface ClauseHit {
  clause: Clause;
  headingRanges: TextRange[];
  textRanges: TextRange[];
}

export interface SearchHit {
  client: Client;
  /** Ranges in client.name. */
  clientRanges: TextRange[];
  /** The client's agreement this hit is about: the one that matched, else (a client match) its active one. */
  agreement: Agreement | null;
  /** Ranges in agreement.title. */
  titleRanges: TextRange[];
  /** The key terms the query asks about ("late fee" → payment), for the card to put first and mark. */
  terms: TermId[];
  clauses: ClauseHit[];
  score: number;
}

const TERM_OF_CONCEPT: Partial<Record<Concept, TermId>> = {
  hours: 'hours', after_hours: 'hours', payment: 'payment', late_fee: 'payment', invoice: 'payment', deposit: 'payment',
  revisions: 'revisions', rates: 'rates', change: 'rates', rush: 'rates', discount: 'rates',
};

interface QueryWord {
  /** Highlight needles: the word itself, and the words of the concepts it names. */
  needles: string[];
  /** Index lookups: prefixes (Latin) and exact keys (Chinese bigrams, concept words' first keys). */
  prefixes: string[];
  exact: string[];
  concepts: Concept[];
}

const MAX_CANDIDATES = 60;

/** The index key that finds a word: its first Latin word, or its first Chinese bigram. */
function lookupKey(word: string): string {
  const tokens = indexTokens(word);
  return tokens.find((t) => /\p{Script=Han}/u.test(t) && [...t].length === 2) ?? tokens[0] ?? '';
}

/** The longest run of query words from `i` that spells (the start of) a multi-word concept phrase: "late fee". */
function phraseAt(parts: string[], i: number): { phrase: string; end: number } | null {
  for (let end = parts.length; end > i + 1; end--) {
    const phrase = parts.slice(i, end).join(' ');
    if (conceptsOfWord(phrase).length) return { phrase, end };
  }
  return null;
}

function parseQuery(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  const folded = fold(typeof query === 'string' ? query.slice(0, 200) : '');
  const parts = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const phrase = phraseAt(parts, i);
    const part = phrase?.phrase ?? parts[i]!;
    if (phrase) i = phrase.end - 1;
    const concepts = conceptsOfWord(part);
    const synonyms = concepts.flatMap((c) => CONCEPT_WORDS[c]);
    // A phrase is found through its concept's words; a single word also as a prefix (the user is still typing).
    const keys = phrase ? [] : queryKeys(part);
    if (!keys.length && !synonyms.length) continue;
    words.push({
      needles: [part, ...synonyms],
      prefixes: keys.filter((k) => k.prefix).map((k) => k.key),
      exact: [...keys.filter((k) => !k.prefix).map((k) => k.key), ...synonyms.map(lookupKey).filter(Boolean), ...concepts.map(conceptKey)],
      concepts,
    });
  }
  return words;
}

/** The words to highlight for a query, for the UI to pass to matchRanges on any other text it shows. */
export function searchNeedles(query: string): string[] {
  return [...new Set(parseQuery(query).flatMap((w) => w.needles))];
}

/**
 * The records (refs "c:…", "a:…") holding one query word — by prefix, by all of a Chinese run's bigrams, or by a
 * synonym — as lists in the order they are looked up; a ref may be in several.
 */
async function refListsFor(db: ClausemateDatabase, word: QueryWord): Promise<string[][]> {
  const synonymKeys = new Set(word.needles.slice(1).map(lookupKey).concat(word.concepts.map(conceptKey)));
  const hanKeys = word.exact.filter((k) => /\p{Script=Han}/u.test(k) && !synonymKeys.has(k));
  // One typed letter is too short a prefix to be useful; it matches only a whole one-letter key.
  const prefixes = word.prefixes.filter((p) => p.length >= 2);
  const exact = [...word.prefixes.filter((p) => p.length < 2), ...word.exact.filter((k) => !hanKeys.includes(k))];
  const lists = (await Promise.all(prefixes.map((p) => postingListsWithPrefix(db, p)))).flat();
  const byKey = await postingsOf(db, [...exact, ...hanKeys]);
  for (const key of exact) {
    const refs = byKey.get(key);
    if (refs) lists.push(refs);
  }
  if (hanKeys.length) {
    let run = byKey.get(hanKeys[0]!) ?? [];
    for (const key of hanKeys.slice(1)) {
      const ids = new Set(byKey.get(key) ?? []);
      run = run.filter((id) => ids.has(id));
    }
    lists.push(run);
  }
  return lists;
}

function asSet(lists: string[][]): Set<string> {
  const set = new Set<string>();
  for (const list of lists) for (const ref of list) set.add(ref);
  return set;
}

/**
 * Clients and agreements holding every word of the query, at most MAX_CANDIDATES of each: the first ones the first
 * word's lists name that every other word's lists hold too. Only the other words' refs become sets; the first word's
 * lists are read only until both kinds are full, which for a common word is a small part of them.
 */
async function candidates(db: ClausemateDatabase, words: QueryWord[]): Promise<{ clientIds: string[]; agreementIds: string[] }> {
  const clientIds: string[] = [];
  const agreementIds: string[] = [];
  const [first, ...rest] = await Promise.all(words.map((w) => refListsFor(db, w)));
  const others = rest.map(asSet);
  if (!first || others.some((set) => set.size === 0)) return { clientIds, agreementIds };
  // A ref met again is skipped by the same test that took or left it the first time, or by `chosen`: no set of all
  // the refs is needed, and a ref of a kind already full costs one comparison.
  const chosen = new Set<string>();
  for (const list of first) {
    for (const ref of list) {
      const ids = ref.startsWith('c:') ? clientIds : ref.startsWith('a:') ? agreementIds : null;
      if (!ids || ids.length >= MAX_CANDIDATES || chosen.has(ref)) continue;
      if (!others.every((set) => set.has(ref))) continue;
      chosen.add(ref);
      ids.push(ref.slice(2));
      if (clientIds.length >= MAX_CANDIDATES && agreementIds.length >= MAX_CANDIDATES) return { clientIds, agreementIds };
    }
  }
  return { clientIds, agreementIds };
}

const ranges = (text: string | undefined, needles: string[]) => (text ? matchRanges(text, needles) : []);

function clauseHits(agreement: Agreement, words: QueryWord[]): ClauseHit[] {
  const needles = words.flatMap((w) => w.needles);
  const hits: ClauseHit[] = [];
  for (const clause of agreement.clauses ?? []) {
    const headingRanges = ranges(clause.heading, needles);
    const textRanges = ranges(clause.text, needles);
    // A clause is shown when every query word occurs in it (its own words or a concept synonym).
    const all = words.every((w) => matchRanges(`${clause.heading ?? ''}\n${clause.text}`, w.needles).length > 0);
    if (all && (headingRanges.length || textRanges.length)) hits.push({ clause, headingRanges, textRanges });
  }
  return hits;
}

function termsAsked(words: QueryWord[]): TermId[] {
  return [...new Set(words.flatMap((w) => w.concepts.map((c) => TERM_OF_CONCEPT[c]).filter((t): t is TermId => !!t)))];
}

/** Clients, terms and clauses matching `query`, best first, at most `limit` hits. Never throws on odd input. */
export async function searchAgreements(db: ClausemateDatabase, query: string, limit = 20): Promise<SearchHit[]> {
  const words = parseQuery(query);
  if (!words.length) return [];
  return search(db, words, limit);
}

async function search(db: ClausemateDatabase, words: QueryWord[], limit: number): Promise<SearchHit[]> {
  const needles = words.flatMap((w) => w.needles);
  const { clientIds, agreementIds } = await candidates(db, words);
  const agreements = (await db.agreements.bulkGet(agreementIds)).filter((a): a is StoredAgreement => !!a).map((a) => withoutWords(a) as Agreement);
  const clientIdsNeeded = [...new Set([...clientIds, ...agreements.map((a) => a.clientId)])];
  const clients = new Map(
    (await db.clients.bulkGet(clientIdsNeeded)).filter((c): c is StoredClient => !!c).map((c) => [c.id, withoutWords(c) as Client]),
  );
  const terms = termsAsked(words);
  const hits: SearchHit[] = [];
  const covered = new Set<string>();
  for (const agreement of agreements) {
    const client = clients.get(agreement.clientId);
    if (!client) continue;
    const clauses = clauseHits(agreement, words);
    const titleRanges = ranges(agreement.title, needles);
    const clientRanges = ranges(client.name, needles);
    const stated = new Set(termConcepts(agreement).map((c) => TERM_OF_CONCEPT[c]));
    const agreementTerms = terms.filter((t) => stated.has(t));
    const hasTerm = agreementTerms.length > 0;
    if (!clauses.length && !titleRanges.length && !hasTerm && !clientIds.includes(client.id)) continue;
    covered.add(client.id);
    const active = agreement.status === 'active' ? 1 : 0;
    const score = clientRanges.length * 4 + titleRanges.length * 3 + (hasTerm ? 2 : 0) + Math.min(clauses.length, 3) + active;
    hits.push({ client, clientRanges, agreement, titleRanges, terms: agreementTerms, clauses, score });
  }
  if (clientIds.length) {
    const ofClients = await db.agreements.where('clientId').anyOf(clientIds.filter((id) => !covered.has(id))).toArray();
    for (const id of clientIds) {
      if (covered.has(id)) continue;
      const client = clients.get(id);
      if (!client) continue;
      const agreement = activeAgreementOf(id, ofClients.map((a) => withoutWords(a) as Agreement));
      const clientRanges = ranges(client.name, needles);
      const stated = new Set(agreement ? termConcepts(agreement).map((c) => TERM_OF_CONCEPT[c]) : []);
      const score = clientRanges.length ? 5 : 1;
      hits.push({ client, clientRanges, agreement, titleRanges: ranges(agreement?.title, needles), terms: terms.filter((t) => stated.has(t)), clauses: [], score });
    }
  }
  return hits
    .sort((a, b) => b.score - a.score || a.client.name.localeCompare(b.client.name))
    .slice(0, Math.max(1, limit));
}
