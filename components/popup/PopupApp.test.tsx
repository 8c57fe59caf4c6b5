// @vitest-environment jsdom
import { configure, act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/utils/agreements/db';
import { saveAgreement, saveClient } from '@/utils/agreements/repository';
import { PopupApp } from './PopupApp';

// The database answers slower on a busy 2-core machine (CI runs two test files at once) than testing-library's 1 s
// default allows; a wait only lasts as long as the page needs.
configure({ asyncUtilTimeout: 15_000 });

beforeEach(async () => {
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveClient(db, { id: 'c-acme', name: 'Acme Retail', emails: ['ana@acme.com'], domains: ['acme.com'] });
  await saveAgreement(db, {
    id: 'a-web',
    clientId: 'c-acme',
    title: 'Website redesign',
    currency: 'EUR',
    scope: { deliverables: [], exclusions: [], revisionRounds: 2 },
    money: { netDays: 15, extraRoundRate: 200 },
    clauses: [
      { number: '4.2', heading: 'Revisions', text: 'The fee includes two rounds of revisions per deliverable. Further rounds are billed at EUR 200 each.' },
      { number: '6.1', heading: 'Payment', text: 'Invoices are payable within 15 days.' },
    ],
  });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => undefined) }, configurable: true });
});
afterEach(cleanup);

/** A clause's text, whole, though <mark> elements split it. */
const clauseText = (re: RegExp) => (_: string, el: Element | null) => el?.tagName === 'P' && re.test(el.textContent ?? '');

describe('popup search', () => {
  it('answers as the user types, with the matching words marked, and copies a clause with one click', async () => {
    render(<PopupApp />);
    const box = screen.getByLabelText('Search clients, terms and clauses');
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: 'revis' } });
    const card = await screen.findByRole('article', { name: 'Acme Retail — Website redesign' });
    const marks = within(card).getAllByText((_, el) => el?.tagName === 'MARK').map((m) => m.textContent);
    expect(marks).toEqual(expect.arrayContaining(['Revisions', 'revisions']));
    expect(within(card).queryByText(clauseText(/Invoices are payable/))).toBeNull();
    const revisions = within(card).getByText((_, el) => el?.tagName === 'DD' && el.textContent === '2 rounds included · extra round €200.00');
    expect(revisions.closest('.key-terms__row')!.className).toContain('key-terms__row--asked'); // the term asked about

    fireEvent.click(within(card).getByRole('button', { name: 'Copy clause 4.2 of “Website redesign”' }));
    await waitFor(() => expect(within(card).getByRole('button', { name: 'Copy clause 4.2 of “Website redesign”' }).textContent).toBe('Copied'));
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith(
      '4.2 Revisions: The fee includes two rounds of revisions per deliverable. Further rounds are billed at EUR 200 each.',
    );
  });

  it('finds an English clause from a Spanish word', async () => {
    render(<PopupApp />);
    fireEvent.change(screen.getByLabelText('Search clients, terms and clauses'), { target: { value: 'pago' } });
    const card = await screen.findByRole('article', { name: /Acme Retail/ });
    const payment = within(card).getByText(clauseText(/Invoices are payable within 15 days/));
    expect(payment.querySelector('mark')?.textContent).toBe('payable');
  });

  it('works from the keyboard: arrow down into the results, between them, Escape back to the box', async () => {
    render(<PopupApp />);
    const box = screen.getByLabelText('Search clients, terms and clauses');
    fireEvent.change(box, { target: { value: 'fee' } });
    await screen.findByRole('button', { name: 'Copy clause 4.2 of “Website redesign”' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Copy clause 4.2 of “Website redesign”' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('follows changes made elsewhere at once', async () => {
    render(<PopupApp />);
    fireEvent.change(screen.getByLabelText('Search clients, terms and clauses'), { target: { value: 'globex' } });
    await screen.findByText('0 matches');
    await act(async () => {
      await saveClient(db, { id: 'c-globex', name: 'Globex', emails: [], domains: [] });
    });
    expect(await screen.findByRole('article', { name: 'Globex' })).toBeTruthy();
  });
});
