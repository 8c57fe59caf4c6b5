import type { RequestKind } from '../triage/kinds';
import type { DraftLanguage } from './draft';
import type { ParsedTemplate, SectionName, Values } from './template-syntax';
import { fillUnit } from './template-syntax';

// Assembles one reply from parsed templates: greeting; the leading request's acknowledgement; for each request its
// limit and facts (a later request opening with its own acknowledgement), then its alternatives as a numbered list (numbering runs on, so the client can answer "2 and 4");
// one question; the leading request's close; the signature. Each request carries its own variable values (its clause).

/** Kinds whose limit paragraph stands on its own: their acknowledgement is only a courtesy, said once up front. */
const SELF_CONTAINED: ReadonlySet<RequestKind> = new Set(['payment_delay']);

export interface ReplyPart {
  kind: RequestKind;
  template: ParsedTemplate;
  values: Values;
}

export interface RenderedReply {
  text: string;
  options: string[];
  /** Sentences that state a term the agreement lacks: the provider's proposals, for review. */
  review: string[];
}

interface Filled {
  lines: string[];
  proposals: string[];
}

function fillSection(template: ParsedTemplate, name: SectionName, values: Values): Filled {
  const out: Filled = { lines: [], proposals: [] };
  for (const section of template.sections.filter((s) => s.name === name)) {
    for (const unit of section.units) {
      const filled = fillUnit(unit, values);
      if (!filled) continue;
      out.lines.push(filled.text);
      if (filled.proposal) out.proposals.push(filled.text);
    }
  }
  return out;
}

export function renderReply(
  lang: DraftLanguage,
  frame: ParsedTemplate,
  frameValues: Values,
  parts: readonly ReplyPart[],
  rotateLeadingOptions = 0,
): RenderedReply {
  const joiner = lang === 'zh' || lang === 'zh-Hant' ? '' : ' ';
  const paragraphs: string[] = [];
  const options: string[] = [];
  const review: string[] = [];
  const take = (filled: Filled) => {
    review.push(...filled.proposals);
    return filled.lines;
  };
  const paragraph = (lines: string[]) => {
    if (lines.length) paragraphs.push(lines.join(joiner));
  };

  paragraph(take(fillSection(frame, 'greeting', frameValues)).slice(0, 1));
  if (parts.length === 0) return { text: '', options, review };
  const [lead] = parts;
  paragraph(take(fillSection(lead.template, 'ack', lead.values)));

  const intros = take(fillSection(frame, 'offer', frameValues));
  let lists = 0;
  const acknowledged = new Set(paragraphs.slice(1));
  parts.forEach((part, index) => {
    // A later request opens with its own acknowledgement, so "It goes beyond what we agreed" has something to refer
    // to; one that says only what has been said ("Thank you for your message.") is left out.
    const ownAck = index > 0 && !SELF_CONTAINED.has(part.kind);
    const ack = ownAck ? take(fillSection(part.template, 'ack', part.values)).filter((line) => !acknowledged.has(line)) : [];
    ack.forEach((line) => acknowledged.add(line));
    paragraph([...ack, ...take(fillSection(part.template, 'limit', part.values)), ...take(fillSection(part.template, 'facts', part.values))]);
    let offered = take(fillSection(part.template, 'option', part.values));
    if (index === 0 && rotateLeadingOptions > 0 && offered.length > 1) {
      const shift = rotateLeadingOptions % offered.length;
      offered = [...offered.slice(shift), ...offered.slice(0, shift)];
    }
    if (!offered.length) return;
    const intro = intros[Math.min(lists, intros.length - 1)];
    const numbered = offered.map((o, i) => `${options.length + i + 1}. ${o}`);
    paragraphs.push([intro, ...numbered].filter(Boolean).join('\n'));
    options.push(...offered);
    lists++;
  });

  const ownAsk = parts.length === 1 ? take(fillSection(lead.template, 'ask', lead.values)) : [];
  paragraph((ownAsk.length ? ownAsk : take(fillSection(frame, 'ask', frameValues))).slice(0, 1));
  const ownClose = take(fillSection(lead.template, 'close', lead.values));
  paragraph(ownClose.length ? ownClose : take(fillSection(frame, 'close', frameValues)));
  const sign = take(fillSection(frame, 'sign', frameValues));
  if (sign.length) paragraphs.push(sign.join('\n'));

  return { text: paragraphs.join('\n\n'), options, review: [...new Set(review)] };
}
