// A fast path for the commonest mail in an archive: one text/plain or text/html part, 7bit/8bit, quoted-printable or
// base64, in a charset TextDecoder knows. Headers are decoded with postal-mime's own helpers (decodeWords,
// addressParser); anything else (multipart, flowed text, unknown charsets, odd encodings) returns null and goes to
// postal-mime's full parser. Tests check that both give the same message wherever this path applies.
import { addressParser, decodeWords } from 'postal-mime';
import { htmlToText } from './html-to-text';

export interface SimpleMessage {
  id: string;
  from: string;
  subject: string;
  date: string | undefined;
  text: string;
}

const utf8 = new TextDecoder('utf-8');
const decoders = new Map<string, TextDecoder | null>();

function decoderFor(charset: string): TextDecoder | null {
  const label = charset.toLowerCase();
  if (!decoders.has(label)) {
    try {
      decoders.set(label, new TextDecoder(label));
    } catch {
      decoders.set(label, null);
    }
  }
  return decoders.get(label)!;
}

function headerEnd(raw: Uint8Array): { end: number; bodyStart: number } | null {
  for (let i = 0; i < raw.length - 1; i++) {
    if (raw[i] !== 10) continue;
    if (raw[i + 1] === 10) return { end: i, bodyStart: i + 2 };
    if (raw[i + 1] === 13 && raw[i + 2] === 10) return { end: i, bodyStart: i + 3 };
  }
  return null;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  let name = '';
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && name) {
      headers.set(name, `${headers.get(name)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    name = line.slice(0, colon).trim().toLowerCase();
    // The first occurrence wins, as in postal-mime.
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
    else name = '';
  }
  return headers;
}

function param(value: string, key: string): string | undefined {
  const m = new RegExp(`;\\s*${key}\\s*=\\s*("([^"]*)"|[^;\\s]+)`, 'i').exec(value);
  return m ? (m[2] ?? m[1]) : undefined;
}

function decodeQuotedPrintable(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length);
  let n = 0;
  const hex = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== 61) {
      out[n++] = c;
      continue;
    }
    // "=" + line end is a soft break; "=XX" is a byte; anything else is kept as it is.
    if (body[i + 1] === 10) i += 1;
    else if (body[i + 1] === 13 && body[i + 2] === 10) i += 2;
    else if (i + 1 >= body.length) continue;
    else {
      const hi = hex(body[i + 1]);
      const lo = hex(body[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
      } else out[n++] = c;
    }
  }
  return out.subarray(0, n);
}

interface Part {
  headers: Map<string, string>;
  body: Uint8Array;
}

function splitPart(raw: Uint8Array): Part | null {
  const split = headerEnd(raw);
  if (!split) return null;
  return { headers: parseHeaders(utf8.decode(raw.subarray(0, split.end))), body: raw.subarray(split.bodyStart) };
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(needle, from);
}

/** The parts of a multipart body (preamble and epilogue dropped), or null when the boundaries are not clean. */
function multipartParts(body: Uint8Array, boundary: string): Uint8Array[] | null {
  const delimiter = new TextEncoder().encode(`--${boundary}`);
  const parts: Uint8Array[] = [];
  let at = indexOfBytes(body, delimiter, 0);
  if (at !== 0 && !(at > 0 && body[at - 1] === 10)) return null;
  while (at !== -1) {
    const afterDelimiter = at + delimiter.length;
    if (body[afterDelimiter] === 45 && body[afterDelimiter + 1] === 45) return parts; // closing "--boundary--"
    const lineEnd = indexOfBytes(body, new Uint8Array([10]), afterDelimiter);
    if (lineEnd === -1) return null;
    let next = indexOfBytes(body, delimiter, lineEnd);
    while (next !== -1 && body[next - 1] !== 10) next = indexOfBytes(body, delimiter, next + 1);
    if (next === -1) return null;
    // postal-mime keeps the line break before the next delimiter in the part, and so must we to read the same.
    parts.push(body.subarray(lineEnd + 1, next));
    at = next;
  }
  return null;
}

/** The single text part of a message whose other parts are all attachments; null when it is not that simple. */
function singleTextPart(part: Part, depth: number): Part | null {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const mime = type.split(';')[0].trim().toLowerCase();
  if (mime === 'text/plain' || mime === 'text/html') return part;
  if (!mime.startsWith('multipart/') || depth > 3 || mime === 'multipart/report') return null;
  const boundary = param(type, 'boundary');
  if (!boundary) return null;
  const raws = multipartParts(part.body, boundary);
  if (!raws) return null;
  const texts: Part[] = [];
  for (const raw of raws) {
    const child = splitPart(raw);
    if (!child) return null;
    const childType = (child.headers.get('content-type') ?? 'text/plain').split(';')[0].trim().toLowerCase();
    const attachment = (child.headers.get('content-disposition') ?? '').toLowerCase().startsWith('attachment');
    // Images, PDFs and other files are attachments whatever their disposition says.
    if (!childType.startsWith('text/') && !childType.startsWith('multipart/') && !childType.startsWith('message/')) continue;
    if (attachment || childType.startsWith('message/')) return null;
    const text = singleTextPart(child, depth + 1);
    if (!text) return null;
    texts.push(text);
  }
  // Only one text part (or a plain and an html alternative of the same text), as postal-mime would pick it.
  if (texts.length === 1) return texts[0];
  if (mime === 'multipart/alternative' && texts.length === 2) {
    const plain = texts.find((t) => (t.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith('text/plain'));
    return plain ?? null;
  }
  return null;
}

/**
 * RFC 3676 format=flowed: a line ending in a space continues on the next line of the same quote depth. (postal-mime
 * also joins lines of different depths, which glues a bottom-posted answer onto the quote above it.)
 */
export function unflow(text: string, delsp: boolean): string {
  const out: string[] = [];
  let open: { depth: number; text: string } | null = null;
  for (const raw of text.split('\n')) {
    const depth = /^>*/.exec(raw)![0].length;
    let line = raw.slice(depth);
    if (line.startsWith(' ')) line = line.slice(1); // space-stuffing
    const soft = line.endsWith(' ') && line !== '-- ';
    if (open && open.depth === depth) open.text += soft && delsp ? line.slice(0, -1) : line;
    else {
      if (open) out.push(`${'>'.repeat(open.depth)}${open.depth ? ' ' : ''}${open.text}`);
      open = { depth, text: soft && delsp ? line.slice(0, -1) : line };
    }
    if (!soft) {
      out.push(`${'>'.repeat(open.depth)}${open.depth ? ' ' : ''}${open.text}`);
      open = null;
    }
  }
  if (open) out.push(`${'>'.repeat(open.depth)}${open.depth ? ' ' : ''}${open.text}`);
  return out.join('\n');
}

export function parseSimpleMessage(raw: Uint8Array): SimpleMessage | null {
  const message = splitPart(raw);
  if (!message) return null;
  const headers = message.headers;
  const textPart = singleTextPart(message, 0);
  if (!textPart) return null;
  const type = textPart.headers.get('content-type') ?? 'text/plain';
  const mime = type.split(';')[0].trim().toLowerCase();
  const flowed = /format\s*=\s*"?flowed/i.test(type);
  const encoding = (textPart.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase().trim();
  const decoder = decoderFor(param(type, 'charset') ?? 'utf-8');
  if (!decoder || !['7bit', '8bit', 'binary', 'quoted-printable', 'base64'].includes(encoding)) return null;
  if ((textPart.headers.get('content-disposition') ?? '').toLowerCase().startsWith('attachment')) return null;

  let body = textPart.body;
  if (encoding === 'quoted-printable') body = decodeQuotedPrintable(body);
  else if (encoding === 'base64') body = Buffer.from(Buffer.from(body).toString('latin1'), 'base64');
  let content = decoder.decode(body);
  // postal-mime ends every line of a line-based part with a newline; a base64 part stays as decoded.
  if (encoding !== 'base64' && content !== '' && !content.endsWith('\n')) content += '\n';
  content = content.replace(/\r\n?/g, '\n');
  if (flowed) content = unflow(content, /delsp\s*=\s*"?yes/i.test(type));

  const sender = addressParser(headers.get('from') ?? '')[0];
  const address = sender && 'address' in sender ? sender.address : '';
  const name = sender?.name ? decodeWords(sender.name) : '';
  return {
    id: (headers.get('message-id') ?? '').replace(/^<|>$/g, ''),
    from: address ? (name ? `${name} <${address}>` : address) : '',
    subject: decodeWords(headers.get('subject') ?? ''),
    date: headers.get('date'),
    text: mime === 'text/html' || content.trim() === '' ? htmlToText(content) : content,
  };
}
