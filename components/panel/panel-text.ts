import { extensionApi } from '../common/extension-api';

// The panel's text, from the extension's _locales in the browser's language. Unlike the options page's t(), it
// carries no bundled English fallback: it runs only as a content script, where the i18n API always exists, and every
// byte here is injected into Gmail. A missing key shows as the key, which the locale test catches first.
interface I18n {
  getMessage(name: string, substitutions?: string[]): string;
}

// Keys are composed at run time (`kind_${kind}`), so they are plain strings here; the locale test checks them.
export function t(key: string, ...substitutions: Array<string | number>): string {
  try {
    const i18n = (extensionApi() as unknown as { i18n?: I18n } | undefined)?.i18n;
    return i18n?.getMessage(key, substitutions.map(String)) || key;
  } catch {
    return key;
  }
}
