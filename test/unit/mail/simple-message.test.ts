// The fast path for single-part mail must read every message exactly as postal-mime does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMessage, parseWithPostalMime } from '../../../utils/mail/mail-file';
import { parseSimpleMessage, unflow } from '../../../utils/mail/simple-message';

const MAIL = fileURLToPath(new URL('../../fixtures/mail', import.meta.url));
const TALON = fileURLToPath(new URL('../../fixtures/reply-parsing/talon/fixtures/standard_replies', import.meta.url));

const files = [
  ...readdirSync(MAIL).filter((f) => f.endsWith('.eml')).map((f) => join(MAIL, f)),
  ...readdirSync(TALON).filter((f) => f.endsWith('.eml')).map((f) => join(TALON, f)),
];

describe('parseSimpleMessage', () => {
  // format=flowed mail is left out: there we join lines by RFC 3676 and postal-mime does not (see unflow).
  const comparable = files.filter((f) => !/format="?flowed/i.test(readFileSync(f, 'latin1')));
  it.each(comparable.map((f) => [f.split('/').slice(-2).join('/'), f]))('%s reads as postal-mime reads it', async (_name, file) => {
    const raw = readFileSync(file);
    const reference = await parseWithPostalMime(raw);
    expect(await parseMessage(raw)).toEqual(reference);
  });

  it('takes single-part text mail and leaves multipart mail to postal-mime', () => {
    expect(parseSimpleMessage(readFileSync(join(MAIL, 'es-qp-utf8.eml')))).not.toBeNull();
    expect(parseSimpleMessage(readFileSync(join(MAIL, 'zh-base64-gbk.eml')))).not.toBeNull();
    expect(parseSimpleMessage(readFileSync(join(MAIL, 'en-multipart-attachment.eml')))).not.toBeNull();
    expect(parseSimpleMessage(readFileSync(join(MAIL, 'unknown-charset.eml')))).toBeNull();
  });

  it('agrees with postal-mime on random single-part messages', async () => {
    const header = fc.constantFrom('quoted-printable', 'base64', '8bit', '7bit');
    const charset = fc.constantFrom('utf-8', 'iso-8859-1', 'gbk', 'big5', 'UTF-8');
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), header, charset, fc.constantFrom('plain', 'html'), async (body, cte, cs, kind) => {
        const bytes = cs.toLowerCase() === 'utf-8' ? Buffer.from(body, 'utf8') : Buffer.from(body.replace(/[^\x20-\x7e\n]/g, ''), 'latin1');
        const encoded =
          cte === 'base64' ? bytes.toString('base64').replace(/.{76}/g, '$&\r\n')
          : cte === 'quoted-printable' ? bytes.toString('latin1').replace(/[=\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
          : bytes.toString('latin1');
        const raw = Buffer.concat([
          Buffer.from(`From: =?utf-8?b?${Buffer.from('Ana Torres').toString('base64')}?= <ana@acme.com>\r\nSubject: =?utf-8?q?Factura_INV-042?=\r\nDate: Mon, 23 Nov 2026 10:12:00 +0100\r\nMessage-ID: <x@y>\r\nContent-Type: text/${kind}; charset=${cs}\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n`),
          Buffer.from(encoded, 'latin1'),
        ]);
        expect(await parseMessage(raw)).toEqual(await parseWithPostalMime(raw));
      }),
      { numRuns: 150 },
    );
  });
});

describe('unflow (RFC 3676)', () => {
  it('joins soft-broken lines of one quote depth only, so a bottom-posted answer stays apart from the quote', () => {
    expect(unflow('On 04/02/2012 06:26 PM, Megan One wrote:\n> Hi \nHello\n', false)).toBe(
      'On 04/02/2012 06:26 PM, Megan One wrote:\n> Hi \nHello\n',
    );
    expect(unflow('This is one \nsentence.\n> quoted \n> too\n-- \nSig', false)).toBe('This is one sentence.\n> quoted too\n-- \nSig');
    expect(unflow('Del \nsp', true)).toBe('Delsp');
  });
});
