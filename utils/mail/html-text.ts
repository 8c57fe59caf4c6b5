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

class LineWriter {
  private out: string[] = [];
  private line = '';
  private pendingBreaks = 0;

  text(value: string, preformatted: boolean): void {
    if (!preformatted) {
      value = value.replace(/[\t\n\r\f ]+/g, ' ');
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
    return this.out
      .map((l) => l.replace(/[\u00a0\u202f]/g, ' ').trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

type Step = { node: Node; exit: false } | { node: Element; exit: true };

/** The visible text of `root`, line breaks kept, never throwing on odd markup. */
export function textOf(root: Node, options: TextOptions = {}): string {
  const writer = new LineWriter();
  const stack: Step[] = [{ node: root, exit: false }];
  let preDepth = 0;
  while (stack.length > 0) {
    const step = stack.pop()!;
    const node = step.node;
    if (step.exit) {
      const tag = (node as Element).tagName.toUpperCase();
      if (tag === 'PRE') preDepth--;
      if (PARAGRAPHS.has(tag)) writer.block(2);
      else if (BLOCKS.has(tag)) writer.block(1);
      else if (CELLS.has(tag)) writer.cell();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      writer.text(node.nodeValue ?? '', preDepth > 0);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      const tag = element.tagName.toUpperCase();
      if (SKIPPED.has(tag) || element.hasAttribute('hidden') || options.skip?.(element)) continue;
      if (tag === 'BR') {
        writer.newline();
        continue;
      }
      if (PARAGRAPHS.has(tag)) writer.block(2);
      else if (BLOCKS.has(tag)) writer.block(1);
      if (tag === 'PRE') preDepth++;
      stack.push({ node: element, exit: true });
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
  return writer.result();
}
