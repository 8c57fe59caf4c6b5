import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { traditionalMessages, ZH_TW_PATH } from '../../scripts/generate-zh-tw';

// Every string the options page and popup show exists in English, Spanish and Chinese (Simplified, and Traditional
// generated from it), with the same placeholders.

const root = resolve(__dirname, '../..');
const LOCALES = ['en', 'es', 'zh_CN', 'zh_TW'];
const messages = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(join(root, 'public/_locales', l, 'messages.json'), 'utf8')) as Record<string, { message: string }>]),
);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\./.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const used = new Set<string>();
/** Keys given to tn(): they also need their singular `_one` form where the language has one. */
const counted = new Set<string>();
for (const file of ['common', 'options', 'popup'].flatMap((d) => sources(join(root, 'components', d)))) {
  for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]);
  for (const m of readFileSync(file, 'utf8').matchAll(/\btn\(\s*'([A-Za-z0-9_]+)'/g)) counted.add(m[1]);
  for (const m of readFileSync(file, 'utf8').matchAll(/'(popupCapture[A-Z][A-Za-z]+)'/g)) used.add(m[1]);
}
for (const k of counted) used.add(k);
// Keys composed at run time.
for (let d = 1; d <= 7; d++) used.add(`weekday${d}`);
for (const k of ['statusActive', 'statusDraft', 'statusEnded', 'langEn', 'langEs', 'langZh', 'langZhHant']) used.add(k);
for (const s of ['setup', 'clients', 'backup', 'templates']) used.add(`nav_${s}`);

const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

describe('UI strings', () => {
  it('finds the keys it checks', () => {
    expect(used.size).toBeGreaterThan(150);
  });

  for (const locale of LOCALES) {
    it(`has every key the options page and popup use in ${locale}`, () => {
      const missing = [...used].filter((k) => !messages[locale][k]?.message);
      expect(missing).toEqual([]);
    });
  }

  it('has the singular form of every counted message in English and Spanish', () => {
    expect(counted.size).toBeGreaterThan(5);
    const missing = [...counted].flatMap((k) => ['en', 'es'].filter((l) => !messages[l][`${k}_one`]?.message).map((l) => `${l}:${k}_one`));
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    const mismatched = [...used].filter((k) => {
      const en = placeholders(messages.en[k]?.message ?? '');
      return LOCALES.some((l) => placeholders(messages[l][k]?.message ?? '').join() !== en.join());
    });
    expect(mismatched).toEqual([]);
  });

  it('has the Traditional Chinese UI as generated from the Simplified one (else run scripts/generate-zh-tw.ts)', () => {
    expect(readFileSync(ZH_TW_PATH, 'utf8')).toBe(traditionalMessages());
  });
});
