// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleFromHtml, blockText } from './page-text';

const CONTRACT = `<!doctype html><html><head><title>Service agreement — Acme</title><script>window.evil = 1</script></head>
<body><nav>Home · Pricing · Login</nav><article><h1>Service agreement</h1>
<p>1. Scope. The provider designs a five-page website and a contact form for the client.</p>
<p>2. Revisions. The fee includes two rounds of revisions per deliverable. Further rounds are billed at EUR 200 each.</p>
<p>3. Payment. Invoices are payable within 15 days. Late payments carry interest of 1.5% per month.</p>
<ul><li>4.1 The client provides all copy by 15 September.</li><li>4.2 Feedback is due within three business days.</li></ul>
</article><footer>© Acme</footer></body></html>`;

describe('articleFromHtml', () => {
  it('keeps each numbered clause on its own line', () => {
    const { title, text } = articleFromHtml(CONTRACT, 'https://docs.example.com/acme');
    expect(title).toContain('Service agreement');
    const lines = text.split('\n');
    expect(lines).toContain('2. Revisions. The fee includes two rounds of revisions per deliverable. Further rounds are billed at EUR 200 each.');
    expect(lines).toContain('4.2 Feedback is due within three business days.');
  });

  it('returns text only: markup and scripts do not come through', () => {
    const { text } = articleFromHtml(CONTRACT.replace('five-page', '<b onclick="x()">five-page</b>'), 'https://docs.example.com/');
    expect(text).not.toMatch(/[<>]/);
    expect(text).not.toContain('window.evil');
  });

  it('falls back to the page text when there is no article', () => {
    const { text } = articleFromHtml('<html><body><p>Net 30.</p></body></html>', 'https://x.example/');
    expect(text).toBe('Net 30.');
  });

  it('gives an empty text for an empty page instead of failing', () => {
    expect(articleFromHtml('', 'about:blank').text).toBe('');
  });
});

describe('blockText', () => {
  it('breaks lines at <br> and blocks, and collapses spaces inside a line', () => {
    const doc = new DOMParser().parseFromString('<div>a  b<br>c<p>d</p>e</div>', 'text/html');
    expect(blockText(doc.body)).toBe('a b\nc\nd\ne');
  });
});
