// @vitest-environment jsdom
import { configure, act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/utils/agreements/db';
import { OptionsApp } from './OptionsApp';

// The database answers slower on a busy 2-core machine (CI runs two test files at once) than testing-library's 1 s
// default allows; a wait only lasts as long as the page needs.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.settings.put({ id: 'provider', value: { name: 'Lucía Romero', timezone: 'Europe/Madrid' } });
  location.hash = '#clients';
});
afterEach(cleanup);

const type = (label: string | RegExp, value: string, within: HTMLElement = document.body) =>
  fireEvent.change(screenWithin(within).getByLabelText(label), { target: { value } });
const screenWithin = (el: HTMLElement) => (el === document.body ? screen : within(el));

describe('clients on the options page', () => {
  it('adds a client that is then saved, listed and searchable', async () => {
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a client' }));
    const form = screen.getByRole('form', { name: 'New client' });
    type(/^Client name/, 'Acme Retail', form);
    type('E-mail addresses', 'ana@acme.com\nnot-an-address', form);
    expect(within(form).getByText('not an e-mail address')).toBeTruthy();
    type('E-mail addresses', 'Ana@Acme.com', form);
    type('Domains', 'gmail.com', form);
    expect(within(form).getByText(/gmail.com is a public mail domain/)).toBeTruthy();
    type('Domains', 'acme.com', form);
    expect(within(form).queryByText(/is a public mail domain/)).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Add client' }));

    await waitFor(async () => expect(await db.clients.count()).toBe(1));
    const stored = (await db.clients.toArray())[0];
    expect(stored).toMatchObject({ name: 'Acme Retail', emails: ['ana@acme.com'], domains: ['acme.com'] });
    const list = screen.getByRole('complementary', { name: 'Clients' });
    await waitFor(() => expect(within(list).getByRole('button', { name: /Acme Retail/ })).toBeTruthy());

    type('Search clients', 'ACME', list);
    expect(within(list).getByRole('button', { name: /Acme Retail/ })).toBeTruthy();
    type('Search clients', 'globex', list);
    expect(within(list).queryByRole('button', { name: /Acme Retail/ })).toBeNull();
    expect(within(list).getByText('0 of 1 clients')).toBeTruthy();
  });

  it('asks before deleting a client, and Undo brings back the client and its agreements', async () => {
    await db.clients.put({ id: 'c-acme', name: 'Acme Retail', emails: [], domains: ['acme.com'], words: [] });
    await db.agreements.put({ id: 'a-web', clientId: 'c-acme', title: 'Website redesign', status: 'active', clientObligations: [], clauses: [{ number: '4.2', text: 'Two rounds.' }], invoices: [], words: [] });
    location.hash = '#clients/c-acme';
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Acme Retail' }));
    const question = screen.getByRole('group', { name: 'Delete Acme Retail and their agreement?' });
    // The safe choice has the focus, and Escape backs out without deleting.
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(question, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: /Delete Acme Retail/ })).toBeNull();
    expect(await db.clients.count()).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Delete Acme Retail' }));
    fireEvent.click(within(screen.getByRole('group', { name: /Delete Acme Retail/ })).getByRole('button', { name: 'Delete' }));
    await waitFor(async () => expect(await db.clients.count()).toBe(0));
    expect(await db.agreements.count()).toBe(0);
    expect(await screen.findByText('Deleted Acme Retail.')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    await waitFor(async () => expect(await db.agreements.count()).toBe(1));
    expect((await db.clients.get('c-acme'))?.name).toBe('Acme Retail');
    expect((await db.agreements.get('a-web'))?.clauses[0].text).toBe('Two rounds.');
  });

  it('saves an edited agreement and shows its key terms', async () => {
    await db.clients.put({ id: 'c-acme', name: 'Acme Retail', emails: [], domains: [], words: [] });
    location.hash = '#clients/c-acme';
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add an agreement' }));
    const form = screen.getByRole('form', { name: 'New agreement' });
    type(/^Title/, 'Website redesign', form);
    type('Payment due (days after invoice)', '15', form);
    type('Revision rounds included', '2', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Save agreement' }));
    await waitFor(async () => expect(await db.agreements.count()).toBe(1));
    const saved = (await db.agreements.toArray())[0];
    expect(saved).toMatchObject({ clientId: 'c-acme', title: 'Website redesign', money: { netDays: 15 }, scope: { revisionRounds: 2 } });
    expect(await screen.findByText('net 15 days')).toBeTruthy();
    expect(screen.getByText('2 rounds included')).toBeTruthy();
  });

  it('marks an unpaid invoice paid with one click, and Undo makes it unpaid again', async () => {
    await db.clients.put({ id: 'c-acme', name: 'Acme Retail', emails: [], domains: [] });
    await db.agreements.put({
      id: 'a-web', clientId: 'c-acme', title: 'Website redesign', status: 'active', currency: 'EUR', clientObligations: [], clauses: [],
      invoices: [{ number: 'INV-042', amount: 2400, dueAt: '2026-10-15', paidAt: null }],
    });
    location.hash = '#clients/c-acme';
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Mark invoice INV-042 paid today' }));
    const today = new Date().toISOString().slice(0, 10);
    expect(await screen.findByText(`Invoice INV-042 marked paid on ${today}.`)).toBeTruthy();
    expect((await db.agreements.get('a-web'))?.invoices[0].paidAt).toBe(today);
    expect(screen.queryByRole('button', { name: 'Mark invoice INV-042 paid today' })).toBeNull();

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Undo' })));
    await waitFor(async () => expect((await db.agreements.get('a-web'))?.invoices[0].paidAt).toBeNull());
    expect(await screen.findByRole('button', { name: 'Mark invoice INV-042 paid today' })).toBeTruthy();
  });
});
