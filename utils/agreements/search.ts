import { CONCEPT_WORDS, conceptsOfWord, type Concept } from './concepts';
import type { ClausemateDatabase, StoredAgreement, StoredClient } from './db';
import { activeAgreementOf } from './match-client';
import type { Agreement, Clause, Client } from './schema';
import { eachRef, indexGeneration, joinRefs, postingListsWithPrefix, postingsOf, refsOf, type PostingCache } from './search-index';
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
 * synonym — as joined lists (search-index's `refsOf`) in the order they are looked up; a ref may be in several.
 */
async function refListsFor(db: ClausemateDatabase, word: QueryWord, cache: SearchCache): Promise<string[]> {
  const synonymKeys = new Set(word.needles.slice(1).map(lookupKey).concat(word.concepts.map(conceptKey)));
  const hanKeys = word.exact.filter((k) => /\p{Script=Han}/u.test(k) && !synonymKeys.has(k));
  // One typed letter is too short a prefix to be useful; it matches only a whole one-letter key.
  const prefixes = word.prefixes.filter((p) => p.length >= 2);
  const exact = [...word.prefixes.filter((p) => p.length < 2), ...word.exact.filter((k) => !hanKeys.includes(k))];
  const [byPrefix, byKey] = await Promise.all([
    Promise.all(prefixes.map((p) => postingListsWithPrefix(db, p, cache))),
    postingsOf(db, [...exact, ...hanKeys], cache),
  ]);
  const lists = byPrefix.flat();
  for (const key of exact) {
    const refs = byKey.get(key);
    if (refs) lists.push(refs);
  }
  if (hanKeys.length) {
    let run = refsOf(byKey.get(hanKeys[0]!));
    for (const key of hanKeys.slice(1)) {
      const ids = new Set(refsOf(byKey.get(key)));
      run = run.filter((id) => ids.has(id));
    }
    if (run.length) lists.push(joinRefs(run));
  }
  return lists;
}

function asSet(lists: string[]): Set<string> {
  const set = new Set<string>();
  for (const list of lists) for (const ref of refsOf(list)) set.add(ref);
  return set;
}

/**
 * Clients and agreements holding every word of the query, at most MAX_CANDIDATES of each: the first ones the first
 * word's lists name that every other word's lists hold too. Only the other words' refs become sets; the first word's
 * lists are read, without being split, only until both kinds are full, which for a common word is a small part.
 */
async function candidates(db: ClausemateDatabase, words: QueryWord[], cache: SearchCache): Promise<{ clientIds: string[]; agreementIds: string[] }> {
  const clientIds: string[] = [];
  const agreementIds: string[] = [];
  const [first, ...rest] = await Promise.all(words.map((w) => refListsFor(db, w, cache)));
  const others = rest.map(asSet);
  if (!first || others.some((set) => set.size === 0)) return { clientIds, agreementIds };
  // A ref met again is skipped by the same test that took or left it the first time, or by `chosen`: no set of all
  // the refs is needed, and a ref of a kind already full costs one comparison.
  const chosen = new Set<string>();
  const take = (ref: string): boolean => {
    const ids = ref.startsWith('c:') ? clientIds : ref.startsWith('a:') ? agreementIds : null;
    if (!ids || ids.length >= MAX_CANDIDATES || chosen.has(ref)) return true;
    if (!others.every((set) => set.has(ref))) return true;
    chosen.add(ref);
    ids.push(ref.slice(2));
    return clientIds.length < MAX_CANDIDATES || agreementIds.length < MAX_CANDIDATES;
  };
  for (const list of first) if (!eachRef(list, take)) break;
  return { clientIds, agreementIds };
}

/** A word's needles, and those of them that fold to plain ASCII (folded), for texts in plain ASCII. */
interface Needles {
  all: string[];
  ascii: string[];
}

const PLAIN_ASCII = /^[\x00-\x7f]*$/;

function needlesOf(needles: string[]): Needles {
  const all = [...new Set(needles)];
  return { all, ascii: [...new Set(all.map(fold))].filter((n) => n !== '' && PLAIN_ASCII.test(n)) };
}

/**
 * matchRanges(text, needles.all), without asking it about needles that cannot occur. A plain ASCII text folds to its
 * lower case (text-index's foldWithMap), where a needle that folds to other characters cannot occur, nor one that its
 * lower case does not contain: matchRanges would find nothing for them. Most clause texts hold none of a query's
 * needles, and matchRanges folds every needle it is given on every call: this spares thousands of calls a search.
 */
function ranges(text: string | undefined, needles: Needles): TextRange[] {
  if (!text) return [];
  if (!PLAIN_ASCII.test(text)) return matchRanges(text, needles.all);
  const lower = text.toLowerCase();
  const present = needles.ascii.filter((n) => lower.includes(n));
  return present.length ? matchRanges(text, present) : [];
}

/** Sorted, merged ranges from several sorted, merged lists: the ranges matchRanges gives for all their needles. */
function mergeRanges(lists: TextRange[][]): TextRange[] {
  const nonEmpty = lists.filter((l) => l.length);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  const found = nonEmpty.flat().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: TextRange[] = [];
  for (const r of found) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function clauseHits(agreement: Agreement, words: QueryWord[], wordNeedles: Needles[]): ClauseHit[] {
  const hits: ClauseHit[] = [];
  for (const clause of agreement.clauses ?? []) {
    // A clause is shown when every query word occurs in it (its own words or a concept synonym). No needle holds a
    // line break, so a word occurs in "heading\ntext" exactly when it occurs in the heading or in the text: each field
    // is searched once per word, and the ranges of all words together are those of all their needles.
    const heading = wordNeedles.map((n) => ranges(clause.heading, n));
    const text = wordNeedles.map((n) => ranges(clause.text, n));
    if (!words.every((_, k) => heading[k]!.length > 0 || text[k]!.length > 0)) continue;
    hits.push({ clause, headingRanges: mergeRanges(heading), textRanges: mergeRanges(text) });
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

/**
 * What the searches of one database have read — postings rows and records — kept while its index generation (a token
 * every index update changes, in the same transactions as the records) stays the one they were read at: the popup
 * searches again at each keystroke, mostly over the same rows and records. Hits share the records' nested objects.
 */
interface SearchCache extends PostingCache {
  generation: string;
  agreements: Map<string, StoredAgreement | undefined>;
  clients: Map<string, StoredClient | undefined>;
  ofClient: Map<string, StoredAgreement[]>;
}

const caches = new WeakMap<ClausemateDatabase, SearchCache>();
const CACHE_ENTRIES = 5000;

async function cacheFor(db: ClausemateDatabase): Promise<SearchCache> {
  const generation = await indexGeneration(db);
  let cache = caches.get(db);
  const entries = cache ? cache.rows.size + cache.spans.size + cache.agreements.size + cache.clients.size + cache.ofClient.size : 0;
  if (!cache || cache.generation !== generation || entries > CACHE_ENTRIES) {
    cache = { generation, rows: new Map(), spans: new Map(), agreements: new Map(), clients: new Map(), ofClient: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

async function cachedGet<R>(table: { bulkGet(keys: string[]): Promise<(R | undefined)[]> }, known: Map<string, R | undefined>, ids: string[]) {
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length) (await table.bulkGet(missing)).forEach((record, i) => known.set(missing[i]!, record));
  return ids.map((id) => known.get(id));
}

/** Forgets what the searches of `db` have read, so that the next one reads everything (the benchmark's cold search). */
export function forgetSearchCache(db: ClausemateDatabase): void {
  caches.delete(db);
}

// No transaction around a search: one answered from the cache alone makes no request, and an idle transaction inside
// the popup's liveQuery commits before the search ends (Dexie's PrematureCommitError). Like the uncached search, a
// search that a write overtakes may mix both states; the write changes the generation, which re-runs a liveQuery.
async function search(db: ClausemateDatabase, words: QueryWord[], limit: number): Promise<SearchHit[]> {
  return searchIn(db, words, limit, await cacheFor(db));
}

async function searchIn(db: ClausemateDatabase, words: QueryWord[], limit: number, cache: SearchCache): Promise<SearchHit[]> {
  const needles = needlesOf(words.flatMap((w) => w.needles));
  const wordNeedles = words.map((w) => needlesOf(w.needles));
  const { clientIds, agreementIds } = await candidates(db, words, cache);
  const agreements = (await cachedGet(db.agreements, cache.agreements, agreementIds))
    .filter((a): a is StoredAgreement => !!a)
    .map((a) => withoutWords(a) as Agreement);
  const clientIdsNeeded = [...new Set([...clientIds, ...agreements.map((a) => a.clientId)])];
  const clients = new Map(
    (await cachedGet(db.clients, cache.clients, clientIdsNeeded)).filter((c): c is StoredClient => !!c).map((c) => [c.id, withoutWords(c) as Client]),
  );
  const terms = termsAsked(words);
  const hits: SearchHit[] = [];
  const covered = new Set<string>();
  for (const agreement of agreements) {
    const client = clients.get(agreement.clientId);
    if (!client) continue;
    const clauses = clauseHits(agreement, words, wordNeedles);
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
  // A client found by itself is ranked by its name alone, so its active agreement is read only if it is shown.
  const clientOnly = new Set<SearchHit>();
  for (const id of clientIds) {
    if (covered.has(id)) continue;
    const client = clients.get(id);
    if (!client) continue;
    const clientRanges = ranges(client.name, needles);
    const hit: SearchHit = { client, clientRanges, agreement: null, titleRanges: [], terms: [], clauses: [], score: clientRanges.length ? 5 : 1 };
    clientOnly.add(hit);
    hits.push(hit);
  }
  const shown = hits.sort((a, b) => b.score - a.score || a.client.name.localeCompare(b.client.name)).slice(0, Math.max(1, limit));
  const toComplete = shown.filter((h) => clientOnly.has(h));
  // One index read per client, all sent at once: anyOf walks the index with a cursor, one round trip per client.
  const ofClients = await Promise.all(
    toComplete.map(async ({ client: { id } }) => {
      const known = cache.ofClient.get(id) ?? (await db.agreements.where('clientId').equals(id).toArray());
      cache.ofClient.set(id, known);
      return known;
    }),
  );
  toComplete.forEach((hit, k) => {
    const agreement = activeAgreementOf(hit.client.id, ofClients[k]!.map((a) => withoutWords(a) as Agreement));
    const stated = new Set(agreement ? termConcepts(agreement).map((c) => TERM_OF_CONCEPT[c]) : []);
    hit.agreement = agreement;
    hit.titleRanges = ranges(agreement?.title, needles);
    hit.terms = terms.filter((t) => stated.has(t));
  });
  return shown;
}
