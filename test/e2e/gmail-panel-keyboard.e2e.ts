import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from './harness';
import { openGmailThread, panel, replyEditorText, uiText, waitForAnalysis, launchWithDemoBackup } from './flows';

// The panel without a mouse, and its accessibility, in the real Gmail page.

describe('the Gmail panel by keyboard', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithDemoBackup();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('has no serious or critical accessibility violations', async () => {
    const page = await openGmailThread(session, 'thread-en-payment-delay.html');
    await waitForAnalysis(page);
    const results = await new AxeBuilder({ page }).include('[data-clausemate="panel"]').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('reaches Insert with Tab and inserts with Enter', async () => {
    const page = await openGmailThread(session, 'thread-en-payment-delay.html');
    await waitForAnalysis(page);
    const p = panel(page);
    await p.getByRole('button', { name: uiText('panelClose') }).focus();
    const insert = p.getByRole('button', { name: uiText('panelInsert') });
    for (let i = 0; i < 40; i++) {
      if (await insert.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await p.getByText(uiText('panelInserted')).waitFor();
    expect(await replyEditorText(page)).toContain('INV-042');
  });

  it('redrafts in another language and tone when the user picks them', async () => {
    const page = await openGmailThread(session, 'thread-en-payment-delay.html');
    await waitForAnalysis(page);
    const p = panel(page);
    const text = p.locator('[data-clausemate="draft-text"]');
    await p.getByLabel(uiText('panelLanguage')).selectOption('es');
    await expect.poll(() => text.inputValue(), { timeout: 10_000 }).toMatch(/factura INV-042/i);
    await p.getByLabel(uiText('panelTone')).selectOption('warm');
    await expect.poll(() => p.getByLabel(uiText('panelTone')).inputValue(), { timeout: 10_000 }).toBe('warm');
    expect(await text.inputValue()).toMatch(/INV-042/);
  });

  it('keeps the user’s edits when the panel refreshes', async () => {
    const page = await openGmailThread(session, 'thread-en-payment-delay.html');
    await waitForAnalysis(page);
    const text = panel(page).locator('[data-clausemate="draft-text"]');
    await text.fill('My own words for Daniel.');
    // Gmail changes the thread (a label, a new row): the panel reads it again.
    await page.evaluate(() => document.body.append(document.createElement('div')));
    await page.waitForTimeout(800);
    expect(await text.inputValue()).toBe('My own words for Daniel.');
  });
});
