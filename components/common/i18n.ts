import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string }>;
const fallback = en as Messages;

/**
 * The UI text in the browser's language (public/_locales). Falls back to the English file where the browser has no
 * i18n API (unit tests, a page opened outside the extension), so a missing locale never shows a blank label.
 */
export function t(key: string, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  try {
    // Keys are checked by the locale test rather than the generated union, so composed keys (`weekday${n}`) work.
    const message = (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(key, subs);
    if (message) return message;
  } catch {
    // No i18n API here: use the bundled English text.
  }
  const template = fallback[key]?.message;
  if (template === undefined) return key;
  return template.replace(/\$(\d)/g, (whole, n: string) => subs[Number(n) - 1] ?? whole);
}

/** The UI language, for `lang` attributes and number/date formatting. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return typeof navigator === 'undefined' ? 'en' : navigator.language;
  }
}
