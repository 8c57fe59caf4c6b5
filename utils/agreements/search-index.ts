import type { ClausemateDatabase, PostingRow } from './db';
import type { Agreement, Client } from './schema';
import { agreementSearchText, clientSearchText, digestOf, searchKeySet } from './search-keys';

// The popup search's inverted index. Each search key maps to the records whose text holds it: "c:<client id>" and
// "a:<agreement id>". Keys are grouped into buckets by their first three characters (a Chinese key by its first
// character) and a bucket is one row of `postings`, because IndexedDB's cost is per row: 10,000 agreements have some
// 40,000 distinct keys but only a few thousand buckets. A prefix of three or more characters lies inside one bucket.
// Each record has a digest of its search text and one of the whole record (in 64 rows of `digests`): a write that does
// not change the text touches no posting, and a record whose digests are unchanged — re-importing the same backup —
// need not be written at all. Every write of a client or agreement goes through prepareIndexUpdate, which keeps them.
// Callers run these inside their own read-write transaction over clients, agreements, postings and digests.

export const clientRef = (id: string) => `c:${id}`;
export const agreementRef = (id: string) => `a:${id}`;

const HAN = /\p{Script=Han}/u;
// A key's refs are stored as one string: cloning one string in and out of IndexedDB is far cheaper than an array
// of ten thousand short ones. The separator is U+0000: a record whose id held one would not be found by search.
const SEPARATOR = '\u0000';
const DIGEST_BUCKETS = 64;

/** The bucket (postings row) of a key: its first three characters; a Chinese key's first character; a marker whole. */
export function bucketOf(key: string): string {
  const first = String.fromCodePoint(key.codePointAt(0) ?? 32);
  if (first === '~') return key;
  return HAN.test(first) ? first : key.slice(0, 3);
}

function digestBucket(ref: string): string {
  let h = 0;
  for (let i = 0; i < ref.length; i++) h = (Math.imul(h, 31) + ref.charCodeAt(i)) | 0;
  return `d${(h >>> 0) % DIGEST_BUCKETS}`;
}

/**
 * Rows by key. Chromium answers each `get` separately, so for many keys one `getAll` of the whole table is cheaper
 * than a bulkGet (an empty table, as on a first import, costs nothing).
 */
async function rowsByKey<R>(
  table: { bulkGet(keys: string[]): Promise<(R | undefined)[]>; toArray(): Promise<R[]>; count(): Promise<number> },
  keys: string[],
  keyOf: (row: R) => string,
): Promise<(R | undefined)[]> {
  if (keys.length < 200) return table.bulkGet(keys);
  if ((await table.count()) === 0) return keys.map(() => undefined);
  const all = new Map((await table.toArray()).map((row) => [keyOf(row), row]));
  return keys.map((k) => all.get(k));
}

/**
 * Postings rows a reader has already read, valid while the index generation it read them at stays the same: the popup
 * searches again at every keystroke, mostly in the same buckets. `spans` holds the rows of two-character prefixes.
 */
export interface PostingCache {
  rows: Map<string, PostingRow | undefined>;
  spans: Map<string, PostingRow[]>;
}

async function rowsNamed(db: ClausemateDatabase, names: string[], cache?: PostingCache): Promise<(PostingRow | undefined)[]> {
  if (!cache) return names.length ? db.postings.bulkGet(names) : [];
  const missing = names.filter((name) => !cache.rows.has(name));
  if (missing.length) (await db.postings.bulkGet(missing)).forEach((row, i) => cache.rows.set(missing[i]!, row));
  return names.map((name) => cache.rows.get(name));
}

/**
 * The refs holding each of `keys` (exact keys), each as one joined list (see `refsOf`): a search reads only as much of
 * a long list as it shows.
 */
export async function postingsOf(db: ClausemateDatabase, keys: string[], cache?: PostingCache): Promise<Map<string, string>> {
  const buckets = [...new Set(keys.map(bucketOf))];
  const rows = await rowsNamed(db, buckets, cache);
  const out = new Map<string, string>();
  for (const key of keys) {
    const refs = rows[buckets.indexOf(bucketOf(key))]?.tokens[key];
    if (refs) out.set(key, refs);
  }
  return out;
}

/**
 * The refs holding any key that starts with `prefix` (two or more characters), as one joined list per key, in bucket
 * and key order; a ref may be in several lists. The search takes from them only as many refs as it shows.
 */
export async function postingListsWithPrefix(db: ClausemateDatabase, prefix: string, cache?: PostingCache): Promise<string[]> {
  // Three characters name one bucket; two characters span the buckets that start with them.
  let rows: (PostingRow | undefined)[];
  if (prefix.length >= 3 || HAN.test(prefix)) rows = await rowsNamed(db, [bucketOf(prefix)], cache);
  else {
    const span = cache?.spans.get(prefix) ?? (await db.postings.where('key').startsWith(prefix).toArray());
    cache?.spans.set(prefix, span);
    rows = span;
  }
  const lists: string[] = [];
  for (const row of rows) {
    for (const [key, refs] of Object.entries(row?.tokens ?? {})) if (key.startsWith(prefix) && refs) lists.push(refs);
  }
  return lists;
}

/**
 * The digests row whose token changes with every index update (and is gone after a rebuild clears the table): a
 * reader that keeps rows or records between searches keeps them only while the token it read them at is unchanged.
 */
export const GENERATION_REF = 'generation';

/** The index's current generation token ('' before any update wrote one). */
export async function indexGeneration(db: ClausemateDatabase): Promise<string> {
  return (await db.digests.get(GENERATION_REF))?.digests.token ?? '';
}

/** The refs of a joined list, in order. */
export function refsOf(joined: string | undefined): string[] {
  return joined ? joined.split(SEPARATOR) : [];
}

/** Calls `take` with each ref of a joined list in order, without splitting it, until `take` returns false. */
export function eachRef(joined: string, take: (ref: string) => boolean): boolean {
  if (!joined) return true;
  let from = 0;
  while (from <= joined.length) {
    let end = joined.indexOf(SEPARATOR, from);
    if (end < 0) end = joined.length;
    if (!take(joined.slice(from, end))) return false;
    from = end + 1;
  }
  return true;
}

/** Joins refs into one list, as the index stores them. */
export const joinRefs = (refs: string[]): string => refs.join(SEPARATOR);

interface PostingChange {
  ref: string;
  before: ReadonlySet<string>;
  after: ReadonlySet<string>;
}

type KeyEdit = { add: string[]; remove: Set<string> | null };
type PostingEdits = { edits: Map<string, KeyEdit>; byBucket: Map<string, string[]> };

/** The refs each key gains and loses, grouped by bucket. */
function postingEdits(changes: Iterable<PostingChange>): PostingEdits {
  // One pass over every record's keys, aggregated by key; buckets are worked out once per distinct key.
  const edits = new Map<string, KeyEdit>();
  const edit = (key: string) => {
    let e = edits.get(key);
    if (!e) edits.set(key, (e = { add: [], remove: null }));
    return e;
  };
  for (const { ref, before, after } of changes) {
    for (const key of after) if (!before.has(key)) edit(key).add.push(ref);
    for (const key of before) {
      if (after.has(key)) continue;
      const e = edit(key);
      (e.remove ??= new Set()).add(ref);
    }
  }
  const byBucket = new Map<string, string[]>();
  for (const key of edits.keys()) {
    const bucket = bucketOf(key);
    const keys = byBucket.get(bucket);
    if (keys) keys.push(key);
    else byBucket.set(bucket, [key]);
  }
  return { edits, byBucket };
}

/** The new rows of the touched buckets, from their current rows. */
function editedRows({ edits, byBucket }: PostingEdits, rowOf: (bucket: string) => PostingRow | undefined): { put: PostingRow[]; drop: string[] } {
  const put: PostingRow[] = [];
  const drop: string[] = [];
  for (const [bucket, keys] of byBucket) {
    const tokens: Record<string, string> = { ...(rowOf(bucket)?.tokens ?? {}) };
    for (const key of keys) {
      const { add, remove } = edits.get(key)!;
      const old = tokens[key];
      if (!old && !remove) {
        // A key no record held before (every key of a first import): its refs are the new ones, each once.
        if (add.length) tokens[key] = add.join(SEPARATOR);
        continue;
      }
      const ids = remove ? refsOf(old).filter((id) => !remove.has(id)) : refsOf(old);
      const present = new Set(ids);
      for (const ref of add) if (!present.has(ref)) ids.push(ref);
      if (ids.length) tokens[key] = ids.join(SEPARATOR);
      else delete tokens[key];
    }
    let empty = true;
    for (const _ in tokens) {
      empty = false;
      break;
    }
    if (empty) drop.push(bucket);
    else put.push({ key: bucket, tokens });
  }
  return { put, drop };
}

type Item = { ref: string; record: Client | Agreement | null };

const searchTextOf = ({ ref, record }: Item): string | null =>
  record === null ? null : ref.startsWith('c:') ? clientSearchText(record as Client) : agreementSearchText(record as Agreement);

/** What `prepareIndexUpdate` hands back: the update to apply after the writes, and which writes can be skipped. */
export interface IndexUpdate {
  (): Promise<void>;
  /**
   * Refs ("c:<id>", "a:<id>") whose record is, by its digest, exactly what was last written through this index: writing
   * it again would change nothing (re-importing the same backup), so the caller may skip that put.
   */
  unchanged: ReadonlySet<string>;
}

// A digest entry is "<search-text digest>/<record digest>"; entries written before the record digest existed hold the
// first part only, so those records count as changed and are written once more. The record digest is of its JSON
// text: in Chromium, JSON.stringify and one pass over the string cost about a fifth of walking the record's fields.
const RECORD_DIGEST = '/';
// Above this many records with a new text, every postings row is read up front (one getAll) rather than by bucket
// afterwards: the read then happens before the caller's record writes, and the key work overlaps with them.
const PRELOAD_POSTINGS_FROM = 200;

/**
 * Prepares the index update for records about to be written (or deleted: `null`). It must run before the writes,
 * since it reads the old version of each record whose text changed; the returned function applies the update after.
 * Every write of a client or agreement goes through here, so that the record digests stay true.
 */
export async function prepareIndexUpdate(
  db: ClausemateDatabase,
  clients: { id: string; record: Client | null }[],
  agreements: { id: string; record: Agreement | null }[],
): Promise<IndexUpdate> {
  const items: Item[] = [
    ...clients.map((c) => ({ ref: clientRef(c.id), record: c.record })),
    ...agreements.map((a) => ({ ref: agreementRef(a.id), record: a.record })),
  ];
  const bucketNames = [...new Set(items.map((i) => digestBucket(i.ref)))];
  const bucketRows = await db.digests.bulkGet(bucketNames);
  const buckets = new Map(bucketNames.map((name, k) => [name, { ...(bucketRows[k]?.digests ?? {}) }]));
  const oldDigest = (ref: string): string | undefined => buckets.get(digestBucket(ref))![ref];
  const oldTextDigest = (ref: string) => oldDigest(ref)?.split(RECORD_DIGEST)[0];
  // Each record's search text and digests. When none of the records was indexed before (a first import into a fresh
  // profile) every one of them is changed, with no old text, whatever its digests say: they are then worked out in
  // `apply`, while IndexedDB carries out the record writes the caller issued before it, instead of before those writes.
  let texts: (string | null)[] = [];
  let textDigests: (string | null)[] = [];
  let digests: (string | null)[] = [];
  const computeDigests = () => {
    texts = items.map(searchTextOf);
    textDigests = texts.map((text) => (text === null ? null : digestOf(text)));
    digests = items.map((i, k) => (i.record === null ? null : `${textDigests[k]}${RECORD_DIGEST}${digestOf(JSON.stringify(i.record))}`));
  };
  const noneIndexed = items.every((i) => oldDigest(i.ref) === undefined);
  const unchanged = new Set<string>();
  const changed: number[] = [];
  const textChanged: number[] = [];
  if (noneIndexed) {
    items.forEach((item, k) => {
      changed.push(k);
      if (item.record !== null) textChanged.push(k);
    });
  } else {
    computeDigests();
    items.forEach((item, k) => {
      const old = oldDigest(item.ref);
      if (old === digests[k] && old !== undefined) {
        unchanged.add(item.ref);
        return;
      }
      changed.push(k);
      if ((oldTextDigest(item.ref) ?? null) !== textDigests[k]) textChanged.push(k);
    });
  }
  const noop: IndexUpdate = Object.assign(async () => {}, { unchanged });
  if (changed.length === 0) return noop;

  // The old text of a changed record that was indexed before: its keys are the ones to take out.
  const wasIndexed = (k: number, prefix: string) => oldDigest(items[k]!.ref) !== undefined && items[k]!.ref.startsWith(prefix);
  const oldClientIds = textChanged.filter((k) => wasIndexed(k, 'c:')).map((k) => items[k]!.ref.slice(2));
  const oldAgreementIds = textChanged.filter((k) => wasIndexed(k, 'a:')).map((k) => items[k]!.ref.slice(2));
  const beforeText = new Map<string, string>();
  if (oldClientIds.length) (await db.clients.bulkGet(oldClientIds)).forEach((c) => c && beforeText.set(clientRef(c.id), clientSearchText(c)));
  if (oldAgreementIds.length) (await db.agreements.bulkGet(oldAgreementIds)).forEach((a) => a && beforeText.set(agreementRef(a.id), agreementSearchText(a)));
  let preloaded: Map<string, PostingRow> | null = null;
  if (textChanged.length >= PRELOAD_POSTINGS_FROM) {
    preloaded = (await db.postings.count()) === 0 ? new Map() : new Map((await db.postings.toArray()).map((row) => [row.key, row]));
  }

  const apply = async () => {
    if (noneIndexed) computeDigests();
    if (textChanged.length) {
      const none: ReadonlySet<string> = new Set();
      // One record's keys at a time, dropped once counted: 10,000 agreements' key sets are never all held at once.
      const changes = function* (): Generator<PostingChange> {
        for (const k of textChanged) {
          const { ref } = items[k]!;
          const text = texts[k]!;
          const before = beforeText.get(ref);
          yield { ref, before: before ? searchKeySet(before) : none, after: text === null ? none : searchKeySet(text) };
        }
      };
      const edits = postingEdits(changes());
      let rowOf: (bucket: string) => PostingRow | undefined;
      if (preloaded) rowOf = (bucket) => preloaded.get(bucket);
      else {
        const wanted = [...edits.byBucket.keys()];
        const rows = await rowsByKey(db.postings, wanted, (r) => r.key);
        const byName = new Map(wanted.map((name, i) => [name, rows[i]]));
        rowOf = (bucket) => byName.get(bucket);
      }
      const { put, drop } = editedRows(edits, rowOf);
      if (put.length) await db.postings.bulkPut(put);
      if (drop.length) await db.postings.bulkDelete(drop);
    }
    const touched = new Set<string>();
    for (const k of changed) {
      const { ref } = items[k]!;
      const bucket = buckets.get(digestBucket(ref))!;
      if (digests[k] === null) delete bucket[ref];
      else bucket[ref] = digests[k]!;
      touched.add(digestBucket(ref));
    }
    const generation = { ref: GENERATION_REF, digests: { token: `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}` } };
    await db.digests.bulkPut([...[...touched].map((ref) => ({ ref, digests: buckets.get(ref)! })), generation]);
  };
  return Object.assign(apply, { unchanged });
}

/** Rebuilds the whole index from the stored records: for a repair, or after records were written around it. */
export async function rebuildSearchIndex(db: ClausemateDatabase): Promise<void> {
  await db.transaction('rw', [db.clients, db.agreements, db.postings, db.digests], async () => {
    await db.postings.clear();
    await db.digests.clear();
    const clients = await db.clients.toArray();
    const agreements = await db.agreements.toArray();
    const apply = await prepareIndexUpdate(
      db,
      clients.map((c) => ({ id: c.id, record: c })),
      agreements.map((a) => ({ id: a.id, record: a })),
    );
    await apply();
  });
}
