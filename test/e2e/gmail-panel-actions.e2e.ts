import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from './harness';
import { openGmailThread, panel, replyEditorText, uiText, waitForAnalysis, launchWithDemoBackup } from './flows';

// What the user does in the panel beyond reading it: undo an insert, correct the classifier, follow Gmail's theme.

describe('panel actions', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithDemoBackup();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('inserts as typing, so Gmail’s undo takes the insert back', async () => {
    const page = await openGmailThread(session, 'thread-en-payment-delay.html');
    await waitForAnalysis(page);
    const p = panel(page);
    await p.getByRole('button', { name: uiText('panelInsert') }).click();
    await p.getByText(uiText('panelInserted')).waitFor();
    expect(await replyEditorText(page)).toContain('INV-042');
    await page.locator('div[role=main] [g_editable="true"]').first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => replyEditorText(page)).not.toContain('INV-042');
  });

  it('forgets a label the user marks wrong, for this and similar messages', async () => {
    const page = await openGmailThread(session, 'thread-en-payment-delay.html');
    await waitForAnalysis(page);
    const p = panel(page);
    const label = p.locator('.cm-label[data-kind="payment_delay"]');
    await label.getByRole('button', { name: uiText('panelMarkWrong') }).click();
    await expect.poll(() => label.count(), { timeout: 10_000 }).toBe(0);
    // The correction is kept: the thread opened again reads the same way.
    const again = await openGmailThread(session, 'thread-en-payment-delay.html');
    await waitForAnalysis(again);
    expect(await panel(again).locator('.cm-label[data-kind="payment_delay"]').count()).toBe(0);
    // And the user can put it back.
    await panel(again).getByLabel(uiText('panelAddMissing')).selectOption('payment_delay');
    await panel(again).getByRole('button', { name: uiText('panelAdd') }).click();
    await panel(again).locator('.cm-label[data-kind="payment_delay"]').waitFor({ timeout: 10_000 });
  });

  it('follows Gmail’s dark theme', async () => {
    const page = await openGmailThread(session, 'thread-es-payment-delay.html');
    await waitForAnalysis(page);
    await page.evaluate(() => {
      document.body.style.background = '#1f1f1f';
      document.body.append(document.createElement('span'));
    });
    const host = page.locator('[data-clausemate="panel"]');
    await expect.poll(() => host.getAttribute('data-theme'), { timeout: 5000 }).toBe('dark');
    const background = await panel(page).locator('.cm-panel').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(31, 31, 31)');
    await page.screenshot({ path: 'test-output/screenshots/panel-dark-es.png' });
  });
});
