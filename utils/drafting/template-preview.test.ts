import { describe, expect, it } from 'vitest';
import { builtinTemplate } from './builtin-templates';
import { previewTemplate } from './template-preview';

describe('previewTemplate', () => {
  it('shows each payment step with the sample invoice in the state that leads to it', () => {
    expect(previewTemplate(builtinTemplate('payment_delay.en.warm.friendly')!)).toMatch(/friendly reminder/);
    expect(previewTemplate(builtinTemplate('payment_delay.en.neutral.firm')!)).toContain('is now 20 days overdue');
    expect(previewTemplate(builtinTemplate('payment_delay.es.firm.final')!)).toContain('el trabajo queda en pausa');
  });

  it('renders the edited text, not the stored one', () => {
    const edited = { ...builtinTemplate('know_it_all.zh.neutral')!, text: '[ack]\n{{client.firstName}}，谢谢！\n[ask]\n好吗？' };
    expect(previewTemplate(edited)).toContain('王经理，谢谢！');
  });

  it('previews the frame around a reply', () => {
    const frame = { ...builtinTemplate('frame.en.firm')!, text: '[greeting]\nGood day {{client.firstName}},\n[sign]\nYours' };
    const text = previewTemplate(frame);
    expect(text.startsWith('Good day Ana,')).toBe(true);
    expect(text.endsWith('Yours')).toBe(true);
  });
});
