import { describe, expect, it } from 'vitest';
import { highlightRuns } from './highlighted-text';

describe('highlightRuns', () => {
  it('marks each evidence sentence where it stands in the message', () => {
    const runs = highlightRuns('Thanks. We will pay next month. Bye.', ['We will pay next month.']);
    expect(runs).toEqual([
      { text: 'Thanks. ', marked: false },
      { text: 'We will pay next month.', marked: true },
      { text: ' Bye.', marked: false },
    ]);
  });

  it('merges overlapping phrases and keeps every character once', () => {
    const text = '这个月资金紧张，发票下个月再付款。谢谢';
    const runs = highlightRuns(text, ['发票下个月再付款。', '下个月再付款']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.marked).map((r) => r.text)).toEqual(['发票下个月再付款。']);
  });

  it('keeps markup in e-mail text as text', () => {
    const runs = highlightRuns('<img src=x onerror=alert(1)> pay later', ['pay later']);
    expect(runs[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', marked: false });
  });
});
