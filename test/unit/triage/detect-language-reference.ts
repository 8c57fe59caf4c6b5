import { franc } from 'franc-min';
import type { DetectedLanguage } from '../../../utils/triage/kinds';

// The plain version detect-language.ts had before its lookups were made fast (a Set per character, a string per word):
// the reference the fast version must agree with. Test-only.
//
// Per-message language: script first (Han, Kana, Hangul, Cyrillic… decide at once), then English against Spanish by
// their commonest function words, which is reliable on a two-line e-mail where trigram models are not. franc-min is
// the fallback for Latin text that is neither (French, German, Portuguese…): it costs about a millisecond, so it runs
// only when the function words say little. Simplified against Traditional Chinese is a character test.

// Characters that exist only in one of the two scripts, chosen among those common in business mail.
const TRADITIONAL_ONLY = toSet(
  '這們來說對時會為學國過還發後開關點線與從體見長問題實現經給讓當東車書買賣運電話號碼網頁務費價錢報單擊機構設計週邊樣處總覺嗎麼紙圖層應該請謝裡變認識專業項資訊軟種類區煩準確較傳統廣權協議簽約聯絡係屬啟動檔寫頭離顯歡環節讀顏壞壓縮減幫們場訊買氣現戶帳號滿審據覆闆輕鬆視頻錄醫療業績級參維護術優惠擇標準陳務麗愛'
);
const SIMPLIFIED_ONLY = toSet(
  '这们来说对时会为学国过还发后开关点线与从体见长问题实现经给让当东车书买卖运电话号码网页务费价钱报单击机构设计周边样处总觉吗么纸图层应该请谢里变认识专业项资讯软种类区烦准确较传统广权协议签约联络系属启动档写头离显欢环节读颜坏压缩减帮们场讯买气现户账号满审据复板轻松视频录医疗业绩级参维护术优惠择标准陈务丽爱'
);

const EN_WORDS = new Set(
  "the and you to of is for that it we can this with be have are please thanks thank hi will our your just would could was not but if on my i'm it's don't what when so need get all they us".split(' ')
);
const ES_WORDS = new Set(
  'de la que el en y los las por para con una un es lo del se te me nos muy pero gracias hola como más está esto tu su al ya sé si hay todo vamos puedes mañana hoy ahora también'.split(' ')
);
const PORTUGUESE = /[ãõ]|\b(?:voc[eê]s?|n[aã]o|obrigad[oa])(?![a-zà-ü])/;

// Scripts are counted over the first 1,500 characters; function words over the first 600 (ample for a language).
const SAMPLE = 1500;
const WORD_SAMPLE = 600;

export function referenceDetectLanguage(text: string): DetectedLanguage {
  if (typeof text !== 'string') return 'unknown';
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let han = 0;
  let latin = 0;
  let kana = 0;
  let hangul = 0;
  let otherLetters = 0;
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
      han++;
      if (TRADITIONAL_ONLY.has(c)) traditional++;
      else if (SIMPLIFIED_ONLY.has(c)) simplified++;
    } else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if ((c >= 0x370 && c <= 0x1fff) || (c >= 0xa000 && c <= 0xabff)) otherLetters++;
  }
  const letters = han + latin + kana + hangul + otherLetters;
  if (letters === 0) return 'unknown';
  if (kana > 0 && kana * 10 >= han) return 'other';
  // A Chinese character stands for a word; weigh it like five Latin letters.
  if (han * 5 >= latin && han >= kana + hangul + otherLetters) {
    return traditional > simplified ? 'zh-Hant' : 'zh';
  }
  if (latin < hangul + otherLetters) return 'other';
  return latinLanguage((sample.length > WORD_SAMPLE ? sample.slice(0, WORD_SAMPLE) : sample).toLowerCase());
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 39;
}

/** Function words of each language and all words, in one pass over the (lower-case) sample. */
function countWords(lower: string): { en: number; es: number; words: number } {
  let en = 0;
  let es = 0;
  let words = 0;
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    if (!isLetter(c) || c === 39) {
      // Spanish punctuation and accents count half a word each: "¿", "ñ", "á"…
      if (c === 0xbf || c === 0xa1) es += 0.5;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && isLetter(lower.charCodeAt(j))) j++;
    const word = lower.slice(i, j);
    words++;
    if (EN_WORDS.has(word)) en++;
    else if (ES_WORDS.has(word)) es++;
    for (let k = i; k < j; k++) {
      const m = lower.charCodeAt(k);
      if (m === 0xf1 || m === 0xe1 || m === 0xe9 || m === 0xed || m === 0xf3 || m === 0xfa) es += 0.5;
    }
    i = j;
  }
  return { en, es, words };
}

function latinLanguage(lower: string): DetectedLanguage {
  const { en, es, words } = countWords(lower);
  if (words === 0) return 'unknown';
  const evidence = (en + es) / words;
  // Enough English or Spanish function words decide it, mixed mail included (the larger share wins); franc is asked
  // only when they are scarce, which is what other languages look like.
  if (evidence >= 0.15 && Math.max(en, es) >= 2 && !PORTUGUESE.test(lower)) return en >= es ? 'en' : 'es';
  const guess = safeFranc(lower.slice(0, 600));
  if (guess === 'eng') return 'en';
  if (guess === 'spa') return 'es';
  if (guess !== 'und') return 'other';
  if (en > es && en >= 1) return 'en';
  if (es > en && es >= 1) return 'es';
  return words >= 3 ? 'other' : 'unknown';
}

function safeFranc(text: string): string {
  try {
    return franc(text, { minLength: 8 });
  } catch {
    return 'und';
  }
}

function toSet(chars: string): Set<number> {
  const set = new Set<number>();
  for (const ch of chars) set.add(ch.charCodeAt(0));
  return set;
}
