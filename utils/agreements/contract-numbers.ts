// Numbers as contracts write them: "4,800.00", "4.800,00", "fifteen (15)", "dos", "三", "十五", "1.5 %".

const WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, sixty: 60, ninety: 90,
  cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30, cuarenta: 40, sesenta: 60, noventa: 90,
};

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十五 → 15, 三十 → 30, 一百二十 → 120; null when it is not a Chinese numeral. */
export function chineseNumber(text: string): number | null {
  if (!/^[零〇一二两兩三四五六七八九十百]+$/u.test(text)) return null;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = CN_DIGITS[ch] ?? 0;
  }
  return total + current;
}

/** A number written in digits with either decimal convention, as a word, or as a Chinese numeral. */
export function parseNumber(raw: string): number | null {
  const text = raw.trim().toLowerCase();
  if (text in WORDS) return WORDS[text]!;
  const cn = chineseNumber(text);
  if (cn !== null) return cn;
  const digits = text.replace(/\s/g, '');
  if (!/^\d[\d.,]*$/.test(digits)) return null;
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normal = digits.split(thousands).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = digits.split(sep);
    // One separator followed by exactly three digits is a thousands separator ("4.800", "2,400").
    normal = parts.length > 2 || parts.at(-1)!.length === 3 ? parts.join('') : parts.join('.');
  } else normal = digits;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

export const NUMBER_WORD_PATTERN = `(?:${Object.keys(WORDS).sort((a, b) => b.length - a.length).join('|')})`;
export const CN_NUMBER_PATTERN = '[零〇一二两兩三四五六七八九十百]+';
