import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../../utils/triage/classify';
import type { RequestKind } from '../../../utils/triage/kinds';

// One realistic message per kind and language, none of them copied from a corpus file: the classifier must find the
// kind and quote, as evidence, sentences that are verbatim parts of the text.

const MADRID = { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
const TUESDAY_NOON = '2026-11-17T12:00:00+01:00';
const SATURDAY_NIGHT = '2026-11-21T23:30:00+01:00';

const CASES: Array<[RequestKind, string, string, string?]> = [
  ['scope_change', 'en', 'Hi Sam, could you also add a members-only login page to the site? Thanks!'],
  ['scope_change', 'es', 'Hola Sam, ya que estás, ¿nos haces también una tienda online con carrito?'],
  ['scope_change', 'zh', '你好，顺便帮我们加一个在线商城的页面吧，谢谢。'],
  ['after_hours_urgency', 'en', 'The booking form is broken. I need it fixed right now, call me as soon as you see this.', SATURDAY_NIGHT],
  ['after_hours_urgency', 'es', 'El formulario no funciona. Necesito que lo arregles ahora mismo, es urgente.', SATURDAY_NIGHT],
  ['after_hours_urgency', 'zh', '预约表单坏了，你现在马上处理一下，很急！', SATURDAY_NIGHT],
  ['rush_deadline', 'en', 'Our launch moved up: can we have the site two weeks earlier than planned?'],
  ['rush_deadline', 'es', '¿Podemos adelantar la entrega? Necesitamos la web una semana antes de lo previsto.'],
  ['rush_deadline', 'zh', '活动定了，能不能把上线时间提前到12月1号？'],
  ['payment_delay', 'en', "We won't pay the invoice until our own client pays us, probably in February."],
  ['payment_delay', 'es', 'La factura de octubre no la vamos a pagar hasta que cobremos del cliente.'],
  ['payment_delay', 'zh', '这期的款我们先不付了，等年后一起结。'],
  ['discount_pressure', 'en', 'The quote is too expensive for us. Could you do it for $1,000? It would be great exposure.'],
  ['discount_pressure', 'es', 'El presupuesto nos parece caro, ¿nos haces un descuento del 30%?'],
  ['discount_pressure', 'zh', '报价太贵了，能不能便宜一点，打个八折？'],
  ['endless_revisions', 'en', 'I know we have used up the two rounds, but here is another round of changes. Keep going until it feels right.'],
  ['endless_revisions', 'es', 'Ya sé que es la sexta versión, pero sigue probando hasta que demos con ello.'],
  ['endless_revisions', 'zh', '这已经是第七版了，还是差点意思，改到我们满意为止吧。'],
  ['indecisive_reversal', 'en', 'I know we approved the blue header last week, but can we go back to the original green one?'],
  ['indecisive_reversal', 'es', 'Sé que aprobamos el logo nuevo, pero hemos cambiado de idea y queremos volver al de antes.'],
  ['indecisive_reversal', 'zh', '上周确认的方案老板又不喜欢了，还是改回第一版吧。'],
  ['client_delay', 'en', "Sorry, we still haven't finished the product photos. The launch is still on for Friday though!"],
  ['client_delay', 'es', 'Todavía no tenemos los textos, perdona el retraso, pero la fecha de lanzamiento se mantiene.'],
  ['client_delay', 'zh', '产品照片还没拍完，不过上线时间不变，还是周五。'],
  ['anti_contract', 'en', "Honestly we don't need a contract for this, let's keep it informal and just start."],
  ['anti_contract', 'es', 'Mira, yo no firmo contratos, lo hacemos de palabra como siempre.'],
  ['anti_contract', 'zh', '合同就不签了吧，口头说好就行，你先做着。'],
  ['abusive_tone', 'en', 'This is garbage. Are you even a real developer? Useless.'],
  ['abusive_tone', 'es', 'Eres un inútil, esto es una chapuza.'],
  ['abusive_tone', 'zh', '你做的什么垃圾，到底会不会做？'],
  ['know_it_all', 'en', 'My cousin builds websites and he says the whole thing should take ten minutes, so do it his way.'],
  ['know_it_all', 'es', 'Mi cuñado dice que eso se hace en diez minutos, hazlo como dice él.'],
  ['know_it_all', 'zh', '我表哥是做设计的，他说你这个配色太土了，按他说的改。'],
];

describe('classifyMessage finds each kind in each language', () => {
  it.each(CASES)('%s (%s)', (kind, lang, text, sentAt) => {
    const result = classifyMessage({ text, sentAt: sentAt ?? TUESDAY_NOON, hours: MADRID });
    const label = result.labels.find((l) => l.kind === kind);
    expect(label, JSON.stringify(result.labels)).toBeDefined();
    expect(result.lang).toBe(lang);
    expect(label!.score).toBeGreaterThanOrEqual(0.5);
    expect(label!.score).toBeLessThanOrEqual(1);
    expect(label!.evidence.length).toBeGreaterThan(0);
    for (const sentence of label!.evidence) expect(text).toContain(sentence);
  });
});

describe('routine messages get no label', () => {
  it.each([
    ['en', 'Hi Ana, thanks for the new homepage, it looks great. Talk on Thursday!'],
    ['en', 'Invoice INV-204 was paid today by bank transfer. Thanks for the great work.'],
    ['es', 'Hola Ana, te adjunto el contrato firmado. ¡Con ganas de empezar el lunes!'],
    ['es', '¿Podemos mover la llamada del jueves a las 11? Si no, el viernes también me va bien.'],
    ['zh', '你好，第二期款已经转账了，回单附上，请查收。'],
    ['zh', '周四的例会能不能改到下午两点？谢谢。'],
  ])('%s: %s', (_lang, text) => {
    expect(classifyMessage({ text, sentAt: TUESDAY_NOON, hours: MADRID }).labels).toEqual([]);
  });
});

describe('negation and hedges', () => {
  it('a client saying they need nothing extra is not a scope change', () => {
    const r = classifyMessage({ text: "We don't need anything extra, just checking how the five pages are going.", sentAt: TUESDAY_NOON, hours: MADRID });
    expect(r.labels.map((l) => l.kind)).not.toContain('scope_change');
  });
  it('"no rush" on a Sunday night is not after-hours urgency', () => {
    const r = classifyMessage({ text: 'No rush at all, whenever you are back on Monday could you send the files?', sentAt: '2026-11-22T23:00:00+01:00', hours: MADRID });
    expect(r.labels).toEqual([]);
  });
  it('thanks for a discount already given is not discount pressure', () => {
    const r = classifyMessage({ text: 'Thanks for the early-payment discount, the transfer went out this morning.', sentAt: TUESDAY_NOON, hours: MADRID });
    expect(r.labels).toEqual([]);
  });
  it('"urgent-ish" in working hours stays routine', () => {
    const r = classifyMessage({ text: 'Urgent-ish: can you resend the staging link? I need it for a meeting at noon.', sentAt: TUESDAY_NOON, hours: MADRID });
    expect(r.labels).toEqual([]);
  });
  it('a friend who only praises the work is not a know-it-all', () => {
    const r = classifyMessage({ text: 'My friend who is a developer looked at the site and said it is really well built.', sentAt: TUESDAY_NOON, hours: MADRID });
    expect(r.labels).toEqual([]);
  });
});

describe('Traditional Chinese and mixed-language mail', () => {
  it('detects zh-Hant and classifies it', () => {
    const r = classifyMessage({ text: '合約就不用簽了吧，大家這麼熟，口頭講好就好。', sentAt: TUESDAY_NOON, hours: MADRID });
    expect(r.lang).toBe('zh-Hant');
    expect(r.labels.map((l) => l.kind)).toContain('anti_contract');
  });
  it('finds a Spanish request inside an English message', () => {
    const r = classifyMessage({ text: 'Hi Marta, quick note from the team. Por cierto, ¿nos haces también la versión en inglés de la web?', sentAt: TUESDAY_NOON, hours: MADRID });
    expect(r.labels.map((l) => l.kind)).toContain('scope_change');
  });
});
