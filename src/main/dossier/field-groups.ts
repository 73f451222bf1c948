/**
 * Takes out of a person's record the field groups shared below an export's level (see
 * shared/field-sharing.ts): the other spellings and birth date, the notes, the relations,
 * the photo. What is taken out is emptied in the record itself, before any renderer or the
 * ZIP's JSON sees it, so no output can carry it; the groups' own levels are kept only for
 * the groups that stay, since a level tells that something is there.
 */
import { groupSharing } from '../../shared/field-sharing';
import {
  PERSON_FIELD_GROUPS,
  type FieldSharing,
  type Person,
  type PersonFieldGroup,
  type SharingLevel,
} from '../../shared/records';
import { isSharedAt } from './sharing';

export interface PersonAtLevel {
  readonly person: Person;
  /** The groups that held something and were taken out, in the profile's order. */
  readonly leftOutGroups: readonly PersonFieldGroup[];
}

function holdsSomething(person: Person, group: PersonFieldGroup): boolean {
  switch (group) {
    case 'identity':
      return person.aliases.length > 0 || Boolean(person.birthDate);
    case 'notes':
      return person.notes.trim() !== '';
    case 'relations':
      return person.relations.length > 0;
    case 'photo':
      return Boolean(person.photoId);
  }
}

function without(person: Person, group: PersonFieldGroup): Person {
  switch (group) {
    case 'identity': {
      const { birthDate: _birthDate, ...rest } = person;
      return { ...rest, aliases: [] };
    }
    case 'notes':
      return { ...person, notes: '' };
    case 'relations':
      return { ...person, relations: [] };
    case 'photo': {
      const { photoId: _photoId, ...rest } = person;
      return rest;
    }
  }
}

export function personAtLevel(person: Person, level: SharingLevel): PersonAtLevel {
  let kept = person;
  const leftOutGroups: PersonFieldGroup[] = [];
  const levels: FieldSharing = {};
  for (const group of PERSON_FIELD_GROUPS) {
    if (isSharedAt(groupSharing(person, group), level)) {
      const own = person.fieldSharing?.[group];
      if (own) levels[group] = own;
      continue;
    }
    if (holdsSomething(person, group)) leftOutGroups.push(group);
    kept = without(kept, group);
  }
  const { fieldSharing: _levels, ...rest } = kept;
  const shared = Object.keys(levels).length > 0 ? { ...rest, fieldSharing: levels } : rest;
  return { person: shared, leftOutGroups };
}
