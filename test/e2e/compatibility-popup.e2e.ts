import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from './harness';
import { launchWithDemoBackup, panel, uiText } from './flows';

// Webmail the Gmail adapter does not know (an Outlook-on-the-web-like page): from the toolbar popup, "Read this page"
// injects the compatibility reader into that tab only, and the same panel appears, marked as compatibility mode.

describe('compatibility mode from the popup', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithDemoBackup();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reads the open message of an unknown webmail page and shows the panel', async () => {
    // The toolbar click that grants activeTab cannot be scripted: the page is served from the one origin the extension
    // already holds, at an address the Gmail content script ignores (no thread in it).
    await session.context.route('https://mail.google.com/owa/**', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync('test/fixtures/mail/outlook-web-message.html') }),
    );
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const webmail = await session.context.newPage();
    await webmail.goto('https://mail.google.com/owa/inbox/message');
    await webmail.waitForTimeout(500);
    expect(await panel(webmail).count()).toBe(0);
    await webmail.bringToFront();
    await popup.getByRole('button', { name: uiText('popupReadPage') }).dispatchEvent('click');
    const p = panel(webmail);
    await p.getByText(uiText('panelCompatibilityMode')).waitFor({ timeout: 15_000 });
    await p.locator('.cm-label[data-kind="scope_change"]').waitFor({ timeout: 10_000 });
    expect(await p.locator('[data-clausemate="draft-text"]').inputValue()).toMatch(/landing page|scope/i);
    await webmail.screenshot({ path: 'test-output/screenshots/compatibility-outlook.png' });
  });
});
