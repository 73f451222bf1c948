/** Dates as typed in forms and filters: dd.mm.yyyy or ISO, real calendar days only. */
import { describe, expect, it } from 'vitest';
import {
  formatDate,
  isCalendarDate,
  NOT_IN_CALENDAR,
  parseCalendarDate,
  parseDateInput,
  todayIso,
} from '../../../src/renderer/src/lib/dates';

describe('parseDateInput', () => {
  it.each([
    ['03.05.2017', '2017-05-03'],
    ['3.5.2017', '2017-05-03'],
    ['03/05/2017', '2017-05-03'],
    ['2017-05-03', '2017-05-03'],
    ['2017-5-3', '2017-05-03'],
    ['  03.05.2017  ', '2017-05-03'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDateInput(text)).toEqual({ ok: true, iso });
  });

  it('reads an empty box as no date', () => {
    expect(parseDateInput('')).toEqual({ ok: true, iso: undefined });
    expect(parseDateInput('   ')).toEqual({ ok: true, iso: undefined });
  });

  it.each(['03.05.17', '3 May 2017', '2017/05/03', '05-03-2017', '03.05.2017 12:00', 'yesterday'])(
    'refuses %j with a sentence that shows the format',
    (text) => {
      const parsed = parseDateInput(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain('dd.mm.yyyy');
    },
  );

  it('leaves the calendar to the archive (forms get its answer)', () => {
    expect(parseDateInput('31.02.2020')).toEqual({ ok: true, iso: '2020-02-31' });
  });
});

describe('parseCalendarDate', () => {
  it.each([
    ['31.02.2020', false],
    ['30.02.2024', false],
    ['29.02.2023', false],
    ['29.02.2024', true],
    ['29.02.2000', true],
    ['29.02.1900', false],
    ['31.04.2024', false],
    ['31.12.2024', true],
    ['00.01.2024', false],
    ['01.13.2024', false],
    ['2024-00-10', false],
    ['2024-13-01', false],
  ])('%s exists: %s', (text, exists) => {
    const parsed = parseCalendarDate(text);
    expect(parsed.ok).toBe(exists);
    if (!parsed.ok && !exists) expect(parsed.message).toBe(NOT_IN_CALENDAR);
  });

  it('keeps the format message for what is not a date at all', () => {
    const parsed = parseCalendarDate('31/02');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('dd.mm.yyyy');
  });

  it('reads an empty box as no date', () => {
    expect(parseCalendarDate('')).toEqual({ ok: true, iso: undefined });
  });
});

describe('isCalendarDate', () => {
  it('checks years below 100 as they are, not as 19xx', () => {
    expect(isCalendarDate('0004-02-29')).toBe(true);
    expect(isCalendarDate('0003-02-29')).toBe(false);
  });

  it('wants the ISO form exactly', () => {
    expect(isCalendarDate('2024-1-01')).toBe(false);
    expect(isCalendarDate('01.01.2024')).toBe(false);
  });
});

describe('formatDate and todayIso', () => {
  it('shows ISO dates day-first and anything else as it is', () => {
    expect(formatDate('2017-05-03')).toBe('03.05.2017');
    expect(formatDate('2017-05')).toBe('2017-05');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate(null)).toBe('');
  });

  it('round-trips through the form', () => {
    expect(parseDateInput(formatDate('1991-03-14'))).toEqual({ ok: true, iso: '1991-03-14' });
  });

  it('gives the local calendar day', () => {
    expect(todayIso(new Date(2024, 0, 9, 23, 59))).toBe('2024-01-09');
  });
});
