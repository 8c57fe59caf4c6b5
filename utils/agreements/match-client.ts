import type { ClientMatch } from '../analysis/analysis';
import type { ClausemateDatabase, StoredAgreement, StoredClient } from './db';
import { domainChain, isPublicMailDomain } from './public-domains';
import type { Agreement, Client } from './schema';
import { withoutWords } from './search-keys';

// Which client a sender belongs to: their exact address first, then their domain (the most specific one a client
// claims; never a public mail domain), then that client's active agreement. When two clients claim the same address
// or domain the answer is 'ambiguous' with both — the panel shows the choice, we do not guess.

/** "Ana <Ana@Acme.com>" → "ana@acme.com"; the part after the last @ is the domain. */
export function parseSender(raw: string): { email: string; domain: string } {
  const text = typeof raw === 'string' ? raw.trim() : '';
  const angled = /<([^<>]*)>/.exec(text);
  const email = (angled ? angled[1]! : text).trim().replace(/^mailto:/i, '').toLowerCase();
  const at = email.lastIndexOf('@');
  const domain = at >= 0 ? email.slice(at + 1).replace(/\.$/, '') : '';
  return { email, domain };
}

/** The agreement that governs now: the active one (the latest by start, then signature), else the latest draft. */
export function activeAgreementOf(clientId: string, agreements: Agreement[]): Agreement | null {
  const mine = agreements.filter((a) => a.clientId === clientId);
  const latest = (list: Agreement[]) =>
    [...list].sort((a, b) => (b.start ?? b.signedAt ?? '').localeCompare(a.start ?? a.signedAt ?? ''))[0] ?? null;
  return latest(mine.filter((a) => (a.status ?? 'active') === 'active')) ?? latest(mine.filter((a) => a.status === 'draft'));
}

function byEmail<C extends Client>(email: string, clients: C[]): C[] {
  return clients.filter((c) => (c.emails ?? []).some((e) => e.toLowerCase() === email));
}

/** Candidates at the most specific level of the sender's domain that any client claims. */
function byDomain<C extends Client>(domain: string, clients: C[]): C[] {
  for (const level of domainChain(domain)) {
    const found = clients.filter((c) => (c.domains ?? []).some((d) => d.toLowerCase() === level));
    if (found.length) return found;
  }
  return [];
}

function settle(
  found: Client[],
  by: 'email' | 'domain',
  agreementsOf: (clientId: string) => Agreement | null,
): ClientMatch | null {
  if (found.length === 1) return { status: 'matched', by, client: found[0]!, agreement: agreementsOf(found[0]!.id) };
  if (found.length > 1) return { status: 'ambiguous', candidates: found };
  return null;
}

export function matchClient(email: string, clients: Client[], agreements: Agreement[]): ClientMatch {
  const sender = parseSender(email);
  const publicDomain = sender.domain ? isPublicMailDomain(sender.domain) : false;
  const none: ClientMatch = { status: 'none', email: sender.email, domain: sender.domain, publicDomain };
  if (!sender.email.includes('@')) return none;
  const agreementOf = (id: string) => activeAgreementOf(id, agreements);
  return (
    settle(byEmail(sender.email, clients), 'email', agreementOf) ??
    (publicDomain ? null : settle(byDomain(sender.domain, clients), 'domain', agreementOf)) ??
    none
  );
}

/**
 * matchClient against the database through the multi-entry indexes `*emails` and `*domains` (no table scan): one
 * index lookup for the address, one for the domain chain, one for the client's agreements.
 */
export async function findClientForSender(db: ClausemateDatabase, email: string): Promise<ClientMatch> {
  const sender = parseSender(email);
  const publicDomain = sender.domain ? isPublicMailDomain(sender.domain) : false;
  const none: ClientMatch = { status: 'none', email: sender.email, domain: sender.domain, publicDomain };
  if (!sender.email.includes('@')) return none;
  const chain = publicDomain ? [] : domainChain(sender.domain);

  // One read transaction; the address and domain lookups go out together.
  return db.transaction('r', [db.clients, db.agreements], async () => {
    // One equals() per domain level: each is a single getAll, where anyOf() walks a cursor.
    const [byAddress, ...byLevel] = await Promise.all([
      db.clients.where('emails').equals(sender.email).toArray(),
      ...chain.map((level) => db.clients.where('domains').equals(level).toArray()),
    ]);
    const byDomains: StoredClient[] = byLevel.flat();
    const by: 'email' | 'domain' = byAddress.length ? 'email' : 'domain';
    const found = byAddress.length ? byAddress : byDomain(sender.domain, byDomains);
    const clients = found.map((c) => withoutWords(c) as Client);
    if (clients.length > 1) return { status: 'ambiguous', candidates: clients } satisfies ClientMatch;
    if (clients.length === 0) return none;
    const agreements: StoredAgreement[] = await db.agreements.where('clientId').equals(clients[0]!.id).toArray();
    return {
      status: 'matched',
      by,
      client: clients[0]!,
      agreement: activeAgreementOf(clients[0]!.id, agreements.map((a) => withoutWords(a) as Agreement)),
    } satisfies ClientMatch;
  });
}
