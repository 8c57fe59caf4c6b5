// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '@/utils/agreements/schema';
import { builtinTemplate } from '@/utils/drafting/builtin-templates';
import { TemplateEditor } from './TemplateEditor';

afterEach(cleanup);

const textarea = () => screen.getByLabelText(/Template text/) as HTMLTextAreaElement;
const preview = () => screen.getByText((_, el) => el?.tagName === 'PRE') as HTMLPreElement;
const type = (value: string) => fireEvent.change(textarea(), { target: { value } });

function setup(templates: Template[] = []) {
  const onSave = vi.fn(async (_t: Template) => {});
  const onReset = vi.fn(async (_id: string) => {});
  const view = render(<TemplateEditor templates={templates} onSave={onSave} onReset={onReset} />);
  return { onSave, onReset, view };
}

describe('TemplateEditor', () => {
  it('shows the built-in text of the chosen template and its preview on sample data', () => {
    setup();
    expect(textarea().value).toBe(builtinTemplate('scope_change.en.warm')!.text);
    expect(preview().textContent).toContain('Hi Ana,');
    expect(preview().textContent).toContain('clause 2.1');

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'es' } });
    fireEvent.change(screen.getByLabelText('Tone'), { target: { value: 'firm' } });
    expect(textarea().value).toBe(builtinTemplate('scope_change.es.firm')!.text);
    expect(preview().textContent).toContain('cláusula 2.1');
  });

  it('offers the payment ladder steps for payment delays', () => {
    setup();
    fireEvent.change(screen.getByLabelText('Request'), { target: { value: 'payment_delay' } });
    fireEvent.change(screen.getByLabelText('Payment step'), { target: { value: 'final' } });
    expect(textarea().value).toBe(builtinTemplate('payment_delay.en.warm.final')!.text);
    expect(preview().textContent).toContain('work is paused once an invoice is 30 days overdue');
  });

  it('validates as the user types, pointing at the bad variable, and will not save it', () => {
    const { onSave } = setup();
    type('[ack]\nHello {{client.nmae}}!\n[ask]\nOK?');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Line 2, column 7: unknown variable {{client.nmae}}');
    expect(textarea().getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
    expect(preview().textContent).toBe('The preview shows once the text has no errors.');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('advises, without blocking, when the reply would ask more than one question', () => {
    setup();
    type('[ack]\nHi?\n[limit]\nNo.\n[option]\nA.\n[ask]\nOK?\n[close]\nBye.');
    expect(screen.getByRole('list', { name: 'Advice' }).textContent).toContain('Only [ask] should ask a question; [ack] does: "Hi?"');
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('previews the edit live and saves it as an override of that template', async () => {
    const { onSave } = setup();
    type('[ack]\nThanks {{client.firstName}}, noted.\n[option]\nA.\n[option]\nB.\n[ask]\nWhich by {{reply.by}}?');
    expect(preview().textContent).toContain('Thanks Ana, noted.');
    expect(preview().textContent).toContain('Which by Wednesday, December 2?');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Template saved.');
    expect(onSave).toHaveBeenCalledWith({
      id: 'scope_change.en.warm', kind: 'scope_change', lang: 'en', tone: 'warm',
      text: '[ack]\nThanks {{client.firstName}}, noted.\n[option]\nA.\n[option]\nB.\n[ask]\nWhich by {{reply.by}}?',
    });
  });

  it('shows an override, marks it edited, and resets it to the built-in text', async () => {
    const mine: Template = { id: 'scope_change.en.warm', kind: 'scope_change', lang: 'en', tone: 'warm', text: '[ack]\nMine.' };
    const { onReset } = setup([mine]);
    expect(textarea().value).toBe('[ack]\nMine.');
    expect(screen.getByRole('option', { name: /scope change \(edited\)/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to built-in text' }));
    await waitFor(() => expect(onReset).toHaveBeenCalledWith('scope_change.en.warm'));
    // The text comes back once the reset has resolved, a tick after the call.
    await waitFor(() => expect(textarea().value).toBe(builtinTemplate('scope_change.en.warm')!.text));
    expect(await screen.findByText('Built-in text restored.')).toBeTruthy();
  });

  it('lists the edited templates and opens one with a click', () => {
    const mine: Template = { id: 'payment_delay.zh-Hant.firm.final', kind: 'payment_delay', lang: 'zh-Hant', tone: 'firm', step: 'final', text: '[ack]\n您好。' };
    setup([mine]);
    fireEvent.click(screen.getByRole('button', { name: 'payment_delay.zh-Hant.firm.final' }));
    expect(textarea().value).toBe('[ack]\n您好。');
    expect((screen.getByLabelText('Payment step') as HTMLSelectElement).value).toBe('final');
    expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('zh-Hant');
  });

  it('passes axe with an error showing', async () => {
    const { view } = setup([{ id: 'frame.es.warm', kind: 'frame', lang: 'es', tone: 'warm', text: '[greeting]\nHola.' }]);
    type('[ack]\nHello {{client.nmae}}!');
    // jsdom does no layout, so colour contrast is left to the end-to-end run in Chromium.
    const results = await axe.run(view.container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });

  it('says so when saving fails', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('quota exceeded');
    });
    render(<TemplateEditor templates={[]} onSave={onSave} onReset={async () => {}} />);
    type('[ack]\nHi.');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Could not save: quota exceeded')).toBeTruthy();
  });

  it('never renders template text as HTML', () => {
    setup();
    type('[ack]\n<img src=x onerror=alert(1)> Hi.');
    expect(preview().textContent).toContain('<img src=x onerror=alert(1)> Hi.');
    expect(document.querySelector('img')).toBeNull();
  });
});
