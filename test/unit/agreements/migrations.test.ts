import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, parseBackup } from '../../../utils/agreements/backup';
import { createDatabase, CURRENT_VERSION } from '../../../utils/agreements/db';
import { findClientForSender } from '../../../utils/agreements/match-client';
import { searchAgreements } from '../../../utils/agreements/search';
import { rebuildSearchIndex } from '../../../utils/agreements/search-index';
import { normaliseAgreement, normaliseClient } from '../../../utils/agreements/search-keys';

// Version 1 exactly as it shipped, frozen here: the test fails if someone edits it in db.ts instead of adding a version.
const SHIPPED_V1 = {
  settings: 'id',
  clients: 'id, *emails, *domains, name',
  agreements: 'id, clientId, status',
  postings: 'key',
  digests: 'ref',
  templates: 'id, kind, lang',
  corrections: 'id, kind, at',
};

const parsed = parseBackup(readFileSync(new URL('../../fixtures/backups/studio.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('fixture invalid');
const backup = parsed.backup;

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database written by the extension's version 1, with every kind of record in it. */
async function fillVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SHIPPED_V1);
  await v1.open();
  await v1.table('settings').put({ id: 'provider', value: backup.provider });
  await v1.table('clients').bulkPut(backup.clients.map(normaliseClient));
  await v1.table('agreements').bulkPut(backup.agreements.map(normaliseAgreement));
  await v1.table('templates').bulkPut(backup.templates);
  await v1.table('corrections').bulkPut(backup.requests);
  v1.close();
}

describe('database versions', () => {
  it('still declares version 1 as it shipped', async () => {
    const name = `mig-schema-${Math.random()}`;
    names.push(name);
    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    const schema = Object.fromEntries(
      db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)].join(', ')]),
    );
    if (CURRENT_VERSION === 1) expect(schema).toEqual(SHIPPED_V1);
    db.close();
  });

  it('opens a version-1 database with the current version, and every record survives', async () => {
    const name = `mig-1-${Math.random()}`;
    names.push(name);
    await fillVersion1(name);
    const db = createDatabase(name);
    await db.open();
    // Version 1 built its search index with the same code; build it here the way an import would have.
    await rebuildSearchIndex(db);
    const exported = await exportBackup(db, new Date('2026-11-28T00:00:00Z'));
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(exported.agreements)).toEqual(byId(backup.agreements));
    expect(byId(exported.clients).map((c) => c.id)).toEqual(byId(backup.clients).map((c) => c.id));
    expect(exported.provider).toEqual(backup.provider);
    expect(exported.templates).toEqual(backup.templates);
    expect(exported.requests).toEqual(backup.requests);
    // The indexes answer after the upgrade, not just the records.
    expect(await findClientForSender(db, 'ana@acme.com')).toMatchObject({ status: 'matched', agreement: { id: 'a-acme-web' } });
    expect((await searchAgreements(db, 'revisions')).length).toBeGreaterThan(0);
    db.close();
  });
});
