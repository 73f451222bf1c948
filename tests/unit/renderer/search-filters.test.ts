/** The filters of the results page and the search request they make. */
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/src/i18n/en';
import { ru } from '../../../src/renderer/src/i18n/ru';
import {
  hasFilters,
  indexingShare,
  makeFilters,
  MAX_RESULTS,
  NO_FILTERS,
  readDateRange,
  searchRequestOf,
  statusGroups,
  tagsOfInput,
  toggleKind,
  withFilters,
} from '../../../src/renderer/src/lib/search-filters';

describe('building filters', () => {
  it('starts with none', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(makeFilters({})).toEqual(NO_FILTERS);
  });

  it('drops blanks and repeats, and orders kinds as the interface does', () => {
    expect(
      makeFilters({
        kinds: ['address', 'person', 'address', 'attachment'],
        personId: '  ',
        status: ' sent ',
        tags: [' press ', 'press', ''],
      }),
    ).toEqual({ kinds: ['person', 'address'], status: 'sent', tags: ['press'] });
  });

  it('changes one filter and removes one set to undefined', () => {
    const filters = makeFilters({ kinds: ['letter'], personId: 'per_1' });
    expect(withFilters(filters, { personId: undefined, from: '2024-01-01' })).toEqual({
      kinds: ['letter'],
      from: '2024-01-01',
      tags: [],
    });
    expect(hasFilters(withFilters(filters, { kinds: [], personId: undefined }))).toBe(false);
  });

  it('toggles a kind on and off', () => {
    const on = toggleKind(NO_FILTERS, 'letter');
    expect(on.kinds).toEqual(['letter']);
    expect(toggleKind(on, 'person').kinds).toEqual(['person', 'letter']);
    expect(toggleKind(on, 'letter').kinds).toEqual([]);
  });

  it('reads tags typed with commas', () => {
    expect(tagsOfInput(' urgent, press ,, urgent ')).toEqual(['urgent', 'press']);
    expect(tagsOfInput('')).toEqual([]);
  });
});

describe('readDateRange', () => {
  it('reads both forms', () => {
    expect(readDateRange('01.03.2024', '2024-05-31')).toEqual({
      from: '2024-03-01',
      to: '2024-05-31',
      errors: {},
    });
  });

  it('points at the impossible date and at an end before the start', () => {
    expect(readDateRange('31.02.2024', '').errors).toEqual({
      from: 'This date does not exist in the calendar.',
    });
    expect(readDateRange('', 'soon').errors.to).toContain('dd.mm.yyyy');
    expect(readDateRange('01.06.2024', '01.03.2024').errors).toEqual({
      to: 'The end date is before the start date.',
    });
  });
});

describe('searchRequestOf', () => {
  it('asks for everything the archive may answer, with no filters', () => {
    expect(searchRequestOf(' vigil ', NO_FILTERS)).toEqual({
      ok: true,
      input: { query: 'vigil', limit: MAX_RESULTS },
    });
    expect(MAX_RESULTS).toBe(5000);
  });

  it('passes every filter, dates as ISO', () => {
    const filters = makeFilters({
      kinds: ['letter'],
      personId: 'per_1',
      facilityId: 'fac_1',
      from: '01.03.2024',
      to: '2024-05-31',
      status: 'sent',
      tags: ['press'],
    });
    expect(searchRequestOf('vigil', filters, 20)).toEqual({
      ok: true,
      input: {
        query: 'vigil',
        limit: 20,
        kinds: ['letter'],
        personId: 'per_1',
        facilityId: 'fac_1',
        from: '2024-03-01',
        to: '2024-05-31',
        status: 'sent',
        tags: ['press'],
      },
    });
  });

  it('does not search with a date that cannot be used', () => {
    expect(searchRequestOf('vigil', makeFilters({ to: '2024-02-30' }))).toEqual({
      ok: false,
      errors: { to: 'This date does not exist in the calendar.' },
    });
  });
});

describe('statuses', () => {
  it('lists each value once, under the first kind that has it', () => {
    const values = statusGroups().flatMap((group) => group.values);
    expect(new Set(values).size).toBe(values.length);
    expect(values).toEqual(
      expect.arrayContaining(['pre-trial', 'sent', 'hunger-strike', 'verdict']),
    );
    const prisoner = statusGroups().find((group) => group.key === 'status');
    expect(prisoner?.values).toContain('pre-trial');
    const caseGroup = statusGroups().find((group) => group.key === 'caseStatus');
    expect(caseGroup?.values).not.toContain('pre-trial');
  });

  it('names each value in both languages', () => {
    for (const group of statusGroups()) {
      for (const value of group.values) {
        const english = (en[group.key] as Record<string, string>)[value];
        const russian = (ru[group.key] as Record<string, string>)[value];
        expect(english, `${group.key}.${value}`).toBeTruthy();
        expect(russian, `${group.key}.${value}`).toMatch(/[а-яё]/i);
      }
    }
  });
});

describe('how far the index has come', () => {
  it('gives whole percent while building, and nothing once it is ready', () => {
    expect(indexingShare({ state: 'building', done: 400, total: 1000 })).toBe(40);
    expect(indexingShare({ state: 'building', done: 0, total: 0 })).toBe(0);
    expect(indexingShare({ state: 'building', done: 1000, total: 1000 })).toBe(99);
    expect(indexingShare({ state: 'ready', done: 1000, total: 1000 })).toBeNull();
  });
});
