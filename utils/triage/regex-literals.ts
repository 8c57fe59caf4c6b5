// What a regular expression's matches must start with, read from its source: the cue scanner files each alternative
// under these literal starts (see cue-scanner.ts). Only the subset of syntax the cue files use is understood: anything
// else ends a literal start where it stands, and a pattern it cannot parse yields null ("no literal start"); both are
// always safe, they only send the scanner to the pattern more often.

/** Splits a pattern at its top-level `|`, respecting groups, classes and escapes. */
export function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

// A parsed pattern, reduced to what decides how a match can start: one character out of a set, a zero-width
// assertion, a group of alternatives, a repetition. Everything else is "some character we cannot list" (chars: null).
// Assertions and lookarounds match nothing, so they count as empty for a literal start; regex-expansions.ts reads them.
export type Node =
  | { t: 'chars'; chars: string[] | null }
  | { t: 'empty' }
  | { t: 'assert'; kind: 'b' | 'B' | '^' | '$' }
  | { t: 'look' }
  | { t: 'group'; branches: Node[][] }
  | { t: 'repeat'; node: Node; min: number; max: number; lazy: boolean };

const DIGITS = '0123456789'.split('');
const UNKNOWN: Node = { t: 'chars', chars: null };
const LOOKAROUND: Node = { t: 'look' };

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  alternation(): Node[][] {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches;
  }

  sequence(): Node[] {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return items;
  }

  atom(): Node {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') {
      const lookaround = /^\(\?(?:=|!|<=|<!)/.exec(src.slice(this.i, this.i + 4));
      this.i += lookaround ? lookaround[0].length : src.startsWith('(?:', this.i) ? 3 : 1;
      const branches = this.alternation();
      if (src[this.i] !== ')') throw new SyntaxError('unclosed group');
      this.i++;
      return lookaround ? LOOKAROUND : { t: 'group', branches };
    }
    if (c === '[') return this.charClass();
    this.i++;
    if (c === '.') return UNKNOWN;
    if (c === '^' || c === '$') return { t: 'assert', kind: c };
    if (c !== '\\') return { t: 'chars', chars: [c] };
    return this.escape(false);
  }

  /** After a backslash; inside a class, \b is a backspace, which no cue uses. */
  escape(inClass: boolean): Node {
    const e = this.src[this.i++] ?? '';
    if ((e === 'b' || e === 'B') && !inClass) return { t: 'assert', kind: e };
    if (e === 'd') return { t: 'chars', chars: DIGITS };
    if (e === 'n') return { t: 'chars', chars: ['\n'] };
    if (e === 't') return { t: 'chars', chars: ['\t'] };
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.src.slice(this.i, this.i + 4))) {
      const ch = String.fromCharCode(parseInt(this.src.slice(this.i, this.i + 4), 16));
      this.i += 4;
      return { t: 'chars', chars: [ch] };
    }
    if (/[A-Za-z0-9]/.test(e)) return UNKNOWN; // \w \s \p… and back-references: not listed
    return { t: 'chars', chars: [e] };
  }

  charClass(): Node {
    const src = this.src;
    const end = closingBracket(src, this.i);
    if (end < 0) throw new SyntaxError('unclosed class');
    const negated = src[this.i + 1] === '^';
    this.i += negated ? 2 : 1;
    const chars: string[] = [];
    let known = !negated;
    while (this.i < end) {
      let from: string | null;
      if (src[this.i] === '\\') {
        this.i++;
        const node = this.escape(true);
        from = node.t === 'chars' && node.chars !== null && node.chars.length === 1 ? node.chars[0]! : null;
        if (from === null) {
          if (node.t === 'chars' && node.chars !== null) chars.push(...node.chars);
          else known = false;
          continue;
        }
      } else from = src[this.i++]!;
      if (src[this.i] === '-' && this.i + 1 < end && src[this.i + 1] !== '\\') {
        const to = src[this.i + 1]!;
        this.i += 2;
        for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.push(String.fromCharCode(code));
      } else chars.push(from);
    }
    this.i = end + 1;
    return known ? { t: 'chars', chars } : UNKNOWN;
  }

  quantified(node: Node): Node {
    const src = this.src;
    const c = src[this.i];
    let min = 1;
    let max = 1;
    if (c === '?' || c === '*' || c === '+') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Infinity;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.i));
      if (!m) return node;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    } else return node;
    const lazy = src[this.i] === '?'; // the same matches, tried in another order
    if (lazy) this.i++;
    return { t: 'repeat', node, min, max, lazy };
  }
}

function closingBracket(src: string, open: number): number {
  for (let i = open + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']' && i > open + 1 && !(i === open + 2 && src[open + 1] === '^')) return i;
  }
  return -1;
}

/** The rest of a pattern still to read after a group: its items from `index` on, then its own continuation. */
export interface Continuation {
  items: Node[];
  index: number;
  next: Continuation | null;
}

class TooMany extends Error {}

// A class is spelled out when it is small: always at the very start (a digit, "[一二三]"), else up to a few characters
// ("[sz]", "[oa]"); a wider one ("[a-z-]") ends the literal start there.
const FIRST_CLASS_MAX = 40;
const CLASS_MAX = 6;
const MAX_STARTS = 96;
const MAX_DEPTH = 400;

/** Adds to `out` every literal text (up to `maxLen` characters) that a match of `items` from `index` starts with. */
function collect(items: Node[], index: number, next: Continuation | null, prefix: string, maxLen: number, out: Set<string>, depth: number): void {
  if (out.size > MAX_STARTS) throw new TooMany();
  if (prefix.length >= maxLen || depth > MAX_DEPTH) {
    out.add(prefix);
    return;
  }
  if (index === items.length) {
    if (next === null) out.add(prefix); // the match can end here: the whole match is this text
    else collect(next.items, next.index, next.next, prefix, maxLen, out, depth + 1);
    return;
  }
  const node = items[index]!;
  if (node.t === 'empty' || node.t === 'assert' || node.t === 'look') {
    collect(items, index + 1, next, prefix, maxLen, out, depth + 1);
  } else if (node.t === 'chars') {
    const chars = node.chars;
    if (chars === null || chars.length === 0 || chars.length > (prefix === '' ? FIRST_CLASS_MAX : CLASS_MAX)) {
      out.add(prefix);
      return;
    }
    for (const c of chars) collect(items, index + 1, next, prefix + c, maxLen, out, depth + 1);
  } else if (node.t === 'group') {
    const after: Continuation = { items, index: index + 1, next };
    for (const branch of node.branches) collect(branch, 0, after, prefix, maxLen, out, depth + 1);
  } else {
    if (node.min === 0) collect(items, index + 1, next, prefix, maxLen, out, depth + 1);
    if (node.max >= 1) {
      const rest: Node = { ...node, min: Math.max(0, node.min - 1), max: node.max - 1 };
      const after: Continuation = { items: [rest], index: 0, next: { items, index: index + 1, next } };
      collect([node.node], 0, after, prefix, maxLen, out, depth + 1);
    }
  }
}

const MAX_LENGTH = 16;

/** The pattern as one group of its alternatives; null when it uses syntax the parser does not follow. */
export function parsePattern(src: string): Node[] | null {
  try {
    const parser = new Parser(src);
    const branches = parser.alternation();
    return parser.i === src.length ? [{ t: 'group', branches }] : null;
  } catch {
    return null;
  }
}

/**
 * Every literal text a match of `alt` can start with, as long as can be told within a few dozen texts (through groups,
 * optional parts and small classes: "(?:could|can) (?:you )?add" gives "could you add", "could add", "can you add",
 * "can add"); no text is the prefix of another. Null when some match has no literal start.
 */
export function literalStarts(alt: string): string[] | null {
  const items = parsePattern(alt);
  if (items === null) return null;
  for (let maxLen = MAX_LENGTH; maxLen >= 1; maxLen--) {
    const out = new Set<string>();
    try {
      collect(items, 0, null, '', maxLen, out, 0);
    } catch (error) {
      if (error instanceof TooMany) continue;
      throw error;
    }
    if (out.has('')) return null;
    // A text that extends another adds nothing: the shorter one already sends the scanner to the pattern.
    return [...out].filter((s) => {
      for (let k = 1; k < s.length; k++) if (out.has(s.slice(0, k))) return false;
      return true;
    });
  }
  return null;
}
