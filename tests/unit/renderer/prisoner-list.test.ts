/** The prisoners list: filters, the order of each column, and the choices the filters offer. */
import { describe, expect, it } from 'vitest';
import type { PrisonerRow } from '../../../src/shared/api';
import {
  DEFAULT_VIEW,
  filterChoices,
  filterRows,
  sortedBy,
  sortRows,
  type PrisonerListView,
} from '../../../src/renderer/src/lib/prisoner-list';

// Fictional people and places.
const EC = { id: 'ec', code: 'ЕЦ-999/1', region: 'Көкжиек region' };
const UG = { id: 'ug', code: 'УГ-999/7', region: 'Ақтау-Сай region' };

function row(name: string, fields: Partial<PrisonerRow> = {}): PrisonerRow {
  return {
    id: name,
    name,
    tags: [],
    facility: null,
    addressLine: null,
    detainedSince: null,
    daysInDetention: null,
    lastSentOn: null,
    awaitingReply: 0,
    ...fields,
  };
}

const ROWS = [
  row('Ərlan', {
    status: 'convicted',
    facility: UG,
    daysInDetention: 900,
    lastSentOn: '2025-01-02',
    awaitingReply: 1,
    tags: ['blogger'],
  }),
  row('Aigül', {
    status: 'pre-trial',
    facility: EC,
    daysInDetention: 40,
    lastSentOn: '2025-01-20',
  }),
  row('Bolat', { status: 'pre-trial', facility: UG, awaitingReply: 3, tags: ['blogger', 'union'] }),
  row('Ғани', { status: 'released' }),
];
const collator = new Intl.Collator('en');
const names = (rows: readonly PrisonerRow[]) => rows.map((item) => item.name);

describe('filterRows', () => {
  it.each<[Partial<PrisonerListView>, string[]]>([
    [{ status: 'pre-trial' }, ['Aigül', 'Bolat']],
    [{ facility: 'ug' }, ['Ərlan', 'Bolat']],
    [{ region: 'Көкжиек region' }, ['Aigül']],
    [{ tag: 'blogger', status: 'pre-trial' }, ['Bolat']],
    [{}, ['Ərlan', 'Aigül', 'Bolat', 'Ғани']],
  ])('%j keeps %j', (filters, expected) => {
    expect(names(filterRows(ROWS, { ...DEFAULT_VIEW, ...filters }))).toEqual(expected);
  });
});

describe('sortRows', () => {
  it.each<[PrisonerListView, string[]]>([
    [DEFAULT_VIEW, ['Aigül', 'Bolat', 'Ərlan', 'Ғани']],
    [{ sort: 'name', descending: true }, ['Ғани', 'Ərlan', 'Bolat', 'Aigül']],
    // The longest in detention first; those without a count last.
    [{ sort: 'days', descending: true }, ['Ərlan', 'Aigül', 'Bolat', 'Ғани']],
    // Never written to first, then the oldest letter.
    [{ sort: 'lastLetter', descending: false }, ['Bolat', 'Ғани', 'Ərlan', 'Aigül']],
    [{ sort: 'awaiting', descending: true }, ['Bolat', 'Ərlan', 'Aigül', 'Ғани']],
    [{ sort: 'status', descending: false }, ['Aigül', 'Bolat', 'Ərlan', 'Ғани']],
    [{ sort: 'facility', descending: false }, ['Aigül', 'Bolat', 'Ərlan', 'Ғани']],
  ])('%j', (view, expected) => {
    expect(names(sortRows(ROWS, view, collator))).toEqual(expected);
  });
});

describe('sortedBy', () => {
  it('starts each column with the most urgent first, and turns it round on a second click', () => {
    expect(sortedBy(DEFAULT_VIEW, 'days')).toEqual({ sort: 'days', descending: true });
    expect(sortedBy(DEFAULT_VIEW, 'lastLetter')).toEqual({ sort: 'lastLetter', descending: false });
    expect(sortedBy({ sort: 'days', descending: true }, 'days')).toEqual({
      sort: 'days',
      descending: false,
    });
    expect(sortedBy({ ...DEFAULT_VIEW, tag: 'x' }, 'name')).toEqual({
      sort: 'name',
      descending: true,
      tag: 'x',
    });
  });
});

describe('filterChoices', () => {
  it('offers the values that occur, in order', () => {
    expect(filterChoices(ROWS)).toEqual({
      statuses: ['pre-trial', 'convicted', 'released'],
      facilities: [EC, UG],
      regions: ['Ақтау-Сай region', 'Көкжиек region'],
      tags: ['blogger', 'union'],
    });
  });
});
