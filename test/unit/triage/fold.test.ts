import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../../utils/triage/fold';

// The fold before its table: normalise the whole text whenever it has an accented Latin letter. The fast fold must
// give exactly this on any text.
function referenceFold(text: string): string {
  let lower = text.toLowerCase();
  if (/[\u00c0-\u024f]/.test(lower)) lower = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return lower.indexOf('’') >= 0 || lower.indexOf('‘') >= 0 ? lower.replace(/[’‘]/g, "'") : lower;
}

describe('fold', () => {
  it('lower-cases, takes accents off and straightens apostrophes, keeping the length', () => {
    expect(fold('¿Podrías AÑADIR la Página ’Contacto’?')).toBe("¿podrias anadir la pagina 'contacto'?");
    expect(fold('Ǆemal Şahin — 早上好')).toBe('ǆemal sahin — 早上好');
  });

  it('answers as the whole-text normalisation for every character alone and beside an accented letter', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(fold(ch)).toBe(referenceFold(ch));
      expect(fold(`é${ch}À`)).toBe(referenceFold(`é${ch}À`));
    }
  });

  it('answers as the whole-text normalisation on random text mixing accents, marks, CJK and other scripts', () => {
    const pieces = ['a', 'É', 'ñ', 'ǘ', 'Ǆ', 'İ', 'Σ', 'ς', '\u0301', '\u0323', 'ḿ', 'ﬁ', '’', '‘', '早', '豈', 'が', 'ｶ', '\u302a', ' ', '.', '\u2000', '\u2126', '😀', '\ud800', 'Ω', 'K'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(fold(text)).toBe(referenceFold(text));
      }),
      { numRuns: 2000 },
    );
  });
});
