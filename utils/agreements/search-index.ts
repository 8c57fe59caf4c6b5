import type { ClausemateDatabase } from './db';
import type { Agreement, Client } from './schema';
import { agreementSearchText, clientSearchText, digestOf, keysOfSearchText } from './search-keys';

// The popup search's inverted index. Each search key maps to the records whose text holds it: "c:<client id>" and
// "a:<agreement id>". Keys are grouped into buckets by their first three characters (a Chinese key by its first
// character) and a bucket is one row of `postings`, because IndexedDB's cost is per row: 10,000 agreements have some
// 40,000 distinct keys but only a few thousand buckets. A prefix of three or more characters lies inside one bucket.
// Each record's search text also has a digest (in 64 rows of `digests`), so a write that does not change the text —
// re-importing the same backup — touches no posting. Callers run these inside their own read-write transaction over
// clients, agreements, postings and digests.

export const clientRef = (id: string) => `c:${id}`;
export const agreementRef = (id: string) => `a:${id}`;

const HAN = /\p{Script=Han}/u;
// A key's refs are stored as one string: cloning one string in and out of IndexedDB is far cheaper than an array
// of ten thousand short ones. The separator is U+0000: a record whose id held one would not be found by search.
const SEPARATOR = '\u0000';
const refsOf = (joined: string | undefined): string[] => (joined ? joined.split(SEPARATOR) : []);
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

/** The refs holding each of `keys` (exact keys). */
export async function postingsOf(db: ClausemateDatabase, keys: string[]): Promise<Map<string, string[]>> {
  const buckets = [...new Set(keys.map(bucketOf))];
  const rows = await db.postings.bulkGet(buckets);
  const out = new Map<string, string[]>();
  for (const key of keys) {
    const row = rows[buckets.indexOf(bucketOf(key))];
    if (row?.tokens[key]) out.set(key, refsOf(row.tokens[key]));
  }
  return out;
}

/** The refs holding any key that starts with `prefix` (two or more characters). */
export async function postingsWithPrefix(db: ClausemateDatabase, prefix: string): Promise<string[]> {
  // Three characters name one bucket; two characters span the buckets that start with them.
  const rows =
    prefix.length >= 3 || HAN.test(prefix)
      ? [await db.postings.get(bucketOf(prefix))]
      : await db.postings.where('key').startsWith(prefix).toArray();
  const refs = new Set<string>();
  for (const row of rows) {
    for (const [key, ids] of Object.entries(row?.tokens ?? {})) if (key.startsWith(prefix)) refsOf(ids).forEach((id) => refs.add(id));
  }
  return [...refs];
}

interface PostingChange {
  ref: string;
  before: string[];
  after: string[];
}

async function applyPostingChanges(db: ClausemateDatabase, changes: PostingChange[]): Promise<void> {
  // bucket → key → refs to add / remove
  const edits = new Map<string, Map<string, { add: string[]; remove: Set<string> }>>();
  const edit = (key: string) => {
    const bucket = bucketOf(key);
    const keys = edits.get(bucket) ?? edits.set(bucket, new Map()).get(bucket)!;
    return keys.get(key) ?? keys.set(key, { add: [], remove: new Set() }).get(key)!;
  };
  for (const { ref, before, after } of changes) {
    const was = new Set(before);
    const now = new Set(after);
    for (const key of now) if (!was.has(key)) edit(key).add.push(ref);
    for (const key of was) if (!now.has(key)) edit(key).remove.add(ref);
  }
  const buckets = [...edits.keys()];
  if (buckets.length === 0) return;
  const rows = await rowsByKey(db.postings, buckets, (r) => r.key);
  const put: { key: string; tokens: Record<string, string> }[] = [];
  const drop: string[] = [];
  buckets.forEach((bucket, i) => {
    const tokens: Record<string, string> = { ...(rows[i]?.tokens ?? {}) };
    for (const [key, { add, remove }] of edits.get(bucket)!) {
      const ids = refsOf(tokens[key]).filter((id) => !remove.has(id));
      const present = new Set(ids);
      for (const ref of add) if (!present.has(ref)) ids.push(ref);
      if (ids.length) tokens[key] = ids.join(SEPARATOR);
      else delete tokens[key];
    }
    if (Object.keys(tokens).length) put.push({ key: bucket, tokens });
    else drop.push(bucket);
  });
  if (put.length) await db.postings.bulkPut(put);
  if (drop.length) await db.postings.bulkDelete(drop);
}

type Item = { ref: string; text: string | null };

/**
 * Prepares the index update for records about to be written (or deleted: `null`). It must run before the writes,
 * since it reads the old version of each record whose text changed; the returned function applies the update after.
 */
export async function prepareIndexUpdate(
  db: ClausemateDatabase,
  clients: { id: string; record: Client | null }[],
  agreements: { id: string; record: Agreement | null }[],
): Promise<() => Promise<void>> {
  const items: Item[] = [
    ...clients.map((c) => ({ ref: clientRef(c.id), text: c.record ? clientSearchText(c.record) : null })),
    ...agreements.map((a) => ({ ref: agreementRef(a.id), text: a.record ? agreementSearchText(a.record) : null })),
  ];
  const digests = items.map((i) => (i.text === null ? null : digestOf(i.text)));
  const bucketNames = [...new Set(items.map((i) => digestBucket(i.ref)))];
  const bucketRows = await db.digests.bulkGet(bucketNames);
  const buckets = new Map(bucketNames.map((name, k) => [name, { ...(bucketRows[k]?.digests ?? {}) }]));
  const oldDigest = (ref: string) => buckets.get(digestBucket(ref))![ref];
  const changed = items.flatMap((item, k) => ((oldDigest(item.ref) ?? null) !== digests[k] ? [k] : []));
  if (changed.length === 0) return async () => {};

  // The old text of a changed record that was indexed before: its keys are the ones to take out.
  const wasIndexed = (k: number, prefix: string) => oldDigest(items[k]!.ref) !== undefined && items[k]!.ref.startsWith(prefix);
  const oldClientIds = changed.filter((k) => wasIndexed(k, 'c:')).map((k) => items[k]!.ref.slice(2));
  const oldAgreementIds = changed.filter((k) => wasIndexed(k, 'a:')).map((k) => items[k]!.ref.slice(2));
  const beforeText = new Map<string, string>();
  (await db.clients.bulkGet(oldClientIds)).forEach((c) => c && beforeText.set(clientRef(c.id), clientSearchText(c)));
  (await db.agreements.bulkGet(oldAgreementIds)).forEach((a) => a && beforeText.set(agreementRef(a.id), agreementSearchText(a)));

  return async () => {
    await applyPostingChanges(
      db,
      changed.map((k) => {
        const { ref, text } = items[k]!;
        const before = beforeText.get(ref);
        return { ref, before: before ? keysOfSearchText(before) : [], after: text === null ? [] : keysOfSearchText(text) };
      }),
    );
    const touched = new Set<string>();
    for (const k of changed) {
      const { ref } = items[k]!;
      const bucket = buckets.get(digestBucket(ref))!;
      if (digests[k] === null) delete bucket[ref];
      else bucket[ref] = digests[k]!;
      touched.add(digestBucket(ref));
    }
    await db.digests.bulkPut([...touched].map((ref) => ({ ref, digests: buckets.get(ref)! })));
  };
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
