import type { Clause } from './schema';

// Splits pasted contract text into its numbered clauses. Numbering styles seen in English, Spanish and Chinese
// contracts: "1.", "1.1", "4.2.", "Clause 3", "Section 2", "Cláusula 3", "CLÁUSULA PRIMERA", "Artículo 4", "§5",
// "第一条", "第1条", "一、". A number followed by a short line is a heading; a section heading with no text of its own
// ("4. Fees" above 4.1 and 4.2) lends its heading to its sub-clauses instead of becoming an empty clause.

const SPANISH_ORDINALS: Record<string, string> = {
  primera: '1', segunda: '2', tercera: '3', cuarta: '4', quinta: '5', sexta: '6', septima: '7', séptima: '7', octava: '8',
  novena: '9', decima: '10', décima: '10', undecima: '11', undécima: '11', duodecima: '12', duodécima: '12',
  primero: '1', segundo: '2', tercero: '3', cuarto: '4', quinto: '5', sexto: '6', septimo: '7', séptimo: '7', octavo: '8',
  noveno: '9', decimo: '10', décimo: '10',
};

const CN_NUM = '[一二三四五六七八九十百零〇两\\d]+';

interface Start {
  number: string;
  rest: string;
}

const PATTERNS: { re: RegExp; number: (m: RegExpExecArray) => string }[] = [
  { re: new RegExp(`^(第${CN_NUM}条)[\\s、：:．.]*(.*)$`, 'u'), number: (m) => m[1]! },
  { re: new RegExp(`^(${CN_NUM.replace('\\d', '')})、\\s*(.*)$`, 'u'), number: (m) => `${m[1]!}、` },
  {
    re: /^(?:clause|section|article|cl[aá]usula|art[ií]culo|apartado|secci[oó]n)\s+(\d+(?:\.\d+)*|[ivxlc]+|[a-záéíóú]+)\b[.:)\-–—]?\s*(.*)$/iu,
    number: (m) => SPANISH_ORDINALS[m[1]!.toLowerCase()] ?? m[1]!.toUpperCase().replace(/^(\d)/, '$1'),
  },
  { re: /^§\s*(\d+(?:\.\d+)*)[.:)]?\s*(.*)$/u, number: (m) => m[1]! },
  // "1." or "1)" or "1.1" / "1.1." — a bare "15 September" or "2.400 €" at a line start is not numbering.
  { re: /^(\d{1,2}\.\d{1,2}(?:\.\d{1,2}){0,2}\.?|\d{1,2}[.)])(?=\s)\s*(.*)$/u, number: (m) => m[1]!.replace(/[.)]$/, '') },
];

function clean(line: string): string {
  return line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function startOf(line: string): Start | null {
  for (const { re, number } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const n = number(m);
    // "Cláusula" followed by a word that is not an ordinal is prose, not numbering.
    if (/^[A-ZÁÉÍÓÚ]{2,}$/i.test(n) && !/^[IVXLC]+$/.test(n) && !SPANISH_ORDINALS[n.toLowerCase()]) continue;
    return { number: n, rest: m[m.length - 1]!.trim() };
  }
  return null;
}

/** "Payment. The client pays…" → heading "Payment"; a short line without a full stop is a heading on its own. */
function splitHeading(rest: string): { heading?: string; text: string } {
  if (!rest) return { text: '' };
  const short = (s: string) => s.length <= 60 && s.split(/\s+/).length <= 7;
  if (short(rest) && !/[.。;；]$/.test(rest) && !/\d[\d.,]*\s*(%|days|días|天|日)/.test(rest)) return { heading: rest.replace(/[:：]$/, ''), text: '' };
  const m = /^([^.:：。]{1,60}?)\s*[.:：]\s+(.+)$/u.exec(rest) ?? /^([\p{Script=Han}]{2,8})[\s：:]+(.+)$/u.exec(rest);
  if (m && short(m[1]!) && /^[\p{Lu}\p{Script=Han}]/u.test(m[1]!)) return { heading: m[1]!, text: m[2]! };
  return { text: rest };
}

export interface ContractSections {
  /** The text before the first clause: the title and the parties, usually. */
  preamble: string[];
  clauses: Clause[];
}

export function splitClauses(text: string): ContractSections {
  const lines = (typeof text === 'string' ? text : '').replace(/\r\n?/g, '\n').split('\n').map(clean);
  const preamble: string[] = [];
  const raw: { number: string; heading?: string; body: string[] }[] = [];
  for (const line of lines) {
    if (!line) continue;
    const start = startOf(line);
    if (start) {
      const { heading, text: first } = splitHeading(start.rest);
      raw.push({ number: start.number, heading, body: first ? [first] : [] });
    } else if (raw.length) {
      raw.at(-1)!.body.push(line);
    } else {
      preamble.push(line);
    }
  }
  const clauses: Clause[] = [];
  const sectionHeadings = new Map<string, string>();
  for (const c of raw) {
    const body = c.body.join(/\p{Script=Han}$/u.test(c.body[0] ?? '') ? '' : ' ').trim();
    if (!body) {
      if (c.heading) sectionHeadings.set(c.number, c.heading);
      continue;
    }
    const parent = c.number.includes('.') ? sectionHeadings.get(c.number.split('.')[0]!) : undefined;
    const heading = c.heading ?? parent;
    clauses.push({ number: c.number, ...(heading ? { heading } : {}), text: body });
  }
  return { preamble, clauses };
}
