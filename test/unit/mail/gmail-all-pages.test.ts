// Every saved thread page, read with jsdom as the content script reads Gmail, compared with the spec it was built
// from: the exact messages, senders, times (Europe/Madrid viewer), new text, signatures and attachments.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readGmailThread } from '../../../utils/mail/gmail/read-thread';
import { ALL_PAGES } from '../../fixtures/gmail/all-pages';
import { LUCIA, VIEWER_TIME_ZONE, expectedBody, expectedSignature } from '../../fixtures/gmail/page-spec';

const PAGES = fileURLToPath(new URL('../../fixtures/gmail', import.meta.url));

describe.each(ALL_PAGES.map((spec) => [spec.file, spec] as const))('%s', (file, spec) => {
  const html = readFileSync(join(PAGES, file), 'utf8');
  const dom = new JSDOM(html, { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQfBsmLcKxzGnLbwRqJ' });
  const before = dom.window.document.documentElement.outerHTML;
  const thread = readGmailThread(dom.window.document, { viewerTimeZone: VIEWER_TIME_ZONE })!;

  it('reads the visible thread with all its messages', () => {
    expect(thread.source).toBe('gmail');
    expect(thread.subject).toBe(spec.subject);
    expect(thread.messages).toHaveLength(spec.messages.length);
  });

  it('reads each sender, time, and whether it is Lucía’s own', () => {
    thread.messages.forEach((m, i) => {
      const s = spec.messages[i];
      expect(m.from).toEqual(s.from);
      expect(m.fromMe).toBe(s.from.email === LUCIA.email);
      expect(m.sentAt).toBe(new Date(s.sentAtUtc).toISOString());
      expect(m.partial).toBe(!!s.collapsed);
      if (!s.collapsed) expect(m.to).toEqual(s.to);
    });
  });

  it('reads each message’s new text, signature, quoted history and attachments apart', () => {
    thread.messages.forEach((m, i) => {
      const s = spec.messages[i];
      expect(m.body).toBe(expectedBody(s));
      expect(m.signature).toBe(expectedSignature(s));
      expect(m.attachments).toEqual(s.collapsed ? [] : (s.attachments ?? []));
      if (s.quote && !s.collapsed) expect(m.quoted.startsWith(s.quote.header.replace(/\u202f/g, ' '))).toBe(true);
      else expect(m.quoted).toBe('');
    });
  });

  it('says plainly what it could only partly read, and nothing else', () => {
    const expected = spec.messages.flatMap((s, i) => {
      const label = `Message ${i + 1} from ${s.from.name}`;
      return [
        ...(s.noTitle ? [`${label}: it shows no full date; the time was estimated from Gmail's message id.`] : []),
        ...(s.collapsed ? [`${label} is collapsed: only its preview could be read.`] : []),
      ];
    });
    expect(thread.problems).toEqual(expected);
  });

  it('leaves the page exactly as it was', () => {
    expect(dom.window.document.documentElement.outerHTML).toBe(before);
  });
});
