// Text folding and tokens shared by the search index and clause ranking. Spanish accents fold away ("revisión" →
// "revision"), case folds, and Chinese — written without spaces — is indexed as single characters and bigrams so
// that any substring of two or more characters can be looked up by its bigrams.

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Lower case, accents removed, full-width forms made ASCII. */
export function fold(text: string): string {
  // ASCII needs only lower-casing; the rest is decomposed and its combining marks dropped.
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, '').toLowerCase();
}

/**
 * Folds `text` and returns, for each UTF-16 unit of the folded string, the index in `text` it came from, so that a
 * match found in folded text can be highlighted in the original.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  // Plain ASCII folds to its lower case, one unit for one: no per-character normalisation needed.
  if (/^[\x00-\x7f]*$/.test(text)) return { folded: text.toLowerCase(), map: Array.from({ length: text.length + 1 }, (_, i) => i) };
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) map.push(i);
    i += ch.length;
  }
  map.push(i);
  return { folded, map };
}

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

const WORD = /[\p{L}\p{N}]+/gu;
const HAN_SPLIT = /(\p{Script=Han}+)|([^\p{Script=Han}]+)/gu;
const HAS_HAN = /\p{Script=Han}/u;

/** Latin/digit words and Han runs of folded text, in order. */
export function segments(text: string): { text: string; han: boolean }[] {
  const out: { text: string; han: boolean }[] = [];
  for (const [word] of fold(text).matchAll(WORD)) {
    if (!HAS_HAN.test(word)) out.push({ text: word, han: false });
    else for (const m of word.matchAll(HAN_SPLIT)) out.push({ text: m[0], han: m[1] !== undefined });
  }
  return out;
}

/** The words of a text worth comparing with another's: Latin words (folded, in order) and Chinese character pairs. */
export interface ContentTerms {
  words: string[];
  han: string[];
}

/**
 * The content terms of `text`: its Latin words of at least `minLength` letters that are not in `skip` and not bare
 * numbers, and the character pairs of its Chinese runs (with `loneHan`, a run of one character counts as itself).
 * Repeats are kept, in order.
 */
export function contentTerms(text: string, skip: ReadonlySet<string>, minLength: number, loneHan = false): ContentTerms {
  return contentTermsOf(segments(text), skip, minLength, loneHan);
}

/** contentTerms of text already cut into segments. */
export function contentTermsOf(segs: { text: string; han: boolean }[], skip: ReadonlySet<string>, minLength: number, loneHan = false): ContentTerms {
  const words: string[] = [];
  const han: string[] = [];
  for (const seg of segs) {
    if (seg.han) {
      const chars = [...seg.text];
      if (loneHan && chars.length === 1) han.push(chars[0]!);
      for (let i = 0; i + 1 < chars.length; i++) han.push(chars[i]! + chars[i + 1]!);
    } else if (seg.text.length >= minLength && !skip.has(seg.text) && !/^\d+$/.test(seg.text)) words.push(seg.text);
  }
  return { words, han };
}

/** The index keys of a text: its words, and for Chinese every character and every bigram. */
export function indexTokens(text: string): string[] {
  return [...addIndexTokens(text, new Set<string>())];
}

/**
 * Adds the index keys of `text` to `tokens` (the set the caller keeps), and returns it: each run of letters and digits
 * (WORD) that holds no Chinese, and of a Chinese run every character and every bigram. One pass over the folded text,
 * ASCII classified by its code and only other characters by the Unicode regexes: this runs over every record of an
 * import.
 */
export function addIndexTokens(text: string, tokens: Set<string>): Set<string> {
  const folded = fold(text);
  let start = -1; // where the current run of non-Chinese word characters began
  let prevHan = ''; // the Chinese character just before, inside the same word
  for (let i = 0; i < folded.length; ) {
    const c = folded.charCodeAt(i);
    let len = 1;
    let word: boolean;
    let han = false;
    let ch = '';
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else {
      ch = String.fromCodePoint(folded.codePointAt(i)!);
      len = ch.length;
      word = WORD_CHAR.test(ch);
      han = word && HAN.test(ch);
    }
    if (!word || han) {
      if (start >= 0) tokens.add(folded.slice(start, i));
      start = -1;
    }
    if (han) {
      tokens.add(ch);
      if (prevHan) tokens.add(prevHan + ch);
      prevHan = ch;
    } else {
      prevHan = '';
      if (word && start < 0) start = i;
    }
    i += len;
  }
  if (start >= 0) tokens.add(folded.slice(start));
  return tokens;
}

/**
 * The keys a query needs, each with how it must match: a Latin word as a prefix (the user is still typing), a
 * Chinese run as all of its bigrams (or its one character).
 */
export function queryKeys(query: string): { key: string; prefix: boolean }[] {
  const keys: { key: string; prefix: boolean }[] = [];
  for (const seg of segments(query)) {
    if (!seg.han) {
      keys.push({ key: seg.text, prefix: true });
      continue;
    }
    const chars = [...seg.text];
    if (chars.length === 1) keys.push({ key: chars[0]!, prefix: false });
    for (let i = 0; i + 1 < chars.length; i++) keys.push({ key: chars[i]! + chars[i + 1]!, prefix: false });
  }
  return keys;
}

/**
 * Where the query's words occur in `text` (accent- and case-insensitively), as [start, end) ranges into `text`,
 * sorted and merged. Latin words match at word starts; Chinese runs match anywhere.
 */
// The popup highlights the same clause texts keystroke after keystroke: their folding is remembered (bounded).
const foldCache = new Map<string, { folded: string; map: number[] }>();

function cachedFold(text: string): { folded: string; map: number[] } {
  let hit = foldCache.get(text);
  if (!hit) {
    if (foldCache.size >= 2000) foldCache.clear();
    hit = foldWithMap(text);
    foldCache.set(text, hit);
  }
  return hit;
}

export function matchRanges(text: string, needles: string[]): [number, number][] {
  const { folded, map } = cachedFold(text);
  const foldedNeedles = [...new Set(needles.map(fold))];
  const found: [number, number][] = [];
  for (const needle of foldedNeedles) {
    if (!needle) continue;
    const han = isHan(needle[0]!);
    let from = 0;
    for (;;) {
      const at = folded.indexOf(needle, from);
      if (at < 0) break;
      const atWordStart = han || at === 0 || !WORD_CHAR.test(folded[at - 1]!);
      if (atWordStart) found.push([map[at]!, map[at + needle.length] ?? text.length]);
      from = at + 1;
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of found) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
