/**
 * The prisoners list: every prisoner with where they are held now and the figures the
 * list sorts by, counted here in one pass over the archive rather than one call per row.
 */
import type { FacilityRef, PrisonerRow } from '../../shared/api';
import type { Facility } from '../../shared/records';
import { daysBetween } from './calendar';
import {
  currentAddress,
  groupByPerson,
  isDetained,
  isPrisoner,
  lastArrestDay,
  lastSentDay,
  lettersAwaitingReply,
  personRef,
  type WorkspaceData,
} from './workspace-data';

export function facilityRef(facility: Facility): FacilityRef {
  return {
    id: facility.id,
    code: facility.code,
    ...(facility.name ? { name: facility.name } : {}),
    ...(facility.region ? { region: facility.region } : {}),
  };
}

export function prisonerRows(data: WorkspaceData, today: string): PrisonerRow[] {
  const facilities = new Map(data.facilities.map((facility) => [facility.id, facility]));
  const addresses = groupByPerson(data.addresses);
  const cases = groupByPerson(data.cases);
  const events = groupByPerson(data.events);
  const letters = groupByPerson(data.letters);

  return data.persons.filter(isPrisoner).map((person) => {
    const address = currentAddress(addresses.get(person.id) ?? [], today);
    const facility = address?.facilityId ? facilities.get(address.facilityId) : undefined;
    const addressLine = facility
      ? null
      : ((address?.linesLatin.length ? address.linesLatin : address?.lines)?.[0] ?? null);
    const arrested = lastArrestDay(cases.get(person.id) ?? [], events.get(person.id) ?? [], today);
    const detainedSince = isDetained(person) ? (arrested ?? null) : null;
    const personLetters = letters.get(person.id) ?? [];
    return {
      ...personRef(person),
      ...(person.status ? { status: person.status } : {}),
      tags: person.tags,
      facility: facility ? facilityRef(facility) : null,
      addressLine,
      detainedSince,
      daysInDetention: detainedSince ? daysBetween(detainedSince, today) : null,
      lastSentOn: lastSentDay(personLetters, today) ?? null,
      awaitingReply: lettersAwaitingReply(personLetters, today).length,
    };
  });
}
