// The model's weights as text a bundle carries cheaply: per column, the sorted feature ids as base64 varint gaps
// and the weights as base64 signed bytes with one scale for the column (a weight is byte × scale). About a tenth of
// the JSON number arrays it replaces, at a rounding no threshold on the corpora notices.

export interface PackedColumn {
  /** Base64 of LEB128 gaps between ascending feature ids. */
  ids: string;
  /** Base64 of int8 weights, in id order. */
  weights: string;
  scale: number;
}

export function packColumn(entries: ReadonlyArray<readonly [id: number, weight: number]>): PackedColumn {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const max = sorted.reduce((m, [, w]) => Math.max(m, Math.abs(w)), 0);
  const scale = max > 0 ? max / 127 : 1;
  const gaps: number[] = [];
  const bytes: number[] = [];
  let previous = 0;
  for (const [id, w] of sorted) {
    const q = Math.round(w / scale);
    if (q === 0) continue;
    let gap = id - previous;
    previous = id;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    bytes.push(q & 0xff);
  }
  return { ids: toBase64(gaps), weights: toBase64(bytes), scale };
}

export function unpackColumn(column: PackedColumn): { ids: Int32Array; weights: Float32Array } {
  const gaps = fromBase64(column.ids);
  const bytes = fromBase64(column.weights);
  const ids = new Int32Array(bytes.length);
  const weights = new Float32Array(bytes.length);
  let at = 0;
  let id = 0;
  for (let i = 0; i < bytes.length; i++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = gaps[at++];
      if (b === undefined) throw new Error('model column is truncated');
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    id += gap;
    ids[i] = id;
    weights[i] = ((bytes[i]! << 24) >> 24) * column.scale;
  }
  return { ids, weights };
}

function toBase64(bytes: number[]): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.slice(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
