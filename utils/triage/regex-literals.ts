// What a regular expression's matches must start with, read from its source: the cue scanner files each alternative
// under these literal starts (see cue-scanner.ts). Only the subset of syntax the cue files use is understood; anything
// else yields null ("no literal start"), which is always safe.

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

const META = new Set(['.', '[', ']', '(', ')', '?', '*', '+', '{', '}', '|', '^', '$']);
const QUANTIFIER = new Set(['?', '*', '{']);

/** The literal run at the start of `src`, and where it stopped (at the end when all of `src` is literal). */
function literalRun(src: string): { lit: string; next: number } {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    let lit: string | null = null;
    let next = i + 1;
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      if (/[A-Za-z0-9]/.test(e)) return { lit: out, next: i }; // \b \d \s \w …: not literal
      lit = e;
      next = i + 2;
    } else if (!META.has(c)) lit = c;
    if (lit === null) return { lit: out, next: i };
    if (QUANTIFIER.has(src[next] ?? '') || src[next] === '+') return { lit: out, next: i }; // optional or repeated
    out += lit;
    i = next - 1;
  }
  return { lit: out, next: src.length };
}

const DIGITS = '0123456789'.split('');

/** The characters a leading `\d` or simple class (no negation, only 0-9 or a-z ranges) can match; null otherwise. */
function leadingClass(s: string): { chars: string[]; rest: string } | null {
  if (s.startsWith('\\d')) return { chars: DIGITS, rest: s.slice(2) };
  if (!s.startsWith('[') || s[1] === '^') return null;
  const end = s.indexOf(']');
  if (end < 0) return null;
  const body = s.slice(1, end);
  const chars: string[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i + 1] === '-' && i + 2 < body.length) {
      for (let c = body.charCodeAt(i); c <= body.charCodeAt(i + 2); c++) chars.push(String.fromCharCode(c));
      i += 2;
    } else if (body[i] === '\\') return null;
    else chars.push(body[i]!);
  }
  return chars.length <= 40 ? { chars, rest: s.slice(end + 1) } : null;
}

const MAX_STARTS = 64;

/**
 * Every literal text a match of `alt` can start with, as long as can be told (through leading groups of literal
 * branches: "(?:could|can) you" gives "could you" and "can you"); null when some match has no literal start.
 */
export function literalStarts(alt: string, depth = 0): string[] | null {
  let s = alt;
  while (s.startsWith('\\b')) s = s.slice(2);
  // A leading lookbehind consumes nothing: the sticky match starting here checks it against the text before.
  if (s.startsWith('(?<=') || s.startsWith('(?<!')) {
    const end = closingParen(s);
    if (end < 0) return null;
    s = s.slice(end + 1);
  }
  if (s === '' || depth > 4) return depth > 0 ? [''] : null;
  const cls = leadingClass(s);
  if (cls) return optional(cls.rest) ? null : cls.chars;
  if (s.startsWith('(?:')) {
    const end = closingParen(s);
    if (end < 0 || optional(s.slice(end + 1))) return null;
    const after = s.slice(end + 1);
    const tails = after === '' ? [''] : (literalStarts(after, depth + 1) ?? ['']);
    const out: string[] = [];
    for (const branch of topLevelAlternatives(s.slice(3, end))) {
      const heads = literalStarts(branch, depth + 1);
      if (!heads || heads.includes('')) return null;
      const whole = literalRun(branch).next === branch.length;
      for (const h of heads) {
        if (whole) for (const t of tails) out.push(h + t);
        else out.push(h);
      }
    }
    return out.length <= MAX_STARTS ? out : [...new Set(out.map((x) => x.slice(0, 3)))];
  }
  const { lit, next } = literalRun(s);
  if (lit === '') return depth > 0 ? [''] : null;
  if (s.startsWith('(?:', next) && !optional(s.slice(closingParen(s.slice(next)) + next + 1))) {
    const tails = literalStarts(s.slice(next), depth + 1);
    if (tails && tails.length <= MAX_STARTS) return tails.map((t) => lit + t);
  }
  return [lit];
}

/** Whether what follows an atom lets it match nothing (`?`, `*`, `{0,…}`). */
function optional(after: string): boolean {
  return after[0] === '?' || after[0] === '*' || /^\{0/.test(after);
}

function closingParen(s: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (inClass) inClass = s[i] !== ']';
    else if (s[i] === '[') inClass = true;
    else if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
