import { isKnownVariable } from './variables';

// A reply template is data the user can edit, so its syntax stays small and line-based:
//
//   [ack]              a section header (see SECTIONS)
//   Thanks, {{client.firstName}}.    one unit: dropped as a whole when any variable in it has no value
//   | Thank you.       a fallback for the unit above, used when that unit was dropped
//   |? I propose …     a proposal fallback: used like "|", and also listed in Draft.review, because it states a
//                      term the agreement does not have
//   # a note           ignored
//
// Dropping whole units (one sentence each, by convention) is what keeps an unfilled {{…}} out of a client's inbox.

export const SECTIONS = ['greeting', 'ack', 'limit', 'facts', 'offer', 'option', 'ask', 'close', 'sign'] as const;
export type SectionName = (typeof SECTIONS)[number];

export interface TemplateAlternative {
  text: string;
  proposal: boolean;
}
/** One sentence (or a few) and its fallbacks, in order of preference. */
export interface TemplateUnit {
  alternatives: TemplateAlternative[];
}
export interface TemplateSection {
  name: SectionName;
  units: TemplateUnit[];
}
export interface TemplateError {
  message: string;
  /** Offset in the template text, 0-based. */
  index: number;
  /** 1-based line and column, for the editor. */
  line: number;
  column: number;
}
export interface ParsedTemplate {
  sections: TemplateSection[];
  errors: TemplateError[];
}

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function parseTemplate(text: string): ParsedTemplate {
  const sections: TemplateSection[] = [];
  const errors: TemplateError[] = [];
  let current: TemplateSection | null = null;
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((rawLine, lineIndex) => {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const fail = (message: string, column: number) =>
      errors.push({ message, index: lineStart + column, line: lineIndex + 1, column: column + 1 });
    const line = rawLine.replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;

    const header = /^\[([a-z-]+)\]$/.exec(trimmed);
    if (header) {
      const name = header[1] as SectionName;
      if (!(SECTIONS as readonly string[]).includes(name)) {
        fail(`unknown section [${header[1]}]; sections are ${SECTIONS.map((s) => `[${s}]`).join(' ')}`, line.indexOf('['));
        current = null;
        return;
      }
      current = { name, units: [] };
      sections.push(current);
      return;
    }
    if (!current) {
      fail('text before the first [section] header', line.length - line.trimStart().length);
      return;
    }
    const isFallback = trimmed.startsWith('|');
    const proposal = trimmed.startsWith('|?');
    const body = isFallback ? trimmed.slice(proposal ? 2 : 1).trim() : trimmed;
    const bodyColumn = line.indexOf(body);
    checkVariables(body, (message, at) => fail(message, bodyColumn + at));

    const section: TemplateSection = current;
    if (isFallback) {
      const previous = section.units.at(-1);
      if (!previous) {
        fail('a "|" fallback needs a line above it in the same section', line.indexOf('|'));
        return;
      }
      previous.alternatives.push({ text: body, proposal });
    } else {
      section.units.push({ alternatives: [{ text: body, proposal: false }] });
    }
  });
  return { sections, errors };
}

/** The variables a template uses, in order of appearance (duplicates kept out). */
export function variablesIn(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(VARIABLE)) names.add(match[1]);
  return [...names];
}

function checkVariables(body: string, fail: (message: string, at: number) => void): void {
  for (const match of body.matchAll(VARIABLE)) {
    if (!isKnownVariable(match[1])) fail(`unknown variable {{${match[1]}}}`, match.index);
  }
  // Whatever is left after removing well-formed variables must hold no brace pair: "{{x" or "x}}" is a typo.
  const rest = body.replace(VARIABLE, (m) => ' '.repeat(m.length));
  const open = rest.indexOf('{{');
  if (open >= 0) fail('"{{" without a matching "}}"', open);
  const close = rest.indexOf('}}');
  if (close >= 0 && (open < 0 || close < open)) fail('"}}" without a matching "{{"', close);
}

export type Values = Readonly<Record<string, string | undefined>>;

/**
 * Fills one unit: the first alternative whose every variable has a value wins; null when none can be filled.
 * Values are inserted once, never re-read as template text, and stripped of braces, so a client called
 * "{{client.name}}" cannot smuggle a variable into the output.
 */
export function fillUnit(unit: TemplateUnit, values: Values): TemplateAlternative | null {
  for (const alternative of unit.alternatives) {
    const pieces = piecesOf(alternative.text);
    let text = '';
    let complete = true;
    for (let i = 0; i < pieces.length; i++) {
      // Even positions hold literal text, odd positions variable names.
      if (i % 2 === 0) {
        text += pieces[i];
        continue;
      }
      const value = values[pieces[i]];
      if (value === undefined || value.trim() === '') {
        complete = false;
        break;
      }
      text += cleanValue(value);
    }
    if (complete) return { text, proposal: alternative.proposal };
  }
  return null;
}

// A text split once into literal pieces and variable names, alternating: filling is then concatenation.
const pieceCache = new Map<string, string[]>();
function piecesOf(text: string): string[] {
  let pieces = pieceCache.get(text);
  if (!pieces) {
    pieces = text.split(VARIABLE);
    if (pieceCache.size > 5000) pieceCache.clear();
    pieceCache.set(text, pieces);
  }
  return pieces;
}

function cleanValue(value: string): string {
  return /[{}\n]/.test(value) ? value.replace(/[{}]/g, '').replace(/\s*\n\s*/g, ' ') : value;
}
