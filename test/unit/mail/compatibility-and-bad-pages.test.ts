// Pages the Gmail adapter does not know: the real 2014 inbox (not a thread), a Gmail page with unknown markup, an
// Outlook-on-the-web reading pane, and broken or empty documents. Nothing throws; the page is never changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readGmailThread } from '../../../utils/mail/gmail/read-thread';
import { COMPATIBILITY_PROBLEM, readCompatibilityPage } from '../../../utils/mail/readability-reader';

const FIXTURES = fileURLToPath(new URL('../../fixtures', import.meta.url));
const load = (path: string, url = 'https://mail.google.com/mail/u/0/#inbox') =>
  new JSDOM(readFileSync(join(FIXTURES, path), 'utf8'), { url }).window.document;

describe('a page that is not a Gmail thread', () => {
  it('reads nothing from the real 2014 inbox list and leaves it untouched', () => {
    const doc = load('gmail/not-a-thread-inbox-2014.html');
    const before = doc.documentElement.outerHTML;
    expect(readGmailThread(doc, { viewerTimeZone: 'Europe/Madrid' })).toBeNull();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads nothing as Gmail from a Gmail page whose markup it does not know, and the compatibility reader reads it', () => {
    const doc = load('gmail/gmail-unknown-layout.html', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQfBsmLcKxz');
    expect(readGmailThread(doc, { viewerTimeZone: 'Europe/Madrid' })).toBeNull();
    const thread = readCompatibilityPage(doc, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQfBsmLcKxz')!;
    expect(thread.source).toBe('compatibility');
    expect(thread.problems).toEqual([COMPATIBILITY_PROBLEM]);
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0].from).toEqual({ name: 'Ana Torres', email: 'ana@acme.com' });
    expect(thread.messages[0].body).toContain('¿Podrías añadir también dos páginas más para la campaña de Navidad?');
  });
});

describe('Outlook on the web, in compatibility mode', () => {
  const url = 'https://outlook.office.com/mail/inbox/id/AAQkAGI2';
  const doc = load('mail/outlook-web-message.html', url);
  const before = doc.documentElement.outerHTML;
  const thread = readCompatibilityPage(doc, url)!;
  const [message] = thread.messages;

  it('finds the open message, its sender and its new text, without the folder list or message list', () => {
    expect(thread).toMatchObject({ source: 'compatibility', url, subject: 'Change request: extra landing page' });
    expect(message.from).toEqual({ name: 'Daniel Price', email: 'daniel@northwind.io' });
    expect(message.sentAt).toBeNull();
    expect(message.body).toBe(
      "Hi Lucía,\n\nCan you also add a second landing page for the spring campaign? It's just a copy of the first one with different text and photos, so it should be quick. We'd like it live before the campaign starts in March.\n\nThanks,\nDaniel",
    );
    expect(message.body).not.toMatch(/Inbox|Sent Items|Factura INV-042/);
  });

  it('moves the Outlook "From:/Sent:" history out of the new text', () => {
    expect(message.quoted.startsWith('From: Lucía Romero <lucia@romero.studio>\nSent: Friday, November 20, 2026 9:30 AM')).toBe(true);
    expect(message.quoted).toContain('The landing page is live on staging.');
  });

  it('never changes the page it reads', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('broken and empty documents', () => {
  const make = (html: string) => new JSDOM(html, { url: 'https://mail.google.com/mail/u/0/#inbox/abc' }).window.document;

  it('returns null for an empty page', () => {
    expect(readGmailThread(make(''), { viewerTimeZone: 'Europe/Madrid' })).toBeNull();
    expect(readCompatibilityPage(make(''), 'about:blank')).toBeNull();
  });

  it('says so when a thread has a subject but no messages', () => {
    const thread = readGmailThread(make('<div role="main"><h2 class="hP" data-legacy-thread-id="abc">Hola</h2></div>'), {
      viewerTimeZone: 'Europe/Madrid',
    })!;
    expect(thread).toMatchObject({ id: 'abc', subject: 'Hola', messages: [] });
    expect(thread.problems).toContain('No messages were found in this thread.');
    expect(thread.problems).toContain('The signed-in account could not be found, so your own messages are not marked.');
  });

  it('reports a message it cannot date or attribute instead of inventing it', () => {
    const thread = readGmailThread(
      make('<div role="main"><h2 class="hP">S</h2><div class="adn" data-message-id="#msg-f:12"><span class="g3" title="yesterday-ish">?</span><div class="ii gt"><div class="a3s">Hi</div></div></div></div>'),
      { viewerTimeZone: 'Europe/Madrid' },
    )!;
    expect(thread.messages[0]).toMatchObject({ body: 'Hi', sentAt: null, from: { name: '', email: '' } });
    expect(thread.problems).toContain('Message 1: the sender could not be read.');
    expect(thread.problems).toContain('Message 1: its date "yesterday-ish" could not be read.');
  });
});

describe('the signed-in user as Gmail names them', () => {
  const page = (account: string, senderName: string) =>
    new JSDOM(
      `<title>Factura - lucia@romero.studio - Gmail</title>${account}<div role="main"><h2 class="hP">Factura</h2>` +
        `<div class="adn" data-message-id="#msg-f:1"><h3 class="iw"><span class="gD" email="Lucia@Romero.Studio" name="${senderName}">${senderName}</span></h3>` +
        `<span class="g3" title="23 nov 2026, 10:12"></span><div class="ii gt"><div class="a3s">Hola</div></div></div></div>`,
    ).window.document;

  it.each(['me', 'yo', '我'])('reads "%s" as the account’s own name and marks the message as hers', (name) => {
    const account = '<a href="https://accounts.google.com/SignOutOptions?hl=es" aria-label="Cuenta de Google: Lucía Romero  (lucia@romero.studio)">LR</a>';
    const [message] = readGmailThread(page(account, name), { viewerTimeZone: 'Europe/Madrid' })!.messages;
    expect(message.from).toEqual({ name: 'Lucía Romero', email: 'lucia@romero.studio' });
    expect(message.fromMe).toBe(true);
  });

  it('falls back to the address in the window title when the account button is missing', () => {
    const thread = readGmailThread(page('', 'yo'), { viewerTimeZone: 'Europe/Madrid' })!;
    expect(thread.messages[0].fromMe).toBe(true);
    expect(thread.problems).not.toContain('The signed-in account could not be found, so your own messages are not marked.');
  });
});
