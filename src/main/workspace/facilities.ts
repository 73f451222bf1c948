/** The facility registry: how many prisoners each holds, and who is and was held in one. */
import type { FacilityDetail, FacilityRow } from '../../shared/api';
import type { Address, Facility, Person } from '../../shared/records';
import { currentAddress, groupByPerson, personRef, type WorkspaceData } from './workspace-data';

/** Every person's current address, when they have one. */
function currentAddresses(data: WorkspaceData, today: string): Set<Address> {
  const current = new Set<Address>();
  for (const addresses of groupByPerson(data.addresses).values()) {
    const address = currentAddress(addresses, today);
    if (address) current.add(address);
  }
  return current;
}

export function facilityRows(data: WorkspaceData, today: string): FacilityRow[] {
  const counts = new Map<string, number>();
  for (const address of currentAddresses(data, today)) {
    if (address.facilityId)
      counts.set(address.facilityId, (counts.get(address.facilityId) ?? 0) + 1);
  }
  return [...data.facilities]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((facility) => ({ facility, heldNow: counts.get(facility.id) ?? 0 }));
}

function heldPerson(person: Person) {
  return person.status ? { ...personRef(person), status: person.status } : personRef(person);
}

export function facilityDetail(
  data: WorkspaceData,
  facility: Facility,
  today: string,
): FacilityDetail {
  const persons = new Map(data.persons.map((person) => [person.id, person]));
  const current = currentAddresses(data, today);
  const heldNow: FacilityDetail['heldNow'] = [];
  const heldBefore: FacilityDetail['heldBefore'] = [];
  for (const address of data.addresses) {
    const person = persons.get(address.personId);
    if (address.facilityId !== facility.id || !person) continue;
    if (current.has(address)) {
      heldNow.push({ person: heldPerson(person), since: address.validFrom ?? null });
    } else {
      heldBefore.push({
        person: heldPerson(person),
        from: address.validFrom ?? null,
        to: address.validTo ?? null,
      });
    }
  }
  return {
    facility,
    heldNow: heldNow.sort((a, b) => a.person.name.localeCompare(b.person.name)),
    heldBefore: heldBefore.sort((a, b) => (b.to ?? '').localeCompare(a.to ?? '')),
  };
}
