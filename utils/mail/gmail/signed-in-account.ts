// The signed-in user's address, as Gmail shows it: in the account button's label ("Google Account: Lucía Romero
// (lucia@romero.studio)", translated around the address) and in the window title ("Inbox - lucia@romero.studio - Gmail").
import type { Person } from '../thread';
import { GMAIL, queryAll } from './selectors';

const EMAIL = /[^\s()<>@,;:"]+@[^\s()<>@,;:"]+\.[^\s()<>@,;:"]+/;

export function findSignedInAccount(doc: Document): Person | null {
  for (const button of queryAll(doc, GMAIL.account)) {
    const label = (button.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();
    const inParens = /\(([^()]+@[^()]+)\)/.exec(label)?.[1];
    const email = (inParens ?? EMAIL.exec(label)?.[0])?.trim();
    if (!email) continue;
    // The name sits between the translated prefix (ending in ":" or "：") and the address.
    const name = label
      .replace(/\([^()]*@[^()]*\)/, '')
      .replace(/^[^:：]*[:：]\s*/, '')
      .trim();
    return { name, email: email.toLowerCase() };
  }
  const fromTitle = / - ([^\s]+@[^\s]+) - /.exec(doc.title ?? '')?.[1];
  return fromTitle ? { name: '', email: fromTitle.toLowerCase() } : null;
}
