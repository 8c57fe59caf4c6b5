import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionSession } from './harness';
import { expectNoUnfilledVariables, GMAIL_PAGES, openGmailThread, panel, uiText, waitForAnalysis, launchWithDemoBackup } from './flows';

// Every request kind, in every language, on the saved Gmail pages: the panel names the kind, highlights the sentence
// that triggered it, and drafts a reply in the client's language that cites a clause and leaves no variable unfilled.

const pages = readdirSync(GMAIL_PAGES)
  .map((file) => /^thread-(en|es|zh)-([a-z-]+?)(-popout)?\.html$/.exec(file))
  .filter((m) => m && !m[3])
  .filter((m): m is RegExpExecArray => m !== null)
  .map(([file, lang, kind]) => ({ file: file!, lang: lang!, kind: kind!.replace(/-/g, '_') }));

const LANGUAGE_SIGN: Record<string, RegExp> = {
  en: /\b(the|and|you|we)\b/i,
  es: /\b(el|la|que|para|usted|de)\b/i,
  zh: /[\u4e00-\u9fff]/,
};

describe('every request kind on the saved Gmail pages', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithDemoBackup();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('has a page for each of the eleven kinds in English, Spanish and Chinese', () => {
    expect(new Set(pages.map((p) => p.kind)).size).toBe(11);
    expect(pages.length).toBeGreaterThanOrEqual(33);
  });

  it.each(pages)('$file: shows $kind with its evidence and a $lang draft', async ({ file, lang, kind }) => {
    const page = await openGmailThread(session, file);
    try {
      await waitForAnalysis(page);
      const p = panel(page);
      const label = p.locator(`.cm-label[data-kind="${kind}"]`);
      await label.waitFor({ timeout: 10_000 });
      await expect(label.locator('.cm-chip').innerText()).resolves.toBe(uiText(`kind_${kind}`));
      const evidence = await label.locator('.cm-evidence mark').allInnerTexts();
      expect(evidence.length).toBeGreaterThan(0);
      const body = await p.locator('[data-clausemate="message-text"]').textContent();
      for (const sentence of evidence) expect(body).toContain(sentence);

      const draft = await p.locator('[data-clausemate="draft-text"]').inputValue();
      expect(draft.length).toBeGreaterThan(80);
      expectNoUnfilledVariables(draft);
      expect(draft).toMatch(LANGUAGE_SIGN[lang]!);
      if (lang === 'en') expect(draft).not.toMatch(/[\u4e00-\u9fff]/);
    } finally {
      if (process.env.CLAUSEMATE_SCREENSHOTS) await page.screenshot({ path: `test-output/screenshots/kind-${lang}-${kind}.png` });
      await page.close();
    }
  });
});
