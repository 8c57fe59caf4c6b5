// Splits the text of one e-mail into what the sender newly wrote, the history they quoted and their signature.
// First version: a thin wrapper over the maintained crisp-oss `email-reply-parser`.
import EmailReplyParser from 'email-reply-parser';

export interface SplitReply {
  body: string;
  quoted: string;
  signature: string;
}

const parser = new EmailReplyParser();

function join(parts: string[]): string {
  return parts.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function splitReply(text: string): SplitReply {
  if (typeof text !== 'string' || text.trim() === '') return { body: '', quoted: '', signature: '' };
  const normalized = text.replace(/\r\n?/g, '\n');
  try {
    const body: string[] = [];
    const quoted: string[] = [];
    const signature: string[] = [];
    for (const fragment of parser.read(normalized).getFragments()) {
      const content = fragment.getContent();
      if (fragment.isQuoted()) quoted.push(content);
      else if (fragment.isSignature()) signature.push(content);
      else if (!fragment.isHidden()) body.push(content);
    }
    return { body: join(body), quoted: join(quoted), signature: join(signature) };
  } catch {
    // The parser is a third-party regex engine; on any failure keep the whole text as new text rather than lose it.
    return { body: normalized.trim(), quoted: '', signature: '' };
  }
}
