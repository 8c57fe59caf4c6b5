// Compatibility mode: for webmail pages the Gmail adapter does not know (Outlook on the web first), Mozilla's
// Readability finds the open message's text so the panel still works. It runs on a copy of the page's main region,
// so the page itself is never touched, and its result stays a DOM node that is only read as text.
import { Readability } from '@mozilla/readability';
import { textOf } from './html-text';
import { splitReply } from './split-reply';
import type { MailThread, Person } from './thread';

const MAIN_REGION = ['[role=main]', 'main', '#ReadingPaneContainerId', '[aria-label="Reading Pane"]'];
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const MAX_ELEMENTS = 20_000;

export const COMPATIBILITY_PROBLEM =
  'Compatibility mode: this page is not a Gmail thread Clausemate knows, so only the open message’s text was read ' +
  '(its sender and time may be missing).';

function mainRegion(doc: Document): Element | null {
  for (const selector of MAIN_REGION) {
    const found = doc.querySelector(selector);
    if (found && (found.textContent ?? '').trim().length > 0) return found;
  }
  return doc.body;
}

/** The sender, when the region names one as "Name <address>", a mailto: link, or an element titled with an address. */
function findSender(region: Element): Person {
  const titled = region.querySelector('[title*="@"]');
  const mailto = region.querySelector('a[href^="mailto:"]');
  const fromAttr = titled?.getAttribute('title') ?? mailto?.getAttribute('href')?.slice(7) ?? '';
  const text = (region.textContent ?? '').slice(0, 5000);
  const named = /([^\n<>]{1,60}?)\s*<\s*([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})\s*>/.exec(text);
  const email = (EMAIL.exec(fromAttr)?.[0] ?? named?.[2] ?? '').toLowerCase();
  const name = (titled?.textContent ?? mailto?.textContent ?? named?.[1] ?? '').replace(/\s+/g, ' ').trim();
  return { name: name.includes('@') ? '' : name, email };
}

export function readCompatibilityPage(doc: Document, url: string): MailThread | null {
  try {
    const region = mainRegion(doc);
    if (!region || region.getElementsByTagName('*').length > MAX_ELEMENTS) return null;
    // Readability rewrites the document it is given: hand it a fresh document holding a copy of the region.
    const copy = doc.implementation.createHTMLDocument(doc.title ?? '');
    copy.body.appendChild(copy.importNode(region, true));
    const article = new Readability<Node>(copy, { serializer: (node) => node, charThreshold: 20 }).parse();
    const content = article?.content;
    if (!content) return null;
    const text = textOf(content);
    if (text.trim() === '') return null;
    const parts = splitReply(text);
    const from = findSender(region);
    return {
      id: '',
      // The reading pane's own heading names the message; the window title names the app.
      subject: (region.querySelector('h1, h2, h3, [role=heading]')?.textContent || article.title || doc.title || '').replace(/\s+/g, ' ').trim(),
      url,
      source: 'compatibility',
      messages: [
        { id: 'compatibility-1', from, to: [], sentAt: null, ...parts, attachments: [], fromMe: false, partial: false },
      ],
      problems: [COMPATIBILITY_PROBLEM],
    };
  } catch {
    return null;
  }
}
