// @vitest-environment jsdom
import { configure, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/utils/agreements/db';
import { OptionsApp } from './OptionsApp';

// The database answers slower on a busy 2-core machine (CI runs two test files at once) than testing-library's 1 s
// default allows; a wait only lasts as long as the page needs.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.settings.put({ id: 'provider', value: { name: 'Lucía Romero' } });
  location.hash = '#clients';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('storage errors on the options page', () => {
  it('tells the user when the disk is full, keeps what they typed, and saves once there is room', async () => {
    // At the IndexedDB level, below Dexie and the repository: every write fails the way a full disk makes it fail.
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a client' }));
    const form = screen.getByRole('form', { name: 'New client' });
    fireEvent.change(within(form).getByLabelText(/^Client name/), { target: { value: 'Acme Retail' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add client' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/no room left to save your agreements/);
    expect(await db.clients.count()).toBe(0);
    expect((within(form).getByLabelText(/^Client name/) as HTMLInputElement).value).toBe('Acme Retail');

    put.mockRestore();
    fireEvent.click(within(form).getByRole('button', { name: 'Add client' }));
    expect(await screen.findByText('Saved Acme Retail.')).toBeTruthy();
    expect(await db.clients.count()).toBe(1);
  });
});
