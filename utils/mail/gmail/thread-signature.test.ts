// The fingerprint the content script compares before reading a thread again: equal only while the thread would read
// the same. Checked on a saved page with jsdom, as the content script sees Gmail.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { gmailThreadSignature } from './read-thread';

const page = (file: string) =>
  new JSDOM(readFileSync(new URL(`../../../test/fixtures/gmail/${file}`, import.meta.url), 'utf8')).window.document;

describe('gmailThreadSignature', () => {
  it('stays the same while Gmail changes the page outside the thread', () => {
    const doc = page('thread-en-payment-delay.html');
    const first = gmailThreadSignature(doc);
    expect(first).toBeTruthy();
    doc.body.append(doc.createElement('div'));
    doc.querySelector('[role=navigation], header, [role=banner]')?.append(doc.createElement('span'));
    expect(gmailThreadSignature(doc)).toBe(first);
  });

  it('changes when a message is added, expanded or its text changes', () => {
    const doc = page('thread-en-payment-delay.html');
    const messages = () => [...doc.querySelectorAll('div.adn[data-message-id]')].filter((m) => m.closest('[role=main]'));
    let last = gmailThreadSignature(doc);
    const expectChanged = () => {
      const next = gmailThreadSignature(doc);
      expect(next).not.toBe(last);
      last = next;
    };

    const body = messages().at(-1)!.querySelector('div.a3s')!;
    body.append(doc.createElement('div')); // Gmail shows trimmed content, or expands a message
    expectChanged();
    body.firstChild!.textContent += ' and one more thing'; // same elements, different text
    expectChanged();
    const copy = messages().at(-1)!.cloneNode(true) as Element;
    copy.setAttribute('data-message-id', '#msg-f:1');
    messages().at(-1)!.after(copy); // a reply arrives
    expectChanged();
  });

  it('is null when no thread is open', () => {
    expect(gmailThreadSignature(page('not-a-thread-inbox-2014.html'))).toBeNull();
  });
});
