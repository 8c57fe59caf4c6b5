// @vitest-environment jsdom
import { configure, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agreement } from '@/utils/agreements/schema';
import { AgreementEditor } from './AgreementEditor';

// The database answers slower on a busy 2-core machine (CI runs two test files at once) than testing-library's 1 s
// default allows; a wait only lasts as long as the page needs.
configure({ asyncUtilTimeout: 15_000 });

afterEach(cleanup);

function renderEditor(initial: Record<string, unknown> = { id: 'a-1', clientId: 'c-1', title: '', status: 'active' }) {
  const onSave = vi.fn<(a: Agreement) => void>();
  render(<AgreementEditor initial={initial} heading="New agreement" onSave={onSave} onCancel={() => undefined} />);
  return { onSave };
}

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('AgreementEditor', () => {
  it('says what is wrong with a field as the user types', () => {
    renderEditor();
    type('Payment due (days after invoice)', '15 days');
    expect(screen.getByText('Enter a number, such as 15 or 1.5')).toBeTruthy();
    type('Payment due (days after invoice)', '15');
    expect(screen.queryByText('Enter a number, such as 15 or 1.5')).toBeNull();

    type('Currency', 'euro');
    expect(screen.getByText('expected a currency code such as EUR')).toBeTruthy();
    expect(screen.getByLabelText('Currency').getAttribute('aria-invalid')).toBe('true');

    type('Deposit (%)', '150');
    expect(screen.getByLabelText('Deposit (%)').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByLabelText('Deposit (%)').closest('.field')!.textContent).toMatch(/100/);
  });

  it('does not save an invalid agreement and lists every problem by where it is', () => {
    const { onSave } = renderEditor();
    type('Currency', 'eu');
    fireEvent.click(screen.getByRole('button', { name: 'Save agreement' }));
    expect(onSave).not.toHaveBeenCalled();
    const list = screen.getByText('Fix these before saving:').parentElement!;
    expect(list.textContent).toContain('title');
    expect(list.textContent).toContain('currency');
  });

  it('saves typed terms as numbers, lists and rows the schema accepts', () => {
    const { onSave } = renderEditor();
    type(/^Title/, 'Website redesign');
    type('Currency', 'EUR');
    type('Deliverables', 'Five-page website\n\nContact form\n');
    type('Revision rounds included', '2');
    type('Late fee (% per month)', '1,5');
    fireEvent.click(screen.getByRole('button', { name: 'Add a clause' }));
    type(/^Number/, '4.2');
    type(/^Text/, 'The fee includes two rounds of revisions per deliverable.');
    fireEvent.click(screen.getByRole('button', { name: 'Add an invoice' }));
    type(/^Invoice number/, 'INV-042');
    type(/^Amount/, '2400');
    fireEvent.click(screen.getByRole('button', { name: 'Mark invoice INV-042 paid today' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save agreement' }));

    expect(onSave).toHaveBeenCalledTimes(1);
    const saved = onSave.mock.calls[0][0];
    expect(saved.title).toBe('Website redesign');
    expect(saved.scope).toEqual({ deliverables: ['Five-page website', 'Contact form'], exclusions: [], revisionRounds: 2 });
    expect(saved.money).toEqual({ lateFee: { percentPerMonth: 1.5 } });
    expect(saved.clauses).toEqual([{ number: '4.2', text: 'The fee includes two rounds of revisions per deliverable.' }]);
    expect(saved.invoices[0]).toMatchObject({ number: 'INV-042', amount: 2400, paidAt: new Date().toISOString().slice(0, 10) });
  });

  it('puts the focus in a newly added row', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add a clause' }));
    expect(document.activeElement).toBe(screen.getByLabelText(/^Number/));
  });

  it('removes a row by its own labelled button', () => {
    renderEditor({ id: 'a-1', clientId: 'c-1', title: 'T', clauses: [{ number: '1', text: 'One' }, { number: '2', text: 'Two' }] });
    fireEvent.click(screen.getByRole('button', { name: 'Remove 1' }));
    expect(screen.queryByDisplayValue('One')).toBeNull();
    expect(screen.getByDisplayValue('Two')).toBeTruthy();
  });
});
