import type { Concept } from './concepts';
import type { StoredAgreement, StoredClient } from './db';
import type { Agreement, Client } from './schema';
import { indexTokens } from './text-index';

// How a client or agreement is written to the database: addresses and domains lower-cased for the multi-entry
// indexes, and `words` filled with the search keys of everything the popup search looks at.

export function normaliseClient(client: Client): StoredClient {
  const { words: _old, ...plain } = client as StoredClient;
  const emails = [...new Set((plain.emails ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const domains = [...new Set((plain.domains ?? []).map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean))];
  const clean: Client = { ...plain, emails, domains };
  const words = new Set(indexTokens([clean.name, ...emails, ...domains, clean.notes ?? ''].join(' ')));
  return { ...clean, words: [...words] };
}

/** The index key marking that an agreement states a term of this concept (one key, not all its words). */
export function conceptKey(concept: Concept): string {
  return `~${concept}`;
}

/** The concepts an agreement states a term for: they make "horario" or "付款" find its key-terms card. */
export function termConcepts(agreement: Agreement): Concept[] {
  const out: Concept[] = [];
  const m = agreement.money;
  if (agreement.hours) out.push('hours');
  if (agreement.hours?.afterHours) out.push('after_hours');
  if (m?.netDays !== undefined || (agreement.invoices ?? []).length) out.push('payment', 'invoice');
  if (m?.lateFee || m?.stopWorkAfterDays !== undefined) out.push('late_fee');
  if (m?.depositPercent !== undefined) out.push('deposit');
  if (agreement.scope?.revisionRounds !== undefined || m?.extraRoundRate !== undefined) out.push('revisions');
  if (m?.hourlyRate !== undefined || m?.changeRequestRate !== undefined || m?.fee !== undefined) out.push('rates');
  if (m?.changeRequestRate !== undefined) out.push('change');
  if (m?.rushFeePercent !== undefined) out.push('rush');
  if ((agreement.scope?.deliverables ?? []).length || (agreement.scope?.exclusions ?? []).length) out.push('scope');
  if ((agreement.clientObligations ?? []).length) out.push('obligations');
  return out;
}

export function normaliseAgreement(agreement: Agreement): StoredAgreement {
  const { words: _old, ...plain } = agreement as StoredAgreement;
  const text = [
    plain.title,
    ...(plain.scope?.deliverables ?? []),
    ...(plain.scope?.exclusions ?? []),
    ...(plain.clientObligations ?? []).map((o) => o.what),
    ...(plain.clauses ?? []).flatMap((c) => [c.number, c.heading ?? '', c.text]),
    ...(plain.invoices ?? []).map((i) => i.number),
  ].join(' \n ');
  return { ...plain, words: [...indexTokens(text), ...termConcepts(plain).map(conceptKey)] };
}

/** The record as the backup file holds it: without the search keys. */
export function withoutWords<T extends { words?: string[] }>(record: T): Omit<T, 'words'> {
  const { words: _w, ...rest } = record;
  return rest;
}
