import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContractText } from '../../../utils/agreements/contract-text';
import { agreementSchema } from '../../../utils/agreements/schema';

const contract = (name: string) => readFileSync(new URL(`./contracts/${name}.txt`, import.meta.url), 'utf8');

describe('parseContractText on an English web-design contract', () => {
  const parsed = parseContractText(contract('en-web-design'));

  it('splits it into its numbered clauses, sub-clauses inheriting their section heading', () => {
    expect(parsed.title).toBe('WEB DESIGN SERVICES AGREEMENT');
    expect(parsed.language).toBe('en');
    expect(parsed.clauses.map((c) => [c.number, c.heading])).toEqual([
      ['1.1', 'Scope of Work'], ['1.2', 'Scope of Work'], ['2', 'Revisions'], ['3.1', 'Fees and Payment'], ['3.2', 'Fees and Payment'],
      ['3.3', 'Fees and Payment'], ['3.4', 'Fees and Payment'], ['3.5', 'Fees and Payment'], ['4', 'Changes'], ['5', 'Working Hours'],
      ['6', 'Rush Work'], ['7', 'Client Obligations'],
    ]);
    expect(parsed.clauses.find((c) => c.number === '2')!.text).toBe(
      'The fee includes two (2) rounds of revisions per deliverable. Further rounds are billed at EUR 200 each.',
    );
  });

  it('pre-fills every term it states', () => {
    expect(parsed.terms).toEqual({
      currency: 'EUR',
      hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timezone: 'Europe/Madrid' },
      scope: { revisionRounds: 2 },
      money: {
        fee: 4800, depositPercent: 50, netDays: 15, lateFee: { percentPerMonth: 1.5 }, stopWorkAfterDays: 30, extraRoundRate: 200,
        hourlyRate: 60, rushFeePercent: 25,
      },
    });
  });

  it('says where each term was read', () => {
    const from = Object.fromEntries(parsed.sources.map((s) => [s.field, s.clause]));
    expect(from).toMatchObject({ netDays: '3.3', lateFee: '3.4', stopWorkAfterDays: '3.5', depositPercent: '3.2', revisionRounds: '2', hours: '5', rushFeePercent: '6' });
    expect(parsed.sources.find((s) => s.field === 'netDays')!.sentence).toBe('Invoices are payable within fifteen (15) days of the invoice date.');
  });

  it('gives clauses and terms that the agreement schema accepts', () => {
    const result = agreementSchema.safeParse({ id: 'a', clientId: 'c', title: parsed.title, clauses: parsed.clauses, ...parsed.terms });
    expect(result.success).toBe(true);
  });
});

describe('parseContractText on a Spanish contract', () => {
  const parsed = parseContractText(contract('es-diseno'));
  it('numbers "CLÁUSULA PRIMERA…" as 1…7 with their headings', () => {
    expect(parsed.language).toBe('es');
    expect(parsed.clauses.map((c) => `${c.number} ${c.heading}`)).toEqual([
      '1 Objeto del contrato', '2 Honorarios y forma de pago', '3 Retrasos en el pago', '4 Revisiones', '5 Cambios y trabajo adicional',
      '6 Horario', '7 Entregas urgentes',
    ]);
  });
  it('reads the terms, with Spanish number formats', () => {
    expect(parsed.terms).toEqual({
      currency: 'EUR',
      hours: { days: [1, 2, 3, 4, 5], start: '10:00', end: '18:00', timezone: 'Europe/Madrid' },
      scope: { revisionRounds: 3 },
      money: { fee: 6500, depositPercent: 40, netDays: 30, lateFee: { percentPerMonth: 2 }, stopWorkAfterDays: 45, extraRoundRate: 150, hourlyRate: 55, rushFeePercent: 30 },
    });
  });
});

describe('parseContractText on a Chinese contract', () => {
  const parsed = parseContractText(contract('zh-app'));
  it('splits 第一条…第八条 with their headings', () => {
    expect(parsed.title).toBe('小程序开发服务合同');
    expect(parsed.language).toBe('zh');
    expect(parsed.clauses.map((c) => `${c.number} ${c.heading}`)).toEqual([
      '第一条 服务内容', '第二条 合同金额', '第三条 付款方式', '第四条 逾期付款', '第五条 修改', '第六条 工作时间', '第七条 加急', '第八条 变更',
    ]);
  });
  it('reads the terms, turning a daily late fee into a monthly one', () => {
    expect(parsed.terms).toEqual({
      currency: 'CNY',
      hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timezone: 'Asia/Shanghai' },
      scope: { revisionRounds: 2 },
      money: { fee: 50000, depositPercent: 30, netDays: 15, lateFee: { percentPerMonth: 1.5 }, stopWorkAfterDays: 30, extraRoundRate: 1500, hourlyRate: 400, rushFeePercent: 20 },
    });
  });
});

describe('numbering styles', () => {
  it('reads §, Article, Artículo, 第1条 and 一、', () => {
    const numbers = (text: string) => parseContractText(text).clauses.map((c) => c.number);
    expect(numbers('§1 Payment\nInvoices are due in 14 days.\n§2 Hours\nWe work 9:00-17:00.')).toEqual(['1', '2']);
    expect(numbers('Article 4: Fees. The fee is USD 3,000.\nArticle 5: Term. One year.')).toEqual(['4', '5']);
    expect(numbers('Artículo 3. Pago\nEl pago se hará a 30 días.\nArtículo 4. Plazo\nTres meses.')).toEqual(['3', '4']);
    expect(numbers('第1条 付款\n30日内付款。\n第2条 修改\n三轮修改。')).toEqual(['第1条', '第2条']);
    expect(numbers('一、付款方式\n甲方应在30日内付款。\n二、修改\n包含三轮修改。')).toEqual(['一、', '二、']);
  });

  it('does not take a date or an amount at a line start for a clause number', () => {
    const parsed = parseContractText('1. Delivery\nThe site is delivered on\n15 September 2026 at the latest\n2.400 € are due then.');
    expect(parsed.clauses).toEqual([{ number: '1', heading: 'Delivery', text: 'The site is delivered on 15 September 2026 at the latest 2.400 € are due then.' }]);
  });

  it('numbers the paragraphs of unnumbered text', () => {
    const parsed = parseContractText('Consulting terms\n\nPayment is due within 30 days of invoice.\n\nWe work Monday to Friday, 9am to 5pm.');
    expect(parsed.clauses.map((c) => c.number)).toEqual(['1', '2']);
    expect(parsed.terms).toMatchObject({ money: { netDays: 30 }, hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } });
  });

  it('reads hours in the usual spellings', () => {
    const hours = (text: string) => parseContractText(`1. Hours\n${text}`).terms.hours;
    expect(hours('Available Tuesday through Saturday, 10am to 7pm EST.')).toEqual({ days: [2, 3, 4, 5, 6], start: '10:00', end: '19:00', timezone: 'America/New_York' });
    expect(hours('Horario de atención: lunes a jueves de 8 a 15 h, hora de Ciudad de México.')).toEqual({ days: [1, 2, 3, 4], start: '08:00', end: '15:00', timezone: 'America/Mexico_City' });
    expect(hours('工作时间：星期一至星期六 9:30-18:30')).toEqual({ days: [1, 2, 3, 4, 5, 6], start: '09:30', end: '18:30' });
  });

  it('never throws and returns nothing for nothing', () => {
    expect(parseContractText('')).toEqual({ clauses: [], terms: {}, sources: [] });
    expect(parseContractText(undefined as unknown as string).clauses).toEqual([]);
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const parsed = parseContractText(text);
        for (const c of parsed.clauses) expect(c.text.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
