import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupJsonSchemaText } from '../../../utils/agreements/backup-json-schema';
import { exportBackup, importBackup, parseBackup } from '../../../utils/agreements/backup';
import { createDatabase, type ClausemateDatabase } from '../../../utils/agreements/db';
import { markInvoicePaid } from '../../../utils/agreements/repository';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/backups/${name}`, import.meta.url), 'utf8');
const studio = fixture('studio.json');

let db: ClausemateDatabase;
let n = 0;
beforeEach(async () => {
  db = createDatabase(`backup-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('parseBackup', () => {
  it('accepts the example file of DESIGN.md, as text or as a value', () => {
    const asText = parseBackup(studio);
    expect(asText.ok).toBe(true);
    expect(parseBackup(JSON.parse(studio)).ok).toBe(true);
    if (asText.ok) expect(asText.backup.agreements[0]?.money?.lateFee?.percentPerMonth).toBe(1.5);
  });

  it('refuses what is not JSON, or not a Clausemate backup, with a plain message', () => {
    expect(parseBackup('{"format": "clausemate/1", ')).toEqual({
      ok: false,
      problems: [{ path: '(file)', message: 'This file is not JSON, so it is not a Clausemate backup.' }],
    });
    const foreign = parseBackup({ version: 2, bookmarks: [] });
    expect(foreign.ok).toBe(false);
    if (!foreign.ok) expect(foreign.problems[0]?.message).toMatch(/not a Clausemate backup/);
    for (const raw of [null, 42, [], 'null']) expect(parseBackup(raw).ok).toBe(false);
  });

  it('refuses a newer format and says to update', () => {
    const result = parseBackup({ ...JSON.parse(studio), format: 'clausemate/7' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.message).toMatch(/newer than this version of Clausemate reads/);
    }
  });

  it('reports every problem with its path in the file', () => {
    const result = parseBackup(fixture('broken.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(Object.keys(byPath).sort()).toEqual([
      'agreements[0].hours.start',
      'agreements[0].money.netDays',
      'clients[0].emails[0]',
      'clients[0].name',
    ]);
    expect(byPath['clients[0].name']).toBe('a client needs a name');
    expect(byPath['agreements[0].hours.start']).toBe('expected a time as HH:MM (24-hour)');
  });

  it('refuses two records with the same id', () => {
    const file = JSON.parse(studio);
    file.clients.push({ ...file.clients[0], name: 'Other' });
    const result = parseBackup(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ path: 'clients[2].id', message: 'the id "c-acme" is already used by clients[0]' }]);
  });
});

describe('importBackup and exportBackup', () => {
  it('imports everything, and exports it back as it was', async () => {
    const report = await importBackup(db, studio);
    expect(report).toMatchObject({
      ok: true,
      provider: true,
      clients: { added: 2, updated: 0 },
      agreements: { added: 3, updated: 0 },
      templates: { added: 1, updated: 0 },
      requests: { added: 1, updated: 0 },
    });
    const exported = await exportBackup(db, new Date('2026-11-28T12:00:00Z'));
    const original = parseBackup(studio);
    if (!original.ok) throw new Error('fixture invalid');
    expect(exported.exportedAt).toBe('2026-11-28T12:00:00.000Z');
    expect(exported.provider).toEqual(original.backup.provider);
    expect(exported.templates).toEqual(original.backup.templates);
    expect(exported.requests).toEqual(original.backup.requests);
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(exported.agreements)).toEqual(byId(original.backup.agreements));
    // Addresses are stored lower-cased for matching; everything else is as imported.
    expect(byId(exported.clients)).toEqual(
      byId(original.backup.clients).map((c) => ({ ...c, emails: c.emails.map((e) => e.toLowerCase()) })),
    );
    // An export is itself a valid backup that imports into an empty profile.
    expect(parseBackup(JSON.parse(JSON.stringify(exported))).ok).toBe(true);
  });

  it('creates no duplicates when the same file is imported twice', async () => {
    await importBackup(db, studio);
    const again = await importBackup(db, studio);
    expect(again).toMatchObject({ ok: true, clients: { added: 0, updated: 2 }, agreements: { added: 0, updated: 3 } });
    expect(await db.clients.count()).toBe(2);
    expect(await db.agreements.count()).toBe(3);
    expect(await db.templates.count()).toBe(1);
    expect(await db.corrections.count()).toBe(1);
  });

  it('does not write again the records the same file holds unchanged, but writes a changed one', async () => {
    await importBackup(db, studio);
    const written: string[] = [];
    const clientsPut = db.clients.bulkPut.bind(db.clients);
    const agreementsPut = db.agreements.bulkPut.bind(db.agreements);
    db.clients.bulkPut = ((items: readonly { id: string }[]) => (written.push(...items.map((c) => c.id)), clientsPut(items as never))) as unknown as typeof clientsPut;
    db.agreements.bulkPut = ((items: readonly { id: string }[]) => (written.push(...items.map((a) => a.id)), agreementsPut(items as never))) as unknown as typeof agreementsPut;
    try {
      expect(await importBackup(db, studio)).toMatchObject({ ok: true, agreements: { added: 0, updated: 3 } });
      expect(written).toEqual([]);
      // A paid date is no searchable text, yet the record changed: it is written, and only it.
      const file = JSON.parse(studio);
      file.agreements[0].invoices.find((i: { paidAt: string | null }) => i.paidAt === null).paidAt = '2026-11-20';
      await importBackup(db, file);
      expect(written).toEqual([file.agreements[0].id]);
    } finally {
      db.clients.bulkPut = clientsPut;
      db.agreements.bulkPut = agreementsPut;
    }
  });

  it('restores a record changed in the app since, when the earlier file is imported again', async () => {
    await importBackup(db, studio);
    const agreement = JSON.parse(studio).agreements[0];
    const unpaid = agreement.invoices.find((i: { paidAt: string | null }) => i.paidAt === null);
    expect(await markInvoicePaid(db, agreement.id, unpaid.number, '2026-11-25')).toBe(true);
    await importBackup(db, studio);
    const stored = await db.agreements.get(agreement.id);
    expect(stored?.invoices.find((i) => i.number === unpaid.number)?.paidAt).toBeNull();
  });

  it('writes nothing when the file has a problem', async () => {
    const report = await importBackup(db, fixture('broken.json'));
    expect(report.ok).toBe(false);
    expect(await db.clients.count()).toBe(0);
    expect(await db.agreements.count()).toBe(0);
  });

  it('writes nothing when an agreement belongs to no client, and names it', async () => {
    const file = JSON.parse(studio);
    file.agreements.push({ id: 'a-ghost', clientId: 'c-ghost', title: 'Ghost' });
    const report = await importBackup(db, file);
    expect(report).toEqual({
      ok: false,
      problems: [{ path: 'agreements[3].clientId', message: 'no client has the id "c-ghost" in this file or in Clausemate' }],
    });
    expect(await db.clients.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it('rolls the whole import back when the database fails half-way', async () => {
    await importBackup(db, { format: 'clausemate/1', clients: [{ id: 'c-keep', name: 'Keep me' }] });
    // Make the last write of the transaction fail, after clients and agreements were written.
    const original = db.corrections.bulkPut.bind(db.corrections);
    db.corrections.bulkPut = (() => Promise.reject(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }))) as unknown as typeof original;
    const report = await importBackup(db, studio);
    db.corrections.bulkPut = original;
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.problems[0]!.message).toMatch(/no room left/);
    expect((await db.clients.toArray()).map((c) => c.id)).toEqual(['c-keep']);
    expect(await db.agreements.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it('accepts an agreement whose client is already in the database', async () => {
    await importBackup(db, studio);
    const report = await importBackup(db, {
      format: 'clausemate/1',
      agreements: [{ id: 'a-acme-2027', clientId: 'c-acme', title: 'Maintenance 2027' }],
    });
    expect(report).toMatchObject({ ok: true, agreements: { added: 1, updated: 0 } });
  });

  it("imports the lead's demo file", async () => {
    const report = await importBackup(db, fixture('demo.json'));
    expect(report.ok).toBe(true);
  });
});

describe('the published JSON Schema', () => {
  it('is the one generated from the zod schema (run `npx tsx scripts/generate-schema.ts` after a change)', () => {
    const committed = readFileSync(new URL('../../../utils/agreements/backup.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(backupJsonSchemaText());
  });
  it('describes the file: required format, clients and agreements with their fields', () => {
    const schema = JSON.parse(backupJsonSchemaText());
    expect(schema.required).toEqual(['format']);
    expect(schema.properties.format.const).toBe('clausemate/1');
    expect(Object.keys(schema.properties.agreements.items.properties)).toEqual(
      expect.arrayContaining(['id', 'clientId', 'scope', 'hours', 'money', 'clientObligations', 'clauses', 'invoices']),
    );
  });
});
