// Sentence splitting for evidence. The panel highlights evidence by exact substring match, so every sentence is a
// verbatim slice of the text. A hand-written splitter rather than Intl.Segmenter: the classifier's budget is tens of
// thousands of messages a second, and e-mail sentences also end at line breaks, which the segmenter ignores.

export interface Sentence {
  text: string;
  start: number;
}

// A sentence ends after terminal punctuation (Latin followed by white space, CJK at once) or at a line break: what
// /[.!?…]+["')\]]*(?=\s)|[。！？；]+[”」』）]*|\n/g matches (the test keeps that regex as the reference). That regex
// cost an exec and a match array per sentence and tried all three alternatives at every position; here a one-class
// expression finds each candidate and a table classifies the few characters around it.
const NONE = 0;
const LATIN_END = 1; // . ! ? …
const LATIN_CLOSE = 2; // " ' ) ] after a Latin end
const CJK_END = 3; // 。！？；
const CJK_CLOSE = 4; // ” 」 』 ） after a CJK end
const NEWLINE = 5;
const SPACE = 6; // white space, as \s and String.prototype.trim see it (the same set)
const CLASS = new Uint8Array(0x10000);
for (const c of ' \t\v\f\r\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff') CLASS[c.charCodeAt(0)] = SPACE;
for (let c = 0x2000; c <= 0x200a; c++) CLASS[c] = SPACE;
for (const c of '.!?…') CLASS[c.charCodeAt(0)] = LATIN_END;
for (const c of `"')]`) CLASS[c.charCodeAt(0)] = LATIN_CLOSE;
for (const c of '。！？；') CLASS[c.charCodeAt(0)] = CJK_END;
for (const c of '”」』）') CLASS[c.charCodeAt(0)] = CJK_CLOSE;
CLASS[10] = NEWLINE; // a line break is white space too, but ends a sentence by itself

// Where a boundary can start. The regular expression engine finds the next one in native code, whatever the string's
// representation (a slice or a concatenation of others, where reading character by character in JavaScript costs an
// indirection each); test() on a global expression builds no match array, and the few characters of the boundary
// itself are read here.
const CANDIDATE = /[.!?…。！？；\n]/g;

/** The non-blank sentences of `text`, trimmed, each with its offset in `text`. Linear in the length of the text. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let from = 0;
  CANDIDATE.lastIndex = 0;
  while (CANDIDATE.test(text)) {
    const i = CANDIDATE.lastIndex - 1;
    const k = CLASS[text.charCodeAt(i)]!;
    let next = i + 1;
    if (k === NEWLINE) {
      push(text, from, i, out);
      from = next;
    } else if (k === LATIN_END) {
      // The longest run of ends, then of closers, must meet white space; else no position inside it can (a shorter
      // run would be followed by another end or closer), and the search goes on after it.
      while (next < n && CLASS[text.charCodeAt(next)] === LATIN_END) next++;
      while (next < n && CLASS[text.charCodeAt(next)] === LATIN_CLOSE) next++;
      const after = next < n ? CLASS[text.charCodeAt(next)] : NONE;
      if (after === SPACE || after === NEWLINE) {
        push(text, from, next, out);
        from = next;
      }
    } else {
      while (next < n && CLASS[text.charCodeAt(next)] === CJK_END) next++;
      while (next < n && CLASS[text.charCodeAt(next)] === CJK_CLOSE) next++;
      push(text, from, next, out);
      from = next;
    }
    CANDIDATE.lastIndex = next;
  }
  push(text, from, n, out);
  return out;
}

function push(text: string, from: number, to: number, out: Sentence[]): void {
  let a = from;
  let b = to;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ text: text.slice(a, b), start: a });
}

/** The same white space as String.prototype.trim. */
function isSpace(code: number): boolean {
  const k = CLASS[code];
  return k === SPACE || k === NEWLINE;
}
