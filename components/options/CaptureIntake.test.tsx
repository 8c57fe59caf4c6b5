// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/utils/agreements/db';
import { capturedPageItem } from '../common/captured-page';
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
afterEach(cleanup);

const PAGE = {
  title: 'Contrato de servicios — Globex',
  url: 'https://docs.example.com/globex',
  capturedAt: '2026-11-28T10:00:00Z',
  text: [
    'CONTRATO DE SERVICIOS',
    'CLÁUSULA PRIMERA. Objeto. La Proveedora diseñará un sitio web de cinco páginas.',
    'CLÁUSULA SEGUNDA. Pago. Las facturas se pagarán en un plazo de 30 días naturales desde su emisión.',
    'CLÁUSULA TERCERA. Revisiones. El precio incluye dos rondas de revisiones.',
  ].join('\n'),
};

describe('an agreement captured by the popup', () => {
  it('asks which existing client it belongs to before saving', async () => {
    await db.clients.put({ id: 'c-acme', name: 'Acme Retail', emails: [], domains: [] });
    await capturedPageItem.setValue(PAGE);
    render(<OptionsApp />);
    const form = await screen.findByRole('form', { name: 'New agreement' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save agreement' }));
    expect(await screen.findByText('Choose the client this agreement is with.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Client'), { target: { value: 'c-acme' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save agreement' }));
    await waitFor(async () => expect((await db.agreements.toArray())[0]?.clientId).toBe('c-acme'));
  });

  it('opens pre-filled, asks whose it is, and saves it with a new client', async () => {
    await capturedPageItem.setValue(PAGE);
    render(<OptionsApp />);
    await screen.findByRole('heading', { name: 'Agreement captured from a page' });
    const form = screen.getByRole('form', { name: 'New agreement' });
    expect((within(form).getByLabelText('Payment due (days after invoice)') as HTMLInputElement).value).toBe('30');
    expect(within(form).getAllByLabelText(/^Number/)).toHaveLength(3);

    fireEvent.click(within(form).getByRole('button', { name: 'Save agreement' }));
    // No clients yet: "a new client" is already chosen, and it needs a name.
    expect(await screen.findByText('Give the new client a name.')).toBeTruthy();
    expect(await db.agreements.count()).toBe(0);

    fireEvent.change(screen.getByLabelText('Client name'), { target: { value: 'Globex' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save agreement' }));
    await waitFor(async () => expect(await db.agreements.count()).toBe(1));
    const [client] = await db.clients.toArray();
    const [agreement] = await db.agreements.toArray();
    expect(client.name).toBe('Globex');
    expect(agreement).toMatchObject({ clientId: client.id, money: { netDays: 30 } });
    expect(await capturedPageItem.getValue()).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Globex' })).toBeTruthy();
  });
});
