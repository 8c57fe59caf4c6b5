import type { Concept } from './concepts';
import type { StoredAgreement, StoredClient } from './db';
import type { Agreement, Client } from './schema';
import { indexTokens } from './text-index';

// How a client or agreement is written to the database (addresses and domains lower-cased for the multi-entry
// indexes) and the search keys of everything the popup search looks at in it.

export function normaliseClient(client: Client): StoredClient {
  const { words: _old, ...plain } = client as StoredClient;
  const emails = [...new Set((plain.emails ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const domains = [...new Set((plain.domains ?? []).map((d) => d.trim().toLowerCase().replace(/^@/, '')).filter(Boolean))];
  return { ...plain, emails, domains };
}

export function normaliseAgreement(agreement: Agreement): StoredAgreement {
  const { words: _old, ...plain } = agreement as StoredAgreement;
  return plain;
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

export function clientSearchKeys(client: Client): string[] {
  return indexTokens([client.name, ...(client.emails ?? []), ...(client.domains ?? []), client.notes ?? ''].join(' '));
}

export function agreementSearchKeys(agreement: Agreement): string[] {
  const text = [
    agreement.title,
    ...(agreement.scope?.deliverables ?? []),
    ...(agreement.scope?.exclusions ?? []),
    ...(agreement.clientObligations ?? []).map((o) => o.what),
    ...(agreement.clauses ?? []).flatMap((c) => [c.number, c.heading ?? '', c.text]),
    ...(agreement.invoices ?? []).map((i) => i.number),
  ].join(' \n ');
  return [...indexTokens(text), ...termConcepts(agreement).map(conceptKey)];
}

/** The record as the backup file holds it: without any stored-only field. */
export function withoutWords<T extends { words?: string[] }>(record: T): Omit<T, 'words'> {
  const { words: _w, ...rest } = record;
  return rest;
}
