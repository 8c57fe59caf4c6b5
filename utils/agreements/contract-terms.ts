import { CN_NUMBER_PATTERN, NUMBER_WORD_PATTERN, parseNumber } from './contract-numbers';

// The terms a contract states, read from its sentences in English, Spanish or Chinese. Each reader looks for a
// sentence about its subject (payment, deposit, late fee…) and the number in it; what is found pre-fills the form
// for the user to confirm, never saved unseen. Each found term remembers the sentence it came from.

export interface ContractTerms {
  currency?: string;
  hours?: { days?: number[]; start?: string; end?: string; timezone?: string };
  scope?: { revisionRounds?: number };
  money?: {
    fee?: number;
    hourlyRate?: number;
    changeRequestRate?: number;
    rushFeePercent?: number;
    depositPercent?: number;
    netDays?: number;
    lateFee?: { percentPerMonth?: number; fixed?: number };
    stopWorkAfterDays?: number;
    extraRoundRate?: number;
  };
}

export type TermField = 'currency' | 'days' | 'hours' | 'timezone' | 'netDays' | 'depositPercent' | 'lateFee' | 'stopWorkAfterDays'
  | 'revisionRounds' | 'extraRoundRate' | 'hourlyRate' | 'changeRequestRate' | 'rushFeePercent' | 'fee';

export interface TermSource {
  field: TermField;
  sentence: string;
  clause?: string;
}

const NUM = `(?<![A-Za-zÀ-ÿ])(\\d[\\d.,]*|${NUMBER_WORD_PATTERN}|${CN_NUMBER_PATTERN})`;
const AMOUNT = '(\\d{1,3}(?:[.,\\s]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)';
const CUR_BEFORE = '(?:€|EUR|US\\$|USD|\\$|£|GBP|MXN|¥|CNY|RMB|人民币|人民幣)';
const CUR_AFTER = '(?:€|EUR|USD|euros?|d[oó]lares|dollars?|pesos|MXN|GBP|CNY|RMB|元)';
const MONEY = new RegExp(`${CUR_BEFORE}\\s?${AMOUNT}|${AMOUNT}\\s?${CUR_AFTER}`, 'iu');
const PERCENT = /(\d+(?:[.,]\d+)?)\s?(?:%|％|por ?ciento|percent)|百分之([零〇一二两三四五六七八九十百点.\d]+)/iu;
const DAYS = new RegExp(`${NUM}\\)?\\s?(?:\\(\\d+\\)\\s?)?(?:calendar |business |working |natural(?:es)? |h[aá]biles )?(?:days?|d[ií]as?(?: naturales| h[aá]biles)?|日|天|个工作日|個工作日|工作日)`, 'iu');

const S = {
  payment: /\b(pay|payable|payment|paid|invoices?)\b|pag[oa]|abon|factura|vencimiento|付款|支付|结清|結清|发票|發票/iu,
  late: /\blate\b|overdue|interest|arrears|recargo|mora|inter[eé]s|retras|滞纳金|滯納金|逾期|违约金|違約金|延迟付款|延遲付款/iu,
  deposit: /deposit|advance|upfront|up-front|on signature|anticipo|adelanto|dep[oó]sito|a la firma|定金|订金|訂金|预付|預付|首付/iu,
  stop: /stop|suspend|pause|halt|suspender|detener|paraliz|暂停|暫停|停止/iu,
  revisions: /revision|\brounds?\b|revisi[oó]n|\brondas?\b|修改|修订|修訂|每轮|每輪/iu,
  hourly: /per hour|an hour|\/\s?h(ou)?r\b|hourly|por hora|\/\s?hora|每小时|每小時|小时|小時|時薪|时薪/iu,
  change: /change request|change order|additional work|out of scope|outside (the )?scope|solicitud(es)? de cambio|cambios? adicional|trabajo adicional|fuera del alcance|变更|變更|额外|額外|范围外|範圍外/iu,
  rush: /rush|expedit|express|accelerat|urgen|entrega anticipada|加急|急件/iu,
  fee: /total (fee|price)|the fee|project fee|fixed fee|honorarios|precio total|importe total|总价|總價|合同金额|合同金額|总费用|總費用/iu,
  perMonth: /per month|a month|monthly|each month|mensual|al mes|por mes|每月|月息/iu,
  perDay: /per day|a day|daily|diario|por d[ií]a|每日|每天|日息/iu,
};

function money(sentence: string): number | undefined {
  const m = MONEY.exec(sentence);
  const raw = m?.[1] ?? m?.[2];
  return raw ? (parseNumber(raw) ?? undefined) : undefined;
}

function percent(sentence: string): number | undefined {
  const m = PERCENT.exec(sentence);
  if (!m) return undefined;
  if (m[1]) return parseNumber(m[1]) ?? undefined;
  const cn = m[2]!.replace('点', '.');
  return /^[\d.]+$/.test(cn) ? Number(cn) : (parseNumber(cn) ?? undefined);
}

function days(sentence: string): number | undefined {
  const m = DAYS.exec(sentence);
  if (!m) return undefined;
  // "fifteen (15) days": the digits in brackets win over the word.
  const bracket = /\((\d+)\)\s?(?:calendar |business )?(?:days|d[ií]as)/iu.exec(sentence);
  return parseNumber(bracket?.[1] ?? m[1]!) ?? undefined;
}

const CURRENCIES: [RegExp, string][] = [
  [/\bEUR\b|€|euros?\b/iu, 'EUR'],
  [/\bUSD\b|US\$|d[oó]lares estadounidenses|US dollars?/iu, 'USD'],
  [/\bMXN\b|pesos mexicanos/iu, 'MXN'],
  [/\bGBP\b|£|pounds? sterling/iu, 'GBP'],
  [/\bCNY\b|\bRMB\b|人民币|人民幣|元/u, 'CNY'],
  [/\$/u, 'USD'],
];

export function readCurrency(text: string): string | undefined {
  const code = /\b(EUR|USD|MXN|GBP|CNY|COP|ARS|CLP|PEN|CAD|AUD|CHF|JPY)\b/.exec(text)?.[1];
  if (code) return code === 'RMB' ? 'CNY' : code;
  return CURRENCIES.find(([re]) => re.test(text))?.[1];
}

type Setter = (terms: ContractTerms, sentence: string) => TermField[];

/** Each reader fills what its sentence states and names the fields it filled. */
const READERS: Setter[] = [
  (t, s) => {
    if (!S.late.test(s)) return [];
    const found: TermField[] = [];
    const p = percent(s);
    if (p !== undefined && (S.perMonth.test(s) || S.perDay.test(s) || S.payment.test(s))) {
      t.money = { ...t.money, lateFee: { ...t.money?.lateFee, percentPerMonth: S.perDay.test(s) ? Math.round(p * 30 * 1000) / 1000 : p } };
      found.push('lateFee');
    } else if (p === undefined && money(s) !== undefined) {
      t.money = { ...t.money, lateFee: { ...t.money?.lateFee, fixed: money(s) } };
      found.push('lateFee');
    }
    if (S.stop.test(s) && days(s) !== undefined) {
      t.money = { ...t.money, stopWorkAfterDays: days(s) };
      found.push('stopWorkAfterDays');
    }
    return found;
  },
  (t, s) => {
    if (!S.stop.test(s) || !S.payment.test(s) || t.money?.stopWorkAfterDays !== undefined || days(s) === undefined) return [];
    t.money = { ...t.money, stopWorkAfterDays: days(s) };
    return ['stopWorkAfterDays'];
  },
  (t, s) => {
    if (!S.deposit.test(s) || percent(s) === undefined) return [];
    t.money = { ...t.money, depositPercent: percent(s) };
    return ['depositPercent'];
  },
  (t, s) => {
    const net = /\bnet\s?(\d{1,3})\b/i.exec(s);
    if (net) {
      t.money = { ...t.money, netDays: Number(net[1]) };
      return ['netDays'];
    }
    if (!S.payment.test(s) || S.late.test(s) || S.stop.test(s) || S.deposit.test(s) || days(s) === undefined) return [];
    t.money = { ...t.money, netDays: days(s) };
    return ['netDays'];
  },
  (t, s) => {
    if (!S.revisions.test(s)) return [];
    const found: TermField[] = [];
    const rounds = new RegExp(
      `${NUM}\\)?\\s?(?:\\(\\d+\\)\\s?)?(?:rounds? of (?:revisions?|changes|amendments)|revision rounds?|revisions?|rondas? de (?:revisi[oó]n|revisiones|cambios|correcciones)|revisiones|轮修改|輪修改|次修改|轮修订|輪修訂)`,
      'iu',
    ).exec(s);
    const n = rounds ? parseNumber(/\((\d+)\)/.exec(rounds[0])?.[1] ?? rounds[1]!) : null;
    if (n !== null && n !== undefined && n <= 20) {
      t.scope = { ...t.scope, revisionRounds: n };
      found.push('revisionRounds');
    }
    const rate = money(s);
    if (rate !== undefined) {
      t.money = { ...t.money, extraRoundRate: rate };
      found.push('extraRoundRate');
    }
    return found;
  },
  (t, s) => {
    if (!S.rush.test(s) || percent(s) === undefined) return [];
    t.money = { ...t.money, rushFeePercent: percent(s) };
    return ['rushFeePercent'];
  },
  (t, s) => {
    const rate = money(s);
    if (rate === undefined || S.revisions.test(s) || S.late.test(s)) return [];
    if (S.change.test(s) && !S.hourly.test(s)) {
      t.money = { ...t.money, changeRequestRate: rate };
      return ['changeRequestRate'];
    }
    if (S.hourly.test(s)) {
      // A change rate stated per hour is an hourly rate: "per change request" would misquote it.
      t.money = { ...t.money, hourlyRate: t.money?.hourlyRate ?? rate };
      return ['hourlyRate'];
    }
    if (S.fee.test(s) && t.money?.fee === undefined) {
      t.money = { ...t.money, fee: rate };
      return ['fee'];
    }
    return [];
  },
];

export function readSentenceTerms(terms: ContractTerms, sentence: string): TermField[] {
  return READERS.flatMap((read) => read(terms, sentence));
}

