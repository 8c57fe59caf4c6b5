import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCueTrie, TRIE_ROOT, trieStep, type CueTrie } from './cue-trie';

// The double array must answer exactly what the plain definition says: walking a text reaches a node while the text
// read so far begins one of the filed texts, and the node holds the values filed under exactly that text.

/** Walks `text` from the root: per character read, the values there (null for none); stops where the trie does. */
function walk<T>(trie: CueTrie<T>, text: string): Array<T[] | null> {
  const out: Array<T[] | null> = [];
  let node = TRIE_ROOT;
  for (let i = 0; i < text.length; i++) {
    node = trieStep(trie, node, text.charCodeAt(i));
    if (node === 0) break;
    const hasValues = (trie.cells[2 * node + 1]! & 1) === 1;
    expect(hasValues).toBe(trie.values[node] !== null);
    out.push(trie.values[node]);
  }
  return out;
}

/** The same walk by the definition: prefixes of `text` that begin some filed text. */
function plainWalk<T>(texts: Map<string, T[]>, text: string): Array<T[] | null> {
  const out: Array<T[] | null> = [];
  for (let i = 1; i <= text.length; i++) {
    const prefix = text.slice(0, i);
    if (![...texts.keys()].some((t) => t.startsWith(prefix))) break;
    const values = texts.get(prefix);
    out.push(values ? [...new Set(values)] : null);
  }
  return out;
}

// Few characters, so texts share prefixes and probes hit; Latin, Han, a surrogate half and the top code unit.
const char = fc.constantFrom('a', 'b', 'c', ' ', "'", 'é', '我', '们', '\ud83d', '\uffff', '\u0000');
const text = fc.array(char, { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''));

describe('buildCueTrie', () => {
  it('walks exactly like the plain prefix definition', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.array(fc.nat(5), { minLength: 1, maxLength: 3 })), { maxLength: 40 }), fc.array(text, { maxLength: 20 }), (filed, probes) => {
        const texts = new Map<string, number[]>();
        for (const [t, values] of filed) texts.set(t, [...(texts.get(t) ?? []), ...values]);
        const trie = buildCueTrie(texts);
        for (const probe of [...probes, ...texts.keys(), ...[...texts.keys()].map((t) => t + 'a')]) {
          expect(walk(trie, probe)).toEqual(plainWalk(texts, probe));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads no cell past the end, whatever the character', () => {
    const trie = buildCueTrie(new Map([['ab', [1]], ['b', [2]]]));
    for (let code = 0; code < 0x10000; code += 97) {
      const node = trieStep(trie, TRIE_ROOT, code);
      if (node !== 0) expect(String.fromCharCode(code)).toMatch(/[ab]/);
    }
    // Every cell the walk can reach from any node by any class is inside the array.
    let maxBase = 0;
    for (let t = 0; t < trie.cells.length; t += 2) maxBase = Math.max(maxBase, trie.cells[t + 1]! >> 1);
    const alphabet = trie.classes.reduce((a, b) => Math.max(a, b), 0);
    expect(2 * (maxBase + alphabet) + 1).toBeLessThan(trie.cells.length);
  });

  it('walks the same with 32-bit cells, when a lexicon outgrows 16-bit cell numbers', () => {
    // 6,000 texts of eight characters over a small alphabet: tens of thousands of nodes.
    const texts = new Map<string, number[]>();
    let seed = 1;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let k = 0; texts.size < 6000; k++) {
      let t = '';
      for (let i = 0; i < 8; i++) t += 'abcdefghijklmnop'[(next() >>> 16) % 16];
      texts.set(t, [k]);
    }
    const trie = buildCueTrie(texts);
    expect(trie.cells).toBeInstanceOf(Int32Array);
    const keys = [...texts.keys()];
    for (let k = 0; k < keys.length; k += 7) {
      expect(walk(trie, keys[k]!)).toEqual(plainWalk(texts, keys[k]!));
      expect(walk(trie, keys[k]!.slice(0, 5) + 'z')).toEqual(plainWalk(texts, keys[k]!.slice(0, 5) + 'z'));
    }
  });

  it('keeps the root free of values and answers nothing for an empty lexicon', () => {
    const trie = buildCueTrie(new Map<string, number[]>());
    expect(trieStep(trie, TRIE_ROOT, 'a'.charCodeAt(0))).toBe(0);
  });
});
