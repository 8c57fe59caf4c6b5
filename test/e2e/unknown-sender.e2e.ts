import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './harness';
import { openGmailThread, panel, uiText, waitForAnalysis } from './flows';

// A thread from someone with no agreement: the request is still recognised, and one click opens the options page
// with a new client pre-filled from the sender.

describe('a sender who is not a client yet', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension({ timezone: 'Europe/Madrid' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('says so, still recognises the request, and creates the client from the thread', async () => {
    const page = await openGmailThread(session, 'thread-en-payment-delay.html');
    await waitForAnalysis(page);
    const p = panel(page);
    await p.getByText(uiText('panelNoClientTitle')).waitFor();
    await p.locator('.cm-label[data-kind="payment_delay"]').waitFor();
    const draft = await p.locator('[data-clausemate="draft-text"]').inputValue();
    expect(draft).not.toMatch(/\{\{|\}\}|undefined|NaN/);

    const opened = session.context.waitForEvent('page', (candidate) => candidate.url().includes('options.html'));
    await p.getByRole('button', { name: uiText('panelCreateClient') }).click();
    const options = await opened;
    const name = options.getByLabel(uiText('fieldClientName'));
    await expect.poll(() => name.inputValue(), { timeout: 10_000 }).toBe('Daniel Price');
    expect(await options.getByLabel(uiText('fieldEmails')).inputValue()).toBe('daniel@northwind.io');
    expect(await options.getByLabel(uiText('fieldDomains')).inputValue()).toBe('northwind.io');
    await options.screenshot({ path: 'test-output/screenshots/options-client-from-thread.png' });
  });
});
