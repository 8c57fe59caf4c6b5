import en from '../../public/_locales/en/messages.json';
import { extensionApi } from './extension-api';

type Messages = Record<string, { message: string }>;
const fallback = en as Messages;

interface I18nApi {
  getMessage(name: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

// Keys are plain strings here (composed keys such as `weekday${n}` included); a test checks every locale has them.
function i18nApi(): I18nApi | undefined {
  return (extensionApi() as { i18n?: I18nApi } | undefined)?.i18n;
}

/**
 * The UI text in the browser's language (public/_locales). Falls back to the English file where the browser has no
 * i18n API (unit tests, a page opened outside the extension), so a missing locale never shows a blank label.
 */
export function t(key: string, ...substitutions: Array<string | number>): string {
  return lookup(key, substitutions.map(String)) ?? key;
}

/**
 * A message that counts something: `<key>_one` when the language says "one" for `count` and the locale has that
 * form ("1 agreement"), else `<key>` ("3 agreements"; Chinese has the one form).
 */
export function tn(key: string, count: number, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  if (new Intl.PluralRules(uiLanguage()).select(count) === 'one') {
    const one = lookup(`${key}_one`, subs);
    if (one) return one;
  }
  return lookup(key, subs) ?? key;
}

function lookup(key: string, subs: string[]): string | undefined {
  try {
    const message = i18nApi()?.getMessage(key, subs);
    if (message) return message;
    // The API answered and has no such message in any locale: no English fallback either (a `_one` form unused).
    if (message === '' && i18nApi()) return undefined;
  } catch {
    // No i18n API here: use the bundled English text.
  }
  const template = fallback[key]?.message;
  if (template === undefined) return undefined;
  return template.replace(/\$(\d)/g, (whole, n: string) => subs[Number(n) - 1] ?? whole);
}

/** The UI language, for `lang` attributes and number/date formatting. */
export function uiLanguage(): string {
  try {
    return i18nApi()?.getUILanguage() || (typeof navigator === 'undefined' ? 'en' : navigator.language);
  } catch {
    return typeof navigator === 'undefined' ? 'en' : navigator.language;
  }
}
