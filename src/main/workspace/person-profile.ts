/**
 * What a person's page shows beside the record itself: how long they have been held, and
 * who names them in their own relations ("wife of" on another person's profile), so that a
 * relation shows on both pages while it is stored once.
 */
import type { PersonProfile } from '../../shared/api';
import type { Archive } from '../archive/archive';
import { daysBetween } from './calendar';
import { isDetained, lastArrestDay, personRef } from './workspace-data';
import { archiveToday } from './read-workspace';

export async function personProfile(archive: Archive, personId: string): Promise<PersonProfile> {
  await archive.whenLoaded(['person', 'case', 'event']);
  const person = archive.stored('person', personId);
  const today = archiveToday(archive);
  const arrested = lastArrestDay(
    archive.list('case', { personId }).items,
    archive.list('event', { personId }).items,
    today,
  );
  const detainedSince = isDetained(person) ? (arrested ?? null) : null;
  const namedBy = archive
    .storedAll('person')
    .flatMap((other) =>
      other.id === personId
        ? []
        : other.relations
            .filter((relation) => relation.personId === personId)
            .map((relation) => ({ person: personRef(other), type: relation.type })),
    );
  return {
    today,
    detainedSince,
    daysInDetention: detainedSince ? daysBetween(detainedSince, today) : null,
    namedBy,
  };
}
