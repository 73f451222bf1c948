/**
 * The benchmark's 300 queries and their ground truth: typo'd Latin names, Cyrillic and
 * inflected names, facility codes in other spellings, rare words and quoted phrases.
 *
 * The right answers come from the generator (which person, which facility) or from the
 * records' raw text (which records contain a word or a phrase), never from the search code,
 * so the search cannot agree with itself by construction.
 */
import type { Archive } from '../src/main/archive/archive';
import type { SyntheticFacility, Vocabulary } from './synthetic-archive';
import {
  Random,
  editDistance,
  inflections,
  latinSurname,
  transliterate,
  type SyntheticPerson,
} from './synthetic-names';

export type Category = 'latin-typo' | 'cyrillic-name' | 'facility-code' | 'rare-word' | 'phrase';

export const CATEGORIES: readonly Category[] = [
  'latin-typo',
  'cyrillic-name',
  'facility-code',
  'rare-word',
  'phrase',
];

/** How many queries of each category, 300 in all. */
export const QUERY_COUNTS: Record<Category, number> = {
  'latin-typo': 100,
  'cyrillic-name': 60,
  'facility-code': 40,
  'rare-word': 50,
  phrase: 50,
};

export interface BenchQuery {
  readonly category: Category;
  /** A finer label for the per-variant breakdown (edit kind, spelling, …). */
  readonly variant: string;
  readonly query: string;
  /** Names and codes: the record that must be among the first three hits. */
  readonly target?: { readonly kind: 'person' | 'facility'; readonly id: string };
  /** Rare words and phrases: lower-case words a record must hold, one after another. */
  readonly words?: readonly string[];
}

export function isNameQuery(query: BenchQuery): boolean {
  return query.category === 'latin-typo' || query.category === 'cyrillic-name';
}

/** Words as the ground truth sees them: runs of letters and digits, lower case. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

const LATIN_LOWER = 'abcdefghijklmnopqrstuvwxyz';

type EditKind = 'swap' | 'delete' | 'substitute' | 'insert';

/** One edit at a random place of a word; never a no-op. */
function typo(word: string, kind: EditKind, random: Random): string {
  const chars = [...word];
  const upper = word === word.toUpperCase();
  const letter = () => {
    const l = random.pick([...LATIN_LOWER]);
    return upper ? l.toUpperCase() : l;
  };
  for (;;) {
    const copy = [...chars];
    const at = random.int(0, chars.length - 1);
    if (kind === 'swap') {
      if (at === chars.length - 1 || copy[at] === copy[at + 1]) continue;
      [copy[at], copy[at + 1]] = [copy[at + 1], copy[at]];
    } else if (kind === 'delete') copy.splice(at, 1);
    else if (kind === 'substitute') {
      const replacement = letter();
      if (replacement.toLowerCase() === copy[at].toLowerCase()) continue;
      copy[at] = at === 0 ? replacement.toUpperCase() : replacement;
    } else copy.splice(random.int(1, chars.length), 0, letter());
    const result = copy.join('');
    if (result !== word) return result;
  }
}

const ISO9_CODE: Record<string, string> = {
  Е: 'E',
  Ц: 'C',
  У: 'U',
  Г: 'G',
  Л: 'L',
  А: 'A',
  К: 'K',
  О: 'O',
  В: 'V',
  С: 'S',
  Ж: 'Ž',
  Д: 'D',
};

function codeQuery(facility: SyntheticFacility, variant: string, random: Random): string {
  const { prefix, main, sub } = facility;
  const iso = [...prefix].map((char) => ISO9_CODE[char] ?? char).join('');
  switch (variant) {
    case 'cyrillic':
      return random.pick([
        `${prefix} ${main}/${sub}`,
        `${prefix.toLowerCase()}-${main}-${sub}`,
        `${prefix} ${main} ${sub}`,
      ]);
    case 'latin':
      return `${iso} ${main} ${sub}`;
    case 'bgn': {
      // BGN/PCGN letter by letter, each capitalised as codes are: Е Ц → "YeTs".
      const bgn = [...prefix].map((char) => transliterate(char, 'bgn')).join('');
      return `${bgn}-${main}/${sub}`;
    }
    case 'glued-slash':
      return `${prefix}${main}/${sub}`;
    default:
      return `${iso}${main}${sub}`;
  }
}

/** A record's long text (empty when it has none). */
async function textOf(archive: Archive, kind: 'article' | 'document', id: string): Promise<string> {
  const stored = archive.stored(kind, id) as { textHash?: string };
  return stored.textHash ? archive.texts.get(stored.textHash) : '';
}

/** Rare: past this rank a word is in the long tail (a few records at full scale). */
const RARE_RANK = 40_000;
/** A phrase needs one word past this rank, or it would be in thousands of records. */
const PHRASE_RANK = 2_000;

/**
 * The 300 queries, in a seeded random order (so that no category runs with a warm cache
 * of its own kind).
 */
export async function buildQueries(
  seed: number,
  persons: readonly SyntheticPerson[],
  facilities: readonly SyntheticFacility[],
  vocabulary: Vocabulary,
  archive: Archive,
): Promise<BenchQuery[]> {
  const random = new Random(seed ^ 0x9e7);
  const queries: BenchQuery[] = [];

  // Latin names with one typo, in a word of at least six letters.
  const surnamesOf = persons.map((person) =>
    [person.name, ...person.aliases].map((form) => latinSurname(form).toLowerCase()),
  );
  const fullFormsOf = persons.map((person) =>
    [person.name, ...person.aliases].map((form) => form.toLowerCase()),
  );
  const edits: EditKind[] = ['swap', 'delete', 'substitute', 'insert'];
  while (queries.length < QUERY_COUNTS['latin-typo']) {
    const index = random.int(0, persons.length - 1);
    const person = persons[index];
    const fromAlias = random.chance(0.6) && person.aliases.length > 0;
    const form = fromAlias ? random.pick(person.aliases) : person.name;
    const surnameOnly = random.chance(0.4);
    const kind = edits[queries.length % edits.length];
    let query: string;
    if (surnameOnly) {
      const surname = latinSurname(form);
      if ([...surname].length < 6) continue;
      query = typo(surname, kind, random);
      // One right answer: no other person's surname is as close to the typo.
      const lower = query.toLowerCase();
      const ambiguous = surnamesOf.some(
        (forms, other) =>
          other !== index &&
          forms.some((s) => Math.abs(s.length - lower.length) <= 1 && editDistance(s, lower) <= 1),
      );
      if (ambiguous) continue;
    } else {
      const parts = form.split(' ');
      const eligible = parts.map((part, i) => i).filter((i) => [...parts[i]].length >= 6);
      if (eligible.length === 0) continue;
      const at = random.pick(eligible);
      parts[at] = typo(parts[at], kind, random);
      query = parts.join(' ');
      const lower = query.toLowerCase();
      const ambiguous = fullFormsOf.some(
        (forms, other) =>
          other !== index &&
          forms.some((f) => Math.abs(f.length - lower.length) <= 1 && editDistance(f, lower) <= 1),
      );
      if (ambiguous) continue;
    }
    queries.push({
      category: 'latin-typo',
      variant: `${kind} ${surnameOnly ? 'surname' : 'full'} ${fromAlias ? 'alias' : 'name'}`,
      query,
      target: { kind: 'person', id: person.id },
    });
  }

  // Cyrillic names: as written, the surname alone, and Russian case forms of the surname.
  const declinable = persons.filter((person) => inflections(person).length > 0);
  for (let i = 0; i < QUERY_COUNTS['cyrillic-name']; i += 1) {
    const third = Math.floor((i * 3) / QUERY_COUNTS['cyrillic-name']);
    if (third === 0) {
      const person = random.pick(persons);
      const reversed = random.chance(0.3);
      const query = reversed ? `${person.surnameCyr} ${person.givenCyr}` : person.nativeName;
      queries.push({
        category: 'cyrillic-name',
        variant: reversed ? 'native surname-first' : 'native full',
        query: random.chance(0.2) ? query.toLowerCase() : query,
        target: { kind: 'person', id: person.id },
      });
    } else if (third === 1) {
      const person = random.pick(persons);
      queries.push({
        category: 'cyrillic-name',
        variant: 'native surname',
        query: person.surnameCyr,
        target: { kind: 'person', id: person.id },
      });
    } else {
      const person = random.pick(declinable);
      const form = random.pick(inflections(person));
      const withGiven = random.chance(0.5);
      queries.push({
        category: 'cyrillic-name',
        variant: withGiven ? 'inflected with given name' : 'inflected surname',
        query: withGiven ? `${person.givenCyr} ${form}` : form,
        target: { kind: 'person', id: person.id },
      });
    }
  }

  // Facility codes in other spellings.
  const codeVariants = ['cyrillic', 'latin', 'bgn', 'glued-slash', 'glued'];
  const codesPerVariant = [10, 10, 10, 5, 5];
  codeVariants.forEach((variant, v) => {
    for (let i = 0; i < codesPerVariant[v]; i += 1) {
      const facility = random.pick(facilities);
      queries.push({
        category: 'facility-code',
        variant,
        query: codeQuery(facility, variant, random),
        target: { kind: 'facility', id: facility.id },
      });
    }
  });

  // Rare words and phrases, taken from the text of random articles and documents.
  const articleIds = archive.storedAll('article').map((record) => record.id);
  const documentIds = archive.storedAll('document').map((record) => record.id);
  const inVocabulary = (word: string) => vocabulary.rank.get(word);
  let rare = 0;
  let phrases = 0;
  const usedWords = new Set<string>();
  while (rare < QUERY_COUNTS['rare-word'] || phrases < QUERY_COUNTS.phrase) {
    const isArticle = random.chance(0.67);
    const id = random.pick(isArticle ? articleIds : documentIds);
    const text = await textOf(archive, isArticle ? 'article' : 'document', id);
    if (rare < QUERY_COUNTS['rare-word']) {
      const candidates = tokens(text).filter(
        (word) =>
          word.length >= 5 && (inVocabulary(word) ?? 0) >= RARE_RANK && !usedWords.has(word),
      );
      if (candidates.length) {
        const word = random.pick(candidates);
        usedWords.add(word);
        queries.push({
          category: 'rare-word',
          variant: isArticle ? 'from an article' : 'from a document',
          query: word,
          words: [word],
        });
        rare += 1;
      }
    }
    if (phrases < QUERY_COUNTS.phrase) {
      // Two words with nothing but a space between them, both from the vocabulary.
      const pairs = [
        ...text.matchAll(/(?<![\p{L}\p{N}])([\p{L}]{3,}) ([\p{L}]{3,})(?![\p{L}\p{N}])/gu),
      ]
        .map((match) => [match[1].toLowerCase(), match[2].toLowerCase()])
        .filter(
          ([a, b]) =>
            inVocabulary(a) !== undefined &&
            inVocabulary(b) !== undefined &&
            Math.max(inVocabulary(a)!, inVocabulary(b)!) >= PHRASE_RANK &&
            !usedWords.has(`${a} ${b}`),
        );
      if (pairs.length) {
        const [a, b] = random.pick(pairs);
        usedWords.add(`${a} ${b}`);
        queries.push({
          category: 'phrase',
          variant: isArticle ? 'from an article' : 'from a document',
          query: `"${a} ${b}"`,
          words: [a, b],
        });
        phrases += 1;
      }
    }
  }
  return random.shuffle(queries);
}

/**
 * Which records hold each rare word or phrase: filled by a pass over every record's raw
 * text (titles, summaries, bodies), compared word by word in lower case.
 */
export class GroundTruth {
  private readonly single = new Map<string, number[]>();
  private readonly pairs = new Map<string, number[]>();
  readonly holders: Set<string>[];

  constructor(private readonly queries: readonly BenchQuery[]) {
    this.holders = queries.map(() => new Set<string>());
    queries.forEach((query, index) => {
      if (!query.words) return;
      const map = query.words.length === 1 ? this.single : this.pairs;
      const key = query.words.join(' ');
      map.set(key, [...(map.get(key) ?? []), index]);
    });
  }

  scan(kind: string, id: string, text: string): void {
    let previous = '';
    for (const word of tokens(text)) {
      const one = this.single.get(word);
      if (one) for (const index of one) this.holders[index].add(`${kind}:${id}`);
      if (previous) {
        const two = this.pairs.get(`${previous} ${word}`);
        if (two) for (const index of two) this.holders[index].add(`${kind}:${id}`);
      }
      previous = word;
    }
  }
}

/** True when the query's right answer is among the hits (first 3 for names, 20 for words). */
export function isFound(
  query: BenchQuery,
  hits: readonly { kind: string; id: string }[],
  holders: ReadonlySet<string>,
): boolean {
  if (query.target) {
    return hits
      .slice(0, 3)
      .some((hit) => hit.kind === query.target!.kind && hit.id === query.target!.id);
  }
  return hits.slice(0, 20).some((hit) => holders.has(`${hit.kind}:${hit.id}`));
}
