import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from './harness';
import { openGmailThread, panel, uiText, waitForAnalysis, launchWithDemoBackup } from './flows';

// Gmail pages other than the plain thread: the pop-out reply, a list with no thread, a layout the adapter does not
// know (read again in compatibility mode), and hostile content in a message.

describe('other Gmail pages', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithDemoBackup();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('inserts into an open pop-out reply window', async () => {
    const page = await openGmailThread(session, 'thread-en-payment-delay-popout.html');
    await waitForAnalysis(page);
    const p = panel(page);
    await p.getByRole('button', { name: uiText('panelInsert') }).click();
    await p.getByText(uiText('panelInserted')).waitFor();
    const popout = page.locator('[role=dialog] [g_editable="true"]');
    await expect(popout.innerText()).resolves.toContain('INV-042');
    await page.screenshot({ path: 'test-output/screenshots/reply-inserted-popout.png' });
  });

  it('stays out of the way on a page that is not a thread', async () => {
    const page = await openGmailThread(session, 'not-a-thread-inbox-2014.html', 'https://mail.google.com/mail/u/0/#inbox');
    await page.waitForTimeout(1500);
    expect(await panel(page).count()).toBe(0);
  });

  it('says plainly when it cannot read a thread, and reads it in compatibility mode when asked', async () => {
    const page = await openGmailThread(session, 'gmail-unknown-layout.html');
    const p = panel(page);
    await p.getByText(uiText('panelUnreadable')).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: 'test-output/screenshots/unknown-layout.png' });
    await p.getByRole('button', { name: uiText('panelTryCompatibility') }).click();
    await p.getByText(uiText('panelCompatibilityMode')).waitFor({ timeout: 15_000 });
    await expect(p.locator('.cm-label').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: 'test-output/screenshots/compatibility-mode.png' });
  });

  it('shows script and markup in an e-mail as text and never runs it', async () => {
    const page = await openGmailThread(session, 'thread-en-know-it-all.html');
    await waitForAnalysis(page);
    const p = panel(page);
    expect(await p.locator('.cm-body img, .cm-body script, .cm-body iframe, .cm-body style').count()).toBe(0);
    // The page's own broken image fires its handler once in Gmail's DOM; nothing we render fires it again.
    const runs = await page.evaluate(() => (window as unknown as { __hostileOnerrorRuns?: number }).__hostileOnerrorRuns ?? 0);
    expect(runs).toBeLessThanOrEqual(1);
  });
});
