import type { Template } from '../agreements/schema';
import { REQUEST_KINDS, type RequestKind } from '../triage/kinds';
import { FRAME_KIND } from './builtin-templates';
import { composeDrafts } from './compose';
import type { DraftLanguage } from './draft';
import { sampleComposeInput, sampleFacts } from './sample-data';

// What one template produces on the sample agreement, for the editor's live preview. The frame has no kind of its
// own, so it is shown around a scope-change reply; a payment step is reached with the reminders that lead to it.

// The invoice state (days overdue, late fee per clause 6.2 of the sample) and reminders that lead to each step.
const STEP_SAMPLE: Record<string, { reminders: number; overdueDays: number; lateFee: number }> = {
  friendly: { reminders: 0, overdueDays: 5, lateFee: 6 },
  firm: { reminders: 1, overdueDays: 20, lateFee: 24 },
  final: { reminders: 2, overdueDays: 44, lateFee: 52.8 },
};

export function previewTemplate(template: Template, overrides: readonly Template[] = []): string {
  const lang = template.lang as DraftLanguage;
  const kind: RequestKind = (REQUEST_KINDS as readonly string[]).includes(template.kind) ? (template.kind as RequestKind) : 'scope_change';
  const sample = STEP_SAMPLE[template.step ?? 'friendly'] ?? STEP_SAMPLE.friendly;
  const facts = sampleFacts(lang).map((f) =>
    f.kind === 'invoice_overdue' ? { ...f, overdueDays: sample.overdueDays, lateFee: sample.lateFee } : f,
  );
  const [draft] = composeDrafts(
    sampleComposeInput(lang, [kind], {
      tone: template.tone,
      facts,
      templates: [...overrides.filter((t) => t.id !== template.id), template],
      reminderCount: kind === 'payment_delay' ? sample.reminders : 0,
    }),
  );
  return draft?.text ?? '';
}

export { FRAME_KIND };
