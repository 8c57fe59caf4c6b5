import { describe, expect, it } from 'vitest';
import { paymentStep } from './payment-ladder';

describe('paymentStep', () => {
  it.each([
    [{ overdueDays: undefined }, 'friendly'],
    [{ overdueDays: -3, reminderCount: 5 }, 'friendly'],
    [{ overdueDays: 5 }, 'friendly'],
    [{ overdueDays: 5, reminderCount: 1 }, 'firm'],
    [{ overdueDays: 20 }, 'firm'],
    [{ overdueDays: 44, stopWorkAfterDays: 30 }, 'firm'],
    [{ overdueDays: 44, stopWorkAfterDays: 30, reminderCount: 1 }, 'final'],
    [{ overdueDays: 50, reminderCount: 1 }, 'final'],
    [{ overdueDays: 10, reminderCount: 2 }, 'final'],
    [{ overdueDays: 61 }, 'final'],
  ] as const)('%o → %s', (input, step) => {
    expect(paymentStep(input)).toBe(step);
  });
});
