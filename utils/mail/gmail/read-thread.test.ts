// readGmailThread finds attachment names with one query over the thread; each message must get exactly what a
// search of that message alone finds.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readGmailMessage } from './read-message';
import { readGmailThread } from './read-thread';

const chip = (name: string) =>
  `<span class="aZo" download_url="application/pdf:${name}:https://mail.google.com/x"></span><span class="aV3">${name}</span>`;
const message = (id: number, attachments: string) =>
  `<div class="adn" data-message-id="#msg-f:${id}"><h3 class="iw"><span class="gD" email="ana@acme.com" name="Ana">Ana</span></h3>` +
  `<span class="g3" title="23 Nov 2026, 10:12"></span><div class="ii gt"><div class="a3s">Hello ${id}</div></div>${attachments}</div>`;

describe('attachment names read for the whole thread at once', () => {
  it('gives each message its own attachments, once each, and ignores chips outside any message', () => {
    const html =
      `<div role="main"><h2 class="hP" data-legacy-thread-id="abc">Files</h2>${chip('outside.pdf')}<div role="list">` +
      message(1, chip('brief.pdf') + chip('logo.png')) +
      message(2, '') +
      `<div>${chip('between.pdf')}</div>` +
      message(3, `<div>${chip('invoice.pdf')}</div>`) +
      // A chip without download_url before a download link, and one element that both selectors match: document order, once.
      message(4, '<span class="aV3">notes.txt</span>' + chip('plan.pdf') + '<span class="aZo aV3" download_url="text/plain:both.txt:u"></span>') +
      `</div></div>`;
    const doc = new JSDOM(html).window.document;
    const thread = readGmailThread(doc, { viewerTimeZone: 'Europe/Madrid' })!;
    expect(thread.messages.map((m) => m.attachments)).toEqual([['brief.pdf', 'logo.png'], [], ['invoice.pdf'], ['notes.txt', 'plan.pdf', 'both.txt']]);
    const alone = [...doc.querySelectorAll('div.adn')].map(
      (el, index) => readGmailMessage(el, { account: null, viewerTimeZone: 'Europe/Madrid', index }).message.attachments,
    );
    expect(thread.messages.map((m) => m.attachments)).toEqual(alone);
  });
});
