// Reads the thread open in Gmail's page into the thread model. Never clicks, never throws: what cannot be read is
// listed in `problems` for the panel to say plainly.
import type { MailMessage, MailThread } from '../thread';
import { findVisibleThread } from './find-visible-thread';
import { attachmentElements, readGmailMessage } from './read-message';
import { GMAIL, queryAll } from './selectors';
import { findSignedInAccount } from './signed-in-account';

export { findVisibleThread } from './find-visible-thread';

export interface ReadGmailOptions {
  /**
   * The viewer's IANA time zone: Gmail prints times in it. Omitted: the runtime's own zone, which in the browser is
   * the viewer's, read without loading an Intl formatter (the content script's choice).
   */
  viewerTimeZone?: string;
  url?: string;
}

function subjectText(subject: Element): string {
  // Emoji in subjects are images carrying the character in an attribute.
  let text = '';
  subject.childNodes.forEach((node) => {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const el = node as Element;
      text += el.tagName === 'IMG' ? (el.getAttribute('data-emoji') ?? el.getAttribute('alt') ?? '') : (el.textContent ?? '');
    }
  });
  return text.replace(/\s+/g, ' ').trim();
}

function threadId(subject: Element, url: string): string {
  const legacy = subject.getAttribute('data-legacy-thread-id');
  if (legacy) return legacy;
  const perm = /(\d+)$/.exec(subject.getAttribute('data-thread-perm-id') ?? '')?.[1];
  if (perm) return BigInt(perm).toString(16);
  return /#[^/]+\/([A-Za-z0-9]+)/.exec(url)?.[1] ?? '';
}

/** Messages of the thread, outermost only (a message element never contains another). */
function messageElements(main: Element): Element[] {
  const all = queryAll(main, GMAIL.message);
  const kept = new Set<Element>();
  for (const el of all) {
    let nested = false;
    for (let up = el.parentElement; up && up !== main; up = up.parentElement) if (kept.has(up)) nested = true;
    if (!nested) kept.add(el);
  }
  return [...kept];
}

/** Each message's attachment-name elements, from one query over the thread (what `element.querySelectorAll` gives). */
function attachmentsByMessage(main: Element, messages: Element[]): Element[][] {
  const found = attachmentElements(main);
  const byMessage = messages.map((): Element[] => []);
  if (found.length === 0) return byMessage;
  // Both lists are in document order and messages never nest, so one pass pairs them.
  let k = 0;
  for (const el of found) {
    for (; k < messages.length; k++) {
      const message = messages[k];
      if (message === el) break; // the message element itself is not one of its descendants
      if (message.contains(el)) {
        byMessage[k].push(el);
        break;
      }
      if (message.compareDocumentPosition(el) & 2 /* DOCUMENT_POSITION_PRECEDING: el is before, outside any message */) break;
    }
  }
  return byMessage;
}

function locationOf(doc: Document): string {
  try {
    return doc.location?.href ?? '';
  } catch {
    return '';
  }
}

/**
 * A cheap fingerprint of the visible thread: its subject, and each message's ids, element count and text length.
 * Equal fingerprints mean the thread reads the same (Gmail's constant small mutations elsewhere on the page leave it
 * unchanged), so the content script can skip a full read. A relative time ("5 minutes ago") changes it now and then,
 * which only costs a read. Null when no thread is visible.
 */
export function gmailThreadSignature(doc: Document): string | null {
  try {
    const visible = findVisibleThread(doc);
    if (!visible) return null;
    let signature = `${visible.subject.textContent}`;
    for (const element of messageElements(visible.main)) {
      const ids = `${element.getAttribute('data-message-id')}|${element.getAttribute('data-legacy-message-id')}`;
      signature += `\n${ids}|${element.getElementsByTagName('*').length}|${element.textContent?.length}`;
    }
    return signature;
  } catch {
    return null;
  }
}

export function readGmailThread(doc: Document, options: ReadGmailOptions): MailThread | null {
  const url = options.url ?? locationOf(doc);
  try {
    const visible = findVisibleThread(doc);
    if (!visible) return null;
    const problems: string[] = [];
    const account = findSignedInAccount(doc);
    if (!account) problems.push('The signed-in account could not be found, so your own messages are not marked.');
    const messages: MailMessage[] = [];
    const elements = messageElements(visible.main);
    const attachments = attachmentsByMessage(visible.main, elements);
    elements.forEach((element, index) => {
      try {
        const read = readGmailMessage(element, { account, viewerTimeZone: options.viewerTimeZone, index, attachmentElements: attachments[index] });
        messages.push(read.message);
        problems.push(...read.problems);
      } catch (error) {
        problems.push(`Message ${index + 1} could not be read (${error instanceof Error ? error.message : String(error)}).`);
      }
    });
    if (elements.length === 0) problems.push('No messages were found in this thread.');
    return {
      id: threadId(visible.subject, url),
      subject: subjectText(visible.subject),
      url,
      messages,
      source: 'gmail',
      problems,
    };
  } catch (error) {
    return {
      id: '',
      subject: '',
      url,
      messages: [],
      source: 'gmail',
      problems: [`The thread could not be read (${error instanceof Error ? error.message : String(error)}).`],
    };
  }
}
