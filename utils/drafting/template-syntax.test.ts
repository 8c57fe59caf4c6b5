import { describe, expect, it } from 'vitest';
import { fillUnit, parseTemplate, variablesIn } from './template-syntax';

describe('parseTemplate', () => {
  it('reads sections, units and their fallbacks', () => {
    const { sections, errors } = parseTemplate('[ack]\nThanks, {{client.firstName}}.\n| Thanks.\n[ask]\nOK by {{reply.by}}?');
    expect(errors).toEqual([]);
    expect(sections.map((s) => s.name)).toEqual(['ack', 'ask']);
    expect(sections[0].units[0].alternatives).toEqual([
      { text: 'Thanks, {{client.firstName}}.', proposal: false },
      { text: 'Thanks.', proposal: false },
    ]);
  });

  it('marks "|?" fallbacks as proposals', () => {
    const { sections } = parseTemplate('[limit]\nClause {{clause.number}}.\n|? I propose a written change order.');
    expect(sections[0].units[0].alternatives[1]).toEqual({ text: 'I propose a written change order.', proposal: true });
  });

  it('reports an unknown variable with its line, column and offset', () => {
    const text = '[ack]\nHello {{client.nmae}}!';
    const { errors } = parseTemplate(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ message: 'unknown variable {{client.nmae}}', line: 2, column: 7 });
    expect(text.slice(errors[0].index)).toMatch(/^\{\{client\.nmae\}\}/);
  });

  it('accepts the fields of computed facts and rejects fields they do not have', () => {
    expect(parseTemplate('[facts]\n{{fact.invoice_overdue.overdueDays}} days').errors).toEqual([]);
    expect(parseTemplate('[facts]\n{{fact.invoice_overdue.colour}}').errors[0].message).toContain('fact.invoice_overdue.colour');
  });

  it('reports unbalanced braces, unknown sections, stray text and orphan fallbacks', () => {
    const text = 'stray\n[ack]\nHi {{client.name\n[closing]\n[ask]\n| orphan';
    const messages = parseTemplate(text).errors.map((e) => `${e.line}:${e.column} ${e.message}`);
    expect(messages).toEqual([
      '1:1 text before the first [section] header',
      '3:4 "{{" without a matching "}}"',
      expect.stringMatching(/^4:1 unknown section \[closing\]/),
      '6:1 a "|" fallback needs a line above it in the same section',
    ]);
  });

  it('ignores comments and blank lines', () => {
    expect(parseTemplate('# note {{nonsense}}\n\n[ack]\n\nHi.').errors).toEqual([]);
  });

  it('lists the variables a text uses', () => {
    expect(variablesIn('{{a.b}} and {{ c.d }} and {{a.b}}')).toEqual(['a.b', 'c.d']);
  });
});

describe('fillUnit', () => {
  const unit = parseTemplate('[ack]\nHi {{client.firstName}}, about {{invoice.number}}.\n| Hi {{client.firstName}}.\n|? Hello.').sections[0].units[0];

  it('uses the first alternative whose every value is present', () => {
    expect(fillUnit(unit, { 'client.firstName': 'Ana', 'invoice.number': 'INV-1' })?.text).toBe('Hi Ana, about INV-1.');
    expect(fillUnit(unit, { 'client.firstName': 'Ana' })?.text).toBe('Hi Ana.');
    expect(fillUnit(unit, { 'client.firstName': '  ' })).toEqual({ text: 'Hello.', proposal: true });
  });

  it('drops the unit when nothing can be filled', () => {
    const bare = parseTemplate('[ack]\nHi {{client.firstName}}.').sections[0].units[0];
    expect(fillUnit(bare, {})).toBeNull();
  });

  it('never lets a value smuggle a variable into the output', () => {
    expect(fillUnit(unit, { 'client.firstName': '{{client.name}}', 'invoice.number': '}}x{{' })?.text).toBe('Hi client.name, about x.');
  });
});
