import type { RequestKind } from '../triage/kinds';

// A small multilingual lexicon: each concept of an agreement with the words English, Spanish and Chinese contracts
// and messages use for it. Clause ranking maps a request kind onto concepts; the popup search expands a query word
// into its concept so "horario" finds a clause headed "Working hours". Words are folded (lower case, no accents);
// Latin words match as word prefixes, Chinese ones as substrings.

export type Concept =
  | 'revisions'
  | 'hours'
  | 'after_hours'
  | 'payment'
  | 'late_fee'
  | 'invoice'
  | 'deposit'
  | 'scope'
  | 'change'
  | 'rates'
  | 'rush'
  | 'timeline'
  | 'obligations'
  | 'approval'
  | 'contract'
  | 'conduct'
  | 'termination'
  | 'discount';

export const CONCEPT_WORDS: Record<Concept, string[]> = {
  revisions: ['revision', 'revisions', 'round', 'rounds', 'amendment', 'revisiones', 'revision', 'ronda', 'rondas', 'correccion', 'correcciones', 'cambios', '修改', '修订', '轮', '修訂', '輪'],
  hours: ['working hours', 'business hours', 'office hours', 'hours', 'availability', 'response time', 'horario', 'horarios', 'jornada', 'dias laborables', 'disponibilidad', '工作时间', '工作日', '办公时间', '响应时间', '工作時間', '辦公時間', '回覆時間'],
  after_hours: ['after hours', 'after-hours', 'out of hours', 'weekend', 'weekends', 'emergency', 'urgent', 'fuera de horario', 'fin de semana', 'urgencia', 'urgente', 'emergencia', '非工作时间', '周末', '加急', '紧急', '节假日', '非工作時間', '週末', '緊急', '節假日'],
  payment: ['payment', 'payments', 'pay', 'paid', 'payable', 'net', 'due', 'pago', 'pagos', 'pagar', 'plazo de pago', 'vencimiento', '付款', '支付', '款项', '结算', '款項', '結算'],
  late_fee: ['late fee', 'late payment', 'interest', 'overdue', 'stop work', 'suspend', 'recargo', 'mora', 'demora', 'intereses', 'interes', 'retraso en el pago', 'retrasos en el pago', 'pagos atrasados', 'suspender', 'pausar', '滞纳金', '逾期', '违约金', '利息', '暂停', '滯納金', '違約金'],
  invoice: ['invoice', 'invoices', 'billing', 'bill', 'factura', 'facturas', 'facturacion', '发票', '账单', '發票', '賬單'],
  deposit: ['deposit', 'advance', 'upfront', 'anticipo', 'adelanto', 'deposito', '定金', '预付款', '首付', '訂金', '預付款'],
  scope: ['scope', 'deliverables', 'deliverable', 'services', 'included', 'excluded', 'exclusions', 'alcance', 'entregables', 'servicios', 'incluye', 'excluye', 'exclusiones', '范围', '交付', '服务内容', '不包括', '包括', '範圍', '服務內容'],
  change: ['change request', 'change order', 'changes', 'additional work', 'extra work', 'out of scope', 'solicitud de cambio', 'cambio', 'cambios', 'trabajo adicional', 'fuera del alcance', '变更', '额外工作', '范围外', '新增', '變更', '額外工作', '範圍外'],
  rates: ['rate', 'rates', 'hourly', 'fee', 'fees', 'price', 'tarifa', 'tarifas', 'por hora', 'honorarios', 'precio', '费率', '费用', '价格', '时薪', '报价', '費率', '費用', '價格', '報價'],
  rush: ['rush', 'expedited', 'express', 'accelerated', 'earlier', 'urgencia', 'urgente', 'acelerado', 'entrega anticipada', '加急', '加急费', '提前', '加急費'],
  timeline: ['timeline', 'schedule', 'deadline', 'milestone', 'milestones', 'delivery date', 'plazo', 'plazos', 'calendario', 'fecha de entrega', 'hito', 'hitos', '工期', '期限', '进度', '截止', '里程碑', '交付日期', '進度', '交付日期'],
  obligations: ['client obligations', 'client shall provide', 'client responsibilities', 'content', 'materials', 'access', 'feedback', 'delay', 'obligaciones del cliente', 'el cliente proporcionara', 'contenido', 'materiales', 'acceso', 'comentarios', 'retraso', '甲方义务', '客户义务', '提供', '资料', '反馈', '延误', '客戶義務', '資料', '反饋', '回饋', '延誤'],
  approval: ['approval', 'approve', 'approved', 'sign-off', 'sign off', 'acceptance', 'aprobacion', 'aprobar', 'aprobado', 'aceptacion', '确认', '验收', '批准', '审批', '確認', '驗收', '審批'],
  contract: ['agreement', 'contract', 'signed', 'signature', 'terms', 'entire agreement', 'governing', 'contrato', 'acuerdo', 'firma', 'firmado', 'condiciones', '合同', '协议', '签署', '签字', '条款', '合約', '協議', '簽署', '條款'],
  conduct: ['conduct', 'respect', 'respectful', 'abusive', 'harassment', 'communication', 'conducta', 'respeto', 'comunicacion', 'trato', '行为', '尊重', '沟通', '辱骂', '行為', '溝通', '辱罵'],
  termination: ['termination', 'terminate', 'cancel', 'cancellation', 'rescision', 'resolucion', 'terminacion', 'cancelacion', '终止', '解除', '取消', '終止'],
  discount: ['discount', 'reduction', 'lower price', 'free', 'descuento', 'rebaja', 'gratis', '折扣', '优惠', '便宜', '免费', '優惠', '免費'],
};

/** The concepts an agreement clause must speak to for each request kind, most important first. */
export const KIND_CONCEPTS: Record<RequestKind, Concept[]> = {
  scope_change: ['scope', 'change', 'rates'],
  after_hours_urgency: ['hours', 'after_hours'],
  rush_deadline: ['rush', 'timeline', 'rates'],
  payment_delay: ['payment', 'late_fee', 'invoice'],
  discount_pressure: ['rates', 'discount', 'scope'],
  endless_revisions: ['revisions', 'change'],
  indecisive_reversal: ['approval', 'change', 'revisions'],
  client_delay: ['obligations', 'timeline'],
  anti_contract: ['contract'],
  abusive_tone: ['conduct', 'termination'],
  know_it_all: ['scope', 'approval'],
};

/** The concepts whose words begin with (Latin) or contain (Chinese) the folded `word`. */
export function conceptsOfWord(word: string): Concept[] {
  if (!word) return [];
  const out: Concept[] = [];
  for (const [concept, words] of Object.entries(CONCEPT_WORDS) as [Concept, string[]][]) {
    if (words.some((w) => w === word || (word.length >= 4 && w.startsWith(word)) || (/\p{Script=Han}/u.test(word) && w.includes(word)))) {
      out.push(concept);
    }
  }
  return out;
}

const LETTER = '[\\p{L}\\p{N}]';
const conceptPatterns = new Map<Concept, RegExp>();

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One regex per concept over folded text: Latin words whole (with a plural ending), Chinese words anywhere. */
export function conceptPattern(concept: Concept): RegExp {
  let re = conceptPatterns.get(concept);
  if (!re) {
    const alternatives = CONCEPT_WORDS[concept].map((w) =>
      /\p{Script=Han}/u.test(w) ? escape(w) : `(?<!${LETTER})${escape(w).replace(/ /g, '\\s+')}(?:s|es)?(?!${LETTER})`,
    );
    re = new RegExp(alternatives.join('|'), 'gu');
    conceptPatterns.set(concept, re);
  }
  re.lastIndex = 0;
  return re;
}

/** How many times `folded` text speaks of the concept. */
export function conceptHits(folded: string, concept: Concept): number {
  return folded.match(conceptPattern(concept))?.length ?? 0;
}

export const ALL_CONCEPTS = Object.keys(CONCEPT_WORDS) as Concept[];

/** The concepts a folded text speaks of. */
export function conceptsIn(folded: string): Concept[] {
  return ALL_CONCEPTS.filter((c) => conceptHits(folded, c) > 0);
}
