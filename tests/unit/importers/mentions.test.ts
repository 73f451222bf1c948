import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import { MentionFinder, suggestMentions } from '../../../src/main/importers';
import { splitSentences } from '../../../src/main/importers/mentions/sentences';
import {
  generatePersons,
  inflections,
  Random,
  STANDARDS,
  transliterateName,
} from '../../../bench/synthetic-names';
import { makeTempDir, removeDir } from '../archive/helpers';
import { CAST, TEXTS } from './mention-corpus';

interface Score {
  precision: number;
  recall: number;
  misses: string[];
}

/** Micro-averaged over (text, person) pairs. */
function score(
  finder: MentionFinder,
  texts: readonly { text: string; persons: readonly string[] }[],
): Score {
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  const misses: string[] = [];
  for (const { text, persons } of texts) {
    const found = finder.find(text).persons.map((person) => person.personId);
    const hits = found.filter((id) => persons.includes(id)).length;
    truePositives += hits;
    predicted += found.length;
    expected += persons.length;
    if (hits !== found.length || hits !== persons.length)
      misses.push(`${text} → found [${found.join(', ')}], expected [${persons.join(', ')}]`);
  }
  return {
    precision: predicted ? truePositives / predicted : 1,
    recall: expected ? truePositives / expected : 1,
    misses,
  };
}

function print(label: string, result: Score, count: number): void {
  console.log(
    `${label}: ${count} texts, precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`,
  );
  for (const miss of result.misses) console.log(`  ${miss}`);
}

describe('person mentions', () => {
  it('finds the cast in 50 written texts with precision and recall of at least 0.9', () => {
    expect(TEXTS.length).toBeGreaterThanOrEqual(40);
    const result = score(MentionFinder.from(CAST), TEXTS);
    print('Written corpus', result, TEXTS.length);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('finds generated persons in generated texts, spelt by tables independent of normalise.ts', () => {
    // Persons from the search benchmark's generator, whose transliterations are written
    // apart from the normaliser; strangers are named too, and must not be suggested.
    const known = generatePersons(11, 40);
    const strangers = generatePersons(977, 60).filter(
      (stranger) => !known.some((person) => person.surnameCyr === stranger.surnameCyr),
    );
    const random = new Random(5);
    const formOf = (person: (typeof known)[number]): string => {
      const roll = random.next();
      const cases = inflections(person);
      if (roll < 0.3) return person.nativeName;
      if (roll < 0.5 && cases.length) return random.pick(cases);
      if (roll < 0.8) return transliterateName(person.nativeName, random.pick(STANDARDS));
      const surname = person.surnameCyr;
      if (surname.length < 8) return surname;
      // One letter changed in the middle: a typo.
      const at = random.int(3, surname.length - 3);
      return `${surname.slice(0, at)}${surname[at] === 'а' ? 'о' : 'а'}${surname.slice(at + 1)}`;
    };
    const templates = [
      (names: string) => `Суд рассмотрел жалобу, поданную от имени: ${names}.`,
      (names: string) => `Campaigners wrote letters to ${names} this month.`,
      (names: string) => `Сот отырысына қатысқандар: ${names}.`,
    ];
    const texts = Array.from({ length: 60 }, () => {
      const persons = random.shuffle(known).slice(0, random.int(1, 3));
      const names = persons.map(formOf);
      if (random.chance(0.5)) names.push(random.pick(strangers).nativeName);
      return {
        text: random.pick(templates)(random.shuffle(names).join(', ')),
        persons: persons.map((person) => person.id),
      };
    });
    const finder = MentionFinder.from(
      known.map((person) => ({
        id: person.id,
        name: person.name,
        nativeName: person.nativeName,
        aliases: person.aliases,
      })),
    );
    const result = score(finder, texts);
    print('Generated corpus', result, texts.length);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the name form found and the sentence it stands in', () => {
    const finder = MentionFinder.from(CAST);
    const text = 'Первое предложение. Письмо Ғалыму Төлеуову передали. Төлеуов ответил 3 марта.';
    const [mention] = finder.find(text).persons;
    expect(mention).toMatchObject({
      personId: 'p05',
      name: 'Galym Toleuov',
      form: 'Ғалыму Төлеуову',
      forms: ['Ғалыму Төлеуову', 'Төлеуов'],
      count: 2,
      sentence: 'Письмо Ғалыму Төлеуову передали.',
    });
  });
});

describe('dated facts and facility codes', () => {
  const finder = MentionFinder.from(CAST, [
    { id: 'f1', code: 'ЕЦ-166/5' },
    { id: 'f2', code: 'УГ-157/11' },
  ]);

  it.each([
    ['Срок содержания под стражей продлён до 10 июня.', 'detention', '2024-06-10'],
    ['Суд 12 марта продлил Кушакбаеву арест до 10 июня 2024 года.', 'detention', '2024-06-10'],
    ['His detention was extended until 10 June.', 'detention', '2024-06-10'],
    ['Қамау мерзімі 10 маусымға дейін ұзартылды.', 'detention', '2024-06-10'],
    ['Заседание назначено на 2 апреля.', 'hearing', '2024-04-02'],
    ['He was arrested on 28 February 2023.', 'arrest', '2023-02-28'],
    ['Приговор оглашён 5 мая.', 'verdict', '2024-05-05'],
    ['Голодовку он начал 1 апреля.', 'hunger-strike', '2024-04-01'],
  ])('"%s" is a %s fact on %s', (text, type, date) => {
    const [fact] = finder.find(text, { year: 2024 }).facts;
    expect(fact).toMatchObject({ type, date, sentence: text });
  });

  it('leaves the date open when neither the text nor the caller knows the year', () => {
    const [fact] = finder.find('Арест продлили до 10 июня.').facts;
    expect(fact).toMatchObject({ type: 'detention', dateText: '10 июня' });
    expect(fact.date).toBeUndefined();
  });

  it('finds facility codes in either script and links the known ones', () => {
    const text =
      'Его перевели из ЕЦ-166/5 в УГ-157/11. Letters go to EC 166/5. Ранее он был в ЛА-155/12, по ст. 174/2.';
    expect(finder.find(text).facilities.map((f) => [f.code, f.facilityId])).toEqual([
      ['ЕЦ-166/5', 'f1'],
      ['УГ-157/11', 'f2'],
      ['EC 166/5', 'f1'],
      ['ЛА-155/12', undefined],
    ]);
  });

  it('splits sentences, but not after initials or abbreviations', () => {
    expect(
      splitSentences('Н. Кушакбаев осуждён по ст. 174 ч. 2 УК. Приговор обжалован.').map(
        (s) => s.text,
      ),
    ).toEqual(['Н. Кушакбаев осуждён по ст. 174 ч. 2 УК.', 'Приговор обжалован.']);
  });
});

describe('suggestMentions', () => {
  let dir: string;
  let archive: Archive;
  beforeAll(async () => {
    dir = await makeTempDir('mentions');
    archive = await Archive.open(path.join(dir, 'archive'), { create: true });
    for (const person of CAST.slice(0, 3))
      await archive.create('person', { ...person, id: undefined }, person.id);
    await archive.create('facility', { code: 'ЕЦ-166/5' }, 'f1');
  });
  afterAll(async () => {
    await archive.close();
    await removeDir(dir);
  });

  it('reads persons and facilities from the archive', () => {
    const result = suggestMentions(archive, 'Письмо Кушакбаеву отправили в EC-166/5 12 марта.');
    expect(result.persons.map((p) => [p.personId, p.form])).toEqual([['p01', 'Кушакбаеву']]);
    expect(result.facilities).toEqual([
      {
        code: 'EC-166/5',
        facilityId: 'f1',
        sentence: 'Письмо Кушакбаеву отправили в EC-166/5 12 марта.',
      },
    ]);
  });
});
