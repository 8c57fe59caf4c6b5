import { parsePattern, type Continuation, type Node } from './regex-literals';

// Most cue alternatives are a finite set of texts ("(?:could|can|would) (?:you|we) (?:also|add)\\b" is twelve). Spelled
// out in the order a backtracking regex tries them, with the word-boundary and anchor checks kept beside each text,
// they are matched with startsWith and a few character tests instead of a regex run: the first text in that order
// whose characters and checks hold is the regex's match. Patterns with lookarounds, unbounded repetition or classes
// too wide to list stay regular expressions.

export const AT_BOUNDARY = 0; // \b
export const NOT_AT_BOUNDARY = 1; // \B
export const AT_START = 2; // ^ (no m flag: the start of the text)
export const AT_END = 3; // $ (no m flag: the end of the text)
const ASSERTION = { b: AT_BOUNDARY, B: NOT_AT_BOUNDARY, '^': AT_START, $: AT_END } as const;

export interface Expansion {
  text: string;
  /** Checks, each packed as offset * 4 + kind, in the order they appear. */
  checks: number[];
}

class NotFinite extends Error {}

const MAX_EXPANSIONS = 128;
const MAX_CLASS = 64;

/** Every text a match of `pattern` can be, in the order a backtracking regex tries them; null when it is not a short
 *  finite list (or the pattern uses syntax the parser does not follow, or it can match the empty text). */
export function literalExpansions(pattern: string): Expansion[] | null {
  const items = parsePattern(pattern);
  if (items === null) return null;
  const out: Expansion[] = [];
  try {
    expand(items, 0, null, '', [], out);
  } catch (error) {
    if (error instanceof NotFinite) return null;
    throw error;
  }
  return out.some((e) => e.text === '') ? null : out;
}

function expand(items: Node[], index: number, next: Continuation | null, text: string, checks: number[], out: Expansion[]): void {
  if (index === items.length) {
    if (next !== null) expand(next.items, next.index, next.next, text, checks, out);
    else if (out.length >= MAX_EXPANSIONS) throw new NotFinite();
    else out.push({ text, checks });
    return;
  }
  const node = items[index]!;
  switch (node.t) {
    case 'empty':
      return expand(items, index + 1, next, text, checks, out);
    case 'assert':
      return expand(items, index + 1, next, text, [...checks, text.length * 4 + ASSERTION[node.kind]], out);
    case 'look':
      throw new NotFinite();
    case 'chars':
      // Two characters cannot both match at one place, so the order among them does not matter.
      if (node.chars === null || node.chars.length === 0 || node.chars.length > MAX_CLASS) throw new NotFinite();
      for (const c of node.chars) expand(items, index + 1, next, text + c, checks, out);
      return;
    case 'group': {
      const after: Continuation = { items, index: index + 1, next };
      for (const branch of node.branches) expand(branch, 0, after, text, checks, out);
      return;
    }
    case 'repeat': {
      // An iteration that can match nothing has special rules in JavaScript; no cue needs one.
      if (node.max === Infinity || canBeEmpty(node.node)) throw new NotFinite();
      const once = () => {
        const rest: Node = { ...node, min: Math.max(0, node.min - 1), max: node.max - 1 };
        expand([node.node], 0, { items: [rest], index: 0, next: { items, index: index + 1, next } }, text, checks, out);
      };
      const skip = () => expand(items, index + 1, next, text, checks, out);
      // Greedy tries one more iteration first, lazy one fewer.
      if (node.lazy) {
        if (node.min === 0) skip();
        if (node.max >= 1) once();
      } else {
        if (node.max >= 1) once();
        if (node.min === 0) skip();
      }
      return;
    }
  }
}

function canBeEmpty(node: Node): boolean {
  switch (node.t) {
    case 'chars':
      return false;
    case 'group':
      return node.branches.some((b) => b.every(canBeEmpty));
    case 'repeat':
      return node.min === 0 || canBeEmpty(node.node);
    default:
      return true;
  }
}

// Matching, on the scanner's hot path: plain loops, no closures.

/** Whether the checks (\\b, \\B, ^, $) of a text placed at `at` hold, the text being [begin, end): the checks are
 *  pool[from] … pool[to − 1], each packed as Expansion.checks are. */
export function checksHold(pool: Int32Array, from: number, to: number, text: string, at: number, begin: number, end: number): boolean {
  for (let k = from; k < to; k++) {
    const check = pool[k]!;
    const pos = at + (check >> 2);
    const kind = check & 3;
    if (kind === AT_START ? pos !== begin : kind === AT_END ? pos !== end : (regexWordAt(text, pos - 1, begin, end) !== regexWordAt(text, pos, begin, end)) !== (kind === AT_BOUNDARY)) return false;
  }
  return true;
}

/** A regex word character (\\w without the u flag) at `at`; false outside [begin, end), as \\b sees it. */
function regexWordAt(text: string, at: number, begin: number, end: number): boolean {
  if (at < begin || at >= end) return false;
  const c = text.charCodeAt(at);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
