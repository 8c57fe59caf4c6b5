import { db } from '@/utils/agreements/db';
import type { BackupProblem } from '@/utils/agreements/backup';
import * as repository from '@/utils/agreements/repository';
import type { Agreement, Client, Provider } from '@/utils/agreements/schema';
import { withoutWords } from '@/utils/agreements/search-keys';
import { saveProvider } from '@/utils/agreements/workspace';

// The options page's writes, through the core's repository (one validation, one normalisation). A refused save
// becomes an error carrying the problems, so every caller reports failures the same way.

export type Deleted = repository.Deleted;

export class SaveRefused extends Error {
  constructor(readonly problems: BackupProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    this.name = 'SaveRefused';
  }
}

function orThrow<T extends { ok: boolean }>(result: T): T {
  if (!result.ok) throw new SaveRefused((result as unknown as { problems: BackupProblem[] }).problems);
  return result;
}

export async function persistProvider(provider: Provider): Promise<void> {
  orThrow(await saveProvider(db, provider));
}

export async function persistClient(client: Client): Promise<void> {
  orThrow(await repository.saveClient(db, client));
}

export async function persistAgreement(agreement: Agreement): Promise<void> {
  orThrow(await repository.saveAgreement(db, agreement));
}

export async function setInvoicePaid(agreementId: string, invoice: string, paidAt: string | null): Promise<void> {
  if (!(await repository.markInvoicePaid(db, agreementId, invoice, paidAt))) {
    throw new SaveRefused([{ path: 'invoices', message: `no invoice ${invoice} in this agreement` }]);
  }
}

export const removeClient = (id: string) => repository.deleteClient(db, id);
export const removeAgreement = (id: string) => repository.deleteAgreement(db, id);
export const undoRemoval = (deleted: Deleted) => repository.undoDelete(db, deleted);

export function newId(prefix: 'c' | 'a'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** A stored record as the form edits it: the plain schema shape, without search keys. */
export function editable<T extends { words?: string[] }>(record: T): Record<string, unknown> {
  return withoutWords(record) as Record<string, unknown>;
}
