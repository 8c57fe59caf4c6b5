// The payment-delay demo pages, read as the panel will read them: exact senders, times, new text and history.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readGmailThread } from '../../../utils/mail/gmail/read-thread';

const PAGES = fileURLToPath(new URL('../../fixtures/gmail', import.meta.url));
const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQfBsmLcKxzGnLbwRqJ';

function read(file: string) {
  const dom = new JSDOM(readFileSync(join(PAGES, file), 'utf8'), { url: THREAD_URL });
  return readGmailThread(dom.window.document, { viewerTimeZone: 'Europe/Madrid' })!;
}

const LUCIA = { name: 'Lucía Romero', email: 'lucia@romero.studio' };

describe('thread-en-payment-delay.html (English UI, 12-hour times)', () => {
  const thread = read('thread-en-payment-delay.html');

  it('reads the visible thread, not the hidden previous view', () => {
    expect(thread.subject).toBe('Invoice INV-042 – website redesign');
    expect(thread.source).toBe('gmail');
    expect(thread.url).toBe(THREAD_URL);
    expect(thread.messages).toHaveLength(3);
  });

  it('reads the collapsed first message from its snippet and marks it partial', () => {
    const [first] = thread.messages;
    expect(first.from).toEqual({ name: 'Daniel Price', email: 'daniel@northwind.io' });
    expect(first.partial).toBe(true);
    expect(first.body).toBe("Hi Lucía, thanks for the invoice for the first milestone. I've passed it on to our accounts team. Da…");
    expect(first.sentAt).toBe('2026-10-02T14:05:00.000Z');
    expect(thread.problems).toEqual(['Message 1 from Daniel Price is collapsed: only its preview could be read.']);
  });

  it("knows Lucía's own reminder is hers", () => {
    const reminder = thread.messages[1];
    expect(reminder.fromMe).toBe(true);
    expect(reminder.from).toEqual(LUCIA);
    expect(reminder.sentAt).toBe('2026-11-20T08:05:00.000Z');
    expect(reminder.body).toContain('A friendly reminder: invoice INV-042 for EUR 2,400 was due on 15 October.');
  });

  it("reads Daniel's latest reply: 10:12 Madrid time, new text only, quote and signature apart", () => {
    const last = thread.messages[2];
    expect(last.fromMe).toBe(false);
    expect(last.from).toEqual({ name: 'Daniel Price', email: 'daniel@northwind.io' });
    expect(last.to).toEqual([LUCIA]);
    expect(last.sentAt).toBe('2026-11-23T09:12:00.000Z');
    expect(last.body).toBe(
      "Hi Lucía,\n\nThanks for the reminder. Cash is tight this month, so we'll pay the invoice next month. Hope that's OK.",
    );
    expect(last.signature).toBe('--\nDaniel Price\nNorthwind Studio');
    expect(last.quoted.split('\n')[0]).toBe('On Fri, Nov 20, 2026 at 9:05 AM Lucía Romero <lucia@romero.studio> wrote:');
    expect(last.quoted).toContain('invoice INV-042 for EUR 2,400 was due on 15 October');
    expect(last.partial).toBe(false);
  });
});

describe('thread-es-payment-delay.html (Spanish UI, iPhone reply)', () => {
  const thread = read('thread-es-payment-delay.html');
  const last = thread.messages[2];

  it('reads the Spanish date title as 10:12 Madrid time', () => {
    expect(last.sentAt).toBe('2026-11-23T09:12:00.000Z');
    expect(thread.messages.map((m) => m.sentAt)).toEqual([
      '2026-10-05T15:40:00.000Z',
      '2026-11-20T08:10:00.000Z',
      '2026-11-23T09:12:00.000Z',
    ]);
  });

  it('keeps the new text and moves "Enviado desde mi iPhone" and the cited history out of it', () => {
    expect(last.from).toEqual({ name: 'Ana Torres', email: 'ana@acme.com' });
    expect(last.body).toBe(
      'Hola Lucía,\n\nGracias por el recordatorio. Este mes vamos justos de caja, así que pagaremos la factura el mes que viene. Espero que no haya problema.',
    );
    expect(last.signature).toBe('Enviado desde mi iPhone');
    expect(last.quoted.startsWith('El 20 nov 2026, a las 9:10, Lucía Romero <lucia@romero.studio> escribió:')).toBe(true);
    expect(thread.messages.map((m) => m.fromMe)).toEqual([false, true, false]);
  });
});

describe('thread-zh-payment-delay.html (Chinese UI, 上午/下午 times, flattened 在…写道： history)', () => {
  const thread = read('thread-zh-payment-delay.html');
  const last = thread.messages[2];

  it('reads 2026年11月23日 上午10:12 in Madrid as 09:12 UTC', () => {
    expect(last.sentAt).toBe('2026-11-23T09:12:00.000Z');
    expect(thread.messages[0].sentAt).toBe('2026-10-08T02:30:00.000Z');
  });

  it('cuts the plain-text history at 在 … 写道：', () => {
    expect(last.from).toEqual({ name: '王伟', email: 'wangwei@huaxin-tech.cn' });
    expect(last.body).toBe('Lucía 你好，\n\n谢谢提醒。这个月资金紧张，发票下个月再付款，希望您能理解。\n\n王伟\n华信科技');
    expect(last.quoted.split('\n')[0]).toBe('在 2026年11月20日 周五 09:15，Lucía Romero <lucia@romero.studio> 写道：');
    expect(last.quoted).toContain('> 温馨提醒');
  });
});
