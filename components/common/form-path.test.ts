import { describe, expect, it } from 'vitest';
import { getIn, setIn } from './form-path';

describe('setIn / getIn', () => {
  it('sets a nested value without touching the original', () => {
    const original = { money: { netDays: 15 }, title: 'Web' };
    const next = setIn(original, ['money', 'fee'], 4800);
    expect(next).toEqual({ money: { netDays: 15, fee: 4800 }, title: 'Web' });
    expect(original).toEqual({ money: { netDays: 15 }, title: 'Web' });
  });

  it('creates arrays for numeric keys and reads them back', () => {
    const next = setIn({}, ['clauses', 0, 'text'], 'The fee includes two rounds.');
    expect(next).toEqual({ clauses: [{ text: 'The fee includes two rounds.' }] });
    expect(getIn(next, ['clauses', 0, 'text'])).toBe('The fee includes two rounds.');
  });

  it('removes a cleared optional group instead of leaving an empty object', () => {
    const next = setIn({ money: { lateFee: { fixed: 40 } } }, ['money', 'lateFee', 'fixed'], undefined);
    expect(next).toEqual({});
  });

  it('reads through missing parts as undefined', () => {
    expect(getIn({ a: null }, ['a', 'b', 0])).toBeUndefined();
  });
});
