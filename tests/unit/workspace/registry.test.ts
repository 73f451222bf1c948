/** The prisoners list's figures and the facility registry, counted with a fixed today. */
import { describe, expect, it } from 'vitest';
import { facilityDetail, facilityRows } from '../../../src/main/workspace/facilities';
import { prisonerRows } from '../../../src/main/workspace/prisoner-rows';
import { address, caseOf, event, facility, letter, person, workspace } from './builders';

// Fictional people and places.
const ZHANAR = person('zhanar', {
  name: 'Zhanar Mukhametova',
  nativeName: 'Жанар Мұхаметова',
  tags: ['journalist'],
});
const ERBOL = person('erbol', { name: 'Erbol Sadyqov', status: 'released' });
const EC = facility('ec', { code: 'ЕЦ-999/1', name: 'Test colony', region: 'Көкжиек region' });
const UG = facility('ug', { code: 'УГ-999/7', region: 'Ақтау-Сай region' });

const data = workspace({
  persons: [ZHANAR, ERBOL],
  facilities: [UG, EC],
  addresses: [
    address('a1', {
      personId: ZHANAR.id,
      facilityId: EC.id,
      validFrom: '2023-01-10',
      validTo: '2024-06-10',
    }),
    address('a2', { personId: ZHANAR.id, facilityId: UG.id, validFrom: '2024-06-10' }),
    address('a3', { personId: ERBOL.id, lines: ['ул. Жеңіс, 4'], validFrom: '2024-01-01' }),
  ],
  cases: [caseOf('c1', { personId: ZHANAR.id, arrestDate: '2022-12-01' })],
  events: [event('e1', { personId: ZHANAR.id, date: '2023-01-05', type: 'arrest' })],
  letters: [
    letter('l1', { personId: ZHANAR.id, direction: 'out', status: 'sent', sentOn: '2025-01-05' }),
    letter('l2', { personId: ZHANAR.id, direction: 'out', status: 'sent', sentOn: '2025-01-20' }),
    letter('l3', {
      personId: ZHANAR.id,
      direction: 'out',
      status: 'draft',
      writtenOn: '2025-01-25',
    }),
  ],
});
const TODAY = '2025-02-01';

describe('prisonerRows', () => {
  it('gives each prisoner where they are held and their correspondence figures', () => {
    const rows = prisonerRows(data, TODAY);
    expect(rows[0]).toEqual({
      id: 'zhanar',
      name: 'Zhanar Mukhametova',
      nativeName: 'Жанар Мұхаметова',
      status: 'pre-trial',
      tags: ['journalist'],
      facility: { id: 'ug', code: 'УГ-999/7', region: 'Ақтау-Сай region' },
      addressLine: null,
      // The later of the two arrests.
      detainedSince: '2023-01-05',
      daysInDetention: 758,
      lastSentOn: '2025-01-20',
      awaitingReply: 2,
    });
  });

  it('shows an address outside the registry, and counts no detention after release', () => {
    expect(prisonerRows(data, TODAY)[1]).toMatchObject({
      id: 'erbol',
      facility: null,
      addressLine: 'ул. Жеңіс, 4',
      detainedSince: null,
      daysInDetention: null,
      lastSentOn: null,
      awaitingReply: 0,
    });
  });
});

describe('the facility registry', () => {
  it('lists facilities by code with how many are held there now', () => {
    expect(facilityRows(data, TODAY).map((row) => [row.facility.code, row.heldNow])).toEqual([
      ['ЕЦ-999/1', 0],
      ['УГ-999/7', 1],
    ]);
  });

  it('tells who is held in a facility now and who was before', () => {
    expect(facilityDetail(data, UG, TODAY).heldNow).toEqual([
      {
        person: {
          id: 'zhanar',
          name: 'Zhanar Mukhametova',
          nativeName: 'Жанар Мұхаметова',
          status: 'pre-trial',
        },
        since: '2024-06-10',
      },
    ]);
    const before = facilityDetail(data, EC, TODAY);
    expect(before.heldNow).toEqual([]);
    expect(before.heldBefore).toMatchObject([
      { person: { id: 'zhanar' }, from: '2023-01-10', to: '2024-06-10' },
    ]);
  });
});
