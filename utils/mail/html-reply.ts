// Splits an HTML mail body into new text, quoted history and signature: the mail's own structure first
// (gmail_quote, blockquote, Outlook's reply header, gmail_signature), then the text rules of splitReply for history
// and signatures that arrived flattened into the text. Reads text only; the element is never changed.
import { GMAIL } from './gmail/selectors';
import { textOf } from './html-text';
import { type SplitReply, splitReply } from './split-reply';

const QUOTE_SELECTOR = GMAIL.quote.join(',');
const SIGNATURE_SELECTOR = GMAIL.signature.join(',');
const CHROME_SELECTOR = GMAIL.bodyChrome.join(',');

/** Elements of `body` matching `selector` that are not inside another match (or inside `exclude`). */
function outermost(body: Element, selector: string, exclude: Set<Element> = new Set()): Element[] {
  const all = Array.from(body.querySelectorAll(selector));
  const chosen = new Set<Element>();
  for (const el of all) {
    let inside = false;
    for (let up = el.parentElement; up && up !== body; up = up.parentElement) {
      if (chosen.has(up) || exclude.has(up)) {
        inside = true;
        break;
      }
    }
    if (!inside && !exclude.has(el)) chosen.add(el);
  }
  return [...chosen];
}

function joinParts(parts: string[], separator: string): string {
  return parts.filter((p) => p.trim() !== '').join(separator);
}

export function splitHtmlReply(body: Element): SplitReply {
  const quotes = outermost(body, QUOTE_SELECTOR);
  const quoteSet = new Set(quotes);
  const signatures = outermost(body, SIGNATURE_SELECTOR, quoteSet);
  const skipped = new Set([...quotes, ...signatures, ...Array.from(body.querySelectorAll(CHROME_SELECTOR))]);
  const rest = textOf(body, { skip: (el) => skipped.has(el) });
  const split = splitReply(rest);
  const structuralSignature = signatures.map((el) => textOf(el)).join('\n');
  return {
    body: split.body,
    quoted: joinParts([split.quoted, quotes.map((el) => textOf(el)).join('\n')], '\n\n'),
    signature: joinParts([structuralSignature, split.signature], '\n'),
  };
}

