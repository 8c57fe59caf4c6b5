import type { ZodType } from 'zod';
import { pathKey } from './form-path';

/** Field path ("money.netDays", "clauses.2.text") → what is wrong there, in the schema's own words. */
export type FieldErrors = Record<string, string>;

/**
 * Validates a form value against the shared schema (utils/agreements/schema.ts is the one source of truth) and keys
 * the first problem of each field by its path, so each input can say exactly what is wrong with it.
 */
export function validate<T>(schema: ZodType<T>, value: unknown): { ok: true; data: T } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = pathKey(issue.path as Array<string | number>);
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}
