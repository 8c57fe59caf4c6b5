import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t, tn } from './i18n';

const spanish = JSON.parse(readFileSync(resolve(__dirname, '../../public/_locales/es/messages.json'), 'utf8')) as Record<string, { message: string }>;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('t', () => {
  it('uses the browser language when the extension API answers', () => {
    // Chrome's getMessage: the message of the UI locale with $1…$9 replaced by the substitutions.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
      (spanish[key]?.message ?? '').replace(/\$(\d)/g, (_, n) => [subs ?? []].flat()[Number(n) - 1] ?? '')) as typeof fakeBrowser.i18n.getMessage);
    expect(t('clientsShown', 3, 10)).toBe('3 de 10 clientes');
    expect(t('deleteNamed', 'Acme')).toBe('Eliminar Acme');
  });

  it('falls back to the bundled English text where there is no i18n API, with substitutions', () => {
    expect(t('clientsShown', 3, 10)).toBe('3 of 10 clients');
    expect(t('noSuchKey')).toBe('noSuchKey');
  });

  it('counts in the language: the singular for one, the plural otherwise', () => {
    expect(tn('agreementCount', 1, 1)).toBe('1 agreement');
    expect(tn('agreementCount', 0, 0)).toBe('0 agreements');
    expect(tn('agreementCount', 3, 3)).toBe('3 agreements');
    expect(tn('deleteClientQuestion', 1, 'Acme', 1)).toBe('Delete Acme and their agreement?');
  });
});
