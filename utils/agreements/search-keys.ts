import type { Concept } from './concepts';
import type { StoredAgreement, StoredClient } from './db';
import type { Agreement, Client } from './schema';
import { addIndexTokens } from './text-index';

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

/** Everything searchable in a client, as one text. */
export function clientSearchText(client: Client): string {
  return [client.name, ...(client.emails ?? []), ...(client.domains ?? []), client.notes ?? ''].join(' \n ');
}

/** Everything searchable in an agreement, as one text, ending with the marker keys of the terms it states. */
export function agreementSearchText(agreement: Agreement): string {
  return [
    agreement.title,
    ...(agreement.scope?.deliverables ?? []),
    ...(agreement.scope?.exclusions ?? []),
    ...(agreement.clientObligations ?? []).map((o) => o.what),
    ...(agreement.clauses ?? []).flatMap((c) => [c.number, c.heading ?? '', c.text]),
    ...(agreement.invoices ?? []).map((i) => i.number),
    termConcepts(agreement).map(conceptKey).join(' '),
  ].join(' \n ');
}

/** The search keys of a search text: its words and Chinese bigrams, and the "~concept" markers kept whole. */
export function keysOfSearchText(text: string): string[] {
  return [...searchKeySet(text)];
}

/** The same keys as a set, built in one pass: what the index compares old and new keys with. */
export function searchKeySet(text: string): Set<string> {
  const keys = addIndexTokens(text, new Set<string>());
  if (text.includes('~')) for (const marker of text.match(/~[a-z_]+/g) ?? []) keys.add(marker);
  return keys;
}

export function clientSearchKeys(client: Client): string[] {
  return keysOfSearchText(clientSearchText(client));
}

export function agreementSearchKeys(agreement: Agreement): string[] {
  return keysOfSearchText(agreementSearchText(agreement));
}

/** A short digest of a search text (FNV-1a, 32 bits, twice with different seeds): equal texts, equal digests. */
export function digestOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/** The record as the backup file holds it: without any stored-only field. */
export function withoutWords<T extends { words?: string[] }>(record: T): Omit<T, 'words'> {
  const { words: _w, ...rest } = record;
  return rest;
}
