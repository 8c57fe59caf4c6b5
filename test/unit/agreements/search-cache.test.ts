import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../../utils/agreements/backup';
import { createDatabase, type ClausemateDatabase } from '../../../utils/agreements/db';
import { deleteClient, markInvoicePaid, saveAgreement, saveClient, undoDelete } from '../../../utils/agreements/repository';
import { forgetSearchCache, searchAgreements } from '../../../utils/agreements/search';
import { rebuildSearchIndex } from '../../../utils/agreements/search-index';

// The popup keeps what its searches read between keystrokes. The options page writes through another connection to
// the same database (another page of the extension): the popup's next search must see each of those writes.
let popup: ClausemateDatabase;
let options: ClausemateDatabase;

beforeEach(async () => {
  const name = `search-cache-${Math.random()}`;
  popup = createDatabase(name);
  options = createDatabase(name);
  await popup.open();
  await options.open();
  expect((await importBackup(options, readFileSync(new URL('../../fixtures/backups/studio.json', import.meta.url), 'utf8'))).ok).toBe(true);
});
afterEach(async () => {
  options.close();
  await popup.delete();
});

const ids = async (query: string) => (await searchAgreements(popup, query)).map((h) => `${h.client.id}/${h.agreement?.id ?? ''}`);

describe('the search cache', () => {
  it('answers a repeated search as an uncached one does', async () => {
    for (const q of ['acme', 'ac', 'late fee', 'horario', '修改', 'rounds billed', 'lotus']) {
      const first = await searchAgreements(popup, q);
      const again = await searchAgreements(popup, q);
      forgetSearchCache(popup);
      const cold = await searchAgreements(popup, q);
      expect(again, q).toEqual(first);
      expect(cold, q).toEqual(first);
    }
  });

  it('sees a client and an agreement saved in another page', async () => {
    expect(await ids('northwind')).toEqual([]);
    await saveClient(options, { id: 'c-nw', name: 'Northwind Traders', emails: [], domains: [] });
    expect(await ids('northwind')).toEqual(['c-nw/']);
    await saveAgreement(options, { id: 'a-nw', clientId: 'c-nw', title: 'Catalogue', clauses: [{ number: '1', text: 'Kill fee: 30%.' }] });
    expect(await ids('northwind')).toEqual(['c-nw/a-nw']);
  });

  it('sees an invoice paid in another page, though no searchable word changed', async () => {
    const unpaid = (await searchAgreements(popup, 'website')).find((h) => h.agreement?.id === 'a-acme-web')!;
    expect(unpaid.agreement!.invoices.find((i) => i.number === 'INV-042')!.paidAt).toBeNull();
    expect(await markInvoicePaid(options, 'a-acme-web', 'INV-042', '2026-11-20')).toBe(true);
    const paid = (await searchAgreements(popup, 'website')).find((h) => h.agreement?.id === 'a-acme-web')!;
    expect(paid.agreement!.invoices.find((i) => i.number === 'INV-042')!.paidAt).toBe('2026-11-20');
  });

  it('forgets a client deleted in another page until the delete is undone, and follows a rebuilt index', async () => {
    expect(await ids('acme')).toContain('c-acme/a-acme-web');
    const deleted = await deleteClient(options, 'c-acme');
    expect(await ids('acme')).toEqual([]);
    await undoDelete(options, deleted);
    expect(await ids('acme')).toContain('c-acme/a-acme-web');
    await rebuildSearchIndex(options);
    expect(await ids('acme')).toContain('c-acme/a-acme-web');
  });
});
