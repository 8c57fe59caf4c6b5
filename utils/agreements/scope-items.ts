import { conceptIndex, hanConcepts, latinConcepts } from './scope-concepts';
import { addIndexTokens, contentTermsOf, segments, type ContentTerms } from './text-index';

// Which item of the agreement's scope a request names. Clients do not quote the contract: "could you press and label
// the bales" names "wool pressing and bale labelling", "the IB vaccinations" names "vaccination administration". So
// an item is named when enough of its content words appear in the request in some form (a word and its inflections
// share their start: bale/bales, press/pressing, week/weekly, cleaning/cleanup), or for Chinese enough of its character
// pairs; joining words ("of", "for", "de", "para") and numbers do not count. When a deliverable and an exclusion are
// named alike, the exclusion wins: asking for what the contract leaves out is the costlier thing to miss. A term is
// also named by a word of its concept group (scope-concepts.ts): "the railing" names "Balustrade", "the old oak"
// names "Tree removal", "蚜虫" names "病虫害防治", "the diet side of things" names "Nutrition coaching". Beyond those
// groups, words only: "order the desks you recommended" does not name "Equipment procurement".

/** Words that join a contract item's nouns (English, Spanish): they name nothing by themselves. */
const JOINING = new Set(
  (
    'the and for with per each all any our your their from into onto over under after before during including incl ' +
    'one two three four five six seven eight nine ten up to via plus not' +
    ' del las los una unos unas por para con cada sus todo todos toda todas hasta desde sobre entre sin tres cuatro cinco seis siete ocho nueve diez'
  ).split(' '),
);

/**
 * Words that make a named deliverable a request for more of it ("a second landing page", "another session", "una sesión
 * aparte", "多开一场"): more of a listed deliverable is beyond the agreed scope, not inside it. Latin ones count within
 * two words of a matched word, on either side (Spanish puts them after the noun); Chinese ones when one of the item's
 * character pairs starts within a few characters after them ("另外办一场"), not anywhere: "另外" is also how a Chinese
 * request says "besides", before anything at all.
 */
const MORE_OF = new Set(
  'second third another extra additional more new otra otro otras otros segunda segundo tercera tercer nueva nuevo nuevas nuevos adicional adicionales aparte mas'.split(' '),
);
const MORE_OF_HAN = /另外|另一|再办|再做|再开|再加|多开|多做|多加|多一|加一|额外|額外|第二|新的/g;
/** How far after a Chinese MORE_OF word the item's characters may start. */
const NEAR_HAN = 3;
const NEAR = 2;

/**
 * A named item needs at least this share of its (weighed) content words or character pairs in the request. Naming a
 * deliverable takes a scope change away, the costlier mistake, so it needs more than naming an exclusion, which adds
 * one. Chosen on the grounded tuning corpora (test/fixtures/corpus/grounded/tune-*): a third for both took ten requests
 * for new work as listed deliverables on 300 messages; two thirds for deliverables left most in-scope requests flagged.
 */
const EXCLUSION_SHARE = 1 / 3;
const DELIVERABLE_SHARE = 1 / 2;
/** Two Latin words are forms of one when one starts the other and the shorter has at least this many letters… */
const SHARED_START = 4;
/** …or when both start with the same this many letters (cleaning/cleanup, decorar/decoración, plastering/plasterboard). */
const SHARED_STEM = 5;

export interface ScopeMatch {
  item: string;
  excluded: boolean;
}

/** Items read of one list: a contract's scope lists a few dozen; a pasted or imported list of thousands is cut here
 *  so that matching stays quick whatever the agreement holds. */
const MAX_ITEMS = 200;

/** The content terms of a scope item or a request: words of three letters or more, Chinese pairs and lone characters. */
function terms(segs: { text: string; han: boolean }[]): ContentTerms {
  return contentTermsOf(segs, JOINING, 3, true);
}

/**
 * The words of a text, to ask whether a form of a word is among them: two Latin words are forms of one when one starts
 * the other and the shorter has at least SHARED_START letters (bale/bales, press/pressing, week/weekly). Each question
 * costs a few set lookups, whatever the length of the text.
 */
class WordForms {
  private readonly words: Set<string>;
  private readonly starts = new Set<string>();
  private readonly stems = new Set<string>();
  constructor(words: Iterable<string>, readonly pairs: ReadonlySet<string> = new Set()) {
    this.words = new Set(words);
    for (const w of this.words) {
      for (let k = SHARED_START; k < w.length; k++) this.starts.add(w.slice(0, k));
      if (w.length >= SHARED_STEM) this.stems.add(w.slice(0, SHARED_STEM));
    }
  }
  has(word: string): boolean {
    if (this.words.has(word) || (word.length >= SHARED_START && this.starts.has(word))) return true;
    if (word.length >= SHARED_STEM && this.stems.has(word.slice(0, SHARED_STEM))) return true;
    for (let k = SHARED_START; k < word.length; k++) if (this.words.has(word.slice(0, k))) return true;
    return false;
  }
  hasTerm(term: string, han: boolean): boolean {
    return han ? this.pairs.has(term) : this.has(term);
  }
}

/** What matching needs of a scope, worked out once per scope: each item's terms, and each term's weight in it. */
interface PreparedItem {
  item: string;
  excluded: boolean;
  terms: ContentTerms;
  forms: WordForms;
  /** Per term, words then pairs: 1 / the number of the scope's items that use it. */
  weights: number[];
  /** Per term, words then pairs: the concept groups it belongs to (scope-concepts.ts), which a request can name it by. */
  groups: number[][];
}

/** Per term of an item (words, then the pairs of its Chinese runs in order): the concept groups it belongs to. */
function termGroups(segs: { text: string; han: boolean }[], t: ContentTerms): number[][] {
  const ix = conceptIndex();
  const words = t.words.map((w) => {
    const g = new Set<number>();
    latinConcepts(ix, w, g);
    return [...g];
  });
  // A pair belongs to the groups of a Chinese concept word that covers it in the item ("营养" in "营养咨询"); the terms
  // are walked as contentTermsOf makes them (a lone character, else each pair), by UTF-16 offset as hanConcepts reports.
  const pairs: number[][] = [];
  for (const seg of segs) {
    if (!seg.han) continue;
    const chars = [...seg.text];
    if (chars.length === 1) pairs.push([]);
    const found = hanConcepts(ix, seg.text);
    for (let i = 0, from = 0; i + 1 < chars.length; from += chars[i]!.length, i++) {
      const to = from + chars[i]!.length + chars[i + 1]!.length;
      const g = new Set<number>();
      for (const f of found) if (f.from <= from && to <= f.to) for (const id of f.groups) g.add(id);
      pairs.push([...g]);
    }
  }
  return [...words, ...pairs];
}

const prepared = new WeakMap<object, PreparedItem[]>();

/**
 * The scope's items with their terms weighed by how few of the items use them: in a wedding photographer's scope
 * "boda" is in every item and tells them apart less than "vídeo" or "playa" does.
 */
function prepare(scope: { deliverables: string[]; exclusions: string[] }): PreparedItem[] {
  const cached = prepared.get(scope);
  if (cached) return cached;
  const items = [
    ...scope.deliverables.slice(0, MAX_ITEMS).map((item) => ({ item, excluded: false })),
    ...scope.exclusions.slice(0, MAX_ITEMS).map((item) => ({ item, excluded: true })),
  ].map(({ item, excluded }) => {
    const segs = segments(item);
    const t = terms(segs);
    return { item, excluded, terms: t, forms: new WordForms(t.words, new Set(t.han)), weights: [] as number[], groups: termGroups(segs, t) };
  });
  for (const it of items) {
    const uses = (term: string, han: boolean) => Math.max(1, items.filter((other) => other.forms.hasTerm(term, han)).length);
    it.weights = [...it.terms.words.map((w) => 1 / uses(w, false)), ...it.terms.han.map((p) => 1 / uses(p, true))];
  }
  prepared.set(scope, items);
  return items;
}

/** The share of the item's weighed terms that the request has, in some form or by a word of the same concept (0 for an
 *  item with none). */
function share(item: PreparedItem, request: WordForms, concepts: ReadonlySet<number>): number {
  const { words, han } = item.terms;
  let total = 0;
  let found = 0;
  for (let i = 0; i < words.length + han.length; i++) {
    const weight = item.weights[i]!;
    total += weight;
    if (i < words.length ? request.has(words[i]!) : request.pairs.has(han[i - words.length]!)) found += weight;
    else if (item.groups[i]!.some((g) => concepts.has(g))) found += weight;
  }
  return total === 0 ? 0 : found / total;
}

/** The concept groups a request names: by its words in any form, and by the Chinese words in its Han runs. */
function requestConcepts(words: string[], hanRuns: string[]): Set<number> {
  const ix = conceptIndex();
  const out = new Set<number>();
  for (const w of words) latinConcepts(ix, w, out);
  for (const run of hanRuns) for (const f of hanConcepts(ix, run)) for (const g of f.groups) out.add(g);
  return out;
}

/** Whether the request asks for more of the item: a MORE_OF word near one of the item's words it names. */
function asksForMore(item: PreparedItem, words: string[], han: string): boolean {
  if (item.terms.han.length > 0) {
    for (const m of han.matchAll(MORE_OF_HAN)) {
      const after = han.slice(m.index + m[0].length, m.index + m[0].length + NEAR_HAN + 2);
      if (item.terms.han.some((pair) => after.includes(pair))) return true;
    }
  }
  for (let i = 0; i < words.length; i++) {
    if (!item.forms.has(words[i]!)) continue;
    for (let k = Math.max(0, i - NEAR); k <= Math.min(words.length - 1, i + NEAR); k++) if (MORE_OF.has(words[k]!)) return true;
  }
  return false;
}

/** The exclusion or deliverable the request names, if any. */
export function scopeItemNamed(scope: { deliverables: string[]; exclusions: string[] }, request: string): ScopeMatch | undefined {
  const items = prepare(scope);
  if (items.length === 0) return undefined;
  const segs = segments(request);
  const every = segs.filter((s) => !s.han).map((s) => s.text);
  const hanRuns = segs.filter((s) => s.han).map((s) => s.text);
  // Every character pair of the request's Chinese, and every character (what an item's lone character is looked for in):
  // the search index's keys of the Han runs.
  const pairs = addIndexTokens(hanRuns.join(' '), new Set<string>());
  const requestTerms = terms(segs);
  const forms = new WordForms(requestTerms.words, pairs);
  const concepts = requestConcepts(requestTerms.words, hanRuns);
  let excluded: { item: PreparedItem; share: number } | undefined;
  let included: { item: PreparedItem; share: number } | undefined;
  for (const item of items) {
    const s = share(item, forms, concepts);
    if (item.excluded ? s < EXCLUSION_SHARE || (excluded && s <= excluded.share) : s < DELIVERABLE_SHARE || (included && s <= included.share)) continue;
    if (item.excluded) excluded = { item, share: s };
    else included = { item, share: s };
  }
  if (included && asksForMore(included.item, every, hanRuns.join(' '))) included = undefined;
  if (excluded && (!included || excluded.share >= included.share)) return { item: excluded.item.item, excluded: true };
  return included ? { item: included.item.item, excluded: false } : undefined;
}
