import { storage } from 'wxt/utils/storage';

/** A page the popup captured, waiting for the options page to turn it into an agreement. */
export interface CapturedPage {
  title: string;
  url: string;
  text: string;
  capturedAt: string;
}

// Passed through session storage rather than the URL: a contract is long, the URL would keep it in history, and
// session storage is gone when the browser closes.
export const capturedPageItem = storage.defineItem<CapturedPage | null>('session:capturedPage', { fallback: null });
