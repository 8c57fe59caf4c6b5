import type { ClausemateDatabase } from './db';
import type { Agreement, Client } from './schema';
import { agreementSearchKeys, clientSearchKeys } from './search-keys';

// The popup search's inverted index, kept in the `postings` table: each search key with the ids of the clients
// ("c:<id>") and agreements ("a:<id>") whose text holds it. Every write of a client or agreement passes the record
// before and after; only the keys that differ are touched, so re-importing an unchanged backup writes no posting.
// Callers run these inside their own read-write transaction that includes `postings`.

export const clientRef = (id: string) => `c:${id}`;
export const agreementRef = (id: string) => `a:${id}`;

export interface PostingChange {
  ref: string;
  before: string[];
  after: string[];
}

export function clientChange(id: string, before: Client | undefined | null, after: Client | undefined | null): PostingChange {
  return { ref: clientRef(id), before: before ? clientSearchKeys(before) : [], after: after ? clientSearchKeys(after) : [] };
}

export function agreementChange(id: string, before: Agreement | undefined | null, after: Agreement | undefined | null): PostingChange {
  return { ref: agreementRef(id), before: before ? agreementSearchKeys(before) : [], after: after ? agreementSearchKeys(after) : [] };
}

export async function applyPostingChanges(db: ClausemateDatabase, changes: PostingChange[]): Promise<void> {
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
