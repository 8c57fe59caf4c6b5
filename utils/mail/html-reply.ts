// Splits an HTML mail body into new text, quoted history and signature: the mail's own structure first
// (gmail_quote, blockquote, Outlook's reply header, gmail_signature), then the text rules of splitReply for history
// and signatures that arrived flattened into the text. Reads text only; the element is never changed.
import { BODY_PARTS } from './gmail/selectors';
import { textsOf } from './html-text';
import { type SplitReply, splitReply } from './split-reply';

const BODY = 0;
const QUOTE = 1;
const SIGNATURE = 2;
const LEAVE_OUT = -1;

function hasClass(className: string, names: readonly string[]): boolean {
  if (className === '') return false;
  const padded = ` ${className} `;
  return names.some((name) => padded.includes(` ${name} `));
}

/** Which part of the mail an element's subtree belongs to (undefined: the part it sits in). Called per element. */
function route(element: Element, tag: string): number | undefined {
  if ((BODY_PARTS.quoteTags as readonly string[]).includes(tag)) return QUOTE;
  const className = element.className;
  if (typeof className === 'string' && className !== '') {
    if (hasClass(className, BODY_PARTS.quoteClasses)) return QUOTE;
    if (hasClass(className, BODY_PARTS.signatureClasses)) return SIGNATURE;
    if (hasClass(className, BODY_PARTS.chromeClasses)) return LEAVE_OUT;
  }
  if (tag === 'DIV' && (BODY_PARTS.quoteIds as readonly string[]).includes(element.id)) return QUOTE;
  return undefined;
}

function joinParts(parts: string[], separator: string): string {
  return parts.filter((p) => p.trim() !== '').join(separator);
}

export function splitHtmlReply(body: Element): SplitReply {
  const [rest, quoted, signature] = textsOf(body, 3, route);
  const split = splitReply(rest);
  return {
    body: split.body,
    quoted: joinParts([split.quoted, quoted], '\n\n'),
    signature: joinParts([signature, split.signature], '\n'),
  };
}
