// .eml files and mbox archives as `npm run triage` reads them: MIME, transfer encodings, legacy charsets, HTML-only
// mail, and an mbox streamed in chunks of any size.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MailFileMessage, readMailFile, readMbox } from '../../../utils/mail/mail-file';
import { splitReply } from '../../../utils/mail/split-reply';

const MAIL = fileURLToPath(new URL('../../fixtures/mail', import.meta.url));

async function all(iterable: AsyncIterable<MailFileMessage>): Promise<MailFileMessage[]> {
  const out: MailFileMessage[] = [];
  for await (const m of iterable) out.push(m);
  return out;
}

async function* chunks(data: Buffer, sizes: number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (let i = 0; at < data.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length]);
    yield data.subarray(at, at + size);
    at += size;
  }
}

describe('readMailFile on .eml files', () => {
  const one = async (file: string) => (await all(readMailFile(join(MAIL, file))))[0];

  it('decodes quoted-printable UTF-8 and an encoded-word header, and the history splits off', async () => {
    const m = await one('es-qp-utf8.eml');
    expect(m).toMatchObject({ id: 'es-qp-utf8@acme.com', from: 'Ana Torres <ana@acme.com>', subject: 'Re: Factura INV-042', sentAt: '2026-11-23T09:12:00.000Z' });
    expect(splitReply(m.text).body).toBe('Hola Lucía,\n\nEste mes vamos justos de caja, así que pagaremos la factura el mes que viene.');
  });

  it('decodes base64 GBK, with a GBK sender name and subject', async () => {
    const m = await one('zh-base64-gbk.eml');
    expect(m).toMatchObject({ from: '王伟 <wangwei@huaxin-tech.cn>', subject: '关于发票 INV-042 的付款', sentAt: '2026-11-23T09:12:00.000Z' });
    expect(splitReply(m.text).body).toBe('Lucía 你好，\n\n这个月资金紧张，发票下个月再付款，希望您能理解。\n\n王伟');
  });

  it('decodes GB2312, Big5 and ISO-8859-1', async () => {
    expect((await one('zh-qp-gb2312.eml')).text).toBe('顺便问一下，能不能再加一个英文版的博客页面？应该很简单。\n\n发自我的iPhone\n');
    expect(await one('zh-hant-big5.eml')).toMatchObject({ from: '陳小姐 <chen@example.com.tw>', subject: '設計方向', text: '我們還是想回到第一版設計，能全部改回去嗎？' });
    expect(await one('es-latin1.eml')).toMatchObject({
      subject: 'Dirección del diseño',
      text: 'Preferimos volver al primer diseño. ¿Puedes cambiarlo todo otra vez? Señal de que lo pensamos mejor.\n',
    });
  });

  it('turns HTML-only mail into text without its script, and marks its quoted history', async () => {
    const m = await one('en-html-only.eml');
    expect(m.text).not.toMatch(/alert|onerror|<script|<img|p\{/);
    expect(splitReply(m.text)).toMatchObject({ body: 'Hi Lucía,\n\nCould you also add a blog section & a newsletter signup?' });
    expect(splitReply(m.text).quoted).toContain('The latest version is live on staging.');
  });

  it('prefers the text part of multipart/alternative and ignores attachments', async () => {
    expect((await one('en-multipart-attachment.eml')).text).toBe('We need the full site live by this Friday instead of 15 December.\n');
  });

  it('reads what it can of an unknown charset and a bad date, and names the file when there is no Message-ID', async () => {
    expect(await one('unknown-charset.eml')).toEqual({
      id: 'unknown-charset.eml',
      from: 'someone@example.org',
      subject: 'Odd charset',
      sentAt: null,
      text: 'Plain ASCII text in a charset nobody knows.\n',
    });
  });

  it('throws only when the file cannot be read', async () => {
    await expect(all(readMailFile(join(MAIL, 'no-such-file.eml')))).rejects.toThrow();
    const dir = mkdtempSync(join(tmpdir(), 'clausemate-mail-'));
    writeFileSync(join(dir, 'empty.eml'), '');
    expect(await all(readMailFile(join(dir, 'empty.eml')))).toMatchObject([{ id: 'empty.eml', text: '' }]);
  });
});

describe('readMbox', () => {
  const mbox = readFileSync(join(MAIL, 'sample.mbox'));

  it('reads every message of an mboxrd archive in order, undoing ">From " escapes', async () => {
    const messages = await all(readMailFile(join(MAIL, 'sample.mbox')));
    expect(messages.map((m) => m.id)).toEqual([
      'es-qp-utf8@acme.com',
      'zh-gbk@huaxin-tech.cn',
      'zh-gb2312@huaxin-tech.cn',
      'zh-big5@example.com.tw',
      'es-latin1@acme.com',
      'en-html@northwind.io',
      'en-multi@northwind.io',
      '',
    ]);
    expect(messages[0].text.startsWith('From the desk of Ana:\nHola Lucía,')).toBe(true);
    expect(messages[3].subject).toBe('設計方向');
    expect(messages.every((m) => m.error === undefined)).toBe(true);
    // Apart from the escaped line, each reads exactly as its .eml file does.
    for (const m of messages.slice(1, 7)) {
      const eml = readdirSync(MAIL).filter((f) => f.endsWith('.eml'));
      const twins = await Promise.all(eml.map(async (f) => (await all(readMailFile(join(MAIL, f))))[0]));
      expect(twins.find((t) => t.id === m.id)).toEqual(m);
    }
  });

  it('gives the same messages however the stream is cut into chunks', async () => {
    const whole = await all(readMbox(chunks(mbox, [mbox.length])));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 12 }), async (sizes) => {
        expect(await all(readMbox(chunks(mbox, sizes)))).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a body line that merely starts with "From " inside its message', async () => {
    const text = 'From a@b.c Mon Nov 23 10:00:00 2026\nSubject: one\n\nhello\nFrom here on we agree.\n\nFrom d@e.f Mon Nov 23 11:00:00 2026\nSubject: two\n\nbye\n';
    const messages = await all(readMbox(chunks(Buffer.from(text), [7])));
    expect(messages.map((m) => [m.subject, m.text])).toEqual([
      ['one', 'hello\nFrom here on we agree.\n'],
      ['two', 'bye\n'],
    ]);
  });

  it('reads nothing from an empty stream', async () => {
    expect(await all(readMbox(chunks(Buffer.alloc(0), [1])))).toEqual([]);
  });
});
