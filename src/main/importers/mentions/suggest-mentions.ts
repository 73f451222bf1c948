/**
 * What a text mentions that the archive knows or should know: its persons (in any form of
 * their name), facility codes, and dated facts such as detention extensions. Each with the
 * sentence it was found in, for the user to confirm; nothing here changes the archive.
 */
import type { Archive } from '../../archive/archive';
import { findDatedFacts, type DatedFact } from './dated-facts';
import { facilityCodeMap, findFacilityCodes } from './facility-codes';
import { findNames } from './person-mentions';
import { PersonNameIndex, type NamedPerson } from './person-name-index';
import { sentenceAt, splitSentences, type Sentence } from './sentences';

export interface PersonMention {
  readonly personId: string;
  /** The person's primary name in the archive. */
  readonly name: string;
  /** The name as this text first writes it: "Кушакбаеву", "Nurlan Kushakbayev". */
  readonly form: string;
  /** Every way the text writes it. */
  readonly forms: readonly string[];
  readonly count: number;
  /** The sentence of the first mention. */
  readonly sentence: string;
}

export interface FacilityMention {
  readonly code: string;
  readonly facilityId?: string;
  readonly sentence: string;
}

export interface MentionSuggestions {
  readonly persons: readonly PersonMention[];
  readonly facilities: readonly FacilityMention[];
  readonly facts: readonly DatedFact[];
}

export interface MentionOptions {
  /** The year the text was written, for dates written without one ("до 10 июня"). */
  readonly year?: number;
}

/** Holds the archive's names once, to look through many texts (an import's files). */
export class MentionFinder {
  private constructor(
    private readonly names: PersonNameIndex,
    private readonly codes: ReadonlyMap<string, string>,
  ) {}

  static fromArchive(archive: Archive): MentionFinder {
    return MentionFinder.from(archive.storedAll('person'), archive.storedAll('facility'));
  }

  static from(
    persons: Iterable<NamedPerson>,
    facilities: Iterable<{ id: string; code: string }> = [],
  ): MentionFinder {
    return new MentionFinder(PersonNameIndex.fromPersons(persons), facilityCodeMap(facilities));
  }

  find(text: string, options: MentionOptions = {}): MentionSuggestions {
    const sentences = splitSentences(text);
    return {
      persons: this.persons(text, sentences),
      facilities: findFacilityCodes(text, this.codes).map((code) => ({
        code: code.code,
        facilityId: code.facilityId,
        sentence: sentenceOf(sentences, code.index),
      })),
      facts: findDatedFacts(sentences, options.year),
    };
  }

  private persons(text: string, sentences: readonly Sentence[]): PersonMention[] {
    const byPerson = new Map<string, { forms: string[]; count: number; index: number }>();
    for (const found of findNames(text, this.names)) {
      const entry = byPerson.get(found.personId);
      if (entry) {
        entry.count += 1;
        if (!entry.forms.includes(found.form)) entry.forms.push(found.form);
      } else {
        byPerson.set(found.personId, { forms: [found.form], count: 1, index: found.index });
      }
    }
    return [...byPerson]
      .map(([personId, entry]) => ({
        personId,
        name: this.names.names.get(personId) ?? personId,
        form: entry.forms[0],
        forms: entry.forms,
        count: entry.count,
        sentence: sentenceOf(sentences, entry.index),
      }))
      .sort((a, b) => b.count - a.count);
  }
}

function sentenceOf(sentences: readonly Sentence[], index: number): string {
  return sentenceAt(sentences, index)?.text ?? '';
}

/** The persons, facility codes and dated facts a text mentions. */
export function suggestMentions(
  archive: Archive,
  text: string,
  options: MentionOptions = {},
): MentionSuggestions {
  return MentionFinder.fromArchive(archive).find(text, options);
}
