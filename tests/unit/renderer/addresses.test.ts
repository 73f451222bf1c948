/** Which address a prisoner is written to, and the order of the history of transfers. */
import { describe, expect, it } from 'vitest';
import type { Address } from '../../../src/shared/records';
import {
  addressHistory,
  byNewest,
  currentAddress,
  isOpen,
} from '../../../src/renderer/src/lib/addresses';

const TODAY = '2024-07-01';
let serial = 0;

function address(
  id: string,
  validFrom: string | null,
  validTo: string | null,
  createdAt = `2024-01-01T00:00:${String(serial++ % 60).padStart(2, '0')}.000Z`,
): Address {
  return {
    id,
    personId: 'per_1',
    lines: [id],
    linesLatin: [],
    country: 'KZ',
    validFrom,
    validTo,
    notes: '',
    tags: [],
    sharing: 'team',
    createdAt,
    updatedAt: createdAt,
  };
}

const ids = (addresses: readonly Address[]) => addresses.map((item) => item.id);

describe('isOpen', () => {
  it('is open with no end date, or an end after today', () => {
    expect(isOpen(address('a', '2020-01-01', null), TODAY)).toBe(true);
    expect(isOpen(address('a', '2020-01-01', '2024-07-02'), TODAY)).toBe(true);
  });

  it('is closed on or after its end date', () => {
    expect(isOpen(address('a', '2020-01-01', '2024-07-01'), TODAY)).toBe(false);
    expect(isOpen(address('a', '2020-01-01', '2023-01-01'), TODAY)).toBe(false);
  });
});

describe('currentAddress', () => {
  it('is the open address that started last', () => {
    const first = address('first', '2022-01-01', '2024-02-01');
    const second = address('second', '2024-02-01', null);
    const old = address('old', '2019-05-01', null);
    expect(currentAddress([first, old, second], TODAY)?.id).toBe('second');
  });

  it('is none when every address has ended', () => {
    expect(currentAddress([address('a', '2020-01-01', '2021-01-01')], TODAY)).toBeUndefined();
    expect(currentAddress([], TODAY)).toBeUndefined();
  });

  it('prefers the one entered last when two start the same day', () => {
    const a = address('a', '2024-02-01', null, '2024-02-01T10:00:00.000Z');
    const b = address('b', '2024-02-01', null, '2024-02-01T11:00:00.000Z');
    expect(currentAddress([a, b], TODAY)?.id).toBe('b');
    expect(currentAddress([b, a], TODAY)?.id).toBe('b');
  });

  it('puts an address without a start date after dated ones', () => {
    const undated = address('undated', null, null);
    const dated = address('dated', '2020-01-01', null);
    expect(currentAddress([undated, dated], TODAY)?.id).toBe('dated');
    expect(currentAddress([undated], TODAY)?.id).toBe('undated');
  });

  it('follows a transfer that ends in the future', () => {
    const leaving = address('leaving', '2023-01-01', '2024-12-31');
    expect(currentAddress([leaving], TODAY)?.id).toBe('leaving');
  });
});

describe('addressHistory', () => {
  it('is everything but the current address, newest first', () => {
    const addresses = [
      address('2019', '2019-05-01', '2021-03-01'),
      address('2024', '2024-02-01', null),
      address('2021', '2021-03-01', '2024-02-01'),
      address('2017', '2017-05-01', '2019-05-01'),
    ];
    expect(addressHistory(addresses, TODAY).map((item) => item.id)).toEqual([
      '2021',
      '2019',
      '2017',
    ]);
  });

  it('keeps every address when none is current', () => {
    const addresses = [
      address('a', '2020-01-01', '2021-01-01'),
      address('b', '2021-01-01', '2022-01-01'),
    ];
    expect(ids(addressHistory(addresses, TODAY))).toEqual(['b', 'a']);
  });

  it('does not change the list it was given', () => {
    const addresses = [address('a', '2020-01-01', null), address('b', '2021-01-01', null)];
    addressHistory(addresses, TODAY);
    expect(ids(addresses)).toEqual(['a', 'b']);
  });
});

describe('byNewest', () => {
  it('sorts by start date, newest first', () => {
    const sorted = [
      address('a', '2020-01-01', null),
      address('c', '2022-01-01', null),
      address('b', '2021-01-01', null),
    ].sort(byNewest);
    expect(ids(sorted)).toEqual(['c', 'b', 'a']);
  });
});
