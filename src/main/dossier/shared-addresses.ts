/**
 * The current address of each chosen person, as an export at a sharing level may show it: a
 * person below the level is only counted, and one whose current address is not shared at it
 * is named as having none. Address lists and envelopes apply the same rule through this.
 */
import { CasefileError } from '../../shared/errors';
import type { Address, SharingLevel } from '../../shared/records';
import type { Archive, Stored } from '../archive/archive';
import { currentAddress } from './addresses';
import { calendarDay } from './calendar-days';
import { isSharedAt, isSharingLevel } from './sharing';

export interface SharedAddresses {
  /** In the order asked for, each person once. */
  readonly found: readonly { readonly person: Stored<'person'>; readonly address: Address }[];
  /** Persons shared at the level who have no current address that is (or none `usable`). */
  readonly withoutAddress: readonly { readonly id: string; readonly name: string }[];
  /** How many of the persons asked for are below the level (and so are not named anywhere). */
  readonly notShared: number;
}

export async function sharedCurrentAddresses(
  archive: Archive,
  personIds: readonly string[],
  level: SharingLevel,
  options: {
    readonly now?: Date;
    /** Whether the current address can serve at all; one that cannot counts as none. */
    readonly usable?: (address: Address) => boolean;
  } = {},
): Promise<SharedAddresses> {
  if (!isSharingLevel(level)) {
    throw new CasefileError('validation', 'The sharing level is one of public, team or private.');
  }
  await archive.whenLoaded();
  const today = calendarDay(options.now ?? archive.now());
  const found: { person: Stored<'person'>; address: Address }[] = [];
  const withoutAddress: { id: string; name: string }[] = [];
  let notShared = 0;
  for (const id of new Set(personIds)) {
    const person = archive.stored('person', id);
    if (!isSharedAt(person.sharing, level)) {
      notShared += 1;
      continue;
    }
    const shared = archive
      .list('address', { personId: id })
      .items.filter((address) => isSharedAt(address.sharing, level));
    const address = currentAddress(shared, today);
    if (!address || (options.usable && !options.usable(address))) {
      withoutAddress.push({ id, name: person.name });
      continue;
    }
    found.push({ person, address });
  }
  return { found, withoutAddress, notShared };
}
