import { describe, expect, it } from 'vitest';
import { conceptIndex, hanConcepts, latinConcepts, type ConceptGroup } from '../../../utils/agreements/scope-concepts';
import { scopeItemNamed } from '../../../utils/agreements/scope-items';

// Words that name the same kind of thing in a service agreement, across English, Spanish and Chinese.

const groups: ConceptGroup[] = [
  { id: 'trees', en: ['tree', 'birch', 'oak'], es: ['árbol', 'abedul'], zh: ['树木', '樹木', '桦树'] },
  { id: 'earthworks', en: ['excavation', 'backhoe', 'trench'], es: ['excavación', 'zanja'], zh: ['挖掘', '开挖'] },
  { id: 'jetties', en: ['pier', 'jetty'], es: ['muelle'], zh: ['码头'] },
];
const names = (word: string) => {
  const found = new Set<number>();
  latinConcepts(conceptIndex(groups), word, found);
  return [...found].map((g) => groups[g]!.id);
};

describe('concept groups', () => {
  it('know a word by its group, in any of the three languages, folded and in its inflected forms', () => {
    expect(names('birches')).toEqual(['trees']);
    expect(names('arbol')).toEqual(['trees']);
    expect(names('excavacion')).toEqual(['earthworks']);
    expect(names('trenches')).toEqual(['earthworks']);
  });

  it('do not take another word for a form: not the start of a longer word, nor a word that only starts alike', () => {
    expect(names('back')).toEqual([]);
    expect(names('piercing')).toEqual([]);
    expect(names('oa')).toEqual([]);
  });

  it('find Chinese words where they stand in a text', () => {
    const found = hanConcepts(conceptIndex(groups), '门口那棵桦树要开挖');
    expect(found.map((f) => [groups[f.groups[0]!]!.id, f.from, f.to])).toEqual([
      ['trees', 4, 6],
      ['earthworks', 7, 9],
    ]);
  });
});

describe('the scope item a request names by meaning (the shipped groups)', () => {
  it('names an excluded item with the everyday word or a kind of the thing', () => {
    const garden = { deliverables: ['Autumn hedge trimming', 'Lawn aeration'], exclusions: ['Tree removal', 'Snow clearing'] };
    expect(scopeItemNamed(garden, 'The old oak by the gate is leaning badly — could you take it down while you are here?')).toEqual({ item: 'Tree removal', excluded: true });
    const deck = { deliverables: ['Hardwood deck 6 x 4 m', 'Two steps down to the lawn'], exclusions: ['Balustrade'] };
    expect(scopeItemNamed(deck, 'For the railing round the deck we would like black aluminium.')).toEqual({ item: 'Balustrade', excluded: true });
    const farm = { deliverables: ['气调库设计'], exclusions: ['病虫害防治'] };
    expect(scopeItemNamed(farm, '果园里的蚜虫又多起来了，要打什么药？')).toEqual({ item: '病虫害防治', excluded: true });
  });

  it('still names nothing for a request about something else', () => {
    const garden = { deliverables: ['Autumn hedge trimming'], exclusions: ['Tree removal'] };
    expect(scopeItemNamed(garden, 'Could you send the invoice to my work address instead?')).toBeUndefined();
  });
});
