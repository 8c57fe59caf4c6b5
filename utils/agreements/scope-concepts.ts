import groups from './scope-concepts.json';
import { fold } from './text-index';

// Which words name the same kind of thing in a service agreement, in English, Spanish and Chinese: the everyday word
// for the contract's (railing / balustrade, diet / nutrition, 冷气 / 空调), and the kinds of a thing (birch, oak →
// tree; aphids → pests; sofa, desk → furniture). A client asking for "the dead birch by the shed" names the excluded
// "tree removal" by meaning, not by its words. The groups are narrow (never a whole field such as "food").
// SOURCE of scope-concepts.json (750 groups): written for this project on 2026-11-29 by five writers, one per cluster
// of trades (building, home and energy; events, food and the arts; health, fitness, beauty, childcare and teaching;
// legal, finance, office and print; farming, crafts, transport, marine and labs), each told the matcher's rules (base
// forms, no word that names nothing by itself, a word in at most two groups) and none shown a corpus message. Words
// whose start is a common word were left out by them ("rat", "haya", "embargo"); forms are found by ENDINGS below.

export interface ConceptGroup {
  id: string;
  en: string[];
  es: string[];
  zh: string[];
}

/**
 * The endings that make a form of a group's word (its base form): English and Spanish plurals, "-ing", "-ed", "-er";
 * after a final "e" dropped (prune → pruning), "y" → "ies", Spanish "z" → "ces". Any other ending is another word:
 * "example" is not a form of "exam", nor "backhoe" of "back".
 */
const ENDINGS = ['s', 'es', 'ed', 'd', 'ing', 'ings', 'er', 'ers'];

interface Index {
  /** Folded Latin word → its groups. */
  latin: Map<string, number[]>;
  /** Chinese words by their first character. */
  han: Map<string, Array<{ word: string; groups: number[] }>>;
}

let index: Index | undefined;

/** The index of the shipped groups, or of `list` (tests). */
export function conceptIndex(list: readonly ConceptGroup[] = groups as ConceptGroup[]): Index {
  if (list === groups && index) return index;
  const latin = new Map<string, number[]>();
  const hanWords = new Map<string, number[]>();
  list.forEach((g, id) => {
    for (const raw of [...g.en, ...g.es]) {
      const word = fold(raw.trim());
      if (!/^[a-z0-9ñ'-]+$/.test(word)) continue;
      const at = latin.get(word);
      if (at) {
        if (!at.includes(id)) at.push(id);
        continue;
      }
      latin.set(word, [id]);
    }
    for (const raw of g.zh) {
      const word = raw.trim();
      if ([...word].length < 2) continue;
      const at = hanWords.get(word) ?? [];
      if (!at.includes(id)) at.push(id);
      hanWords.set(word, at);
    }
  });
  const han = new Map<string, Array<{ word: string; groups: number[] }>>();
  for (const [word, ids] of hanWords) han.set(word[0]!, [...(han.get(word[0]!) ?? []), { word, groups: ids }]);
  const built = { latin, han };
  if (list === groups) index = built;
  return built;
}

/** The groups of a folded Latin word: its own, or those of the group word it is a form of (birches → birch). */
export function latinConcepts(ix: Index, word: string, into: Set<number>): void {
  addAll(ix.latin.get(word), into);
  for (const ending of ENDINGS) {
    if (word.length <= ending.length + 2 || !word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    addAll(ix.latin.get(stem), into);
    addAll(ix.latin.get(`${stem}e`), into);
  }
  if (word.endsWith('ies')) addAll(ix.latin.get(`${word.slice(0, -3)}y`), into);
  if (word.endsWith('ces')) addAll(ix.latin.get(`${word.slice(0, -3)}z`), into);
}

function addAll(groups: number[] | undefined, into: Set<number>): void {
  if (groups) for (const g of groups) into.add(g);
}

/** The groups whose Chinese words occur in the text, each with where it starts and ends. */
export function hanConcepts(ix: Index, text: string): Array<{ from: number; to: number; groups: number[] }> {
  const out: Array<{ from: number; to: number; groups: number[] }> = [];
  for (let i = 0; i < text.length; i++) {
    for (const { word, groups: ids } of ix.han.get(text[i]!) ?? []) {
      if (text.startsWith(word, i)) out.push({ from: i, to: i + word.length, groups: ids });
    }
  }
  return out;
}
