// Reads one Gmail message element into the thread model: ids, sender, recipients, time, new text, quoted history,
// signature, attachments. Gmail's own structure (gmail_quote, blockquote, gmail_signature) decides first; the text
// rules of splitReply then handle history and signatures that arrived flattened into the text.
import { splitHtmlReply } from '../html-reply';
import { textOf } from '../html-text';
import type { MailMessage, Person } from '../thread';
import { parseGmailDateTitle, timeFromMessageId } from './gmail-dates';
import { GMAIL, elementsOf, queryAll, queryFirst } from './selectors';

export interface MessageContext {
  account: Person | null;
  /** Omitted: the runtime's own zone (see ReadGmailOptions). */
  viewerTimeZone?: string;
  /** 0-based position in the thread, for ids and problem messages. */
  index: number;
  /**
   * The message's attachment-name elements, when the caller found them for the whole thread at once (one query per
   * thread instead of one per message; most threads have none). Omitted: the message is searched.
   */
  attachmentElements?: readonly Element[];
}

export interface ReadMessage {
  message: MailMessage;
  problems: string[];
}

/** What Gmail calls the signed-in user in headers, by UI language. */
const SELF_NAMES = new Set(['me', 'yo', '我', 'moi', 'eu', 'ich', 'io', 'ik', 'mig', 'jag', '나', '自分']);

function attribute(element: Element, name: string): string | null {
  return element.getAttribute(name) ?? element.querySelector(`[${name}]`)?.getAttribute(name) ?? null;
}

function messageId(element: Element, index: number): string {
  const legacy = attribute(element, 'data-legacy-message-id');
  if (legacy && /^[0-9a-f]+$/i.test(legacy)) return legacy.toLowerCase();
  const decimal = /(\d+)/.exec(attribute(element, 'data-message-id') ?? '')?.[1];
  if (decimal) return BigInt(decimal).toString(16);
  return `message-${index + 1}`;
}

function readPerson(element: Element, account: Person | null): Person {
  const email = (element.getAttribute('email') ?? '').trim().toLowerCase();
  let name = (element.getAttribute('name') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (account && email === account.email && (name === '' || SELF_NAMES.has(name.toLowerCase()))) {
    name = account.name || name;
  }
  return { name: name || email, email };
}

/**
 * Every element under `root` that any attachment selector matches, in document order (a name found twice, in
 * download_url and in its chip, is kept once later). One query per selector: Chromium matches a selector list such as
 * "a, b" on a slow path, ten times slower than the two selectors queried apart (0.2-0.28 vs 0.02 ms on the
 * 50-message bench thread).
 */
export function attachmentElements(root: ParentNode): Element[] {
  const lists = GMAIL.attachmentName.map((selector) => root.querySelectorAll(selector)).filter((list) => list.length > 0);
  if (lists.length === 0) return [];
  if (lists.length === 1) return elementsOf(lists[0]);
  const all = [...new Set(lists.flatMap(elementsOf))];
  return all.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1));
}

function attachmentNames(elements: readonly Element[]): string[] {
  if (elements.length === 0) return [];
  const names = elements.map((el) => {
    const url = el.getAttribute('download_url');
    // download_url is "mime:name:url"; the name has no colon in practice, the URL does.
    return (url ? url.split(':')[1] : el.textContent)?.trim() ?? '';
  });
  return [...new Set(names.filter(Boolean))];
}

export function readGmailMessage(element: Element, ctx: MessageContext): ReadMessage {
  const problems: string[] = [];
  const senderElement = queryFirst(element, GMAIL.sender);
  const from = senderElement ? readPerson(senderElement, ctx.account) : { name: '', email: '' };
  const label = `Message ${ctx.index + 1}${from.name ? ` from ${from.name}` : ''}`;
  if (!senderElement) problems.push(`${label}: the sender could not be read.`);

  const seen = new Set<string>();
  const to = queryAll(element, GMAIL.recipients)
    .filter((el) => el !== senderElement)
    .map((el) => readPerson(el, ctx.account))
    .filter((p) => p.email && !seen.has(p.email) && seen.add(p.email));

  const dateElement = queryFirst(element, GMAIL.date);
  const title = dateElement?.getAttribute('title') || dateElement?.getAttribute('alt') || '';
  let sentAt = title ? parseGmailDateTitle(title, ctx.viewerTimeZone) : null;
  if (!sentAt) {
    sentAt = timeFromMessageId(attribute(element, 'data-message-id') ?? '');
    const why = title ? `its date "${title.slice(0, 60)}" could not be read` : 'it shows no full date';
    problems.push(sentAt ? `${label}: ${why}; the time was estimated from Gmail's message id.` : `${label}: ${why}.`);
  }

  const bodyElement = queryFirst(element, GMAIL.body);
  let parts: Pick<MailMessage, 'body' | 'quoted' | 'signature'>;
  let partial = false;
  if (bodyElement) {
    parts = splitHtmlReply(bodyElement);
  } else {
    // Collapsed: Gmail shows only a snippet, and we never click to expand it.
    const snippet = queryFirst(element, GMAIL.snippet);
    parts = { body: snippet ? textOf(snippet) : '', quoted: '', signature: '' };
    partial = true;
    problems.push(`${label} is collapsed: only its preview could be read.`);
  }

  const fromMe = !!ctx.account && from.email !== '' && from.email === ctx.account.email;
  return {
    message: { id: messageId(element, ctx.index), from, to, sentAt, ...parts, attachments: attachmentNames(ctx.attachmentElements ?? attachmentElements(element)), fromMe, partial },
    problems,
  };
}
