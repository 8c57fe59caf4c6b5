import { franc } from 'franc-min';
import type { DetectedLanguage } from './kinds';

// Per-message language: script first (Han, Kana, Hangul, Cyrillic… decide at once), then English against Spanish by
// their commonest function words, which is reliable on a two-line e-mail where trigram models are not. franc-min is
// the fallback for Latin text that is neither (French, German, Portuguese…): it costs about a millisecond, so it runs
// only when the function words say little. Simplified against Traditional Chinese is a character test.

// Characters that exist only in one of the two scripts, chosen among those common in business mail.
const TRADITIONAL_ONLY = (
  '這們來說對時會為學國過還發後開關點線與從體見長問題實現經給讓當東車書買賣運電話號碼網頁務費價錢報單擊機構設計週邊樣處總覺嗎麼紙圖層應該請謝裡變認識專業項資訊軟種類區煩準確較傳統廣權協議簽約聯絡係屬啟動檔寫頭離顯歡環節讀顏壞壓縮減幫們場訊買氣現戶帳號滿審據覆闆輕鬆視頻錄醫療業績級參維護術優惠擇標準陳務麗愛'
);
const SIMPLIFIED_ONLY = (
  '这们来说对时会为学国过还发后开关点线与从体见长问题实现经给让当东车书买卖运电话号码网页务费价钱报单击机构设计周边样处总觉吗么纸图层应该请谢里变认识专业项资讯软种类区烦准确较传统广权协议签约联络系属启动档写头离显欢环节读颜坏压缩减帮们场讯买气现户账号满审据复板轻松视频录医疗业绩级参维护术优惠择标准陈务丽爱'
);

// The script of every UTF-16 code unit in one table, read once per character of the sample: one lookup where a chain of
// range tests and a Set of Chinese characters cost more on a thousand characters a message.
const LATIN = 1;
const HAN = 2;
const HAN_TRADITIONAL = 3;
const HAN_SIMPLIFIED = 4;
const KANA = 5;
const HANGUL = 6;
const OTHER_LETTER = 7;
const SCRIPT = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) SCRIPT[c] = LATIN;
  else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) SCRIPT[c] = HAN;
  else if (c >= 0x3040 && c <= 0x30ff) SCRIPT[c] = KANA;
  else if (c >= 0xac00 && c <= 0xd7af) SCRIPT[c] = HANGUL;
  else if ((c >= 0x370 && c <= 0x1fff) || (c >= 0xa000 && c <= 0xabff)) SCRIPT[c] = OTHER_LETTER;
}
// A character in both lists counts as Traditional.
for (const ch of SIMPLIFIED_ONLY) if (SCRIPT[ch.charCodeAt(0)] === HAN) SCRIPT[ch.charCodeAt(0)] = HAN_SIMPLIFIED;
for (const ch of TRADITIONAL_ONLY) {
  const c = ch.charCodeAt(0);
  if (SCRIPT[c] === HAN || SCRIPT[c] === HAN_SIMPLIFIED) SCRIPT[c] = HAN_TRADITIONAL;
}

const COUNTS = new Uint32Array(8);
/** A character of a script other than Latin (or one the table counts as a letter): none in U+0000–U+036F (Latin
 *  letters, digits, symbols, combining marks) nor in U+2000–U+206F (general punctuation). */
const BEYOND_LATIN = /[^\u0000-\u036f\u2000-\u206f]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

const EN_WORDS = new Set(
  "the and you to of is for that it we can this with be have are please thanks thank hi will our your just would could was not but if on my i'm it's don't what when so need get all they us".split(' ')
);
const ES_WORDS = new Set(
  'de la que el en y los las por para con una un es lo del se te me nos muy pero gracias hola como más está esto tu su al ya sé si hay todo vamos puedes mañana hoy ahora también'.split(' ')
);
const PORTUGUESE = /[ãõ]|\b(?:voc[eê]s?|n[aã]o|obrigad[oa])(?![a-zà-ü])/;

/** PORTUGUESE.test(lower), skipping the regex when none of the text it looks for is there (the usual case). */
function looksPortuguese(lower: string): boolean {
  const maybe =
    lower.indexOf('ã') >= 0 || lower.indexOf('õ') >= 0 || lower.indexOf('voc') >= 0 || lower.indexOf('nao') >= 0 || lower.indexOf('obrigad') >= 0;
  return maybe && PORTUGUESE.test(lower);
}

// Scripts are counted over the first 1,500 characters; function words over the first 600 (ample for a language).
const SAMPLE = 1500;
const WORD_SAMPLE = 600;

export function detectLanguage(text: string): DetectedLanguage {
  if (typeof text !== 'string') return 'unknown';
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // Text of Latin letters, symbols and punctuation only (most mail in English or Spanish) counts no script but Latin:
  // the counts below would only say whether there is a Latin letter, which a regex finds without a loop in JavaScript.
  if (!BEYOND_LATIN.test(sample)) {
    return LATIN_LETTER.test(sample) ? latinLanguage(wordSample(sample)) : 'unknown';
  }
  // One count per script, indexed by the script itself: no branch per character (Latin text alternates letters and
  // spaces, which a chain of tests mispredicts).
  const counts = COUNTS.fill(0);
  for (let i = 0; i < sample.length; i++) counts[SCRIPT[sample.charCodeAt(i)]!]!++;
  const latin = counts[LATIN]!;
  const traditional = counts[HAN_TRADITIONAL]!;
  const simplified = counts[HAN_SIMPLIFIED]!;
  const han = counts[HAN]! + traditional + simplified;
  const kana = counts[KANA]!;
  const hangul = counts[HANGUL]!;
  const otherLetters = counts[OTHER_LETTER]!;
  const letters = han + latin + kana + hangul + otherLetters;
  if (letters === 0) return 'unknown';
  if (kana > 0 && kana * 10 >= han) return 'other';
  // A Chinese character stands for a word; weigh it like five Latin letters.
  if (han * 5 >= latin && han >= kana + hangul + otherLetters) {
    return traditional > simplified ? 'zh-Hant' : 'zh';
  }
  if (latin < hangul + otherLetters) return 'other';
  return latinLanguage(wordSample(sample));
}

// What each character below U+0250 is to the word counter (everything above is not a letter): a letter, a Spanish
// accented letter (half a word of Spanish evidence), an apostrophe (inside a word only), or ¿ and ¡ (half a word of
// Spanish evidence, not a letter).
const NOT_LETTER = 0;
const LETTER = 1;
const SPANISH_LETTER = 2;
const APOSTROPHE = 3;
const SPANISH_MARK = 4;
// By UTF-16 code unit, so the counter reads one table entry per character without a range test first.
const LETTER_CLASS = new Uint8Array(0x10000);
for (let c = 97; c <= 122; c++) LETTER_CLASS[c] = LETTER;
for (let c = 0xc0; c < 0x250; c++) LETTER_CLASS[c] = LETTER;
for (const c of [0xf1, 0xe1, 0xe9, 0xed, 0xf3, 0xfa]) LETTER_CLASS[c] = SPANISH_LETTER; // ñ á é í ó ú
LETTER_CLASS[39] = APOSTROPHE;
LETTER_CLASS[0xbf] = SPANISH_MARK; // ¿
LETTER_CLASS[0xa1] = SPANISH_MARK; // ¡

// The function words in an open-addressing table by a hash of their characters, so that a word of the sample is
// looked up where it lies, without cutting it out as a string first. English is filed first: a word in both lists
// counts as English. Each slot keeps the word's hash and length beside it, so a word of the sample that is no
// function word (most of them) is turned away without comparing characters.
const ENGLISH = 1;
const SPANISH = 2;
const SLOTS = 1024;
const SLOT_WORD: string[] = new Array<string>(SLOTS).fill('');
const SLOT_HASH = new Int32Array(SLOTS);
const SLOT_LANG = new Uint8Array(SLOTS); // 0 for an empty slot
let longestFunctionWord = 0;
for (const [words, lang] of [[EN_WORDS, ENGLISH], [ES_WORDS, SPANISH]] as const) {
  for (const word of words) {
    if (SLOT_WORD.includes(word)) continue;
    const hash = wordHash(word, 0, word.length);
    let slot = slotOf(hash);
    while (SLOT_LANG[slot] !== 0) slot = (slot + 1) & (SLOTS - 1);
    SLOT_WORD[slot] = word;
    SLOT_HASH[slot] = hash;
    SLOT_LANG[slot] = lang;
    longestFunctionWord = Math.max(longestFunctionWord, word.length);
  }
}

function slotOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> 22;
}

function wordHash(text: string, from: number, to: number): number {
  let h = 0;
  for (let k = from; k < to; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h & 0x3fffffff;
}

function functionWordLang(text: string, from: number, to: number, hash: number): number {
  const length = to - from;
  if (length > longestFunctionWord) return 0;
  for (let slot = slotOf(hash); ; slot = (slot + 1) & (SLOTS - 1)) {
    const lang = SLOT_LANG[slot]!;
    if (lang === 0) return 0;
    if (SLOT_HASH[slot] !== hash) continue;
    const word = SLOT_WORD[slot]!;
    if (word.length === length && text.startsWith(word, from)) return lang;
  }
}

/** Function words of each language and all words, in one pass over the (lower-case) sample. */
function countWords(lower: string): { en: number; es: number; words: number } {
  let en = 0;
  let es = 0;
  let words = 0;
  const n = lower.length;
  for (let i = 0; i < n; ) {
    const c = lower.charCodeAt(i);
    const k = LETTER_CLASS[c]!;
    if (k === NOT_LETTER || k === APOSTROPHE || k === SPANISH_MARK) {
      // Spanish punctuation and accents count half a word each: "¿", "ñ", "á"…
      if (k === SPANISH_MARK) es += 0.5;
      i++;
      continue;
    }
    // The word's first character is read already: hash it and go on from the next.
    if (k === SPANISH_LETTER) es += 0.5;
    let h = c;
    let j = i + 1;
    for (; j < n; j++) {
      const m = lower.charCodeAt(j);
      const km = LETTER_CLASS[m]!;
      if (km === NOT_LETTER || km === SPANISH_MARK) break;
      h = (Math.imul(h, 31) + m) | 0;
      if (km === SPANISH_LETTER) es += 0.5;
    }
    words++;
    const lang = functionWordLang(lower, i, j, h & 0x3fffffff);
    if (lang === ENGLISH) en++;
    else if (lang === SPANISH) es++;
    i = j;
  }
  return { en, es, words };
}

/** The lower-cased start of the sample that the function words are counted in. */
function wordSample(sample: string): string {
  return (sample.length > WORD_SAMPLE ? sample.slice(0, WORD_SAMPLE) : sample).toLowerCase();
}

function latinLanguage(lower: string): DetectedLanguage {
  const { en, es, words } = countWords(lower);
  if (words === 0) return 'unknown';
  const evidence = (en + es) / words;
  // Enough English or Spanish function words decide it, mixed mail included (the larger share wins); franc is asked
  // only when they are scarce, which is what other languages look like.
  if (evidence >= 0.15 && Math.max(en, es) >= 2 && !looksPortuguese(lower)) return en >= es ? 'en' : 'es';
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
