import { describe, expect, it } from 'vitest';
import { agreementSchema, type Agreement } from '../../../utils/agreements/schema';
import { classifyMessage } from '../../../utils/triage/classify';
import { fold } from '../../../utils/triage/fold';
import { groundInAgreement } from '../../../utils/triage/grounding';
import type { Scores } from '../../../utils/triage/rules';
import { splitSentences } from '../../../utils/triage/sentences';

// The agreement changes the labels: hours and zone, scope, invoices, revision rounds. Facts come back with the labels.

const agreement: Agreement = agreementSchema.parse({
  id: 'a-acme',
  clientId: 'c-acme',
  title: 'Website redesign',
  signedAt: '2026-09-01',
  currency: 'EUR',
  scope: { deliverables: ['Five-page website', 'Contact form', 'Blog'], exclusions: ['Online shop', 'Mobile app'], revisionRounds: 2 },
  hours: { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
  money: { fee: 4800, changeRequestRate: 60, lateFee: { percentPerMonth: 1.5 }, extraRoundRate: 200 },
  invoices: [{ number: 'INV-042', amount: 2400, issuedAt: '2026-10-01', dueAt: '2026-10-15', paidAt: null }],
});
const NOW = new Date('2026-11-23T10:00:00Z');
const TUESDAY = '2026-11-17T11:00:00+01:00';
const kinds = (r: ReturnType<typeof classifyMessage>) => r.labels.map((l) => l.kind);

describe('scope: the agreement decides what is new', () => {
  it('an item inside the deliverables is not a scope change', () => {
    const r = classifyMessage({ text: 'Could you also add the blog?', sentAt: TUESDAY, agreement, now: NOW });
    expect(kinds(r)).not.toContain('scope_change');
  });
  it('the same sentence without an agreement is a scope change', () => {
    const r = classifyMessage({ text: 'Could you also add the blog?', sentAt: TUESDAY, now: NOW });
    expect(kinds(r)).toContain('scope_change');
  });
  it('an excluded item is a scope change even without a cue phrase, and the fact names it', () => {
    const r = classifyMessage({ text: 'Can you set up the online shop next week?', sentAt: TUESDAY, agreement, now: NOW });
    expect(kinds(r)).toContain('scope_change');
    const scope = r.facts.find((f) => f.kind === 'scope');
    expect(scope?.matchedExclusion).toBe('Online shop');
    expect(r.facts.some((f) => f.kind === 'change_estimate' && f.rate === 60)).toBe(true);
  });
});

describe('scope: an excluded item asked for without a question', () => {
  const painting = agreementSchema.parse({
    ...agreement,
    scope: { deliverables: ['Two coats on walls in kitchen and living room', 'Trim and baseboards'], exclusions: ['Ceilings', 'Stairwell'] },
  });
  it('a choice announced or a job handed over asks for it as much as a question does', () => {
    for (const text of [
      'Hi Kevin, we went with Chantilly Lace for the living room ceiling. See you Monday.',
      'Kindly do the stairwell in the same white when you are there.',
    ]) {
      expect(kinds(classifyMessage({ text, sentAt: TUESDAY, agreement: painting, now: NOW }))).toContain('scope_change');
    }
    const legal = agreementSchema.parse({ ...agreement, scope: { deliverables: ['compraventa del local'], exclusions: ['inscripción en el Registro de la Propiedad'] } });
    const es = 'Le dejo la escritura en su oficina para que la inscriba en el Registro de la Propiedad.';
    expect(kinds(classifyMessage({ text: es, sentAt: TUESDAY, agreement: legal, now: NOW }))).toContain('scope_change');
    const design = agreementSchema.parse({ ...agreement, scope: { deliverables: ['全屋设计方案'], exclusions: ['施工现场监工'] } });
    const zh = '下周三工人进场，那天你过来现场监工一下吧。';
    expect(kinds(classifyMessage({ text: zh, sentAt: TUESDAY, agreement: design, now: NOW }))).toContain('scope_change');
  });
  it('naming an excluded item in passing asks for nothing', () => {
    const r = classifyMessage({ text: 'The ceilings in the old house were a nightmare. Thanks for the quick job on the walls.', sentAt: TUESDAY, agreement: painting, now: NOW });
    expect(kinds(r)).not.toContain('scope_change');
  });
});

describe('hours: the message time against the agreement (or the provider) ', () => {
  const text = 'The site is down, I need it fixed right now!';
  it('urgency sent inside working hours is not after-hours urgency', () => {
    expect(kinds(classifyMessage({ text, sentAt: TUESDAY, agreement, now: NOW }))).not.toContain('after_hours_urgency');
  });
  it('the same urgency on Saturday night is, with the outside-hours fact', () => {
    const r = classifyMessage({ text, sentAt: '2026-11-21T23:40:00+01:00', agreement, now: new Date('2026-11-21T23:00:00Z') });
    expect(kinds(r)).toContain('after_hours_urgency');
    const fact = r.facts.find((f) => f.kind === 'outside_hours');
    expect(fact).toBeDefined();
    expect(fact!.workingHours).toBe('Mon–Fri 09:00–18:00');
    // Monday 09:00 in Madrid.
    expect(fact!.nextSlot).toBe('2026-11-23T08:00:00.000Z');
  });
  it('the zone matters: 21:05 in Sydney is 11:05 in Madrid, inside hours', () => {
    const r = classifyMessage({ text, sentAt: '2026-11-10T21:05:00+11:00', agreement, now: NOW });
    expect(kinds(r)).not.toContain('after_hours_urgency');
  });
  it('without an agreement, the provider hours passed in are used', () => {
    const hours = { timezone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
    expect(kinds(classifyMessage({ text, sentAt: '2026-11-17T18:30:00-05:00', hours }))).toContain('after_hours_urgency');
    expect(kinds(classifyMessage({ text, sentAt: '2026-11-17T10:30:00-05:00', hours }))).not.toContain('after_hours_urgency');
  });
  it('asking for work at a time outside the hours counts even when sent inside them', () => {
    const r = classifyMessage({ text: 'I need you on standby on Saturday from 6 to 8am, this can\'t slip.', sentAt: TUESDAY, agreement, now: NOW });
    expect(kinds(r)).toContain('after_hours_urgency');
  });
  it('"tonight" is outside a day that ends at 18:00, not one that runs until 22:00', () => {
    const text = 'Urgent: the sound check moved, we need the speakers set up tonight.';
    const sentAt = '2026-11-18T15:00:00+01:00';
    const office = { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
    const evenings = { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5], start: '12:00', end: '22:00' };
    expect(kinds(classifyMessage({ text, sentAt, hours: office, now: NOW }))).toContain('after_hours_urgency');
    expect(kinds(classifyMessage({ text, sentAt, hours: evenings, now: NOW }))).not.toContain('after_hours_urgency');
    const chinese = '急！活动时间改了，今晚必须把音响装好。';
    expect(kinds(classifyMessage({ text: chinese, sentAt, hours: office, now: NOW }))).toContain('after_hours_urgency');
    expect(kinds(classifyMessage({ text: chinese, sentAt, hours: evenings, now: NOW }))).not.toContain('after_hours_urgency');
  });
  it('a provider who works Saturdays is not asked for after-hours work on a Saturday morning', () => {
    const hours = { timezone: 'Asia/Shanghai', days: [1, 2, 3, 4, 5, 6], start: '09:00', end: '18:00' };
    const r = classifyMessage({ text: '急：麻烦把测试环境的链接再发我一下，谢谢！', sentAt: '2026-11-14T10:30:00+08:00', hours });
    expect(r.labels).toEqual([]);
  });
  it('naming a day the provider works is not naming an out-of-hours time, however urgent', () => {
    const hours = { timezone: 'Europe/Madrid', days: [1, 2, 3, 4, 5, 6], start: '09:00', end: '18:00' };
    const text = "I need you on standby all day on Saturday, this can't slip.";
    expect(kinds(classifyMessage({ text, sentAt: TUESDAY, hours }))).not.toContain('after_hours_urgency');
    const weekdaysOnly = { ...hours, days: [1, 2, 3, 4, 5] };
    expect(kinds(classifyMessage({ text, sentAt: TUESDAY, hours: weekdaysOnly }))).toContain('after_hours_urgency');
  });
});

describe('payments: unpaid invoices come back as facts', () => {
  it('a postponed invoice returns the overdue fact with days and late fee', () => {
    const r = classifyMessage({ text: "We'll pay the invoice in January, cash is tight this quarter.", sentAt: TUESDAY, agreement, now: NOW });
    expect(kinds(r)).toContain('payment_delay');
    const overdue = r.facts.find((f) => f.kind === 'invoice_overdue');
    expect(overdue).toMatchObject({ invoice: 'INV-042', amount: 2400, currency: 'EUR', overdueDays: 39 });
    expect(overdue!.lateFee).toBeCloseTo(46.8, 1);
  });
});

describe('revision rounds: the thread is counted against the rounds included', () => {
  const prior = ['Here is our feedback on the first draft: a few changes to the header.', 'Round two: some more changes to the footer, please.'];
  it('a third request for changes when two rounds are included is endless revisions', () => {
    const r = classifyMessage({ text: 'A few more changes: can you make the logo bigger?', sentAt: TUESDAY, agreement, priorClientMessages: prior, now: NOW });
    expect(kinds(r)).toContain('endless_revisions');
    expect(r.facts.find((f) => f.kind === 'revision_rounds')).toMatchObject({ used: 3, included: 2, extraRoundRate: 200 });
  });
  it('the second request, inside the two included, is not', () => {
    const r = classifyMessage({ text: 'A few more changes: can you make the logo bigger?', sentAt: TUESDAY, agreement, priorClientMessages: prior.slice(0, 1), now: NOW });
    expect(kinds(r)).not.toContain('endless_revisions');
  });
  it("drops the model's endless revisions inside the included rounds only when every earlier message was a round", () => {
    // Grounding alone, on a model score it is handed: the count decides, and only a count that cannot be short.
    const text = 'A few more changes: can you make the logo bigger?';
    const sentences = splitSentences(text);
    const ground = (priorMessages: string[], rules: Scores = new Map()) => {
      const scores: Scores = new Map([['endless_revisions', { score: 0.6, sentences: new Set([0]) }]]);
      const { roundsUsed } = groundInAgreement(scores, { agreement, sentences, folded: sentences.map((x) => fold(x.text)), prior: priorMessages, rules });
      return { kept: scores.has('endless_revisions'), roundsUsed };
    };
    expect(ground(prior.slice(0, 1))).toEqual({ kept: false, roundsUsed: 2 });
    // An earlier message not read as a round ("thanks") may hide one asked for by other words: the label stands.
    expect(ground([prior[0]!, 'Got the update, thank you!'])).toEqual({ kept: true, roundsUsed: 2 });
    // So does one the cue rules found ("yet again", "the fifth round").
    expect(ground(prior.slice(0, 1), new Map([['endless_revisions', { score: 0.8, sentences: new Set([0]) }]]))).toEqual({ kept: true, roundsUsed: 2 });
    // Past the rounds it is given whatever the model said.
    expect(ground(prior)).toEqual({ kept: true, roundsUsed: 3 });
  });
  it('a count the client states stands, whatever the thread shows', () => {
    const text = 'This is the fifth round of changes, I know: please make the header smaller.';
    expect(kinds(classifyMessage({ text, sentAt: TUESDAY, agreement, priorClientMessages: prior.slice(0, 1), now: NOW }))).toContain('endless_revisions');
  });
  it('counts the changes clients ask for without the word "changes", in the three languages', () => {
    const rounds = (text: string, priorClientMessages: string[]) =>
      classifyMessage({ text, sentAt: TUESDAY, agreement, priorClientMessages, now: NOW }).facts.find((f) => f.kind === 'revision_rounds');
    // Each earlier message asked for changes; so does this one: the third round of two.
    const english = ['Could you swap the salmon dishes and make the breakfasts quicker?', 'Much better. Now move the runs to the morning, please.'];
    expect(kinds(classifyMessage({ text: 'Can lesson 6 use the canals instead of the mission?', sentAt: TUESDAY, agreement, priorClientMessages: english, now: NOW }))).toContain('endless_revisions');
    expect(rounds('Can lesson 6 use the canals instead of the mission?', english)).toMatchObject({ used: 3, included: 2 });
    const spanish = ['Lucas, cambiemos el olivo por un jacarandá.', 'Ahora sacá el deck y poné piedra laja.'];
    expect(rounds('Lucas, reemplazá la laja por adoquín y mové el banco a la sombra.', spanish)).toMatchObject({ used: 3 });
    const chinese = ['设计稿收到啦，第二层的花想换成铃兰。', '背板文字太多，删一半，洽谈区往左挪。'];
    expect(rounds('整体可以，就是顶层的小人偶想换成两只猫。', chinese)).toMatchObject({ used: 3 });
    // A thank-you in the thread used no round: this is the second of two.
    const withThanks = [english[0]!, 'Got the update, thank you!'];
    expect(kinds(classifyMessage({ text: 'Can lesson 6 use the canals instead of the mission?', sentAt: TUESDAY, agreement, priorClientMessages: withThanks, now: NOW }))).not.toContain('endless_revisions');
  });
  it('counts the comparatives and verbs of a change, not only the commonest ones', () => {
    const rounds = (text: string, priorClientMessages: string[]) =>
      classifyMessage({ text, sentAt: TUESDAY, agreement, priorClientMessages, now: NOW }).facts.find((f) => f.kind === 'revision_rounds');
    const english = ['Could you make the side towers six inches narrower?', 'Nice. Can we try the pantry on the left instead?'];
    expect(rounds('Could you bring a couple of warmer greys for the hall?', english)).toMatchObject({ used: 3, included: 2 });
    const spanish = ['Solicitamos suprimir la cláusula de no competencia.', 'Le pedimos ampliar el glosario y reescribir el capítulo 3.'];
    expect(rounds('¿Puede reorganizar el menú de la semana y pasar las lentejas al jueves?', spanish)).toMatchObject({ used: 3 });
    const chinese = ['花纹再细一点。', '第三章太长，压缩到十页以内。'];
    expect(rounds('扣头有点大，能换个小一号的吗？', chinese)).toMatchObject({ used: 3 });
    // Changes asked for as a trade asks for them: a direction, a complaint, a correction.
    const englishTrade = ['The trousers are too long and the waist is tight, please correct.', 'Numbers should be block font, not the curvy one.'];
    expect(rounds('Could the names be arched? And make the numbers bigger.', englishTrade)).toMatchObject({ used: 3, included: 2 });
    const spanishTrade = ['Las mangas me quedan largas, ¿podéis subirlas un centímetro?', 'El logo va centrado, no arriba a la izquierda.'];
    expect(rounds('Los manteles muy cortos, deben llegar al piso.', spanishTrade)).toMatchObject({ used: 3 });
    // "No longer", and "再" and "一点" apart, ask for no change: still the second round of two.
    const label = (text: string, priorClientMessages: string[]) => kinds(classifyMessage({ text, sentAt: TUESDAY, agreement, priorClientMessages, now: NOW }));
    expect(label('Thanks, we no longer need the call on Friday.', english)).not.toContain('endless_revisions');
    expect(label('再次感谢，一点点心意，请收下。', chinese)).not.toContain('endless_revisions');
    expect(label('Thanks, not urgent at all. What time can I come by on Thursday?', english)).not.toContain('endless_revisions');
    expect(label('¿A qué hora puedo pasar el jueves?', spanish)).not.toContain('endless_revisions');
    // "A menos que" is "unless", "al menos" and "por lo menos" are "at least": no change asked for.
    expect(label('Nos vemos el jueves, a menos que llueva.', spanish)).not.toContain('endless_revisions');
    expect(label('Por lo menos ya tenemos fecha, al menos eso.', spanish)).not.toContain('endless_revisions');
    expect(label('Pon menos texto en la portada.', spanish)).toContain('endless_revisions');
  });
});
