// Folding for matching: lower case, accents off, typographic apostrophes straight. Keeps length for BMP text.
//
// Taking accents off is Unicode's canonical decomposition (NFD) followed by dropping the combining marks. On a whole
// message that costs more than everything else the fold does; a character-by-character table gives the same text
// whenever every character of it is one whose decomposition is its own business: Latin up to U+02AF (each folds to a
// single character, the marks it sheds are all dropped), common punctuation, CJK punctuation, Han, fullwidth ASCII,
// none of which decompose or reorder. Any other character sends the text through the full normalisation.

const ACCENTED = /[\u00c0-\u024f]/;
const EACH_ACCENTED = /[\u00c0-\u024f]/g;
const NEEDS_NORMALIZE = /[^\u0000-\u02af\u2010-\u2027\u2030-\u205e\u3000-\u3029\u3030-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]/;
const COMBINING = /[\u0300-\u036f]/g;

/** The folded form of each character U+00C0–U+024F. */
const UNACCENTED: string[] = [];
for (let c = 0xc0; c <= 0x24f; c++) UNACCENTED.push(String.fromCharCode(c).normalize('NFD').replace(COMBINING, ''));

function unaccent(ch: string): string {
  return UNACCENTED[ch.charCodeAt(0) - 0xc0]!;
}

export function fold(text: string): string {
  let lower = text.toLowerCase();
  if (ACCENTED.test(lower)) {
    lower = NEEDS_NORMALIZE.test(lower) ? lower.normalize('NFD').replace(COMBINING, '') : lower.replace(EACH_ACCENTED, unaccent);
  }
  return lower.indexOf('’') >= 0 || lower.indexOf('‘') >= 0 ? lower.replace(/[’‘]/g, "'") : lower;
}
