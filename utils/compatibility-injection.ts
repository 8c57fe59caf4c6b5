import type { browser as wxtBrowser } from 'wxt/browser';
// The compatibility reader (Readability + the panel) is not part of what we inject into Gmail: it is built as its
// own script and injected only when the user asks, into a Gmail tab (host permission) or the active tab (activeTab).
// The caller hands over its extension API, so this module stays importable where WXT's `browser` is not.

export const COMPATIBILITY_SCRIPT = '/content-scripts/compat.js';

type Scripting = typeof wxtBrowser.scripting;

export async function injectCompatibilityReader(scripting: Scripting, tabId: number): Promise<void> {
  await scripting.executeScript({ target: { tabId }, files: [COMPATIBILITY_SCRIPT] });
}
