import { Locale } from 'opencc-js/t2cn';

// Traditional and Simplified Chinese write the same words with different characters (費/费, 週/周, 幫/帮). The model
// reads Chinese as characters, so it folds Traditional onto Simplified first: what it learned from either script
// counts for both. The pairs are OpenCC's (Open Chinese Convert) one-character conversions; its phrase-level
// converter is not needed for features and would cost a trie walk per character.

let table: Uint16Array | undefined;

function build(): Uint16Array {
  const out = new Uint16Array(0x10000);
  const stack: unknown[] = [...(Locale.to.cn ?? [])];
  while (stack.length) {
    const d = stack.pop();
    if (Array.isArray(d)) {
      // A dictionary as [source, replacement] pairs, or a group of dictionaries.
      if (d.length === 2 && isWord(d[0]) && isWord(d[1])) add(out, d[0], d[1]);
      else stack.push(...d);
    } else if (typeof d === 'string') {
      for (const entry of d.split('|')) {
        const space = entry.indexOf(' ');
        if (space > 0) add(out, entry.slice(0, space), entry.slice(space + 1));
      }
    }
  }
  return out;
}

function isWord(x: unknown): x is string {
  return typeof x === 'string' && !x.includes(' ') && !x.includes('|');
}

function add(out: Uint16Array, from: string, to: string): void {
  if (from.length === 1 && to.length === 1 && from !== to) out[from.charCodeAt(0)] = to.charCodeAt(0);
}

/** Per BMP character code, its Simplified form, or 0 when it has none of its own. */
export function simplifiedTable(): Uint16Array {
  return (table ??= build());
}
