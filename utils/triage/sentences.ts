// Sentence splitting for evidence. The panel highlights evidence by exact substring match, so every sentence is a
// verbatim slice of the text. A hand-written splitter rather than Intl.Segmenter: the classifier's budget is tens of
// thousands of messages a second, and e-mail sentences also end at line breaks, which the segmenter ignores.

export interface Sentence {
  text: string;
  start: number;
}

// A sentence ends after terminal punctuation (Latin followed by a space, CJK at once) or at a line break.
const BOUNDARY = /[.!?…]+["')\]]*(?=\s)|[。！？；]+[”」』）]*|\n/g;

/** The non-blank sentences of `text`, trimmed, each with its offset in `text`. Linear in the length of the text. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m[0] === '\n' ? m.index : m.index + m[0].length;
    push(text, from, end, out);
    from = m.index + m[0].length;
  }
  push(text, from, text.length, out);
  return out;
}

function push(text: string, from: number, to: number, out: Sentence[]): void {
  let a = from;
  let b = to;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ text: text.slice(a, b), start: a });
}

const SPACE = /\s/;

/** The same white space as String.prototype.trim, with the common cases first. */
function isSpace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13) || code === 160) return true;
  return code >= 0x1680 && SPACE.test(String.fromCharCode(code));
}
