import type { ClausemateDatabase } from './db';
import type { Agreement, Client } from './schema';
import { agreementSearchText, clientSearchText, digestOf, keysOfSearchText } from './search-keys';

// The popup search's inverted index, kept in the `postings` table: each search key with the ids of the clients
// ("c:<id>") and agreements ("a:<id>") whose text holds it. Each record's search text has a digest in `digests`;
// a write whose text did not change touches no posting, so re-importing an unchanged backup costs little. Callers
// run these inside their own read-write transaction over clients, agreements, postings and digests.

export const clientRef = (id: string) => `c:${id}`;
export const agreementRef = (id: string) => `a:${id}`;

interface PostingChange {
  ref: string;
  before: string[];
  after: string[];
}

type Item = { ref: string; text: string | null };

const clientItem = (id: string, c: Client | null | undefined): Item => ({ ref: clientRef(id), text: c ? clientSearchText(c) : null });
const agreementItem = (id: string, a: Agreement | null | undefined): Item => ({ ref: agreementRef(id), text: a ? agreementSearchText(a) : null });

async function applyPostingChanges(db: ClausemateDatabase, changes: PostingChange[]): Promise<void> {
  const adds = new Map<string, string[]>();
  const removes = new Map<string, Set<string>>();
  for (const { ref, before, after } of changes) {
    const was = new Set(before);
    const now = new Set(after);
    for (const key of now) if (!was.has(key)) (adds.get(key) ?? adds.set(key, []).get(key)!).push(ref);
    for (const key of was) if (!now.has(key)) (removes.get(key) ?? removes.set(key, new Set()).get(key)!).add(ref);
  }
  const keys = [...new Set([...adds.keys(), ...removes.keys()])];
  if (keys.length === 0) return;
  const rows = await db.postings.bulkGet(keys);
  const put: { key: string; ids: string[] }[] = [];
  const drop: string[] = [];
  keys.forEach((key, i) => {
    const gone = removes.get(key);
    const ids = new Set((rows[i]?.ids ?? []).filter((id) => !gone?.has(id)));
    for (const ref of adds.get(key) ?? []) ids.add(ref);
    if (ids.size) put.push({ key, ids: [...ids] });
    else drop.push(key);
  });
  if (put.length) await db.postings.bulkPut(put);
  if (drop.length) await db.postings.bulkDelete(drop);
}

/**
 * Prepares the index update for records about to be written (or deleted: `null`). It must run before the writes,
 * since it reads the old version of each record whose text changed; the returned function applies the update after.
 */
export async function prepareIndexUpdate(
  db: ClausemateDatabase,
  clients: { id: string; record: Client | null }[],
  agreements: { id: string; record: Agreement | null }[],
): Promise<() => Promise<void>> {
  const items = [...clients.map((c) => clientItem(c.id, c.record)), ...agreements.map((a) => agreementItem(a.id, a.record))];
  const digests = items.map((i) => (i.text === null ? null : digestOf(i.text)));
  const old = await db.digests.bulkGet(items.map((i) => i.ref));
  const changed = items.map((_, k) => old[k]?.digest !== (digests[k] ?? undefined)).map((c, k) => (c ? k : -1)).filter((k) => k >= 0);
  if (changed.length === 0) return async () => {};

  // The old text of a changed record that was indexed before: its keys are the ones to take out.
  const oldClientIds = changed.filter((k) => old[k] && items[k]!.ref.startsWith('c:')).map((k) => items[k]!.ref.slice(2));
  const oldAgreementIds = changed.filter((k) => old[k] && items[k]!.ref.startsWith('a:')).map((k) => items[k]!.ref.slice(2));
  const beforeText = new Map<string, string>();
  (await db.clients.bulkGet(oldClientIds)).forEach((c) => c && beforeText.set(clientRef(c.id), clientSearchText(c)));
  (await db.agreements.bulkGet(oldAgreementIds)).forEach((a) => a && beforeText.set(agreementRef(a.id), agreementSearchText(a)));

  return async () => {
    const changes: PostingChange[] = changed.map((k) => {
      const { ref, text } = items[k]!;
      const before = beforeText.get(ref);
      return { ref, before: before ? keysOfSearchText(before) : [], after: text === null ? [] : keysOfSearchText(text) };
    });
    await applyPostingChanges(db, changes);
    const put = changed.filter((k) => digests[k] !== null).map((k) => ({ ref: items[k]!.ref, digest: digests[k]! }));
    const drop = changed.filter((k) => digests[k] === null).map((k) => items[k]!.ref);
    if (put.length) await db.digests.bulkPut(put);
    if (drop.length) await db.digests.bulkDelete(drop);
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
