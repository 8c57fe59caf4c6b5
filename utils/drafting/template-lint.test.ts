import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from './builtin-templates';
import { templateWarnings } from './template-lint';

describe('templateWarnings', () => {
  it('finds nothing to say about the built-in templates', () => {
    for (const t of BUILTIN_TEMPLATES) expect(templateWarnings(t.text, t.kind), t.id).toEqual([]);
  });

  it('warns about a reply with no question, two questions, or a question outside [ask]', () => {
    expect(templateWarnings('[ack]\nHi?\n[limit]\nNo.\n[option]\nA.\n[ask]\nOK? Sure?\n[close]\nBye.', 'scope_change')).toEqual([
      { code: 'question-outside-ask', section: 'ack', line: 'Hi?' },
      { code: 'ask-not-one-question', questions: 2 },
    ]);
    expect(templateWarnings('[ack]\nHi.', 'scope_change').map((w) => w.code === 'missing-section' && w.section)).toEqual(['limit', 'option', 'ask', 'close']);
  });

  it('asks nothing of the frame but its questions', () => {
    expect(templateWarnings('[greeting]\nHi,', 'frame')).toEqual([]);
  });
});
