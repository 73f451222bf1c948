/**
 * Whose addresses an export lists when no persons are named: everyone with a tag, or every
 * prisoner. The CLI and the window ask the same question, so they get the same answer.
 */
import { CasefileError } from '../../shared/errors';
import type { Archive, Stored } from '../archive/archive';

/** With a tag, everyone who has it (case and spacing aside); else every prisoner. By name. */
export function personsFor(archive: Archive, tag: string | undefined): Stored<'person'>[] {
  const wanted = tag === undefined ? undefined : foldName(tag);
  const persons = archive
    .storedAll('person')
    .filter((person) =>
      wanted === undefined
        ? person.role === 'prisoner'
        : person.tags.some((personTag) => foldName(personTag) === wanted),
    );
  if (persons.length === 0) {
    throw new CasefileError(
      'not-found',
      tag === undefined
        ? 'There are no prisoners in this archive.'
        : `No person has the tag "${tag}".`,
    );
  }
  return persons.sort((a, b) => a.name.localeCompare(b.name));
}

/** A name or tag as typed and as stored compare equal whatever their case and spacing. */
export function foldName(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}
