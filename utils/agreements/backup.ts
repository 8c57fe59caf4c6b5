import type { z } from 'zod';
import type { ClausemateDatabase } from './db';
import { backupSchema, type Backup } from './schema';
import { agreementRef, clientRef, prepareIndexUpdate } from './search-index';
import { normaliseAgreement, normaliseClient, withoutWords } from './search-keys';
import { describeStorageError } from './storage-errors';

// The backup file (DESIGN.md, "The backup file"): parse and validate it, import it all-or-nothing and idempotently
// (records are upserted by id, so the same file twice changes nothing), and export everything back to it.

export const CURRENT_FORMAT = 1;
export const FORMAT_PREFIX = 'clausemate/';

export interface BackupProblem {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[] };

export interface TableCounts {
  added: number;
  updated: number;
}

export type ImportReport =
  | {
      ok: true;
      format: string;
      provider: boolean;
      clients: TableCounts;
      agreements: TableCounts;
      templates: TableCounts;
      requests: TableCounts;
    }
  | { ok: false; problems: BackupProblem[] };

/**
 * Each older format's step to the next one, keyed by its version. Format 1 is the first the extension ever wrote, so
 * there is none yet; a format 2 adds `1: (file) => …` here and every older file keeps importing through the chain.
 */
const UPGRADES: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {};

/** `agreements[0].money.netDays` from zod's ['agreements', 0, 'money', 'netDays']. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(file)';
}

function issuesToProblems(issues: readonly z.core.$ZodIssue[]): BackupProblem[] {
  return issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

function duplicateIds(list: { id: string }[], field: string): BackupProblem[] {
  const seen = new Map<string, number>();
  const problems: BackupProblem[] = [];
  list.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      problems.push({ path: `${field}[${index}].id`, message: `the id "${item.id}" is already used by ${field}[${first}]` });
    } else seen.set(item.id, index);
  });
  return problems;
}

function versionOf(format: unknown): number | null {
  if (typeof format !== 'string' || !format.startsWith(FORMAT_PREFIX)) return null;
  const n = Number(format.slice(FORMAT_PREFIX.length));
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** Validates a backup given as JSON text or as an already-parsed value. Never throws. */
export function parseBackup(raw: unknown): ParseResult {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw.replace(/^\uFEFF/, ''));
    } catch {
      return { ok: false, problems: [{ path: '(file)', message: 'This file is not JSON, so it is not a Clausemate backup.' }] };
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problems: [{ path: '(file)', message: 'This is not a Clausemate backup: expected a JSON object with "format": "clausemate/1".' }] };
  }
  const file = value as Record<string, unknown>;
  const version = versionOf(file.format);
  if (version === null) {
    return {
      ok: false,
      problems: [{ path: 'format', message: 'This is not a Clausemate backup: its "format" is not "clausemate/<version>".' }],
    };
  }
  if (version > CURRENT_FORMAT) {
    return {
      ok: false,
      problems: [
        {
          path: 'format',
          message: `This backup was written in format ${String(file.format)}, newer than this version of Clausemate reads (${FORMAT_PREFIX}${CURRENT_FORMAT}). Update the extension and import it again.`,
        },
      ],
    };
  }
  let upgraded = file;
  for (let v = version; v < CURRENT_FORMAT; v++) {
    const step = UPGRADES[v];
    if (!step) return { ok: false, problems: [{ path: 'format', message: `Format ${FORMAT_PREFIX}${v} cannot be read.` }] };
    upgraded = { ...step(upgraded), format: `${FORMAT_PREFIX}${v + 1}` };
  }
  const parsed = backupSchema.safeParse(upgraded);
  if (!parsed.success) return { ok: false, problems: issuesToProblems(parsed.error.issues) };
  const backup = parsed.data;
  const problems = [
    ...duplicateIds(backup.clients, 'clients'),
    ...duplicateIds(backup.agreements, 'agreements'),
    ...duplicateIds(backup.templates, 'templates'),
    ...duplicateIds(backup.requests, 'requests'),
  ];
  return problems.length ? { ok: false, problems } : { ok: true, backup };
}

async function countExisting(table: { bulkGet(keys: string[]): Promise<unknown[]> }, ids: string[]): Promise<TableCounts> {
  if (ids.length === 0) return { added: 0, updated: 0 };
  const updated = (await table.bulkGet(ids)).filter((r) => r !== undefined).length;
  return { added: ids.length - updated, updated };
}

/** Added and updated counts from the keys alone: one getAllKeys, not a read of 10,000 whole records. */
async function existingKeys(table: { toCollection(): { primaryKeys(): Promise<unknown[]> } }, ids: string[]): Promise<TableCounts> {
  if (ids.length === 0) return { added: 0, updated: 0 };
  const present = new Set(await table.toCollection().primaryKeys());
  const updated = ids.filter((id) => present.has(id)).length;
  return { added: ids.length - updated, updated };
}

/**
 * Imports a backup in one transaction: either every record is written or none is. Agreements must belong to a client
 * in the file or already in the database. Storage failures come back as problems with a message for the user.
 */
export async function importBackup(db: ClausemateDatabase, raw: unknown): Promise<ImportReport> {
  const parsed = parseBackup(raw);
  if (!parsed.ok) return parsed;
  const backup = parsed.backup;
  try {
    return await db.transaction('rw', [db.settings, db.clients, db.agreements, db.templates, db.corrections, db.postings, db.digests], async () => {
      const inFile = new Set(backup.clients.map((c) => c.id));
      const outside = [...new Set(backup.agreements.map((a) => a.clientId).filter((id) => !inFile.has(id)))];
      const known = new Set(outside.length ? (await db.clients.bulkGet(outside)).filter(Boolean).map((c) => c!.id) : []);
      const orphans: BackupProblem[] = backup.agreements.flatMap((a, i) =>
        inFile.has(a.clientId) || known.has(a.clientId)
          ? []
          : [{ path: `agreements[${i}].clientId`, message: `no client has the id "${a.clientId}" in this file or in Clausemate` }],
      );
      if (orphans.length) return { ok: false as const, problems: orphans };

      const clients = backup.clients.map(normaliseClient);
      const agreements = backup.agreements.map(normaliseAgreement);
      const report = {
        ok: true as const,
        format: backup.format,
        provider: backup.provider !== undefined,
        clients: await existingKeys(db.clients, clients.map((c) => c.id)),
        agreements: await existingKeys(db.agreements, agreements.map((a) => a.id)),
        templates: await countExisting(db.templates, backup.templates.map((t) => t.id)),
        requests: await countExisting(db.corrections, backup.requests.map((r) => r.id)),
      };
      if (backup.provider) await db.settings.put({ id: 'provider', value: backup.provider });
      const updateIndex = await prepareIndexUpdate(
        db,
        clients.map((c) => ({ id: c.id, record: c })),
        agreements.map((a) => ({ id: a.id, record: a })),
      );
      // A record whose digest says it is stored exactly so already (the same file again) is not written again. The
      // record writes are issued first and the index work runs while IndexedDB carries them out; one transaction
      // still holds them all, so a failure anywhere writes nothing.
      const newClients = clients.filter((c) => !updateIndex.unchanged.has(clientRef(c.id)));
      const newAgreements = agreements.filter((a) => !updateIndex.unchanged.has(agreementRef(a.id)));
      await Promise.all([
        newClients.length ? db.clients.bulkPut(newClients) : undefined,
        newAgreements.length ? db.agreements.bulkPut(newAgreements) : undefined,
        updateIndex(),
      ]);
      if (backup.templates.length) await db.templates.bulkPut(backup.templates);
      if (backup.requests.length) await db.corrections.bulkPut(backup.requests);
      return report;
    });
  } catch (error) {
    return { ok: false, problems: [{ path: '(database)', message: describeStorageError(error).message }] };
  }
}

/** Everything the user owns, as the backup file. */
export async function exportBackup(db: ClausemateDatabase, now: Date = new Date()): Promise<Backup> {
  return db.transaction('r', [db.settings, db.clients, db.agreements, db.templates, db.corrections], async () => {
    const provider = (await db.settings.get('provider'))?.value;
    const backup: Backup = {
      format: 'clausemate/1',
      exportedAt: now.toISOString(),
      clients: (await db.clients.toArray()).map((c) => withoutWords(c)),
      agreements: (await db.agreements.toArray()).map((a) => withoutWords(a)),
      templates: await db.templates.toArray(),
      requests: await db.corrections.toArray(),
    };
    if (provider) backup.provider = provider;
    return backup;
  });
}
