// Plain text from an HTML e-mail body without a DOM (the CLI runs in Node): one linear pass over the tags. Line
// breaks follow <br>, blocks and paragraphs; scripts, styles and comments are dropped; quoted history in
// <blockquote> (and Gmail's div.gmail_quote) comes out as "> " lines, so splitReply recognises it as history.

const BLOCK = new Set([
  'address', 'article', 'aside', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
  'blockquote', 'body', 'html', 'caption', 'details', 'summary',
]);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const DROPPED = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg', 'math', 'iframe', 'object', 'textarea', 'select']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', laquo: '«',
  raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', copy: '©', reg: '®', euro: '€', iexcl: '¡', iquest: '¿',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', Aacute: 'Á', Eacute: 'É',
  Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', Ntilde: 'Ñ', uuml: 'ü', ccedil: 'ç', middot: '·', bull: '•', zwnj: '', zwj: '',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '';
    }
    // Own keys only: "&constructor;" must stay as written, not become Object's constructor.
    if (Object.hasOwn(NAMED, code)) return NAMED[code];
    const lower = code.toLowerCase();
    return Object.hasOwn(NAMED, lower) ? NAMED[lower] : whole;
  });
}

interface Tag {
  name: string;
  closing: boolean;
  attributes: string;
}

/**
 * Splits HTML into text and tags in one left-to-right pass: every step moves past the next "<…>" found with
 * indexOf, so even hostile markup (a million "<a" without ">") costs linear time.
 */
function* tokens(html: string): Generator<string | Tag> {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      yield html.slice(i);
      return;
    }
    if (lt > i) yield html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    const isTagStart = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33 || next === 63;
    if (!isTagStart) {
      yield '<';
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) return; // an unfinished tag at the very end: browsers drop it, and so do we
    const inner = html.slice(lt + 1, gt);
    i = gt + 1;
    const m = /^(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/.exec(inner);
    if (m) yield { name: m[2].toLowerCase(), closing: m[1] === '/', attributes: inner.slice(m[0].length) };
  }
}

export function htmlToText(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  const lines: string[] = [];
  let line = '';
  let quoteDepth = 0;
  let dropping: string | null = null;
  let pending = 0; // line ends owed before the next text
  let pre = 0;
  const divIsQuote: boolean[] = [];
  const marker = () => '>'.repeat(quoteDepth);
  const endLine = () => {
    lines.push(line.trimEnd());
    line = '';
  };
  const flushPending = () => {
    for (; pending > 0; pending--) lines.push(marker());
  };
  const block = (count: number) => {
    if (line.trim() !== '' && line !== `${marker()} `) endLine();
    else line = '';
    if (lines.length > 0) pending = Math.max(pending, count - 1);
  };
  const text = (raw: string) => {
    let value = decodeEntities(raw);
    if (!pre) value = value.replace(/[\t\n\r\f ]+/g, ' ');
    if (value === '' || (!pre && value === ' ' && line === '')) return;
    flushPending();
    if (!pre) {
      // Collapsed text has no line breaks: the common case, kept free of splitting and closures.
      if (line === '') {
        if (value.charCodeAt(0) === 32) value = value.slice(1);
        if (value === '') return;
        line = quoteDepth > 0 ? `${marker()} ` : '';
      }
      line += value;
      return;
    }
    value.split('\n').forEach((part, i) => {
      if (i > 0) endLine();
      if (line === '') {
        if (!pre) part = part.replace(/^ /, '');
        if (part === '' && i === 0) return;
        line = quoteDepth > 0 ? `${marker()} ` : '';
      }
      line += part;
    });
  };

  for (const token of tokens(html)) {
    if (typeof token === 'string') {
      if (!dropping) text(token);
      continue;
    }
    const { name, closing, attributes } = token;
    if (dropping) {
      if (closing && name === dropping) dropping = null;
      continue;
    }
    if (DROPPED.has(name) && !closing && !/\/\s*$/.test(attributes)) {
      dropping = name;
      continue;
    }
    if (name === 'br') {
      flushPending();
      if (line === '') line = marker();
      endLine();
    } else if (PARAGRAPH.has(name)) block(2);
    else if (BLOCK.has(name)) block(1);
    else if ((name === 'td' || name === 'th') && closing && line !== '' && !line.endsWith(' ')) line += ' ';
    if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    if (name === 'blockquote') quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
    if (name === 'div' && !closing) {
      const isQuote = /class\s*=\s*["']?[^"'>]*gmail_quote/i.test(attributes);
      divIsQuote.push(isQuote);
      if (isQuote) quoteDepth++;
    } else if (name === 'div' && closing && divIsQuote.pop()) quoteDepth = Math.max(0, quoteDepth - 1);
  }
  if (line.trim() !== '') endLine();
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
