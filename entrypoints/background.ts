import { liveQuery } from 'dexie';
import { db } from '../utils/agreements/db';
import { injectCompatibilityReader } from '../utils/compatibility-injection';
import { analyzeThreadFromDb } from '../utils/analysis/analyze-from-db';
import { newClientPrefillItem, onMessage, sendMessage, type PanelCommand } from '../utils/messaging';

// The background owns the database (the extension's origin) and answers the Gmail content script.
export default defineBackground(() => {
  onMessage('analyzeThread', ({ data }) => analyzeThreadFromDb(db, data));

  onMessage('saveCorrection', async ({ data }) => {
    await db.corrections.put({ id: crypto.randomUUID(), ...data, at: new Date().toISOString() });
  });

  onMessage('createClientFromThread', async ({ data }) => {
    await newClientPrefillItem.setValue(data);
    await browser.runtime.openOptionsPage();
  });

  onMessage('openCompatibilityMode', async ({ sender }) => {
    if (sender.tab?.id !== undefined) await injectCompatibilityReader(browser.scripting, sender.tab.id);
  });

  browser.commands.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendMessage('panelCommand', command as PanelCommand, tab.id).catch(() => {});
  });

  // A change made in the options page or popup shows at once in every open Gmail panel.
  let first = true;
  liveQuery(() =>
    Promise.all([
      db.settings.toArray(),
      db.clients.toCollection().primaryKeys(),
      db.agreements.toCollection().primaryKeys(),
      db.templates.toCollection().primaryKeys(),
    ]),
  ).subscribe({
    next: async () => {
      if (first) {
        first = false;
        return;
      }
      const tabs = await browser.tabs.query({ url: 'https://mail.google.com/*' });
      for (const tab of tabs) {
        if (tab.id !== undefined) await sendMessage('dataChanged', undefined, tab.id).catch(() => {});
      }
    },
  });
});
