import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from './harness';
import { importBackupFile, openGmailThread, panel, waitForAnalysis } from './flows';

// Agreements live in the extension's IndexedDB: they survive closing and reopening the browser.

describe('after a browser restart', () => {
  const profile = mkdtempSync(join(tmpdir(), 'clausemate-restart-'));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('still knows the clients and agreements imported before', async () => {
    const first = await launchWithExtension({ userDataDir: profile });
    await (await importBackupFile(first)).close();
    await first.close();

    const second = await launchWithExtension({ userDataDir: profile });
    try {
      const page = await openGmailThread(second, 'thread-en-payment-delay.html');
      await waitForAnalysis(page);
      await panel(page).getByText('Northwind Studio').waitFor();
      expect(await panel(page).locator('[data-fact="invoice_overdue"]').innerText()).toContain('INV-042');
      const options = await second.openExtensionPage('options.html');
      await options.getByText('Huaxin', { exact: false }).or(options.getByText('华信科技')).first().waitFor();
    } finally {
      await second.close();
    }
  });
});
