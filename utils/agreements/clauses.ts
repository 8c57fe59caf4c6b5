import type { RankedClause } from '../analysis/analysis';
import type { RequestKind } from '../triage/kinds';
import { conceptHits, conceptsIn, KIND_CONCEPTS, type Concept } from './concepts';
import type { Agreement, Clause } from './schema';
import { contentTerms, fold } from './text-index';

// Which of an agreement's clauses apply to a request. Each kind names the concepts its clause would speak of (a
// payment delay: payment, late fee, invoice); a clause scores for each concept its heading (strongly) or text
// mentions, in any of the three languages through the concept lexicon. The message's evidence adds the concepts it
// speaks of — so "otra ronda de cambios" lifts an English clause headed "Revisions" — and the words it shares with
// the clause.

const HEADING_WEIGHT = 3;
const TEXT_WEIGHT = 1;
const CONCEPT_RANK_WEIGHTS = [1, 0.6, 0.4];
const EVIDENCE_CONCEPT_WEIGHT = 0.8;
const SHARED_WORD_WEIGHT = 0.3;

const STOPWORDS = new Set(
  'the and for with that this from have will your you are can could would please about also just need these those there their then than what when which while into over more some like para como pero este esta estos estas desde donde cuando porque sobre tiene puede hacer favor todo todos mucho muy'.split(
    ' ',
  ),
);

function conceptScore(heading: string, text: string, concept: Concept): number {
  const inHeading = conceptHits(heading, concept) > 0 ? HEADING_WEIGHT : 0;
  const inText = Math.min(conceptHits(text, concept), 3) * TEXT_WEIGHT;
  return inHeading + inText;
}

function significantWords(folded: string): Set<string> {
  const { words, han } = contentTerms(folded, STOPWORDS, 4);
  return new Set([...words, ...han]);
}

// A message about the weekend is answered by the working-hours clause even when that clause never says "weekend".
const RELATED: Partial<Record<Concept, Concept[]>> = {
  after_hours: ['hours'],
  late_fee: ['payment'],
  invoice: ['payment'],
  rush: ['timeline'],
  discount: ['rates'],
};

function withRelated(concepts: Concept[]): Concept[] {
  return [...new Set([...concepts, ...concepts.flatMap((c) => RELATED[c] ?? [])])];
}

/** A raw relevance score of one clause; 0 when nothing in it speaks to the request. */
function scoreClause(clause: Clause, kinds: RequestKind[], evidenceConcepts: Concept[], evidenceWords: Set<string>): number {
  const heading = fold(clause.heading ?? '');
  const text = fold(clause.text);
  let score = 0;
  const seen = new Set<Concept>();
  for (const kind of kinds) {
    (KIND_CONCEPTS[kind] ?? []).forEach((concept, rank) => {
      const weight = CONCEPT_RANK_WEIGHTS[rank] ?? 0.3;
      score += weight * conceptScore(heading, text, concept);
      seen.add(concept);
    });
  }
  for (const concept of evidenceConcepts) {
    // Concepts the kinds already counted are not counted twice; the evidence only confirms them a little.
    const factor = seen.has(concept) ? 0.25 : 1;
    score += factor * EVIDENCE_CONCEPT_WEIGHT * Math.min(conceptScore(heading, text, concept), HEADING_WEIGHT);
  }
  if (evidenceWords.size) {
    const clauseWords = significantWords(`${heading} ${text}`);
    let shared = 0;
    for (const w of evidenceWords) if (clauseWords.has(w)) shared++;
    score += Math.min(shared, 5) * SHARED_WORD_WEIGHT;
  }
  return score;
}

/** The agreement's clauses that speak to the request, most relevant first, each with a score in (0, 1). */
export function rankClauses(agreement: Agreement, kinds: RequestKind[], evidence: string[]): RankedClause[] {
  const clauses = agreement?.clauses ?? [];
  if (clauses.length === 0) return [];
  const evidenceText = fold((evidence ?? []).filter((e) => typeof e === 'string').join('\n'));
  const evidenceConcepts = withRelated(conceptsIn(evidenceText));
  const evidenceWords = significantWords(evidenceText);
  return clauses
    .map((clause, index) => ({ clause, index, raw: scoreClause(clause, kinds ?? [], evidenceConcepts, evidenceWords) }))
    .filter((c) => c.raw > 0)
    .sort((a, b) => b.raw - a.raw || a.index - b.index)
    .map(({ clause, raw }) => ({ clause, score: Math.round((raw / (raw + 2)) * 1000) / 1000 }));
}

// Words such as "contract" or "本合同" occur in most clauses, so they only count in a heading.
const HEADING_ONLY: ReadonlySet<Concept> = new Set(['contract']);

/**
 * The clause that states a term, for a fact to cite: the best one whose heading speaks of the concepts, else the one
 * whose text speaks most of the first concept. No clause rather than a wrong one.
 */
export function clauseFor(agreement: Agreement | null | undefined, concepts: Concept[]): Clause | undefined {
  let byHeading: { clause: Clause; score: number } | undefined;
  let byText: { clause: Clause; score: number } | undefined;
  for (const clause of agreement?.clauses ?? []) {
    const heading = fold(clause.heading ?? '');
    const h = concepts.reduce((sum, c, rank) => sum + (CONCEPT_RANK_WEIGHTS[rank] ?? 0.3) * (conceptHits(heading, c) > 0 ? 1 : 0), 0);
    if (h > 0 && (!byHeading || h > byHeading.score)) byHeading = { clause, score: h };
    const primary = concepts[0];
    if (primary && !HEADING_ONLY.has(primary)) {
      const t = conceptHits(fold(clause.text), primary);
      if (t > 0 && (!byText || t > byText.score)) byText = { clause, score: t };
    }
  }
  return (byHeading ?? byText)?.clause;
}
