/** Whole calendar days: differences, sums and anniversaries, leap years included. */
import { describe, expect, it } from 'vitest';
import { addDays, dayOf, daysBetween, nextAnniversary } from '../../../src/main/workspace/calendar';

describe('the workspace calendar', () => {
  it('counts whole days across months, years and leap days', () => {
    expect(daysBetween('2024-01-31', '2024-03-01')).toBe(30);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-03-01', '2024-01-31')).toBe(-30);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-20', 30)).toBe('2025-01-19');
  });

  it('takes the local calendar day of a moment', () => {
    expect(dayOf(new Date(2025, 0, 31, 23, 59))).toBe('2025-01-31');
    expect(dayOf(new Date(2025, 1, 1, 0, 1))).toBe('2025-02-01');
  });

  it('finds the next anniversary on or after today, with its years', () => {
    expect(nextAnniversary('1990-05-10', '2025-05-10')).toEqual({ day: '2025-05-10', years: 35 });
    expect(nextAnniversary('1990-05-09', '2025-05-10')).toEqual({ day: '2026-05-09', years: 36 });
    expect(nextAnniversary('2021-12-30', '2024-12-20')).toEqual({ day: '2024-12-30', years: 3 });
  });

  it('keeps 29 February on the 28th in years without it', () => {
    expect(nextAnniversary('1996-02-29', '2025-02-01')).toEqual({ day: '2025-02-28', years: 29 });
    expect(nextAnniversary('1996-02-29', '2028-02-01')).toEqual({ day: '2028-02-29', years: 32 });
  });
});
