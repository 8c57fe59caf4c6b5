import type { ClausemateDatabase, StoredAgreement, StoredClient } from './db';
import { formatPath, type BackupProblem } from './backup';
import { agreementSchema, clientSchema, type Agreement, type Client } from './schema';
import { prepareIndexUpdate } from './search-index';
import { normaliseAgreement, normaliseClient, withoutWords } from './search-keys';

// Writes from the options page: validated with the backup schema (the form shows each problem beside its field),
// normalised for the indexes, and deletes that can be undone.

export type SaveResult<T> = { ok: true; value: T } | { ok: false; problems: BackupProblem[] };

/** What people type around an address: spaces, capitals, a leading @ on a domain. */
function tidyClient(input: unknown): unknown {
  if (!input || typeof input !== 'object') return input;
  const c = input as Record<string, unknown>;
  const list = (v: unknown, f: (s: string) => string) => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? f(x) : x)) : v);
  return {
    ...c,
    ...(c.emails !== undefined ? { emails: list(c.emails, (e) => e.trim().toLowerCase()) } : {}),
    ...(c.domains !== undefined ? { domains: list(c.domains, (d) => d.trim().toLowerCase().replace(/^@/, '')) } : {}),
  };
}

export function validateClient(input: unknown): SaveResult<Client> {
  const parsed = clientSchema.safeParse(tidyClient(input));
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}

export function validateAgreement(input: unknown): SaveResult<Agreement> {
  const parsed = agreementSchema.safeParse(input);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
}

export async function saveClient(db: ClausemateDatabase, input: unknown): Promise<SaveResult<Client>> {
  const checked = validateClient(input);
  if (!checked.ok) return checked;
  const stored = normaliseClient(checked.value);
  await db.transaction('rw', [db.clients, db.agreements, db.postings, db.digests], async () => {
    const updateIndex = await prepareIndexUpdate(db, [{ id: stored.id, record: stored }], []);
    await db.clients.put(stored);
    await updateIndex();
  });
  return { ok: true, value: withoutWords(stored) };
}

export async function saveAgreement(db: ClausemateDatabase, input: unknown): Promise<SaveResult<Agreement>> {
  const checked = validateAgreement(input);
  if (!checked.ok) return checked;
  const stored = normaliseAgreement(checked.value);
  const saved = await db.transaction('rw', [db.clients, db.agreements, db.postings, db.digests], async () => {
    if (!(await db.clients.get(stored.clientId))) return false;
    const updateIndex = await prepareIndexUpdate(db, [], [{ id: stored.id, record: stored }]);
    await db.agreements.put(stored);
    await updateIndex();
    return true;
  });
  if (!saved) return { ok: false, problems: [{ path: 'clientId', message: 'choose the client this agreement is with' }] };
  return { ok: true, value: withoutWords(stored) };
}

export async function listClients(db: ClausemateDatabase): Promise<Client[]> {
  return (await db.clients.orderBy('name').toArray()).map((c) => withoutWords(c));
}

export async function agreementsOfClient(db: ClausemateDatabase, clientId: string): Promise<Agreement[]> {
  return (await db.agreements.where('clientId').equals(clientId).toArray()).map((a) => withoutWords(a));
}

/** What a delete removed, to hand back to `undoDelete`. */
export interface Deleted {
  clients: StoredClient[];
  agreements: StoredAgreement[];
}

/** Deletes a client and its agreements in one transaction. */
export async function deleteClient(db: ClausemateDatabase, clientId: string): Promise<Deleted> {
  return db.transaction('rw', [db.clients, db.agreements, db.postings, db.digests], async () => {
    const client = await db.clients.get(clientId);
    const agreements = await db.agreements.where('clientId').equals(clientId).toArray();
    const updateIndex = await prepareIndexUpdate(db, [{ id: clientId, record: null }], agreements.map((a) => ({ id: a.id, record: null })));
    await db.agreements.bulkDelete(agreements.map((a) => a.id));
    await db.clients.delete(clientId);
    await updateIndex();
    return { clients: client ? [client] : [], agreements };
  });
}

export async function deleteAgreement(db: ClausemateDatabase, agreementId: string): Promise<Deleted> {
  return db.transaction('rw', [db.clients, db.agreements, db.postings, db.digests], async () => {
    const agreement = await db.agreements.get(agreementId);
    const updateIndex = await prepareIndexUpdate(db, [], [{ id: agreementId, record: null }]);
    await db.agreements.delete(agreementId);
    await updateIndex();
    return { clients: [], agreements: agreement ? [agreement] : [] };
  });
}

export async function undoDelete(db: ClausemateDatabase, deleted: Deleted): Promise<void> {
  await db.transaction('rw', [db.clients, db.agreements, db.postings, db.digests], async () => {
    const clients = deleted.clients.map(normaliseClient);
    const agreements = deleted.agreements.map(normaliseAgreement);
    const updateIndex = await prepareIndexUpdate(
      db,
      clients.map((c) => ({ id: c.id, record: c })),
      agreements.map((a) => ({ id: a.id, record: a })),
    );
    await db.clients.bulkPut(clients);
    await db.agreements.bulkPut(agreements);
    await updateIndex();
  });
}

/** Marks an invoice paid (or unpaid with `paidAt: null`). Returns false when there is no such invoice. */
export async function markInvoicePaid(
  db: ClausemateDatabase,
  agreementId: string,
  invoiceNumber: string,
  paidAt: string | null,
): Promise<boolean> {
  return db.transaction('rw', [db.clients, db.agreements, db.postings, db.digests], async () => {
    const agreement = await db.agreements.get(agreementId);
    const invoice = agreement?.invoices.find((i) => i.number === invoiceNumber);
    if (!agreement || !invoice) return false;
    // Paying an invoice changes no searchable text, so the postings stay as they are; the record's digest changes.
    invoice.paidAt = paidAt;
    const stored = normaliseAgreement(agreement);
    const updateIndex = await prepareIndexUpdate(db, [], [{ id: stored.id, record: stored }]);
    await db.agreements.put(stored);
    await updateIndex();
    return true;
  });
}
