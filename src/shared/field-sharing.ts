/**
 * The sharing level of each field group of a person's profile, as every reader of it sees
 * it: the dossier export, the profile and the export preview. A group's own level, when
 * set, else its default; never wider than the person, whose level decides first.
 */
import {
  PERSON_FIELD_GROUPS,
  SHARING_LEVELS,
  type FieldSharing,
  type PersonFieldGroup,
  type SharingLevel,
} from './records';

/** Notes hold what a campaign writes for itself, so they stay within the team unless marked. */
const GROUP_DEFAULTS: Partial<Record<PersonFieldGroup, SharingLevel>> = { notes: 'team' };

function narrowest(a: SharingLevel, b: SharingLevel): SharingLevel {
  return SHARING_LEVELS.indexOf(a) <= SHARING_LEVELS.indexOf(b) ? a : b;
}

export interface WithFieldSharing {
  readonly sharing: SharingLevel;
  /** Absent in records written before field groups existed. */
  readonly fieldSharing?: FieldSharing;
}

/** What a group's level is when it is not set: the default, or the person's own level. */
export function defaultGroupSharing(person: WithFieldSharing, group: PersonFieldGroup) {
  const fallback = GROUP_DEFAULTS[group];
  return fallback ? narrowest(fallback, person.sharing) : person.sharing;
}

/** The level a group is shared at. */
export function groupSharing(person: WithFieldSharing, group: PersonFieldGroup): SharingLevel {
  const own = person.fieldSharing?.[group];
  return own ? narrowest(own, person.sharing) : defaultGroupSharing(person, group);
}

/** Every group with its level, in the profile's order. */
export function groupSharingAll(person: WithFieldSharing): Record<PersonFieldGroup, SharingLevel> {
  return Object.fromEntries(
    PERSON_FIELD_GROUPS.map((group) => [group, groupSharing(person, group)]),
  ) as Record<PersonFieldGroup, SharingLevel>;
}
