import { useCallback, useMemo, useState } from 'react';
import type { ZodType } from 'zod';
import { getIn, pathKey, setIn, type Path } from './form-path';
import { validate, type FieldErrors } from './validation';

export interface FormState<T> {
  value: Record<string, unknown>;
  get(path: Path): unknown;
  set(path: Path, next: unknown): void;
  /** Replaces the whole value (a pre-filled draft, a reset). */
  replace(next: Record<string, unknown>): void;
  /** The error to show at a path: only once the user has touched that field, or tried to save. */
  errorAt(path: Path): string | undefined;
  touch(path: Path): void;
  errors: FieldErrors;
  /** Every problem is shown from now on; returns the parsed value when there is none. */
  submit(): T | null;
  dirty: boolean;
  /** The user has tried to save at least once. */
  submitted: boolean;
}

/** One form over one schema: validated on every keystroke, so each input can say what is wrong as the user types. */
export function useForm<T>(schema: ZodType<T>, initial: Record<string, unknown>): FormState<T> {
  const [value, setValue] = useState<Record<string, unknown>>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [dirty, setDirty] = useState(false);
  const result = useMemo(() => validate(schema, value), [schema, value]);
  const errors = result.ok ? {} : result.errors;

  const touch = useCallback((path: Path) => {
    setTouched((prev) => (prev.has(pathKey(path)) ? prev : new Set(prev).add(pathKey(path))));
  }, []);
  const set = useCallback(
    (path: Path, next: unknown) => {
      setValue((prev) => setIn(prev, path, next));
      setDirty(true);
      touch(path);
    },
    [touch],
  );

  return {
    value,
    get: (path) => getIn(value, path),
    set,
    replace: (next) => {
      setValue(next);
      setTouched(new Set());
      setSubmitted(false);
      setDirty(false);
    },
    errorAt: (path) => {
      const key = pathKey(path);
      if (!submitted && !touched.has(key)) return undefined;
      // A list field stands for its items: "emails" shows the problem of "emails.1".
      return errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1];
    },
    touch,
    errors,
    submit: () => {
      setSubmitted(true);
      return result.ok ? result.data : null;
    },
    dirty,
    submitted,
  };
}
