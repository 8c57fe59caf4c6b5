// Forms edit one nested object (a client, an agreement) by path, so one field component serves every field and the
// zod issue paths map straight back onto the inputs that caused them.

export type Path = ReadonlyArray<string | number>;

export function pathKey(path: Path): string {
  return path.join('.');
}

export function getIn(value: unknown, path: Path): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * A copy of `value` with `next` at `path`; objects and arrays on the way are copied, missing ones created.
 * `undefined` removes the key, and an object left empty by that is removed too, so a cleared optional group
 * (say, the late fee) does not linger as `{}`.
 */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [head, ...rest] = path;
  const container: Record<string | number, unknown> | unknown[] =
    Array.isArray(value) ? [...value] : value && typeof value === 'object' ? { ...(value as object) } : typeof head === 'number' ? [] : {};
  const child = setIn((container as Record<string | number, unknown>)[head], rest, next);
  const isEmptyObject =
    child !== null && typeof child === 'object' && !Array.isArray(child) && Object.keys(child).length === 0;
  if (child === undefined || (rest.length > 0 && isEmptyObject)) {
    if (Array.isArray(container)) container[head as number] = undefined;
    else delete (container as Record<string | number, unknown>)[head];
  } else {
    (container as Record<string | number, unknown>)[head] = child;
  }
  return container as T;
}
