// Building an Intl formatter costs far more than using one (a tenth of a millisecond or more each), and the drafts,
// the facts and the classifier ask for the same few again and again: each is built once per locale and options.

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat;

const cache = new Map<string, Formatter>();

/** The formatter under `key`, made by `make` the first time (a `make` that throws caches nothing). */
export function cachedFormatter<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cachedFormatter(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cachedFormatter(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
