import { extensionApi } from '../common/extension-api';
import { capturedPageItem } from '../common/captured-page';
import { articleFromHtml } from './page-text';
import { injectCompatibilityReader } from '@/utils/compatibility-injection';

export type CaptureResult = { ok: true; title: string; characters: number } | { ok: false; reason: 'no-tab' | 'restricted' | 'empty' };

// Runs in the page (activeTab grants it after the user's click): it hands back the page's markup and address and
// nothing else. Readability then reads that markup here, in the extension, in an inert document.
function serialisePage(): { html: string; url: string } {
  return { html: document.documentElement.outerHTML, url: location.href };
}

/**
 * Reads the active tab's article as text and leaves it for the options page's pre-filled agreement form. Pages the
 * browser does not let extensions read (its own pages, the web store) come back as `restricted`.
 */
export async function captureActiveTab(): Promise<CaptureResult> {
  const [tab] = await extensionApi().tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { ok: false, reason: 'no-tab' };
  let page: { html: string; url: string } | undefined;
  try {
    const [injection] = await extensionApi().scripting.executeScript({ target: { tabId: tab.id }, func: serialisePage });
    page = injection?.result as { html: string; url: string } | undefined;
  } catch {
    return { ok: false, reason: 'restricted' };
  }
  if (!page?.html) return { ok: false, reason: 'restricted' };
  const article = articleFromHtml(page.html, page.url);
  if (!article.text.trim()) return { ok: false, reason: 'empty' };
  await capturedPageItem.setValue({ title: article.title, url: page.url, text: article.text, capturedAt: new Date().toISOString() });
  await extensionApi().runtime.openOptionsPage();
  return { ok: true, title: article.title, characters: article.text.length };
}

/** Opens the panel on the active tab in compatibility mode; false where the browser does not let extensions in. */
export async function readActiveTabInCompatibilityMode(): Promise<boolean> {
  const api = extensionApi();
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  try {
    await injectCompatibilityReader(api.scripting, tab.id);
    return true;
  } catch {
    return false;
  }
}
