import type { Agreement, Client, Provider } from '../agreements/schema';
import type { Fact } from '../triage/kinds';
import type { RequestKind } from '../triage/kinds';
import type { ComposeInput } from './compose';
import type { DraftLanguage } from './draft';

// Sample data for the template editor's live preview and for reading drafts side by side (scripts/show-drafts.ts):
// DESIGN.md's example agreement with a clause for every kind, in each language, and the facts computeFacts would
// derive from it on Saturday 28 November 2026 at 02:13 in Madrid.

export const SAMPLE_NOW = new Date('2026-11-28T01:13:00Z');

const CLAUSES: Record<DraftLanguage, [string, string, string][]> = {
  en: [
    ['2.1', 'Scope', 'The project covers a five-page website and a contact form. An online shop and a blog are not included.'],
    ['2.3', 'Change requests', 'Work outside the scope is done only under a written change order, billed at EUR 60 per change request.'],
    ['2.5', 'Methodology', 'The provider chooses the methods and tools used to deliver the work, within the agreed scope.'],
    ['3.1', 'Working hours', 'The provider works Monday to Friday, 09:00–18:00 (Madrid). Urgent work outside these hours is billed at 1.5 times the usual rate.'],
    ['3.4', 'Timeline', 'Delivery follows the agreed timeline. Delivery earlier than agreed carries a rush fee of 25% of the fee.'],
    ['4.2', 'Revisions', 'The fee includes two rounds of revisions per deliverable. Further rounds are billed at EUR 200 each.'],
    ['5.1', 'Client obligations', 'The client provides all page copy and photos by 15 September 2026. Delays on the client’s side move the delivery dates by the same number of days.'],
    ['5.3', 'Approvals', 'Approved designs are final; changes to approved work are handled as change orders.'],
    ['6.1', 'Fees and payment', 'The fee is EUR 4,800, 50% on signature. Invoices are payable within 15 days of issue.'],
    ['6.2', 'Late payment', 'Late payments accrue a late fee of 1.5% per month. Work is paused when an invoice is more than 30 days overdue.'],
    ['8.1', 'Conduct', 'Both parties communicate courteously and in good faith.'],
    ['9.1', 'Entire agreement', 'This agreement is the entire agreement between the parties; changes are valid only in writing.'],
  ],
  es: [
    ['2.1', 'Alcance', 'El proyecto comprende un sitio web de cinco páginas y un formulario de contacto. No incluye tienda en línea ni blog.'],
    ['2.3', 'Solicitudes de cambio', 'El trabajo fuera del alcance se realiza solo mediante orden de cambio por escrito, a 60 € por solicitud.'],
    ['2.5', 'Metodología', 'La proveedora elige los métodos y herramientas con los que presta el servicio, dentro del alcance acordado.'],
    ['3.1', 'Horario', 'La proveedora trabaja de lunes a viernes, de 09:00 a 18:00 (hora de Madrid). El trabajo urgente fuera de ese horario se factura a 1,5 veces la tarifa habitual.'],
    ['3.4', 'Calendario', 'La entrega sigue el calendario acordado. Adelantarla supone un recargo por urgencia del 25 % de los honorarios.'],
    ['4.2', 'Revisiones', 'Los honorarios incluyen dos rondas de revisiones por entregable. Las rondas adicionales se facturan a 200 € cada una.'],
    ['5.1', 'Obligaciones del cliente', 'El cliente aporta todos los textos y fotografías antes del 15 de septiembre de 2026. Los retrasos del cliente desplazan las fechas de entrega el mismo número de días.'],
    ['5.3', 'Aprobaciones', 'Los diseños aprobados son definitivos; los cambios sobre trabajo aprobado se tramitan como órdenes de cambio.'],
    ['6.1', 'Honorarios y pago', 'Los honorarios son 4800 €, el 50 % a la firma. Las facturas se pagan en un plazo de 15 días desde su emisión.'],
    ['6.2', 'Demora en el pago', 'Los pagos atrasados generan un recargo del 1,5 % mensual. El trabajo se pausa cuando una factura supera los 30 días de retraso.'],
    ['8.1', 'Conducta', 'Ambas partes se comunican con cortesía y buena fe.'],
    ['9.1', 'Acuerdo íntegro', 'Este acuerdo recoge la totalidad de lo pactado entre las partes; cualquier cambio solo es válido por escrito.'],
  ],
  zh: [
    ['2.1', '范围', '本项目包括一个五页网站和一个联系表单，不包括网上商店和博客。'],
    ['2.3', '变更请求', '范围之外的工作仅在签署书面变更单后进行，每项变更收费60欧元。'],
    ['2.5', '工作方法', '服务方在约定范围内自行决定交付工作所采用的方法和工具。'],
    ['3.1', '工作时间', '服务方的工作时间为周一至周五9:00–18:00（马德里时间）。工作时间以外的紧急工作按平时费率的1.5倍收费。'],
    ['3.4', '时间表', '交付按约定的时间表进行。提前交付须加收费用的25%作为加急费。'],
    ['4.2', '修改', '费用包含每项交付物两轮修改。额外修改每轮收费200欧元。'],
    ['5.1', '客户义务', '客户应于2026年9月15日前提供全部页面文案和照片。客户方的延误将使交付日期顺延相同天数。'],
    ['5.3', '确认', '已确认的设计为最终版本；对已确认工作的变更按变更单处理。'],
    ['6.1', '费用与付款', '费用为4800欧元，签约时支付50%。发票须在开具后15天内支付。'],
    ['6.2', '逾期付款', '逾期付款按每月1.5%收取滞纳金。发票逾期超过30天时，工作暂停。'],
    ['8.1', '行为准则', '双方应以礼貌和诚信的方式沟通。'],
    ['9.1', '完整协议', '本协议构成双方的完整协议；任何变更须以书面形式作出方为有效。'],
  ],
  'zh-Hant': [
    ['2.1', '範圍', '本專案包括一個五頁網站和一個聯絡表單，不包括線上商店和部落格。'],
    ['2.3', '變更需求', '範圍以外的工作須簽署書面變更單後才進行，每項變更收費60歐元。'],
    ['2.5', '工作方法', '服務方在約定範圍內自行決定交付工作所採用的方法與工具。'],
    ['3.1', '上班時間', '服務方的上班時間為週一至週五9:00–18:00（馬德里時間）。上班時間以外的緊急工作依平時費率的1.5倍計費。'],
    ['3.4', '時程', '交付依約定時程進行。提前交付須另加總費用25%的急件費用。'],
    ['4.2', '修改', '費用包含每項交付物兩輪修改。額外修改每輪收費200歐元。'],
    ['5.1', '客戶義務', '客戶應於2026年9月15日前提供全部頁面文案與照片。客戶方的延誤將使交付日期順延相同天數。'],
    ['5.3', '確認', '已確認的設計即為最終版本；已確認工作的變更以變更單處理。'],
    ['6.1', '費用與付款', '費用為4800歐元，簽約時支付50%。請款單須於開立後15天內付款。'],
    ['6.2', '逾期付款', '逾期付款每月加收1.5%的逾期費用。請款單逾期超過30天時，工作暫停。'],
    ['8.1', '行為準則', '雙方應以禮貌與誠信的方式溝通。'],
    ['9.1', '完整合約', '本合約構成雙方的完整合約；任何變更須以書面為之始生效力。'],
  ],
};

const DELIVERABLES: Record<DraftLanguage, { deliverables: string[]; exclusions: string[]; obligation: string }> = {
  en: { deliverables: ['Five-page website', 'Contact form'], exclusions: ['Online shop', 'Blog'], obligation: 'All page copy and photos' },
  es: { deliverables: ['Sitio web de cinco páginas', 'Formulario de contacto'], exclusions: ['Tienda en línea', 'Blog'], obligation: 'Todos los textos y fotografías' },
  zh: { deliverables: ['五页网站', '联系表单'], exclusions: ['网上商店', '博客'], obligation: '全部页面文案和照片' },
  'zh-Hant': { deliverables: ['五頁網站', '聯絡表單'], exclusions: ['線上商店', '部落格'], obligation: '全部頁面文案與照片' },
};

export const SAMPLE_PROVIDER: Provider = {
  name: 'Lucía Romero',
  email: 'lucia@romero.studio',
  signature: 'Lucía Romero · Romero Studio',
  timezone: 'Europe/Madrid',
};

export const SAMPLE_CLIENT: Client = {
  id: 'c-acme',
  name: 'Acme Retail',
  emails: ['ana@acme.com'],
  domains: ['acme.com'],
  timezone: 'America/Mexico_City',
};

export const SAMPLE_FIRST_NAME: Record<DraftLanguage, string> = { en: 'Ana', es: 'Ana', zh: '王经理', 'zh-Hant': '陳經理' };

export function sampleAgreement(lang: DraftLanguage): Agreement {
  const words = DELIVERABLES[lang];
  return {
    id: 'a-acme-web',
    clientId: 'c-acme',
    title: 'Website redesign',
    status: 'active',
    signedAt: '2026-09-01',
    start: '2026-09-01',
    end: '2026-12-31',
    currency: 'EUR',
    language: lang,
    scope: { deliverables: words.deliverables, exclusions: words.exclusions, revisionRounds: 2 },
    hours: { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', responseHours: 24, afterHours: { allowed: false, rateMultiplier: 1.5 } },
    money: { fee: 4800, hourlyRate: 60, changeRequestRate: 60, rushFeePercent: 25, depositPercent: 50, netDays: 15, lateFee: { percentPerMonth: 1.5 }, stopWorkAfterDays: 30, extraRoundRate: 200 },
    clientObligations: [{ what: words.obligation, due: '2026-09-15' }, { what: 'Feedback on each delivery', withinBusinessDays: 3 }],
    clauses: CLAUSES[lang].map(([number, heading, text]) => ({ number, heading, text })),
    invoices: [{ number: 'INV-042', amount: 2400, issuedAt: '2026-10-01', dueAt: '2026-10-15', paidAt: null }],
  };
}

export function sampleFacts(lang: DraftLanguage): Fact[] {
  const words = DELIVERABLES[lang];
  return [
    { kind: 'invoice_overdue', text: 'INV-042 is 44 days overdue', clause: '6.2', invoice: 'INV-042', amount: 2400, currency: 'EUR', dueAt: '2026-10-15', overdueDays: 44, lateFee: 52.8, stopWorkAfterDays: 30 },
    { kind: 'outside_hours', text: 'Sent Sat 02:13, outside Mon–Fri 09:00–18:00', clause: '3.1', sentAt: '2026-11-28T01:13:00Z', sentLocal: 'Sat 02:13', timezone: 'Europe/Madrid', workingHours: 'Mon–Fri 09:00–18:00', nextSlot: '2026-11-30T08:00:00Z', nextSlotLocal: 'Mon 09:00', clientTimezone: 'America/Mexico_City', afterHoursRateMultiplier: 1.5 },
    { kind: 'revision_rounds', text: 'Round 3 of 2 included', clause: '4.2', used: 3, included: 2, extraRoundRate: 200, currency: 'EUR' },
    { kind: 'change_estimate', text: 'Changes at EUR 60 per change request', clause: '2.3', rate: 60, rateKind: 'change_request', currency: 'EUR' },
    { kind: 'rush_fee', text: 'Rush fee 25% = EUR 1,200', clause: '3.4', percent: 25, fee: 1200, currency: 'EUR' },
    { kind: 'obligation_late', text: 'Page copy and photos 74 days late', clause: '5.1', what: words.obligation, due: '2026-09-15', lateDays: 74 },
    { kind: 'scope', text: 'Blog is excluded', clause: '2.1', deliverables: words.deliverables, exclusions: words.exclusions, matchedExclusion: words.exclusions[1] },
  ];
}

/** A whole composer input on the sample data: the template preview, the show-drafts script and the tests use it. */
export function sampleComposeInput(lang: DraftLanguage, kinds: RequestKind[], extra: Partial<ComposeInput> = {}): ComposeInput {
  return {
    labels: kinds.map((kind) => ({ kind, score: 1, evidence: [] })),
    lang,
    facts: sampleFacts(lang),
    clauses: [],
    client: SAMPLE_CLIENT,
    agreement: sampleAgreement(lang),
    provider: SAMPLE_PROVIDER,
    now: SAMPLE_NOW,
    clientFirstName: SAMPLE_FIRST_NAME[lang],
    ...extra,
  };
}
