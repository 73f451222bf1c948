/**
 * Address lists for letter-writing evenings and mail merges: the current address of each
 * named person as a CSV row. The sharing level applies as in a dossier: a person, address or
 * facility below it contributes nothing, not even a blank row with their name.
 */
import type { SharingLevel } from '../../shared/records';
import type { Archive } from '../archive/archive';
import { toCsv } from './csv';
import { sharedCurrentAddresses } from './shared-addresses';
import { isSharedAt } from './sharing';
import { facilityLabel } from '../workspace/timeline';

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
  const { found, withoutAddress, notShared } = await sharedCurrentAddresses(
    archive,
    personIds,
    level,
    options,
  );
  const rows = found.map(({ person, address }) => {
    const facility =
      address.facilityId && archive.has('facility', address.facilityId)
        ? archive.stored('facility', address.facilityId)
        : undefined;
    const sharedFacility = facility && isSharedAt(facility.sharing, level) ? facility : undefined;
    return [
      person.name,
      person.nativeName ?? '',
      sharedFacility ? facilityLabel(sharedFacility) : '',
      address.lines.join('\n'),
      address.linesLatin.join('\n'),
      address.postcode ?? '',
      address.country,
      address.validFrom ?? '',
      person.id,
    ];
  });
  return { csv: toCsv(HEADER, rows), written: rows.length, withoutAddress, notShared };
}
