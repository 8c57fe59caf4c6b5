// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/utils/agreements/db';
import { OptionsApp } from './OptionsApp';

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
    const quota = Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });
    const put = vi.spyOn(db.clients, 'put').mockRejectedValueOnce(quota);
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
