import { describe, expect, it } from 'vitest';
import { ageOn, initialsOf } from '../../../src/renderer/src/lib/age';

describe('ageOn', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('1983-04-12', '2026-04-11')).toBe(42);
    expect(ageOn('1983-04-12', '2026-04-12')).toBe(43);
    expect(ageOn('1983-04-12', '2026-11-29')).toBe(43);
  });

  it('counts a 29 February birthday from 1 March in other years', () => {
    expect(ageOn('2000-02-29', '2025-02-28')).toBe(24);
    expect(ageOn('2000-02-29', '2025-03-01')).toBe(25);
  });

  it('has no age without a birth date, or with one after today', () => {
    expect(ageOn(undefined, '2026-01-01')).toBeUndefined();
    expect(ageOn(null, '2026-01-01')).toBeUndefined();
    expect(ageOn('2027-01-01', '2026-01-01')).toBeUndefined();
  });
});

describe('initialsOf', () => {
  it('takes the first letters of the first two words, Kazakh letters too', () => {
    expect(initialsOf('Nurlan Kushakbaev')).toBe('NK');
    expect(initialsOf('  ұлан   әлібек  ғалымұлы ')).toBe('ҰӘ');
    expect(initialsOf('Қайрат')).toBe('Қ');
    expect(initialsOf('')).toBe('');
  });
});
