// The reply splitter as it was before its speed-ups (commit f0f2b10), kept only so a property test can check that the
// faster one gives identical results on any input. Not used by the product.
// Splits the text of one e-mail into what the sender newly wrote, the history they quoted and their signature.
//
// The crisp-oss `email-reply-parser` package was the first choice, but it cannot run in the extension (it imports
// Node's `module` at load time) and its whole-text regexes backtrack badly on megabyte inputs; so this is a line
// scanner built on its patterns (see reply-patterns.ts), extended for Spanish and Chinese, with the package kept as
// the baseline our external suites compare against (test/unit/mail/reply-suites.test.ts).
import {
  ANY_FIELD_LINE,
  ATTRIBUTION_LINE,
  ATTRIBUTION_TAIL,
  CLOSING_LINE,
  DEVICE_SIGNATURE,
  FROM_FIELD_LINE,
  FROM_WITH_ADDRESS,
  MAX_MARKER_LINE,
  SEPARATOR_LINE,
  SIGNATURE_DELIMITER,
} from '../../../utils/mail/reply-patterns';

export interface SplitReply {
  body: string;
  quoted: string;
  signature: string;
}

export interface SplitReplyOptions {
  /** More quote-header patterns for a mail program we do not know (tested against one line, or two or three joined). */
  quoteHeaders?: RegExp[];
}

type Kind = 'new' | 'quote' | 'signature';

const HEADER_START = /^[-*\s]*(on|el|le|am|em|il|op|den|på|w dniu|dnia|vào|pe|在)\b/iu;
/** Field lines ("From:", "*Sent:*", "发件人：") have their colon within the first few characters. */
const HAS_EARLY_COLON = /^[^:：]{0,40}[:：]/;
/** Separator lines start with a rule character or end with a colon ("Begin forwarded message:"). */
const MAYBE_SEPARATOR = /^\s*[-=_*]|[:：]\s*$/;
const isQuoteLine = (line: string) => /^\s*>/.test(line);
const isBlank = (line: string) => line.trim() === '';

function testAll(patterns: RegExp[], text: string): boolean {
  return text.length <= MAX_MARKER_LINE && patterns.some((p) => p.test(text));
}

function isAttribution(text: string, extra: RegExp[]): boolean {
  if (text.length > MAX_MARKER_LINE) return false;
  if (extra.length > 0 && extra.some((p) => p.test(text))) return true;
  text = text.replace(/[\u200b-\u200d\ufeff]/g, '');
  // Cheap rejections first: most lines end a sentence, and every header ends in a verb, ":" or an address.
  if (/[.?!,;)]\s*$/.test(text) || !ATTRIBUTION_TAIL.test(text.slice(-80))) return false;
  return ATTRIBUTION_LINE.some((p, i) => p.test(text) && (i !== 1 || /[@\d]/.test(text)));
}

/** An Outlook-style header block: "From:" with an address, or a field line followed closely by another field line. */
function isFieldBlock(lines: string[], i: number): boolean {
  const first = lines[i];
  if (first.length > MAX_MARKER_LINE || !HAS_EARLY_COLON.test(first) || !ANY_FIELD_LINE.test(first)) return false;
  if (FROM_WITH_ADDRESS.test(first)) return true;
  let fields = 1;
  for (let j = i + 1; j < lines.length && j <= i + 4; j++) {
    if (lines[j].length <= MAX_MARKER_LINE && HAS_EARLY_COLON.test(lines[j]) && ANY_FIELD_LINE.test(lines[j])) fields++;
  }
  // Two header fields, one of them From (or Date, as some clients start with it): a quoted message's header.
  const hasFrom = FROM_FIELD_LINE.test(first) || lines.slice(i + 1, i + 5).some((l) => l.length <= MAX_MARKER_LINE && FROM_FIELD_LINE.test(l));
  return fields >= 2 && (hasFrom || /^\s*[*_]{0,2}\s*date\s*[*_]{0,2}\s*:/i.test(first));
}

/** How many lines a quote header starting at `i` spans (0 when there is none). Headers may wrap over 3 lines. */
function headerLength(lines: string[], i: number, extra: RegExp[]): number {
  const line = lines[i];
  if (isBlank(line)) return 0;
  if (MAYBE_SEPARATOR.test(line) && testAll(SEPARATOR_LINE, line)) return 1;
  if (isFieldBlock(lines, i)) return 1;
  // An Outlook rule (underscores or dashes) right before a field block belongs to the header.
  if (/^\s*(_{10,}|-{10,})\s*$/.test(line)) {
    let j = i + 1;
    while (j < lines.length && isBlank(lines[j])) j++;
    if (j < lines.length && isFieldBlock(lines, j)) return 1;
  }
  if (isAttribution(line.trim(), extra)) return 1;
  // A header wrapped over several lines ("On …, Name <\naddress> wrote:") must start like one: a preposition, a
  // date or an address on its first line; otherwise "Hi," followed by a header would be swallowed into it.
  // Its first line is not a finished sentence, and each next line is a piece of a header (an address, a name,
  // "wrote:"), never a header of its own nor a quoted line (except a lone "> wrote:").
  const startsLikeHeader = HEADER_START.test(line) || /^\s*[-*]*\s*\d/.test(line) || (/\d{4}/.test(line) && /[@<]/.test(line));
  if (!startsLikeHeader) return 0;
  if (/[.?!]\s*$/.test(line)) return 0;
  let joined = line.trim();
  let blanks = 0;
  for (let j = i + 1, pieces = 1; j < lines.length && pieces < 4; j++) {
    const next = lines[j];
    if (next.length > MAX_MARKER_LINE) break;
    if (isBlank(next)) {
      if (++blanks > 1) break;
      continue;
    }
    if (isQuoteLine(next) && !/^\s*>\s*\p{L}*\s*[:：]\s*$/u.test(next)) break;
    if (HEADER_START.test(next) && isAttribution(next.trim(), extra)) break;
    joined = `${joined} ${next.trim()}`;
    pieces++;
    if (isAttribution(joined, extra)) return j - i + 1;
  }
  return 0;
}

/** "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:" — new text and a header on one line. */
function splitSharedLine(line: string): string[] {
  if (line.length > MAX_MARKER_LINE || !/[:：]\s*$/.test(line)) return [line];
  const m = /^(.*?\S)\s*(-{2,}\s*)?(\b(?:On|El|Le|Am)\s.+\s(?:wrote|escribió|a écrit|schrieb)\s*:)\s*$/u.exec(line);
  if (!m || m[1].trim() === '' || /^[-*>\s]*$/.test(m[1])) return [line];
  return [m[1], m[3]];
}

const isDeviceSignature = (line: string) => line.length <= MAX_MARKER_LINE && DEVICE_SIGNATURE.some((p) => p.test(line));

const isShortTail = (lines: string[], from: number, to: number, max: number) => {
  const rest = lines.slice(from, to).filter((l) => !isBlank(l));
  return rest.length <= max && rest.every((l) => l.trim().length <= 60);
};

/** The first line of a signature in lines[from, to), or -1. */
function signatureStart(lines: string[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line.length > 100) continue;
    if (SIGNATURE_DELIMITER.some((p) => p.test(line))) return i;
    // A phone puts its line at the end of what was typed; "Sent from my desk, …" has a comma and is text.
    if (DEVICE_SIGNATURE.some((p) => p.test(line))) return i;
    // "Best regards,\nJohn Doe\nCEO" at the end; a closing with a whole paragraph after it is not one.
    if (CLOSING_LINE.test(line) && i > from && isShortTail(lines, i + 1, to, 4)) return i;
  }
  return -1;
}

function classify(lines: string[], extra: RegExp[]): Kind[] {
  const kinds: Kind[] = new Array(lines.length).fill('new');
  let sawQuote = false;
  let i = 0;
  while (i < lines.length) {
    const header = headerLength(lines, i, extra);
    if (header > 0) {
      let j = i + header;
      while (j < lines.length && isBlank(lines[j])) j++;
      if (j < lines.length && isQuoteLine(lines[j])) {
        // Header then "> …" lines: the quote ends where the ">" lines do; text after it is new (an inline reply).
        const end = quoteRunEnd(lines, j);
        kinds.fill('quote', i, end);
        sawQuote = true;
        i = end;
        continue;
      }
      // Header then plain text: everything below is the quoted message, flattened.
      kinds.fill('quote', i);
      break;
    }
    if (isQuoteLine(lines[i])) {
      const end = quoteRunEnd(lines, i);
      const quoted = lines.slice(i, end).filter(isQuoteLine).length;
      // A lone ">" line in a message that quotes nothing else is more likely an arrow or a link marker.
      if (quoted >= 2 || end >= lines.length || sawQuote) {
        kinds.fill('quote', i, end);
        sawQuote = true;
      }
      i = end;
      continue;
    }
    i++;
  }
  return kinds;
}

/** End (exclusive) of a run of ">" lines starting at i; blank lines and wrapped link fragments inside it belong to it. */
function quoteRunEnd(lines: string[], i: number): number {
  let end = i;
  let j = i;
  while (j < lines.length) {
    const line = lines[j];
    if (isQuoteLine(line)) {
      end = ++j;
    } else if (isBlank(line) || (/https?:|mailto:|>\s*$|^\S+$/.test(line.trim()) && nextNonBlankIsQuote(lines, j + 1))) {
      j++;
    } else if (isWrappedQuote(lines, j)) {
      j++;
    } else break;
  }
  // Blank lines after the quote go with it, so the text around it reads as one reply.
  while (end < lines.length && isBlank(lines[end])) end++;
  return end;
}

/** A quoted line that a mail program re-wrapped: a long "> …" line, then one short unquoted line, then "> …" again. */
function isWrappedQuote(lines: string[], j: number): boolean {
  const previous = lines[j - 1] ?? '';
  return isQuoteLine(previous) && previous.length >= 60 && lines[j].trim().length <= 60 && isQuoteLine(lines[j + 1] ?? '');
}

function nextNonBlankIsQuote(lines: string[], from: number): boolean {
  for (let j = from; j < lines.length; j++) if (!isBlank(lines[j])) return isQuoteLine(lines[j]);
  return false;
}

function clean(lines: string[]): string {
  const text = lines.join('\n').replace(/^(\s*\n)+/, '').replace(/\s+$/, '');
  return text.trim() === '' ? '' : text;
}

function analyse(text: string, options: SplitReplyOptions): { lines: string[]; kinds: Kind[] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').flatMap(splitSharedLine);
  const kinds = classify(lines, options.quoteHeaders ?? []);
  // A signature ends a stretch of new text: above the quote when top-posting, below it when bottom-posting.
  for (let start = 0; start < lines.length; ) {
    if (kinds[start] !== 'new') {
      start++;
      continue;
    }
    let end = start;
    while (end < lines.length && kinds[end] === 'new') end++;
    const sig = signatureStart(lines, start, end);
    if (sig >= 0 && isDeviceSignature(lines[sig]) && !isShortTail(lines, sig + 1, end, 2)) {
      // Mobile apps append the history, unmarked, right below their "Sent from my phone" line.
      kinds[sig] = 'signature';
      kinds.fill('quote', sig + 1, end);
    } else if (sig >= 0) kinds.fill('signature', sig, end);
    start = end;
  }
  return { lines, kinds };
}

export function splitReply(text: string, options: SplitReplyOptions = {}): SplitReply {
  if (typeof text !== 'string' || text.trim() === '') return { body: '', quoted: '', signature: '' };
  try {
    const { lines, kinds } = analyse(text, options);
    const parts: Record<Kind, string[]> = { new: [], quote: [], signature: [] };
    lines.forEach((line, i) => parts[kinds[i]].push(line));
    return { body: clean(parts.new), quoted: clean(parts.quote), signature: clean(parts.signature) };
  } catch {
    // A rule failing on strange input must never lose the text: keep it all as new text.
    return { body: text.trim(), quoted: '', signature: '' };
  }
}

/** The message without its quoted history, signature kept, as talon's `extract_from_plain` defines a reply. */
export function stripQuotedHistory(text: string, options: SplitReplyOptions = {}): string {
  if (typeof text !== 'string') return '';
  try {
    const { lines, kinds } = analyse(text, options);
    return clean(lines.filter((_, i) => kinds[i] !== 'quote'));
  } catch {
    return text.trim();
  }
}
