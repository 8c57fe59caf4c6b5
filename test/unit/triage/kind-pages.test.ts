import { describe, expect, it } from 'vitest';
import { KIND_TEXTS } from '../../fixtures/gmail/kind-texts';
import { splitReply } from '@/utils/mail/split-reply';
import { classifyMessage } from '@/utils/triage/classify';

// The saved Gmail pages (one per kind and language, test/fixtures/gmail/) are what the end-to-end test opens in
// Chromium; here the same client texts go through the classifier alone, so a model that loses one fails in seconds
// rather than after a build. Hours are the demo agreement's: Monday–Friday 09:00–18:00 in Madrid.
const hours = { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };

const cases = Object.entries(KIND_TEXTS).flatMap(([kind, byLang]) =>
  (['en', 'es', 'zh'] as const).map((lang) => ({ kind, lang, text: byLang[lang] })),
);

describe('the client text of every saved kind page', () => {
  it.each(cases)('$lang $kind is found, with its evidence', ({ kind, text }) => {
    const body = splitReply(text.body.join('\n')).body;
    const r = classifyMessage({ text: body, subject: text.subject, sentAt: text.sentAtUtc, hours });
    const label = r.labels.find((l) => l.kind === kind);
    expect(label, `labels: ${r.labels.map((l) => l.kind).join(', ') || 'none'}`).toBeDefined();
    expect(label!.evidence.length).toBeGreaterThan(0);
    for (const sentence of label!.evidence) expect(body).toContain(sentence);
  });
});
