// The cue scanner's trie of literal starts, as a double array. The scanner walks it from every word start of every
// sentence, a thousand steps a message, so a step must be a couple of array reads: a character's class in the trie's
// alphabet (a table by UTF-16 code unit), then the cell `base of the node + class`, which is the child exactly when
// that cell names the node as its parent. A hash table of edges costs a multiply and a probe into a table spread over
// half a megabyte (a cache miss per step); here a node's children sit side by side and the nodes near the root, which
// every walk reads, sit together at the start of the array (they are placed breadth first).

/** A double-array trie from texts to lists of values. */
export interface CueTrie<T> {
  /** Per UTF-16 code unit: its class (1…) among the characters the texts use; 0 for any other. */
  classes: Uint16Array;
  /** Cell t is cells[2t] = its parent cell (0 for a free cell) and cells[2t + 1] = base × 2, + 1 when t has values.
   *  The child of node s by class k is t = base(s) + k when cells[2t] === s. Long enough for any base + class.
   *  One array type for every trie, so that the scanner's walk reads one kind of array (the Latin trie, with every text
   *  of its cues filed whole, no longer fits 16 bits). */
  cells: Int32Array;
  /** The values filed at each cell (null for none). */
  values: Array<T[] | null>;
}

/** The root node's cell: cells 0 and 1 are never children (bases and classes start at 1), so 0 can mean "free". */
export const TRIE_ROOT = 1;

interface BuildNode<T> {
  children: Map<number, BuildNode<T>>;
  values: T[] | null;
}

/** A trie of the texts, each with the values filed under it (in that order, no value twice under one text). */
export function buildCueTrie<T>(texts: Map<string, T[]>): CueTrie<T> {
  const classes = new Uint16Array(0x10000);
  let alphabet = 0;
  const root: BuildNode<T> = { children: new Map(), values: null };
  for (const [text, list] of texts) {
    let node = root;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (classes[code] === 0) {
        if (alphabet === 0xffff) throw new Error('cue alphabet too large for the trie');
        classes[code] = ++alphabet;
      }
      let next = node.children.get(classes[code]!);
      if (next === undefined) node.children.set(classes[code]!, (next = { children: new Map(), values: null }));
      node = next;
    }
    const at = (node.values ??= []);
    for (const value of list) if (!at.includes(value)) at.push(value);
  }
  return place(root, classes, alphabet);
}

/** Places the nodes breadth first, each node's children at the first base where all their cells are free. */
function place<T>(root: BuildNode<T>, classes: Uint16Array, alphabet: number): CueTrie<T> {
  const parent: number[] = [0, 0];
  const base: number[] = [0, 0];
  const values: Array<T[] | null> = [null, root.values];
  const taken = (t: number) => t < parent.length && parent[t] !== 0;
  let firstFree = 2;
  const queue: Array<[BuildNode<T>, number]> = [[root, TRIE_ROOT]];
  for (let q = 0; q < queue.length; q++) {
    const [node, cell] = queue[q]!;
    if (node.children.size === 0) continue; // a leaf keeps base 0: base + class lands on cells that are not its children
    const ks = [...node.children.keys()].sort((a, b) => a - b);
    while (taken(firstFree)) firstFree++;
    let b = Math.max(1, firstFree - ks[0]!);
    while (ks.some((k) => taken(b + k))) b++;
    base[cell] = b;
    for (const k of ks) {
      const t = b + k;
      while (parent.length <= t) parent.push(0), base.push(0), values.push(null);
      const child = node.children.get(k)!;
      parent[t] = cell;
      values[t] = child.values;
      queue.push([child, t]);
    }
  }
  // Room for base + class of every node, whatever class the text brings: the walk never reads past the end.
  let size = parent.length;
  for (const b of base) size = Math.max(size, b + alphabet + 1);
  const cells = new Int32Array(size * 2);
  for (let t = 0; t < parent.length; t++) {
    cells[2 * t] = parent[t]!;
    cells[2 * t + 1] = base[t]! * 2 + (values[t] ? 1 : 0);
  }
  while (values.length < size) values.push(null);
  return { classes, cells, values };
}

/** The node reached from `node` by the character `code`; 0 when there is none. (For tests and cold paths: the scanner
 *  inlines this.) */
export function trieStep<T>(trie: CueTrie<T>, node: number, code: number): number {
  const t = (trie.cells[2 * node + 1]! >> 1) + trie.classes[code]!;
  return trie.classes[code] !== 0 && trie.cells[2 * t] === node ? t : 0;
}
