import type { browser as wxtBrowser } from 'wxt/browser';

export type ExtensionApi = typeof wxtBrowser;

/**
 * The extension API as WXT's `browser` resolves it (globalThis.browser in Firefox, chrome in Chromium), read at call
 * time. The UI does not import 'wxt/browser' itself: under vitest that module pulls in WXT's build tooling (esbuild),
 * which cannot load in a jsdom component test; the test setup puts fakeBrowser on both globals instead.
 */
export function extensionApi(): ExtensionApi {
  const g = globalThis as { browser?: ExtensionApi & { runtime?: { id?: string } }; chrome?: ExtensionApi };
  return (g.browser?.runtime?.id ? g.browser : (g.chrome ?? g.browser)) as ExtensionApi;
}
