import { Readability } from '@mozilla/readability';

// A captured page becomes plain text with its paragraphs and list items on their own lines, because the contract
// parser finds numbered clauses by line. The page's HTML is parsed into an inert document (no scripts run, nothing
// loads) and only text leaves this module.

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'TABLE', 'UL', 'OL', 'HEADER', 'FOOTER']);

/** Text of a DOM subtree with a line break around each block element and at each <br>. */
export function blockText(root: Node): string {
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'NOSCRIPT') return;
    if (el.tagName === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCKS.has(el.tagName);
    if (block) out += '\n';
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) out += '\n';
  };
  walk(root);
  return out
    .split('\n')
    .map((line) => line.trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
}

export interface PageArticle {
  title: string;
  text: string;
}

/**
 * Readability's article of a page given as HTML; the whole body's text when Readability finds no article (a short
 * contract page can be too small for it).
 */
export function articleFromHtml(html: string, url: string, parser: DOMParser = new DOMParser()): PageArticle {
  const doc = parser.parseFromString(html, 'text/html');
  try {
    const base = doc.createElement('base');
    base.href = url;
    doc.head?.prepend(base);
  } catch {
    // An unusual document without a head: relative links simply stay relative.
  }
  const title = doc.title.trim();
  const fallback = () => ({ title, text: doc.body ? blockText(doc.body) : '' });
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  } catch {
    return fallback();
  }
  if (!article?.content) return fallback();
  const content = parser.parseFromString(article.content, 'text/html');
  const text = blockText(content.body);
  return text.length >= 40 ? { title: (article.title ?? title).trim(), text } : fallback();
}
