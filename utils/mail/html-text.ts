// Turns a DOM subtree into the plain text a person sees, keeping the line breaks that <br>, <div> and <p> make.
// Mail HTML is hostile: scripts, styles and templates are skipped, nothing is rendered or run, and the walk is
// iterative so absurdly deep markup cannot overflow the stack.

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'SELECT', 'INPUT', 'TEXTAREA', 'META', 'LINK']);
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'MENU',
  'NAV', 'OL', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'BODY', 'HTML', 'CAPTION',
]);
const PARAGRAPHS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CELLS = new Set(['TD', 'TH']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface TextOptions {
  /** Elements whose whole subtree is left out (quoted history, signatures, Gmail's own buttons). */
  skip?: (element: Element) => boolean;
}

const NEEDS_COLLAPSE = /[\t\n\r\f]| {2}/;

class LineWriter {
  private out: string[] = [];
  private line = '';
  private pendingBreaks = 0;

  text(value: string, preformatted: boolean): void {
    if (!preformatted) {
      if (NEEDS_COLLAPSE.test(value)) value = value.replace(/[\t\n\r\f ]+/g, ' ');
      if (this.line === '' || this.line.endsWith(' ')) value = value.replace(/^ /, '');
    }
    if (value === '') return;
    this.flushBreaks();
    const parts = value.split('\n');
    this.line += parts[0];
    for (let i = 1; i < parts.length; i++) this.newline(), (this.line += parts[i]);
  }

  /** A forced line break (<br>, or a newline inside <pre>). */
  newline(): void {
    this.flushBreaks();
    this.out.push(this.line.trimEnd());
    this.line = '';
  }

  /** A block edge: at least `count` line ends before the next text, none at the very start. */
  block(count: 1 | 2): void {
    if (this.line !== '') {
      this.out.push(this.line.trimEnd());
      this.line = '';
      this.pendingBreaks = Math.max(this.pendingBreaks, count - 1);
    } else if (this.out.length > 0) {
      this.pendingBreaks = Math.max(this.pendingBreaks, count - 1);
    }
  }

  cell(): void {
    if (this.line !== '' && !this.line.endsWith(' ')) this.line += ' ';
  }

  private flushBreaks(): void {
    for (; this.pendingBreaks > 0; this.pendingBreaks--) this.out.push('');
  }

  result(): string {
    if (this.line !== '') this.out.push(this.line.trimEnd());
    let text = this.out.join('\n');
    // No-break spaces read as spaces (lines were already trimmed of ordinary ones).
    if (/[\u00a0\u202f]/.test(text)) text = text.replace(/[\u00a0\u202f]/g, ' ').replace(/ +$/gm, '');
    return text.replace(/\n{3,}/g, '\n\n').trim();
  }
}

function enter(writer: LineWriter, tag: string): void {
  if (PARAGRAPHS.has(tag)) writer.block(2);
  else if (BLOCKS.has(tag)) writer.block(1);
}

function leave(writer: LineWriter, tag: string): void {
  if (PARAGRAPHS.has(tag)) writer.block(2);
  else if (BLOCKS.has(tag)) writer.block(1);
  else if (CELLS.has(tag)) writer.cell();
}

/**
 * The visible text of `root`, line breaks kept, never throwing on odd markup. The walk follows firstChild and
 * nextSibling links (no recursion, no child lists), so it is fast and depth cannot overflow the stack.
 */
export function textOf(root: Node, options: TextOptions = {}): string {
  const skip = options.skip;
  return textsOf(root, 1, skip ? (el) => (skip(el) ? -1 : undefined) : () => undefined)[0];
}

/**
 * One walk that sends each part of `root` to its own channel: `route(element)` returns a channel number for the
 * element's whole subtree, -1 to leave it out, or undefined to stay in the current channel. Routing is only asked
 * while in channel 0, so the outermost quote or signature decides. Returns the text of each channel.
 */
export function textsOf(root: Node, channels: number, route: (element: Element, tag: string) => number | undefined): string[] {
  const writers = Array.from({ length: channels }, () => new LineWriter());
  if (root.nodeType === TEXT_NODE) return writers.map((_, i) => (i === 0 ? (root.nodeValue ?? '').trim() : ''));
  let channel = 0;
  const routed: Array<{ element: Node; previous: number }> = [];
  let preDepth = 0;
  let node: Node | null = root.firstChild;
  const close = (element: Node) => {
    const tag = (element as Element).tagName.toUpperCase();
    if (tag === 'PRE') preDepth--;
    leave(writers[channel], tag);
    if (routed.length > 0 && routed[routed.length - 1].element === element) channel = routed.pop()!.previous;
  };
  while (node && node !== root) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      writers[channel].text(node.nodeValue ?? '', preDepth > 0);
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      const tag = element.tagName.toUpperCase();
      if (tag === 'BR') writers[channel].newline();
      else if (!SKIPPED.has(tag) && !element.hasAttribute('hidden')) {
        const target = channel === 0 ? route(element, tag) : undefined;
        if (target !== -1) {
          if (target !== undefined && target !== channel) {
            routed.push({ element, previous: channel });
            channel = target;
          }
          enter(writers[channel], tag);
          if (tag === 'PRE') preDepth++;
          descend = element.firstChild !== null;
          if (!descend) close(element);
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing every element left on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === ELEMENT_NODE) close(node);
    }
    if (node && node !== root) node = node.nextSibling;
  }
  return writers.map((w) => w.result());
}
