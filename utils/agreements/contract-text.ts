import { splitClauses } from './contract-clauses';
import { readHours } from './contract-hours';
import { readCurrency, readSentenceTerms, type ContractTerms, type TermField, type TermSource } from './contract-terms';
import type { Clause, Language } from './schema';

// Pasted (or captured) contract text → numbered clauses and the terms it states, for the agreement form to pre-fill
// and the user to confirm. Every found term keeps the sentence and clause it came from so the form can show it.

export type { ContractTerms, TermField, TermSource };

export interface ParsedContract {
  clauses: Clause[];
  terms: ContractTerms;
  /** Where each pre-filled term was read: the sentence and its clause number. */
  sources: TermSource[];
  title?: string;
  language?: Language;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+(?=[\p{Lu}\p{Script=Han}¿¡("“])|(?<=[。！？；])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function detectLanguage(text: string): Language | undefined {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const letters = (text.match(/[A-Za-zÀ-ÿ]/g) ?? []).length;
  if (han === 0 && letters === 0) return undefined;
  if (han > letters / 4) return /[們這個說為與後條約]/u.test(text) && !/[们这个说为与后条约]/u.test(text) ? 'zh-Hant' : 'zh';
  const spanish = (text.match(/\b(el|la|los|las|del|que|por|para|cliente|días|pago|cláusula|será|deberá)\b/giu) ?? []).length;
  const english = (text.match(/\b(the|and|of|shall|will|client|days|payment|clause|within)\b/giu) ?? []).length;
  return spanish > english ? 'es' : 'en';
}

/** Copies into `into` the fields of `from` that `into` does not have yet: the first statement of a term wins. */
function mergeMissing(into: ContractTerms, from: ContractTerms): TermField[] {
  const added: TermField[] = [];
  if (from.currency && !into.currency) into.currency = from.currency;
  for (const [key, field] of [['days', 'days'], ['start', 'hours'], ['end', 'hours'], ['timezone', 'timezone']] as const) {
    const v = from.hours?.[key];
    if (v !== undefined && into.hours?.[key] === undefined) {
      into.hours = { ...into.hours, [key]: v };
      if (!added.includes(field)) added.push(field);
    }
  }
  if (from.scope?.revisionRounds !== undefined && into.scope?.revisionRounds === undefined) {
    into.scope = { ...into.scope, revisionRounds: from.scope.revisionRounds };
    added.push('revisionRounds');
  }
  const money = from.money ?? {};
  for (const key of ['fee', 'hourlyRate', 'changeRequestRate', 'rushFeePercent', 'depositPercent', 'netDays', 'stopWorkAfterDays', 'extraRoundRate'] as const) {
    if (money[key] !== undefined && into.money?.[key] === undefined) {
      into.money = { ...into.money, [key]: money[key] };
      added.push(key);
    }
  }
  for (const key of ['percentPerMonth', 'fixed'] as const) {
    if (money.lateFee?.[key] !== undefined && into.money?.lateFee?.[key] === undefined) {
      into.money = { ...into.money, lateFee: { ...into.money?.lateFee, [key]: money.lateFee[key] } };
      if (!added.includes('lateFee')) added.push('lateFee');
    }
  }
  return added;
}

/** Splits contract text into clauses and reads the terms it states. Never throws; empty input gives empty results. */
export function parseContractText(text: string): ParsedContract {
  const input = typeof text === 'string' ? text.slice(0, 500_000) : '';
  const { preamble, clauses: numbered } = splitClauses(input);
  let clauses = numbered;
  if (clauses.length === 0) {
    // No numbering: each paragraph becomes a clause, numbered in order, for the user to renumber if they wish.
    const paragraphs = input.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const body = paragraphs.length > 1 && paragraphs[0]!.length <= 100 ? paragraphs.slice(1) : paragraphs;
    clauses = body.map((p, i) => ({ number: String(i + 1), text: p }));
  }
  const terms: ContractTerms = {};
  const sources: TermSource[] = [];
  for (const clause of clauses) {
    for (const sentence of sentences(clause.text)) {
      const found: ContractTerms = {};
      const fields = [...readHours(found, `${clause.heading ?? ''} ${sentence}`), ...readSentenceTerms(found, sentence)];
      if (!fields.length) continue;
      for (const field of mergeMissing(terms, found)) sources.push({ field, sentence, clause: clause.number });
    }
  }
  const currency = readCurrency(input);
  if (currency) {
    terms.currency = currency;
    const sentence = clauses.flatMap((c) => sentences(c.text)).find((s) => readCurrency(s) === currency);
    sources.push({ field: 'currency', sentence: sentence ?? '', clause: clauses.find((c) => sentence && c.text.includes(sentence))?.number });
  }
  const titleLine = preamble.find((l) => l.length <= 100 && !/^\d/.test(l));
  const language = detectLanguage(input);
  return {
    clauses,
    terms,
    sources,
    ...(titleLine ? { title: titleLine.replace(/[:：]$/, '') } : {}),
    ...(language ? { language } : {}),
  };
}
