import { describe, expect, it } from 'vitest';
import { splitReply } from './split-reply';

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
