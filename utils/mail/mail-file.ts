// Node only (the CLI): reads .eml files and mbox archives into plain messages for `npm run triage`. MIME, transfer
// encodings and charsets (GBK, GB2312, Big5, ISO-8859-1 … through Node's full-ICU TextDecoder) are postal-mime's
// job; this file streams the mbox so a multi-gigabyte archive is read one message at a time in flat memory.
// Never import this from extension code.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import PostalMime from 'postal-mime';
import { htmlToText } from './html-to-text';
import { parseSimpleMessage } from './simple-message';

export interface MailFileMessage {
  /** The Message-ID without angle brackets, or '' when the message has none. */
  id: string;
  /** "Name <address>" or the bare address; '' when unknown. */
  from: string;
  subject: string;
  /** ISO 8601 UTC, or null when the Date header is missing or unreadable. */
  sentAt: string | null;
  /** The whole text, quoted history included (splitReply separates it); HTML-only mail turned into text. */
  text: string;
  /** Set when the message could not be read (fully): the run goes on with the next one. */
  error?: string;
}

/** A message bigger than this is cut (its head is kept) so one monster cannot exhaust memory. */
export const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

function isoOrNull(value: string | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** Parses one raw RFC 5322 message; never throws. Single-part text mail takes the fast path, the rest postal-mime. */
export async function parseMessage(raw: Uint8Array | string): Promise<MailFileMessage> {
  try {
    const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    const simple = parseSimpleMessage(bytes);
    if (simple) return { id: simple.id, from: simple.from, subject: simple.subject, sentAt: isoOrNull(simple.date), text: simple.text };
  } catch {
    // fall through to the full parser
  }
  return parseWithPostalMime(raw);
}

/** The full MIME parser (postal-mime), for everything and as the reference for the fast path. */
export async function parseWithPostalMime(raw: Uint8Array | string): Promise<MailFileMessage> {
  try {
    const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer', maxNestingDepth: 64 });
    const sender = email.from && 'address' in email.from ? email.from : undefined;
    const from = sender?.address ? (sender.name ? `${sender.name} <${sender.address}>` : sender.address) : '';
    const text = email.text?.trim() ? email.text : htmlToText(email.html ?? '');
    return {
      id: (email.messageId ?? '').replace(/^<|>$/g, ''),
      from,
      subject: email.subject ?? '',
      sentAt: isoOrNull(email.date),
      text: text.replace(/\r\n?/g, '\n'),
    };
  } catch (error) {
    return { id: '', from: '', subject: '', sentAt: null, text: '', error: `could not parse this message: ${(error as Error).message}` };
  }
}

const FROM_LINE = Buffer.from('\nFrom ');

/** True when the bytes at `at` start an mbox envelope line ("From sender date"), not a body line that says "From ". */
function isEnvelope(buf: Buffer, at: number): boolean {
  const end = Math.min(buf.length, at + 200);
  const newline = buf.indexOf(10, at);
  const line = buf.toString('latin1', at, newline === -1 || newline > end ? end : newline);
  return /^From \S+ .*\d/.test(line);
}

/** mboxrd escapes body lines starting with "From " as ">From "; undo one level. */
function unescapeFromLines(message: Buffer): Buffer {
  if (message.indexOf('\n>From ') === -1 && message.indexOf('\n>>From ') === -1) return message;
  return Buffer.from(message.toString('latin1').replace(/\n>(>*From )/g, '\n$1'), 'latin1');
}

/** Splits an mbox byte stream into raw messages, one at a time, without its envelope lines. */
export async function* splitMbox(stream: AsyncIterable<Buffer | string>): AsyncGenerator<{ raw: Buffer; truncated: boolean }> {
  let parts: Buffer[] = [];
  let size = 0;
  let truncated = false;
  let carry: Buffer = Buffer.alloc(0);
  const take = (piece: Buffer) => {
    if (size >= MAX_MESSAGE_BYTES) return void (truncated = true);
    const room = MAX_MESSAGE_BYTES - size;
    const kept = piece.length > room ? piece.subarray(0, room) : piece;
    if (kept.length < piece.length) truncated = true;
    // Copy: the chunk's memory is released once the stream moves on, only the kept message stays.
    parts.push(Buffer.from(kept));
    size += kept.length;
  };
  const finish = () => {
    const whole = Buffer.concat(parts);
    parts = [];
    size = 0;
    const wasTruncated = truncated;
    truncated = false;
    const firstNewline = whole.indexOf(10);
    let body = whole.subarray(0, 5).toString('latin1') === 'From ' ? whole.subarray(firstNewline + 1) : whole;
    // The empty line before the next "From " separates messages; it is not part of this one.
    if (body.length >= 2 && body[body.length - 1] === 10 && body[body.length - 2] === 10) body = body.subarray(0, body.length - 1);
    return body.length > 0 && body.toString('latin1').trim() !== '' ? { raw: unescapeFromLines(body), truncated: wasTruncated } : null;
  };
  for await (const chunk of stream) {
    const incoming = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const buf = carry.length > 0 ? Buffer.concat([carry, incoming]) : incoming;
    let start = 0;
    let held = -1;
    for (let at = buf.indexOf(FROM_LINE, 0); at !== -1; at = buf.indexOf(FROM_LINE, at + 1)) {
      if (buf.indexOf(10, at + 1) === -1) {
        // The line is not complete yet: decide with the next chunk (unless it is too long to be an envelope).
        if (buf.length - at < 4096) held = at;
        break;
      }
      if (!isEnvelope(buf, at + 1)) continue;
      take(buf.subarray(start, at + 1));
      const message = finish();
      if (message) yield message;
      start = at + 1;
    }
    // Hold back what could still become a boundary: an unfinished "From " line, or the last bytes of "\nFrom".
    const boundary = held !== -1 ? held : Math.max(start, buf.length - (FROM_LINE.length - 1));
    if (boundary > start) take(buf.subarray(start, boundary));
    carry = Buffer.from(buf.subarray(Math.max(start, boundary)));
  }
  if (carry.length > 0) take(carry);
  const last = finish();
  if (last) yield last;
}

/** The messages of an mbox stream, parsed one at a time. */
export async function* readMbox(stream: AsyncIterable<Buffer | string>): AsyncGenerator<MailFileMessage> {
  for await (const { raw, truncated } of splitMbox(stream)) {
    const message = await parseMessage(raw);
    yield truncated ? { ...message, error: message.error ?? `message longer than ${MAX_MESSAGE_BYTES} bytes: only its start was read` } : message;
  }
}

async function looksLikeMbox(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
    return /^From \S+ .*\d/.test(buffer.toString('latin1', 0, bytesRead).split('\n')[0]);
  } finally {
    await handle.close();
  }
}

/**
 * Every message in `path`: one for an .eml, each in turn for an mbox (told apart by the "From " envelope line, not
 * by the file name). Throws only when the file itself cannot be read.
 */
export async function* readMailFile(path: string): AsyncGenerator<MailFileMessage> {
  if (await looksLikeMbox(path)) {
    yield* readMbox(createReadStream(path, { highWaterMark: 1 << 20 }));
    return;
  }
  const handle = await open(path, 'r');
  let raw: Buffer;
  let truncated = false;
  try {
    const { size } = await handle.stat();
    truncated = size > MAX_MESSAGE_BYTES;
    raw = Buffer.alloc(Math.min(size, MAX_MESSAGE_BYTES));
    await handle.read(raw, 0, raw.length, 0);
  } finally {
    await handle.close();
  }
  const message = await parseMessage(raw);
  const error = message.error ?? (truncated ? `message longer than ${MAX_MESSAGE_BYTES} bytes: only its start was read` : undefined);
  yield { ...message, id: message.id || basename(path), ...(error ? { error } : {}) };
}
