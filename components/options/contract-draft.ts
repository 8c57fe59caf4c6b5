import { parseContractText, type TermSource } from '@/utils/agreements/contract-text';

export interface ContractDraft {
  /** Agreement fields read from the text, for the form to pre-fill. */
  fields: Record<string, unknown>;
  /** Where each pre-filled term was read, shown beside the form so the user can check it against the contract. */
  sources: TermSource[];
  clauseCount: number;
}

/** Pasted or captured contract text → a pre-filled agreement draft (nothing is saved until the user confirms). */
export function draftFromContractText(text: string, fallbackTitle?: string): ContractDraft {
  const parsed = parseContractText(text);
  const { terms } = parsed;
  const fields: Record<string, unknown> = { clauses: parsed.clauses };
  const title = parsed.title ?? fallbackTitle?.trim();
  if (title) fields.title = title.slice(0, 200);
  if (parsed.language) fields.language = parsed.language;
  if (terms.currency) fields.currency = terms.currency;
  if (terms.hours && Object.keys(terms.hours).length) fields.hours = { ...terms.hours };
  if (terms.scope?.revisionRounds !== undefined) fields.scope = { deliverables: [], exclusions: [], revisionRounds: terms.scope.revisionRounds };
  if (terms.money && Object.keys(terms.money).length) fields.money = { ...terms.money };
  return { fields, sources: parsed.sources, clauseCount: parsed.clauses.length };
}
