import { parseTemplate, type SectionName } from './template-syntax';

// What a template may do but a good reply should not: advice for the editor, never a reason to refuse the text.
// The built-in templates all pass (a test holds them to it), so the warnings only ever describe a user's edit.

export type TemplateWarning =
  | { code: 'missing-section'; section: SectionName }
  | { code: 'ask-not-one-question'; questions: number }
  | { code: 'question-outside-ask'; section: SectionName; line: string };

const REPLY_SECTIONS: readonly SectionName[] = ['ack', 'limit', 'option', 'ask', 'close'];
const QUESTION = /[?？]/g;

export function templateWarnings(text: string, kind: string): TemplateWarning[] {
  const { sections, errors } = parseTemplate(text);
  if (errors.length) return [];
  const warnings: TemplateWarning[] = [];
  if (kind !== 'frame') {
    for (const section of REPLY_SECTIONS)
      if (!sections.some((s) => s.name === section && s.units.length)) warnings.push({ code: 'missing-section', section });
  }
  for (const section of sections) {
    for (const unit of section.units) {
      for (const alt of unit.alternatives) {
        const questions = (alt.text.match(QUESTION) ?? []).length;
        if (section.name === 'ask' && questions !== 1) warnings.push({ code: 'ask-not-one-question', questions });
        if (section.name !== 'ask' && questions > 0) warnings.push({ code: 'question-outside-ask', section: section.name, line: alt.text });
      }
    }
  }
  return warnings;
}
