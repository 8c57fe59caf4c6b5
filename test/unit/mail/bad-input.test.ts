// Hostile and random input: the readers return what they could read, never throw, never hang, never run anything.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseGmailDateTitle, timeFromMessageId } from '../../../utils/mail/gmail/gmail-dates';
import { readGmailThread } from '../../../utils/mail/gmail/read-thread';
import { htmlToText } from '../../../utils/mail/html-to-text';
import { textOf } from '../../../utils/mail/html-text';
import { parseMessage } from '../../../utils/mail/mail-file';
import { readCompatibilityPage } from '../../../utils/mail/readability-reader';
import { splitReply, stripQuotedHistory } from '../../../utils/mail/split-reply';

/** Text that looks like mail: headers, quotes, signatures, CJK, RTL, control characters. */
const mailish = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom(
        'On Mon, Nov 23, 2026 at 10:12 AM Daniel <daniel@northwind.io> wrote:', '> quoted', '>', '-- ', '--',
        'El 20 nov 2026, a las 9:10, Ana <ana@acme.com> escribió:', '在 2026年11月20日 写道：', '发件人: 王伟',
        '发送时间: 2026年11月20日', 'From: a@b.c', 'Sent: Friday', '-----Original Message-----', 'Enviado desde mi iPhone',
        '发自我的iPhone', 'مرحبا، هل يمكنك إضافة صفحة؟', 'שלום עולם', '\u202e\u200f', '', '   ', '\u0000\u0007', 'Un saludo,',
      ),
    ),
    { maxLength: 40 },
  )
  .map((lines) => lines.join('\n'));

describe('splitReply on random input', () => {
  it('never throws and never invents text: every part comes from the input', () => {
    fc.assert(
      fc.property(mailish, (text) => {
        const r = splitReply(text);
        const source = text.replace(/\r\n?/g, '\n');
        for (const part of [r.body, r.quoted, r.signature]) {
          for (const line of part.split('\n')) expect(source.includes(line)).toBe(true);
        }
        expect(stripQuotedHistory(text)).toBeTypeOf('string');
      }),
      { numRuns: 400 },
    );
  });

  it('loses no line: new text, quote and signature together hold every non-empty line', () => {
    fc.assert(
      fc.property(mailish, (text) => {
        const r = splitReply(text);
        const kept = [r.body, r.quoted, r.signature].join('\n');
        const lines = text.replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim() !== '' && !/\s(wrote|escribió|a écrit|schrieb)\s*:\s*$/.test(l));
        for (const line of lines) expect(kept.includes(line.trim())).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on a 1 MB message and on pathological lines', () => {
    const big = Array.from({ length: 20_000 }, (_, i) => (i % 50 === 0 ? `> line ${i}` : `Line ${i}: On the other hand, could you add a page? `)).join('\n');
    const nasty = `${'On '.repeat(130)}\n`.repeat(2000) + `${'a'.repeat(399)}:\n`.repeat(2000) + `在${' '.repeat(380)}\n`.repeat(2000);
    for (const text of [big, nasty]) {
      const start = performance.now();
      const r = splitReply(text);
      expect(r.body.length + r.quoted.length + r.signature.length).toBeGreaterThan(0);
      expect(performance.now() - start).toBeLessThan(3000);
    }
  });
});

describe('HTML readers on hostile markup', () => {
  const htmlish = fc
    .array(
      fc.oneof(
        fc.string(),
        fc.constantFrom(
          '<div>', '</div>', '<p>', '<br>', '<blockquote>', '</blockquote>', '<div class="gmail_quote">', '<script>window.__ran=1</script>',
          '<img src=x onerror="window.__ran=1">', '<style>*{display:none}</style>', '<!--', '-->', '<', '>', '&amp;', '&#x1F600;',
          '&#xD800;', '<b><i>x</b></i>', '<pre>\n a\n</pre>', '<table><tr><td>a</td><td>b</td></tr></table>', '<a "', "<svg><text>x</text></svg>",
          'שלום', '王伟', '\u202e',
        ),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''));

  it('htmlToText never throws and drops what a browser would run or hide (jsdom as the judge)', () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        const text = htmlToText(html);
        // A browser shows "<a \"<script>x" as text; only what it parses as a script or style must be gone.
        const body = new JSDOM(`<body>${html}`).window.document.body;
        body.querySelectorAll('script, style, noscript, svg').forEach((el) => el.remove());
        const visible = body.textContent ?? '';
        if (!visible.includes('window.__ran')) expect(text).not.toContain('window.__ran');
        if (!visible.includes('display:none')) expect(text).not.toContain('display:none');
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('the Gmail reader never throws on random bodies inside a thread, and never runs their scripts', () => {
    fc.assert(
      fc.property(htmlish, htmlish, (body, header) => {
        const html = `<div role="main"><h2 class="hP">${header}</h2><div class="adn" data-message-id="#msg-f:1850000000000000000"><span class="gD" email="a@b.c" name="${header.replace(/"/g, '')}"></span><span class="g3" title="${header.replace(/"/g, '')}"></span><div class="ii gt"><div class="a3s">${body}</div></div></div></div>`;
        const dom = new JSDOM(html, { runScripts: 'outside-only' });
        const thread = readGmailThread(dom.window.document, { viewerTimeZone: 'Europe/Madrid' });
        expect(thread).not.toBeNull();
        expect(thread!.messages.length + thread!.problems.length).toBeGreaterThan(0);
        // Only what the HTML parser made a script must be gone ("<a \"<script>…" is text to a browser too).
        const shown = dom.window.document.querySelector('.a3s')?.cloneNode(true) as Element | undefined;
        shown?.querySelectorAll('script, style, noscript, svg').forEach((el) => el.remove());
        if (!(shown?.textContent ?? '').includes('window.__ran')) {
          for (const m of thread!.messages) expect(m.body + m.quoted + m.signature).not.toContain('window.__ran');
        }
        expect((dom.window as unknown as { __ran?: number }).__ran).toBeUndefined();
        expect(readCompatibilityPage(dom.window.document, 'https://example.com/')).not.toBeUndefined();
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('textOf walks 20 000 nested elements without overflowing the stack', () => {
    const doc = new JSDOM('').window.document;
    // Built from the leaf up, so jsdom's own insertion checks stay cheap.
    let node: Element = doc.createElement('span');
    node.textContent = 'deep';
    for (let i = 0; i < 20_000; i++) {
      const parent = doc.createElement(i % 2 ? 'div' : 'span');
      parent.appendChild(node);
      node = parent;
    }
    expect(textOf(node)).toBe('deep');
  }, 60_000);

  it('reads a 500-message thread and a 1 MB message', () => {
    const messages = Array.from(
      { length: 500 },
      (_, i) => `<div class="adn" data-message-id="#msg-f:${1850000000000000000n + BigInt(i)}"><span class="gD" email="d@n.io" name="D"></span><span class="g3" title="23 Nov 2026, 10:12"></span><div class="ii gt"><div class="a3s">Message ${i}</div></div></div>`,
    ).join('');
    const huge = `<div>${'Could you add one more page? '.repeat(36_000)}</div>`;
    const dom = new JSDOM(`<div role="main"><h2 class="hP">Long</h2>${messages}<div class="adn" data-message-id="#msg-f:1"><div class="ii gt"><div class="a3s">${huge}</div></div></div></div>`);
    const thread = readGmailThread(dom.window.document, { viewerTimeZone: 'Europe/Madrid' })!;
    expect(thread.messages).toHaveLength(501);
    expect(thread.messages[499].body).toBe('Message 499');
    expect(thread.messages[500].body.length).toBeGreaterThan(1_000_000);
  }, 60_000);
});

describe('dates and raw messages on random input', () => {
  it('parseGmailDateTitle and timeFromMessageId return a valid instant or null, never throw', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('Europe/Madrid', 'Asia/Shanghai', 'America/Mexico_City', 'Not/AZone', ''), (title, zone) => {
        for (const value of [parseGmailDateTitle(title, zone), timeFromMessageId(title)]) {
          if (value !== null) expect(Number.isFinite(Date.parse(value))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('parseMessage turns any bytes into a message or an error, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const m = await parseMessage(bytes);
        expect(typeof m.text).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});

describe('entities and words that name built-in properties', () => {
  it('leaves "&constructor;" and "&toString;" as written', () => {
    expect(htmlToText('<p>a &constructor; b &toString; c &amp; d</p>')).toBe('a &constructor; b &toString; c & d');
  });
});
