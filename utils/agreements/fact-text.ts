// The short sentences the panel shows for each fact, in the panel's language (English, Spanish, or Chinese in
// Simplified characters or in Traditional characters with Taiwan's wording: 發票, 滯納金, 合約, 條).
// Numbers and amounts are formatted for the locale; the clause, when there is one, is cited at the end.

export type FactLang = 'en' | 'es' | 'zh' | 'zh-Hant';

const TRADITIONAL_LOCALE = /^zh-(hant|tw|hk|mo)\b/;

/** The language of a locale; Chinese written in Traditional characters (zh-Hant, zh-TW, zh-HK, zh-MO) is its own. */
export function factLang(locale: string | undefined): FactLang {
  const l = (locale ?? 'en').toLowerCase();
  if (l.startsWith('es')) return 'es';
  if (!l.startsWith('zh')) return 'en';
  return TRADITIONAL_LOCALE.test(l) ? 'zh-Hant' : 'zh';
}

export function isChinese(lang: FactLang): boolean {
  return lang === 'zh' || lang === 'zh-Hant';
}

export function money(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${currency} ${amount.toFixed(2)}`;
  }
}

export function cite(lang: FactLang, clause: string | undefined): string {
  if (!clause) return '';
  if (lang === 'zh') return `（${/^第/.test(clause) ? clause : `第 ${clause} 条`}）`;
  if (lang === 'zh-Hant') return `（${/^第/.test(clause) ? clause : `第 ${clause} 條`}）`;
  return lang === 'es' ? ` (cláusula ${clause})` : ` (clause ${clause})`;
}

type Texts = Record<FactLang, string>;

export const TEXT = {
  overdue: (o: { invoice: string; amount: string; days: number; fee?: string; stop?: number }): Texts => ({
    en: `Invoice ${o.invoice} (${o.amount}) is ${o.days} day${o.days === 1 ? '' : 's'} overdue${o.fee ? `; the late fee to date is ${o.fee}` : ''}${o.stop !== undefined ? `; work stops after ${o.stop} days` : ''}`,
    es: `La factura ${o.invoice} (${o.amount}) lleva ${o.days} día${o.days === 1 ? '' : 's'} vencida${o.fee ? `; el recargo hasta hoy es de ${o.fee}` : ''}${o.stop !== undefined ? `; el trabajo se detiene a los ${o.stop} días` : ''}`,
    zh: `发票 ${o.invoice}（${o.amount}）已逾期 ${o.days} 天${o.fee ? `，截至今日滞纳金为 ${o.fee}` : ''}${o.stop !== undefined ? `，逾期 ${o.stop} 天将暂停工作` : ''}`,
    'zh-Hant': `發票 ${o.invoice}（${o.amount}）已逾期 ${o.days} 天${o.fee ? `，截至今日滯納金為 ${o.fee}` : ''}${o.stop !== undefined ? `，逾期 ${o.stop} 天將暫停工作` : ''}`,
  }),
  due: (o: { invoice: string; amount: string; days: number }): Texts => ({
    en: o.days === 0 ? `Invoice ${o.invoice} (${o.amount}) is due today` : `Invoice ${o.invoice} (${o.amount}) is due in ${o.days} day${o.days === 1 ? '' : 's'}`,
    es: o.days === 0 ? `La factura ${o.invoice} (${o.amount}) vence hoy` : `La factura ${o.invoice} (${o.amount}) vence en ${o.days} día${o.days === 1 ? '' : 's'}`,
    zh: o.days === 0 ? `发票 ${o.invoice}（${o.amount}）今天到期` : `发票 ${o.invoice}（${o.amount}）将在 ${o.days} 天后到期`,
    'zh-Hant': o.days === 0 ? `發票 ${o.invoice}（${o.amount}）今天到期` : `發票 ${o.invoice}（${o.amount}）將於 ${o.days} 天後到期`,
  }),
  outside: (o: { sent: string; zone: string; hours: string; next: string; nextClient?: string; clientZone?: string; mult?: number }): Texts => ({
    en: `Sent ${o.sent} (${o.zone}), outside working hours ${o.hours}; next in-hours slot ${o.next}${o.nextClient ? ` (${o.nextClient} ${o.clientZone})` : ''}${o.mult ? `; after-hours work is billed at ${o.mult}×` : ''}`,
    es: `Enviado ${o.sent} (${o.zone}), fuera del horario ${o.hours}; próximo hueco en horario ${o.next}${o.nextClient ? ` (${o.nextClient} ${o.clientZone})` : ''}${o.mult ? `; el trabajo fuera de horario se factura a ${o.mult}×` : ''}`,
    zh: `发送于 ${o.sent}（${o.zone}），不在工作时间 ${o.hours} 内；最近的工作时间为 ${o.next}${o.nextClient ? `（${o.clientZone} ${o.nextClient}）` : ''}${o.mult ? `；非工作时间按 ${o.mult} 倍计费` : ''}`,
    'zh-Hant': `寄出於 ${o.sent}（${o.zone}），不在工作時間 ${o.hours} 內；最近的工作時段為 ${o.next}${o.nextClient ? `（${o.clientZone} ${o.nextClient}）` : ''}${o.mult ? `；非工作時間按 ${o.mult} 倍計費` : ''}`,
  }),
  rounds: (o: { used: number; included: number; extra?: string }): Texts => ({
    en: `Revision round ${o.used} of ${o.included} included${o.extra ? `; extra rounds ${o.extra} each` : ''}`,
    es: `Ronda de revisión ${o.used} de ${o.included} incluidas${o.extra ? `; rondas extra a ${o.extra} cada una` : ''}`,
    zh: `第 ${o.used} 轮修改，合同包含 ${o.included} 轮${o.extra ? `；额外每轮 ${o.extra}` : ''}`,
    'zh-Hant': `第 ${o.used} 輪修改，合約包含 ${o.included} 輪${o.extra ? `；額外每輪 ${o.extra}` : ''}`,
  }),
  change: (o: { rate: string; hourly: boolean }): Texts => ({
    en: o.hourly ? `Changes are estimated at the hourly rate of ${o.rate}` : `Change requests are billed at ${o.rate}`,
    es: o.hourly ? `Los cambios se presupuestan a la tarifa de ${o.rate} por hora` : `Las solicitudes de cambio se facturan a ${o.rate}`,
    zh: o.hourly ? `变更按每小时 ${o.rate} 估价` : `变更请求按 ${o.rate} 计费`,
    'zh-Hant': o.hourly ? `變更依每小時 ${o.rate} 估價` : `變更需求以 ${o.rate} 計費`,
  }),
  rush: (o: { percent: number; fee?: string }): Texts => ({
    en: `Rush delivery adds ${o.percent}%${o.fee ? ` (${o.fee} on the fee)` : ''}`,
    es: `La entrega urgente suma un ${o.percent}%${o.fee ? ` (${o.fee} sobre el precio)` : ''}`,
    zh: `加急交付加收 ${o.percent}%${o.fee ? `（按合同金额为 ${o.fee}）` : ''}`,
    'zh-Hant': `急件交付加收 ${o.percent}%${o.fee ? `（以合約金額計為 ${o.fee}）` : ''}`,
  }),
  obligation: (o: { what: string; due: string; days: number }): Texts => ({
    en: `${o.what}: due ${o.due}, ${o.days} day${o.days === 1 ? '' : 's'} late`,
    es: `${o.what}: previsto el ${o.due}, con ${o.days} día${o.days === 1 ? '' : 's'} de retraso`,
    zh: `${o.what}：应于 ${o.due} 提供，已延误 ${o.days} 天`,
    'zh-Hant': `${o.what}：應於 ${o.due} 提供，已延遲 ${o.days} 天`,
  }),
  scope: (o: { excluded?: string; included?: string; deliverables: string }): Texts => ({
    en: o.excluded ? `"${o.excluded}" is excluded from the agreed scope` : o.included ? `"${o.included}" is part of the agreed deliverables` : `Agreed deliverables: ${o.deliverables}`,
    es: o.excluded ? `«${o.excluded}» está excluido del alcance acordado` : o.included ? `«${o.included}» forma parte de los entregables acordados` : `Entregables acordados: ${o.deliverables}`,
    zh: o.excluded ? `“${o.excluded}”不在约定范围内` : o.included ? `“${o.included}”属于约定的交付内容` : `约定交付内容：${o.deliverables}`,
    'zh-Hant': o.excluded ? `「${o.excluded}」不在約定範圍內` : o.included ? `「${o.included}」屬於約定的交付項目` : `約定交付項目：${o.deliverables}`,
  }),
  unsigned: (o: { title: string }): Texts => ({
    en: `The agreement "${o.title}" is not signed`,
    es: `El acuerdo «${o.title}» no está firmado`,
    zh: `协议“${o.title}”尚未签署`,
    'zh-Hant': `合約「${o.title}」尚未簽署`,
  }),
};
