/**
 * Address lists for letter-writing evenings and mail merges: the current address of each
 * named person as a CSV row. The sharing level applies as in a dossier: a person, address or
 * facility below it contributes nothing, not even a blank row with their name.
 */
import { CasefileError } from '../../shared/errors';
import type { Address, SharingLevel } from '../../shared/records';
import type { Archive } from '../archive/archive';
import { currentAddress } from './addresses';
import { calendarDay } from './calendar-days';
import { toCsv } from './csv';
import { isSharedAt, isSharingLevel } from './sharing';

const HEADER = [
  'Name',
  'Native name',
  'Facility',
  'Address',
  'Address in Latin letters',
  'Postcode',
  'Country',
  'Since',
  'Person id',
];

export interface AddressList {
  readonly csv: string;
  /** How many persons have a row. */
  readonly written: number;
  /** Persons shared at the level who have no current address that is. */
  readonly withoutAddress: readonly { readonly id: string; readonly name: string }[];
  /** How many of the persons asked for are below the level (and so are not named anywhere). */
  readonly notShared: number;
}

export async function addressListCsv(
  archive: Archive,
  personIds: readonly string[],
  level: SharingLevel,
  options: { readonly now?: Date } = {},
): Promise<AddressList> {
  if (!isSharingLevel(level)) {
    throw new CasefileError('validation', 'The sharing level is one of public, team or private.');
  }
  await archive.whenLoaded();
  const today = calendarDay(options.now ?? archive.now());
  const rows: string[][] = [];
  const withoutAddress: { id: string; name: string }[] = [];
  let notShared = 0;
  for (const id of new Set(personIds)) {
    const person = archive.stored('person', id);
    if (!isSharedAt(person.sharing, level)) {
      notShared += 1;
      continue;
    }
    const addresses = archive
      .list('address', { personId: id })
      .items.filter((address) => isSharedAt(address.sharing, level));
    const address: Address | undefined = currentAddress(addresses, today);
    if (!address) {
      withoutAddress.push({ id, name: person.name });
      continue;
    }
    const facility =
      address.facilityId && archive.has('facility', address.facilityId)
        ? archive.stored('facility', address.facilityId)
        : undefined;
    const sharedFacility = facility && isSharedAt(facility.sharing, level) ? facility : undefined;
    rows.push([
      person.name,
      person.nativeName ?? '',
      sharedFacility ? [sharedFacility.code, sharedFacility.name].filter(Boolean).join(' — ') : '',
      address.lines.join('\n'),
      address.linesLatin.join('\n'),
      address.postcode ?? '',
      address.country,
      address.validFrom ?? '',
      person.id,
    ]);
  }
  return { csv: toCsv(HEADER, rows), written: rows.length, withoutAddress, notShared };
}
