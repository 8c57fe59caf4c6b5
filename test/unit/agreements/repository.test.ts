import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type ClausemateDatabase } from '../../../utils/agreements/db';
import { findClientForSender } from '../../../utils/agreements/match-client';
import {
  agreementsOfClient,
  deleteAgreement,
  deleteClient,
  listClients,
  markInvoicePaid,
  saveAgreement,
  saveClient,
  undoDelete,
} from '../../../utils/agreements/repository';

let db: ClausemateDatabase;
beforeEach(async () => {
  db = createDatabase(`repo-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const acme = { id: 'c-acme', name: 'Acme Retail', emails: ['Ana@ACME.com '], domains: ['ACME.com'] };
const web = { id: 'a-web', clientId: 'c-acme', title: 'Website', invoices: [{ number: 'INV-1', amount: 100, dueAt: '2026-10-01', paidAt: null }] };

describe('saving from the options page', () => {
  it('stores addresses and domains lower-cased, so the sender lookup finds them', async () => {
    const saved = await saveClient(db, acme);
    expect(saved).toEqual({ ok: true, value: { id: 'c-acme', name: 'Acme Retail', emails: ['ana@acme.com'], domains: ['acme.com'] } });
    expect(await findClientForSender(db, 'Ana@Acme.com')).toMatchObject({ status: 'matched', by: 'email' });
  });

  it('says exactly what is wrong, field by field', async () => {
    expect(await saveClient(db, { id: 'c', name: '', emails: ['nope'], domains: ['acme'] })).toEqual({
      ok: false,
      problems: [
        { path: 'name', message: 'a client needs a name' },
        { path: 'emails[0]', message: 'not an e-mail address' },
        { path: 'domains[0]', message: 'not a domain such as acme.com' },
      ],
    });
    expect(await saveAgreement(db, { id: 'a', clientId: 'c-none', title: 'X' })).toEqual({
      ok: false,
      problems: [{ path: 'clientId', message: 'choose the client this agreement is with' }],
    });
    expect(await db.clients.count()).toBe(0);
  });

  it('marks an invoice paid', async () => {
    await saveClient(db, acme);
    await saveAgreement(db, web);
    expect(await markInvoicePaid(db, 'a-web', 'INV-1', '2026-10-05')).toBe(true);
    expect((await agreementsOfClient(db, 'c-acme'))[0]!.invoices[0]!.paidAt).toBe('2026-10-05');
    expect(await markInvoicePaid(db, 'a-web', 'INV-404', '2026-10-05')).toBe(false);
  });
});

describe('deleting, and undoing it', () => {
  it('deletes a client with its agreements, and undo brings both back', async () => {
    await saveClient(db, acme);
    await saveAgreement(db, web);
    const deleted = await deleteClient(db, 'c-acme');
    expect(await listClients(db)).toEqual([]);
    expect(await db.agreements.count()).toBe(0);
    await undoDelete(db, deleted);
    expect((await listClients(db)).map((c) => c.id)).toEqual(['c-acme']);
    expect((await agreementsOfClient(db, 'c-acme')).map((a) => a.id)).toEqual(['a-web']);
    expect(await findClientForSender(db, 'x@acme.com')).toMatchObject({ status: 'matched', agreement: { id: 'a-web' } });
  });

  it('deletes one agreement and can undo it', async () => {
    await saveClient(db, acme);
    await saveAgreement(db, web);
    const deleted = await deleteAgreement(db, 'a-web');
    expect(await db.agreements.count()).toBe(0);
    await undoDelete(db, deleted);
    expect(await db.agreements.count()).toBe(1);
  });
});
