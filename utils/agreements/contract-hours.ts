import type { ContractTerms, TermField } from './contract-terms';

// Working days, hours and time zone as contracts state them: "Monday to Friday, 9am–6pm CET", "de lunes a viernes,
// de 9:00 a 18:00 (hora de Madrid)", "工作日（周一至周五）上午9点至下午6点（北京时间）".

const DAY_NAMES: [RegExp, number][] = [
  [/^(monday|mon|lunes|周一|星期一|週一|禮拜一)$/iu, 1],
  [/^(tuesday|tue|tues|martes|周二|星期二|週二)$/iu, 2],
  [/^(wednesday|wed|mi[eé]rcoles|周三|星期三|週三)$/iu, 3],
  [/^(thursday|thu|thurs|jueves|周四|星期四|週四)$/iu, 4],
  [/^(friday|fri|viernes|周五|星期五|週五)$/iu, 5],
  [/^(saturday|sat|s[aá]bado|周六|星期六|週六)$/iu, 6],
  [/^(sunday|sun|domingo|周日|周天|星期日|星期天|週日)$/iu, 7],
];
const DAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs)?|fri|sat|sun|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|(?:周|星期|週|禮拜)[一二三四五六日天])';
const DAY_RANGE = new RegExp(`(?<![A-Za-z])${DAY}\\.?\\s*(?:to|through|thru|until|-|–|—|a|al|hasta|至|到|~|－)\\s*${DAY}(?![A-Za-z])`, 'iu');
const WEEKDAYS = /\bweekdays\b|business days|d[ií]as (?:laborables|h[aá]biles)|工作日/iu;
const HOURS_CONTEXT = /hours|horario|jornada|available|availability|disponib|工作时间|工作時間|办公时间|辦公時間|营业时间|時間|时间/iu;

const TIME_RANGE =
  /(上午|下午|晚上|中午|早上)?\s*(\d{1,2})(?:[:：.h](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|h(?:rs|oras)?\b|点|點|时|時)?\s*(?:-|–|—|to|until|till|a|hasta|al|至|到|~|－)\s*(?:las\s+)?(上午|下午|晚上|中午)?\s*(\d{1,2})(?:[:：.h](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|h(?:rs|oras)?\b|点|點|时|時)?/iu;

const ZONES: [RegExp, string][] = [
  [/madrid|barcelona|valencia|sevilla|peninsular|hora (?:oficial )?de españa|\bCET\b|\bCEST\b/iu, 'Europe/Madrid'],
  [/london|\bGMT\b|\bBST\b|\bUK time/iu, 'Europe/London'],
  [/paris|berl[ií]n|amsterdam|roma\b|rome\b/iu, 'Europe/Paris'],
  [/new york|eastern time|\bE[SD]?T\b/u, 'America/New_York'],
  [/los angeles|pacific time|\bP[SD]T\b|san francisco/iu, 'America/Los_Angeles'],
  [/mexico city|ciudad de m[eé]xico|cdmx|hora del centro de m[eé]xico/iu, 'America/Mexico_City'],
  [/bogot[aá]/iu, 'America/Bogota'],
  [/buenos aires|argentina/iu, 'America/Argentina/Buenos_Aires'],
  [/lima\b|per[uú]\b/iu, 'America/Lima'],
  [/santiago de chile|hora de chile/iu, 'America/Santiago'],
  [/北京时间|北京時間|beijing|shanghai|上海|中国标准时间|\bCST \(China\)|china standard time/iu, 'Asia/Shanghai'],
  [/台北|taipei/iu, 'Asia/Taipei'],
  [/香港|hong kong/iu, 'Asia/Hong_Kong'],
  [/\bUTC\b/u, 'UTC'],
];

function dayNumber(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  return DAY_NAMES.find(([re]) => re.test(n))?.[1];
}

function clock(hour: number, minute: number, marker: string | undefined, prefix: string | undefined): string | null {
  let h = hour;
  const m = (marker ?? '').toLowerCase().replace(/[\s.]/g, '');
  if ((m === 'pm' || prefix === '下午' || prefix === '晚上') && h < 12) h += 12;
  if (m === 'am' && h === 12) h = 0;
  if (h === 24 && minute === 0) return '23:59';
  if (h > 23 || minute > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function readHours(terms: ContractTerms, sentence: string): TermField[] {
  const found: TermField[] = [];
  const range = DAY_RANGE.exec(sentence);
  const context = range !== null || HOURS_CONTEXT.test(sentence);
  if (range) {
    const from = dayNumber(range[1]!);
    const to = dayNumber(range[2]!);
    if (from && to) {
      const days: number[] = [];
      for (let d = from; ; d = (d % 7) + 1) {
        days.push(d);
        if (d === to || days.length > 7) break;
      }
      terms.hours = { ...terms.hours, days };
      found.push('days');
    }
  } else if (context && WEEKDAYS.test(sentence)) {
    terms.hours = { ...terms.hours, days: [1, 2, 3, 4, 5] };
    found.push('days');
  }
  if (context) {
    const t = TIME_RANGE.exec(sentence);
    // A bare "5-10" is not a time: a time has minutes, am/pm, "h", 点, or a Chinese morning/afternoon word.
    if (t && (t[3] || t[4] || t[7] || t[8] || t[1] || t[5])) {
      const start = clock(Number(t[2]), Number(t[3] ?? 0), t[4] ?? (/p\.?\s?m/i.test(t[8] ?? '') && Number(t[2]) < Number(t[6]) ? t[8] : undefined), t[1]);
      const end = clock(Number(t[6]), Number(t[7] ?? 0), t[8], t[5] ?? (t[1] === '下午' ? t[1] : undefined));
      if (start && end && start !== end) {
        terms.hours = { ...terms.hours, start, end };
        found.push('hours');
      }
    }
  }
  const zone = ZONES.find(([re]) => re.test(sentence))?.[1];
  if (zone && (context || /time|hora|时间|時間/iu.test(sentence))) {
    terms.hours = { ...terms.hours, timezone: zone };
    found.push('timezone');
  }
  return found;
}
