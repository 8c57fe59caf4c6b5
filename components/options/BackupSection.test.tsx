// @vitest-environment jsdom
import { configure, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/utils/agreements/db';
import { BackupSection } from './BackupSection';

// The database answers slower on a busy 2-core machine (CI runs two test files at once) than testing-library's 1 s
// default allows; a wait only lasts as long as the page needs.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(cleanup);

const BACKUP = {
  format: 'clausemate/1',
  provider: { name: 'Lucía Romero', timezone: 'Europe/Madrid' },
  clients: [{ id: 'c-acme', name: 'Acme Retail', emails: ['ana@acme.com'], domains: ['acme.com'] }],
  agreements: [
    { id: 'a-web', clientId: 'c-acme', title: 'Website redesign', money: { netDays: 15 }, clauses: [{ number: '4.2', text: 'Two rounds.' }] },
  ],
};

function choose(json: string, name = 'backup.json') {
  const input = screen.getByLabelText('Import a backup file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([json], name, { type: 'application/json' })] } });
}

describe('BackupSection', () => {
  it('imports a valid file and says what was added, and the same file again only updates', async () => {
    render(<BackupSection />);
    choose(JSON.stringify(BACKUP));
    const summary = await screen.findByText('Imported backup.json.');
    const box = summary.closest('[role=status]') as HTMLElement;
    expect(within(box).getByText('Clients: 1 added, 0 updated')).toBeTruthy();
    expect(within(box).getByText('Agreements: 1 added, 0 updated')).toBeTruthy();
    expect(await db.agreements.count()).toBe(1);

    choose(JSON.stringify(BACKUP), 'again.json');
    await screen.findByText('Imported again.json.');
    expect(screen.getByText('Clients: 0 added, 1 updated')).toBeTruthy();
    expect(await db.clients.count()).toBe(1);
  });

  it('refuses a malformed file, lists every problem with its path, and writes nothing', async () => {
    render(<BackupSection />);
    const bad = {
      ...BACKUP,
      clients: [{ ...BACKUP.clients[0], emails: ['ana-at-acme'] }],
      agreements: [{ ...BACKUP.agreements[0], currency: 'euros', money: { netDays: -3 } }],
    };
    choose(JSON.stringify(bad), 'bad.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('bad.json was not imported (3 problems); nothing was changed.');
    const paths = within(alert).getAllByRole('listitem').map((li) => li.querySelector('code')?.textContent);
    expect(paths).toEqual(expect.arrayContaining(['clients[0].emails[0]', 'agreements[0].currency', 'agreements[0].money.netDays']));
    expect(await db.clients.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it('refuses a file that is not JSON', async () => {
    render(<BackupSection />);
    choose('name,amount\nAcme,2400', 'export.csv');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/not JSON/)).toBeTruthy();
  });
});
