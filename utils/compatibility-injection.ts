import { browser } from 'wxt/browser';

// The compatibility reader (Readability + the panel) is not part of what we inject into Gmail: it is built as its
// own script and injected only when the user asks, into a Gmail tab (host permission) or the active tab (activeTab).
export const COMPATIBILITY_SCRIPT = '/content-scripts/compat.js';

export async function injectCompatibilityReader(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [COMPATIBILITY_SCRIPT] });
}
