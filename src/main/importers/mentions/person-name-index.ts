/**
 * Every name form of the archive's persons (name, native name, aliases), split into the
 * surname and the given names and folded to search keys by src/main/search/normalise.ts,
 * so that one lookup finds a person in either script and any transliteration.
 */
import { editDistance } from '../../search/edit-distance';
import { wordKeys, words } from '../../search/normalise';
import { genderOfSurname, type Gender } from './name-gender';

export interface NamedPerson {
  readonly id: string;
  readonly name: string;
  readonly nativeName?: string;
  readonly aliases?: readonly string[];
}

/** Patronymics ("Ерланович", "Ерланұлы") follow the given name in official papers. */
const PATRONYMIC = /(?:ович|евич|овна|евна|ична|ұлы|қызы|uly|kyzy|ovich|evich|ovna|evna)$/iu;

/**
 * Endings only surnames have. (-ин and -ина are left out: Ирина, Марина, Галина are given
 * names, and Eva is too short to count.)
 */
const SURNAME_ONLY =
  /^\p{L}{3,}(?:ов|ев|ёв|ова|ева|ёва|ский|ская|ov|ev|yov|ova|eva|sky|skiy|skii|skaya|skaia)$/iu;

/** The surname and the given names of one written form of a name. */
export function splitName(form: string): { surname: string[]; given: string[] } {
  const tokens = form.split(/[\s,]+/).filter((token) => /\p{L}/u.test(token));
  if (tokens.length <= 1) return { surname: tokens, given: [] };
  const isCapitals = (token: string) => token.length > 1 && token === token.toUpperCase();
  // Passports print "SURNAME Given"; official papers "Surname Given Patronymic"; lists
  // "Surname Given", told by a surname's ending that the last word lacks.
  const surnameFirst =
    (isCapitals(tokens[0]) && !isCapitals(tokens[1])) ||
    (tokens.length === 3 && PATRONYMIC.test(tokens[2])) ||
    (tokens.length === 2 && SURNAME_ONLY.test(tokens[0]) && !SURNAME_ONLY.test(tokens[1]));
  if (surnameFirst) {
    return { surname: [tokens[0]], given: tokens.slice(1).filter((t) => !PATRONYMIC.test(t)) };
  }
  return { surname: [tokens[tokens.length - 1]], given: tokens.slice(0, -1) };
}

function keysOf(tokens: readonly string[]): string[] {
  return tokens.flatMap((token) => words(token).flatMap(wordKeys)).filter((key) => key.length >= 2);
}

/** Keys this short are names too common to stand alone ("Ли", "Ан"). */
const MIN_SURNAME_KEY = 3;
/** Keys from this length on are matched with one typo. */
export const MIN_FUZZY_KEY = 6;

export class PersonNameIndex {
  readonly surnames = new Map<string, Set<string>>();
  readonly givenNames = new Map<string, Set<string>>();
  /** Each surname key with one letter deleted → the keys it came from (symmetric delete). */
  readonly deletions = new Map<string, Set<string>>();
  readonly names = new Map<string, string>();
  readonly genders = new Map<string, Gender>();

  static fromPersons(persons: Iterable<NamedPerson>): PersonNameIndex {
    const index = new PersonNameIndex();
    for (const person of persons) index.add(person);
    return index;
  }

  add(person: NamedPerson): void {
    this.names.set(person.id, person.name);
    const forms = [person.name, person.nativeName, ...(person.aliases ?? [])].filter(
      (form): form is string => Boolean(form),
    );
    const gender = forms
      .map((form) => splitName(form).surname[0] ?? '')
      .map(genderOfSurname)
      .find(Boolean);
    if (gender) this.genders.set(person.id, gender);
    for (const form of forms) {
      const { surname, given } = splitName(form);
      for (const key of keysOf(surname)) {
        if (key.length < MIN_SURNAME_KEY) continue;
        addTo(this.surnames, key, person.id);
        if (key.length >= MIN_FUZZY_KEY)
          for (const deleted of deletionsOf(key)) addTo(this.deletions, deleted, key);
      }
      for (const key of keysOf(given)) addTo(this.givenNames, key, person.id);
    }
  }

  /** Surname keys one edit away from `key` (letters swapped, added, dropped or changed). */
  nearSurnames(key: string): string[] {
    const near = new Set<string>();
    for (const deleted of [key, ...deletionsOf(key)]) {
      for (const candidate of this.deletions.get(deleted) ?? []) near.add(candidate);
      if (this.surnames.has(deleted)) near.add(deleted);
    }
    return [...near].filter(
      (candidate) => candidate !== key && editDistance(candidate, key, 1) <= 1,
    );
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

function deletionsOf(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i += 1) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}
