import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  splitReply as referenceSplitReply,
  stripQuotedHistory as referenceStripQuotedHistory,
} from '../../test/unit/mail/split-reply-reference';
import { splitReply, stripQuotedHistory } from './split-reply';

describe('splitReply', () => {
  it('separates new text, signature and "On … wrote:" history', () => {
    const text = [
      "Thanks for the reminder. Cash is tight this month, so we'll pay the invoice next month. Hope that's OK.",
      '',
      '--',
      'Daniel Price',
      'Northwind Studio',
      '',
      'On Mon, Nov 16, 2026 at 9:00 AM Lucía Romero <lucia@romero.studio> wrote:',
      '> friendly reminder: invoice INV-042 for EUR 2,400 was due on 15 October',
    ].join('\n');
    expect(splitReply(text)).toEqual({
      body: "Thanks for the reminder. Cash is tight this month, so we'll pay the invoice next month. Hope that's OK.",
      signature: '--\nDaniel Price\nNorthwind Studio',
      quoted:
        'On Mon, Nov 16, 2026 at 9:00 AM Lucía Romero <lucia@romero.studio> wrote:\n> friendly reminder: invoice INV-042 for EUR 2,400 was due on 15 October',
    });
  });

  it('keeps a message without history whole', () => {
    expect(splitReply('Can we add a second landing page?\nThanks')).toEqual({
      body: 'Can we add a second landing page?\nThanks',
      quoted: '',
      signature: '',
    });
  });

  it('treats CRLF like LF and returns empty parts for empty input', () => {
    expect(splitReply('Hi\r\n\r\nOn Tue, Jan 5, 2027 at 10:00 AM Ana <ana@acme.com> wrote:\r\n> old').body).toBe('Hi');
    expect(splitReply('')).toEqual({ body: '', quoted: '', signature: '' });
    expect(splitReply('   \n  ')).toEqual({ body: '', quoted: '', signature: '' });
  });

  it('drops a Spanish mobile signature', () => {
    const r = splitReply('Pagaremos la factura el mes que viene.\n\nEnviado desde mi iPhone');
    expect(r.body).toBe('Pagaremos la factura el mes que viene.');
    expect(r.signature).toBe('Enviado desde mi iPhone');
  });
});

describe('splitReply in Spanish and Chinese mail', () => {
  const cases: Array<[string, string, string]> = [
    ['El … escribió:', 'El lun, 23 nov 2026 a las 10:12, Lucía Romero (<lucia@romero.studio>) escribió:\n> hola', 'El lun'],
    ['El … escribió: wrapped over two lines', 'El 20 nov 2026, a las 9:10, Lucía Romero <\nlucia@romero.studio> escribió:\n\n> hola', 'El 20'],
    ['在 … 写道：', '在 2026年11月20日 周五 09:15，Lucía Romero <lucia@romero.studio> 写道：\n> 你好', '在 2026'],
    ['… 于 … 写道：', 'Lucía Romero <lucia@romero.studio> 于2026年11月20日周五 09:15写道：\n\n> 你好', 'Lucía Romero'],
    ['Outlook 发件人/发送时间', '发件人: Lucía Romero <lucia@romero.studio>\n发送时间: 2026年11月20日 9:15\n收件人: 王伟\n主题: 发票\n\n你好', '发件人'],
    ['Outlook 发件人 with full-width colons', '发件人：Lucía Romero\n发送时间：2026年11月20日 9:15\n收件人：王伟\n主题：发票\n\n你好', '发件人'],
    ['Outlook De:/Enviado:', 'De: Lucía Romero <lucia@romero.studio>\nEnviado: viernes, 20 de noviembre de 2026 9:10\nPara: Ana Torres\nAsunto: Factura\n\nHola', 'De:'],
    ['Outlook De:/Enviado: without an address', 'De: Lucía Romero\nEnviado el: viernes, 20 de noviembre de 2026 9:10\nPara: Ana Torres\nAsunto: Factura', 'De:'],
    ['forwarded, Spanish', '---------- Mensaje reenviado ---------\nDe: Lucía Romero <lucia@romero.studio>\nFecha: 20 nov 2026\n\nHola', '----------'],
    ['forwarded, Chinese', '-------- 转发的邮件 --------\n发件人: Lucía Romero\n日期: 2026年11月20日\n\n你好', '--------'],
    ['original message, Spanish', '-----Mensaje original-----\nDe: Lucía Romero', '-----Mensaje'],
  ];
  it.each(cases)('cuts the history at %s', (_name, history, start) => {
    const r = splitReply(`Lo siento, pagaremos el mes que viene.\n\n${history}`);
    expect(r.body).toBe('Lo siento, pagaremos el mes que viene.');
    expect(r.quoted.startsWith(start)).toBe(true);
  });

  it.each([
    ['Enviado desde mi iPhone'],
    ['Enviado desde mi Samsung Galaxy'],
    ['发自我的iPhone'],
    ['发自我的 iPad'],
    ['从我的华为手机发送'],
    ['Sent from my iPhone'],
    ['Get Outlook for iOS'],
  ])('takes the mobile signature "%s" out of the new text', (line) => {
    const r = splitReply(`这个月资金紧张，发票下个月再付款。\n\n${line}`);
    expect(r.body).toBe('这个月资金紧张，发票下个月再付款。');
    expect(r.signature).toBe(line);
  });

  it('treats the unmarked history a phone appends below its signature as quoted', () => {
    const r = splitReply(
      'Vale, lo vemos el lunes.\n\nEnviado desde mi iPhone\n\nHola Ana: te escribo para recordarte que la factura INV-042 venció el 15 de octubre y sigue pendiente.\nGracias, Lucía',
    );
    expect(r.body).toBe('Vale, lo vemos el lunes.');
    expect(r.signature).toBe('Enviado desde mi iPhone');
    expect(r.quoted.startsWith('Hola Ana: te escribo')).toBe(true);
  });

  it('keeps "Sent from my desk, …" in a sentence as text', () => {
    expect(splitReply('Here it is.\n\nSent from my desk, which is easier than my phone.').body).toBe(
      'Here it is.\n\nSent from my desk, which is easier than my phone.',
    );
  });

  it('reads a closing and a name after it as the signature, in Spanish and Chinese', () => {
    expect(splitReply('¿Podemos añadir un blog?\n\nUn saludo,\nAna Torres\nAcme Retail')).toEqual({
      body: '¿Podemos añadir un blog?',
      quoted: '',
      signature: 'Un saludo,\nAna Torres\nAcme Retail',
    });
    expect(splitReply('能不能再加一个页面？\n\n此致\n敬礼\n王伟').signature).toBe('此致\n敬礼\n王伟');
  });

  it('keeps the answers written between quoted lines (an inline reply)', () => {
    const r = splitReply('On Mon, Nov 23, 2026 at 10:12 AM Lucía <lucia@romero.studio> wrote:\n> Can you pay by Friday?\nNo, next month.\n> And the deposit?\nAlso next month.');
    expect(r.body).toBe('No, next month.\nAlso next month.');
    expect(r.quoted).toContain('> Can you pay by Friday?');
  });

  it('does not take a sentence starting with "On" for a header', () => {
    expect(splitReply('On Monday we start the new page.\nOn Tuesday the blog.').body).toBe(
      'On Monday we start the new page.\nOn Tuesday the blog.',
    );
  });
});

describe('splitReply gives the same answer as before its speed-ups', () => {
  // Pieces that exercise every rule: headers in several languages, quote marks, delimiters, device lines, closings,
  // colons of both widths, zero-width and no-break spaces, carriage returns, trailing blanks.
  const PIECES = [
    'On Mon, Nov 2, 2026 at 9:00 AM Daniel Price <daniel@northwind.io> wrote:', 'El lun, 2 nov 2026 a las 9:00, Ana <ana@acme.com> escribió:',
    '在 2026年11月2日，上午9:00，华信 <li@hx.cn> 写道：', 'Li 于 2026年11月20日 写道：', '2014-03-20 8:48 GMT+01:00 Bob <bob@x.org>:',
    'From: Ana <ana@acme.com>', 'Sent: Monday', 'To: Lucía', 'Subject: Re: invoice', '发件人: 李', '发送时间: 2026年11月2日', 'De: Ana [mailto:ana@acme.com]',
    'Date: Mon', '-----Original Message-----', '---------- Forwarded message ---------', 'Begin forwarded message:', '________________________________',
    '> quoted line', '>', '> > deeper', '--', '-- ', '__', '====', 'Sent from my iPhone', 'Sent from my desk, as usual', 'Enviado desde mi iPhone',
    '发自我的iPhone', '从 Outlook 发送', 'iPhoneから送信', 'Best regards,', 'Un saludo,', '此致', 'Daniel', 'Hi Lucía,', 'Thanks.', 'Can we add a blog?',
    'reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:', 'Note: see below', 'https://example.com/x', '\u200b', '\ufeff',
    '\u00a0', ' ', '：', ':', '', 'INV-042 is due 2026-10-15 <a@b.c>', 'wrote:', '---- John Smith wrote ----', 'Am 25.06.2015 um 10:55 schrieb Test user:',
  ];
  const line = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 30 }), fc.constantFrom(...PIECES).map((p) => `${p}  `));
  const text = fc
    .array(fc.tuple(line, fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', ' ', '')), { maxLength: 25 })
    .map((parts) => parts.map(([l, sep]) => l + sep).join(''));

  it('on random mixes of headers, quotes, signatures and plain text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(splitReply(t)).toEqual(referenceSplitReply(t));
        expect(stripQuotedHistory(t)).toBe(referenceStripQuotedHistory(t));
      }),
      { numRuns: 3000 },
    );
  });
});
