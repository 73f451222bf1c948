/**
 * How long a person has been (or was) held, from the shared records alone: a day of arrest
 * that only a private record knows must not show through as a count of days.
 */
import type { Case, Event, Person } from '../../shared/records';
import type { DetentionSpan } from './dossier-model';
import { daysBetween, earliestDay, latestDay } from './calendar-days';

/** Statuses in which a person is held now (house arrest counts, as on the person's page). */
const HELD: readonly NonNullable<Person['status']>[] = ['pre-trial', 'house-arrest', 'convicted'];

/**
 * The current spell of custody for a person held now (from the first arrest after their last
 * release), or the last finished spell for a person released since. Undefined when the
 * records name no arrest, or when a person not held has no recorded release.
 */
export function detentionSpan(
  status: Person['status'],
  cases: readonly Case[],
  events: readonly Event[],
  asOf: string,
): DetentionSpan | undefined {
  const arrests = [
    ...cases.map((record) => record.arrestDate),
    ...events.filter((event) => event.type === 'arrest').map((event) => event.date),
  ].filter((day): day is string => Boolean(day) && day! <= asOf);
  const releases = events
    .filter((event) => event.type === 'release' && event.date <= asOf)
    .map((event) => event.date);

  if (status && HELD.includes(status)) {
    const lastRelease = latestDay(releases);
    const since = earliestDay(arrests.filter((day) => !lastRelease || day > lastRelease));
    return since ? { since, days: daysBetween(since, asOf) } : undefined;
  }
  const until = latestDay(releases);
  if (!until) return undefined;
  const releaseBefore = latestDay(releases.filter((day) => day < until));
  const since = earliestDay(
    arrests.filter((day) => day <= until && (!releaseBefore || day > releaseBefore)),
  );
  return since ? { since, until, days: daysBetween(since, until) } : undefined;
}
