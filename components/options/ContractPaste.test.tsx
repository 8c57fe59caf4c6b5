// @vitest-environment jsdom
import { configure, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/utils/agreements/db';
import { OptionsApp } from './OptionsApp';

// The database answers slower on a busy 2-core machine (CI runs two test files at once) than testing-library's 1 s
// default allows; a wait only lasts as long as the page needs.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  await db.settings.put({ id: 'provider', value: { name: 'Lucía Romero' } });
  await db.clients.put({ id: 'c-acme', name: 'Acme Retail', emails: [], domains: [], words: [] });
  location.hash = '#clients/c-acme';
});
afterEach(cleanup);

const ENGLISH = `Website Design Agreement

1. Scope. The Provider will design a five-page website and a contact form.
2. Revisions. The fee includes two rounds of revisions. Further rounds are billed at EUR 200 each.
3. Payment. Invoices are payable within 15 days of issue. A deposit of 50% is due on signature.
4. Late payment. Overdue amounts carry interest of 1.5% per month.`;

const SPANISH = `CONTRATO DE SERVICIOS

CLÁUSULA PRIMERA. Objeto. El Proveedor diseñará un sitio web de cinco páginas.
CLÁUSULA SEGUNDA. Pago. Las facturas se pagarán en un plazo de 30 días naturales desde su emisión.`;

async function paste(text: string) {
  render(<OptionsApp />);
  fireEvent.click(await screen.findByRole('button', { name: 'Paste contract text' }));
  fireEvent.change(screen.getByLabelText('Contract text'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Read the terms' }));
  return screen.getByRole('form', { name: 'New agreement' });
}

describe('paste contract text', () => {
  it('pre-fills clauses and terms from an English contract, for the user to confirm and save', async () => {
    const form = await paste(ENGLISH);
    expect((within(form).getByLabelText('Payment due (days after invoice)') as HTMLInputElement).value).toBe('15');
    expect((within(form).getByLabelText('Deposit (%)') as HTMLInputElement).value).toBe('50');
    expect((within(form).getByLabelText('Late fee (% per month)') as HTMLInputElement).value).toBe('1.5');
    expect(within(form).getByDisplayValue('The fee includes two rounds of revisions. Further rounds are billed at EUR 200 each.')).toBeTruthy();
    expect(within(form).getByText(/clauses: 4, terms: /)).toBeTruthy();
    expect(await db.agreements.count()).toBe(0); // nothing saved unseen

    fireEvent.click(within(form).getByRole('button', { name: 'Save agreement' }));
    await waitFor(async () => expect(await db.agreements.count()).toBe(1));
    const saved = (await db.agreements.toArray())[0];
    expect(saved.clientId).toBe('c-acme');
    expect(saved.clauses.map((c) => c.number)).toEqual(['1', '2', '3', '4']);
    expect(saved.money).toMatchObject({ netDays: 15, depositPercent: 50, lateFee: { percentPerMonth: 1.5 } });
  });

  it('reads a Spanish contract too', async () => {
    const form = await paste(SPANISH);
    expect((within(form).getByLabelText('Payment due (days after invoice)') as HTMLInputElement).value).toBe('30');
    expect(within(form).getAllByLabelText(/^Number/).map((i) => (i as HTMLInputElement).value)).toEqual(['1', '2']);
  });

  it('says so when nothing was pasted', async () => {
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Paste contract text' }));
    fireEvent.click(screen.getByRole('button', { name: 'Read the terms' }));
    expect(screen.getByText('Paste the contract text first.')).toBeTruthy();
  });
});
