/**
 * A prisoner's addresses as exports show them: where to write now, and where they were held
 * before. The rule for "now" is the person page's (src/renderer/src/lib/addresses.ts), so the
 * dossier never names another address than the app.
 */
import type { Address, Facility } from '../../shared/records';
import type { AddressEntry, FacilityEntry } from './dossier-model';

export function facilityEntry(facility: Facility): FacilityEntry {
  return {
    id: facility.id,
    code: facility.code,
    name: facility.name,
    type: facility.type,
    regime: facility.regime,
    region: facility.region,
    country: facility.country,
    postalLines: [...facility.addressLines, facility.postcode ?? ''].filter(Boolean),
    letterRules: facility.letterRules,
  };
}

export function addressEntry(address: Address, facility: Facility | undefined): AddressEntry {
  return {
    id: address.id,
    lines: address.lines,
    linesLatin: address.linesLatin,
    postcode: address.postcode,
    country: address.country,
    validFrom: address.validFrom ?? undefined,
    validTo: address.validTo ?? undefined,
    facility: facility ? facilityEntry(facility) : undefined,
  };
}

/** Newest first: by start date, then by when it was entered. */
export function byNewest(a: Address, b: Address): number {
  const from = (b.validFrom ?? '').localeCompare(a.validFrom ?? '');
  return from !== 0 ? from : b.createdAt.localeCompare(a.createdAt);
}

/** The current address: of those with no end date or ending after today, the latest begun. */
export function currentAddress(addresses: readonly Address[], today: string): Address | undefined {
  return addresses
    .filter((address) => !address.validTo || address.validTo > today)
    .sort(byNewest)[0];
}
