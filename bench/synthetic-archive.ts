/**
 * The synthetic archive of the search benchmark: invented persons (synthetic-names.ts),
 * facilities with Kazakh-style codes, and articles, letters and documents whose text is drawn
 * from a mixed Russian / English / Kazakh vocabulary with a Zipf-like long tail, so that
 * common words, mid-frequency words and words found in a handful of records all exist.
 *
 * Everything is derived from one seed, so that the archive can be rebuilt identically and the
 * queries of later runs (which re-derive persons, facilities and the vocabulary) agree with it.
 * Records go in through `Archive.addMany`, as an import would put them.
 */
import { Archive } from '../src/main/archive/archive';
import type { RecordKind } from '../src/shared/records';
import { Random, generatePersons, inflections, type SyntheticPerson } from './synthetic-names';

/** Bump when anything below changes what is generated: old archives are then rebuilt. */
export const GENERATOR_VERSION = 4;

export interface Counts {
  readonly persons: number;
  readonly facilities: number;
  readonly articles: number;
  readonly letters: number;
  readonly documents: number;
}

export function countsFor(scale: number): Counts {
  const scaled = (full: number, least: number) => Math.max(least, Math.round(full * scale));
  return {
    persons: scaled(10_000, 200),
    facilities: scaled(200, 20),
    articles: scaled(100_000, 100),
    letters: scaled(200_000, 100),
    documents: scaled(50_000, 50),
  };
}

export const BATCH_SIZE = 10_000;

// ------------------------------------------------------------------ facilities

const CODE_PREFIXES = ['ЕЦ', 'УГ', 'ЛА', 'АК', 'ОВ', 'ЕС', 'ЖД', 'КА'];
const REGIONS = [
  'Павлодарская область',
  'Карагандинская область',
  'Восточно-Казахстанская область',
  'Костанайская область',
  'Акмолинская область',
  'Жамбылская область',
  'Мангистауская область',
  'Атырауская область',
  'Туркестанская область',
  'Алматинская область',
];
const TOWNS = ['Степногорск', 'Жезказган', 'Аркалык', 'Шидерты', 'Заречный', 'Долинка', 'Ушарал'];

export interface SyntheticFacility {
  readonly id: string;
  readonly code: string;
  readonly prefix: string;
  readonly main: number;
  readonly sub: number;
}

/** Facilities with unique codes such as "ЕЦ-166/5" and "УГ-157/11". */
export function generateFacilities(seed: number, count: number): SyntheticFacility[] {
  const random = new Random(seed ^ 0xfac111);
  const seen = new Set<string>();
  const facilities: SyntheticFacility[] = [];
  while (facilities.length < count) {
    const prefix = random.pick(CODE_PREFIXES);
    const main = random.int(150, 175);
    const sub = random.int(1, 30);
    const code = `${prefix}-${main}/${sub}`;
    // "…-16/65" and "…-166/5" would read alike without separators; keep the digits unique.
    const digits = `${prefix}${main}${sub}`;
    if (seen.has(code) || seen.has(digits)) continue;
    seen.add(code);
    seen.add(digits);
    facilities.push({
      id: `f${String(facilities.length + 1).padStart(4, '0')}`,
      code,
      prefix,
      main,
      sub,
    });
  }
  return facilities;
}

// ------------------------------------------------------------------ vocabulary

export type Language = 'ru' | 'en' | 'kk';
export const LANGUAGES: readonly Language[] = ['ru', 'en', 'kk'];

const COMMON: Record<Language, string> = {
  ru: `и в не на что с по к о из за от до для как это был была было были суд его её их он она
    они мы при после также году года лет дело дела адвокат адвоката заключённый заключённого
    колония колонии следствие обвинение приговор апелляция свидание письмо письма родственники
    задержание арест статья статьи срок срока свободы права человека жалоба жалобу правозащитники
    журналист активист кампания поддержки здоровье голодовка перевод этап учреждение областной
    районный суда защита прокурор обвинения показания свидетель свидетели допрос обыск решение
    заседание судья мать жена брат сестра сын дочь передача посылка ответ администрация
    начальник медицинской помощи условия содержания месяцев дней недели вчера сегодня заявил
    сообщила сообщил напомним ранее однако который которая которые более менее только ещё уже
    очень почти года город области республики казахстана мнению словам также против между`,
  en: `the of and to in a is that for on was with by as at from his her their court lawyer
    prisoner detention sentence appeal letter letters family arrest charges article years prison
    colony campaign support health hunger strike transfer visit visits mother wife brother sister
    son daughter judge hearing verdict prosecutor witness witnesses search investigation rights
    human activist journalist blogger said told according also after before during while which
    who whom this these those has have had been were are not but or if than then there here
    release released convicted charged accused case cases decision ruling months days weeks
    yesterday today statement reported earlier however more less only still already very almost
    city region republic kazakhstan authorities administration medical care conditions parcel`,
  kk: `және мен бен пен бұл ол сот түрме адвокат хат хаттар үкім бостандық қамау іс бойынша
    туралы үшін жылы жыл азамат құқық белсенді журналист тергеу айып шағым ана әйел аға қарындас
    ұлы қызы судья отырыс куә куәлар тінту шешім ай күн апта кеше бүгін деді хабарлады сондай-ақ
    бірақ тағы өте қала облыс республика билік әкімшілік медициналық көмек жағдай сәлемдеме
    ауыстыру аштық жариялады қолдау науқан денсаулық босатылды сотталды айыпталды құжат`,
};

/** Sounds of invented words per language; the Kazakh ones carry Kazakh letters. */
const SOUNDS: Record<
  Language,
  { onsets: string[]; vowels: string[]; codas: string[]; endings: string[] }
> = {
  ru: {
    onsets: 'б в г д ж з к л м н п р с т ф х ц ч ш щ ст пр кр тр гл зв сл дв'
      .split(' ')
      .concat(['']),
    vowels: 'а о у ы и е я ю ё'.split(' '),
    codas: 'н р л с т й м к'.split(' ').concat(['', '', '']),
    endings: 'ный ость ение ать ить ка ник ство ой ами ого ую ях'.split(' ').concat(['', '']),
  },
  en: {
    onsets: 'b c d f g h j k l m n p r s t v w z br cl st tr pl sh th ch gr'
      .split(' ')
      .concat(['']),
    vowels: 'a e i o u ai ea ou y oo'.split(' '),
    codas: 'n r l s t m ck nd st x'.split(' ').concat(['', '', '']),
    endings: 'ing tion ment ness ed er ly ity ous al ist'.split(' ').concat(['', '']),
  },
  kk: {
    onsets: 'б ғ д ж з қ к л м н п р с т ш й ш т'.split(' ').concat(['', '']),
    vowels: 'а ә е ы і о ө ұ ү у'.split(' '),
    codas: 'н ң р л қ ғ с т й м з'.split(' ').concat(['', '', '']),
    endings: 'лар лер дың нің ға ге мен дағы шы лық лік тар'.split(' ').concat(['', '']),
  },
};

/** Invented words per language: 150,000 Russian, 100,000 English, 100,000 Kazakh. */
const VOCABULARY_SIZE: Record<Language, number> = { ru: 150_000, en: 100_000, kk: 100_000 };
/** Zipf exponent: a little steeper than 1, so that the tail holds words of a few records. */
const ZIPF_S = 1.1;

export interface Vocabulary {
  readonly words: Record<Language, string[]>;
  /** word → its frequency rank (0 = most frequent) in the first language that has it. */
  readonly rank: Map<string, number>;
  /** Draws a word of a language with Zipf-like frequencies. */
  draw(language: Language, random: Random): string;
}

/**
 * Walker's alias method: O(1) draws from a fixed discrete distribution, which matters when
 * some 80 million words are drawn.
 */
function aliasTable(weights: Float64Array): { prob: Float64Array; alias: Int32Array } {
  const n = weights.length;
  const total = weights.reduce((sum, w) => sum + w, 0);
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = Float64Array.from(weights, (w) => (w * n) / total);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length && large.length) {
    const s = small.pop()!;
    const l = large.pop()!;
    prob[s] = scaled[s];
    alias[s] = l;
    scaled[l] = scaled[l] + scaled[s] - 1;
    (scaled[l] < 1 ? small : large).push(l);
  }
  for (const i of [...small, ...large]) prob[i] = 1;
  return { prob, alias };
}

export function buildVocabulary(seed: number): Vocabulary {
  const random = new Random(seed ^ 0x70cab);
  const words = {} as Record<Language, string[]>;
  const rank = new Map<string, number>();
  const tables = {} as Record<Language, { prob: Float64Array; alias: Int32Array }>;
  for (const language of LANGUAGES) {
    const list = COMMON[language].split(/\s+/).filter(Boolean);
    const seen = new Set(list);
    const sounds = SOUNDS[language];
    while (list.length < VOCABULARY_SIZE[language]) {
      // Mostly two syllables, codas and endings now and then: words of real-language length.
      let word = '';
      const syllables = random.pick([1, 2, 2, 2, 3, 3]);
      for (let i = 0; i < syllables; i += 1) {
        word += random.pick(sounds.onsets) + random.pick(sounds.vowels);
        if (random.chance(0.4)) word += random.pick(sounds.codas);
      }
      if (random.chance(0.4)) word += random.pick(sounds.endings);
      if (word.length < 4 || seen.has(word)) continue;
      seen.add(word);
      list.push(word);
    }
    words[language] = list;
    list.forEach((word, index) => {
      if (!rank.has(word)) rank.set(word, index);
    });
    tables[language] = aliasTable(
      Float64Array.from({ length: list.length }, (_, r) => 1 / Math.pow(r + 1, ZIPF_S)),
    );
  }
  return {
    words,
    rank,
    draw(language, draws) {
      const table = tables[language];
      const list = words[language];
      const i = Math.floor(draws.next() * list.length);
      return list[draws.next() < table.prob[i] ? i : table.alias[i]];
    },
  };
}

// ------------------------------------------------------------------ text

/** Another language now and then: campaign material quotes and mixes. */
function wordLanguage(language: Language, random: Random): Language {
  const roll = random.next();
  if (roll < 0.85) return language;
  return roll < 0.93
    ? LANGUAGES[(LANGUAGES.indexOf(language) + 1) % 3]
    : LANGUAGES[(LANGUAGES.indexOf(language) + 2) % 3];
}

/**
 * Running text of about `length` characters, with `mentions` (names as they are to appear)
 * put into random sentences.
 */
export function makeText(
  vocabulary: Vocabulary,
  random: Random,
  language: Language,
  length: number,
  mentions: readonly string[] = [],
): string {
  const sentences: string[][] = [];
  let size = 0;
  while (size < length) {
    const count = random.int(6, 16);
    const sentence: string[] = [];
    for (let i = 0; i < count; i += 1) {
      let word = vocabulary.draw(wordLanguage(language, random), random);
      if (i < count - 1 && random.chance(0.08)) word += ',';
      sentence.push(word);
    }
    size += sentence.reduce((sum, word) => sum + word.length + 1, 1);
    sentences.push(sentence);
  }
  for (const mention of mentions) {
    const sentence = random.pick(sentences);
    sentence.splice(random.int(0, sentence.length - 1), 0, mention);
  }
  return sentences
    .map((sentence) => {
      const text = sentence.join(' ');
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    })
    .join(' ');
}

/** How a text in a language names a person: any spelling a writer of that language uses. */
export function mentionOf(person: SyntheticPerson, language: Language, random: Random): string {
  if (language === 'en') {
    const forms = [person.name, ...person.aliases.filter((alias) => !/^[A-Z]{2,}\b/.test(alias))];
    const form = random.pick(forms);
    return random.chance(0.3) ? form.split(' ').slice(-1)[0] : form;
  }
  const cases = language === 'ru' ? inflections(person) : [];
  const roll = random.next();
  if (cases.length && roll < 0.45) {
    const surname = random.pick(cases);
    return random.chance(0.4) ? `${person.givenCyr} ${surname}` : surname;
  }
  return roll < 0.75 ? person.nativeName : person.surnameCyr;
}

// ------------------------------------------------------------------ records

const SOURCES = ['Steppe Herald', 'Дала хабары', 'Qazaq Watch', 'Свободный голос', 'Nomad Review'];
const DOC_TYPES = [
  'indictment',
  'verdict',
  'ruling',
  'appeal',
  'medical',
  'official-reply',
  'other',
];
const STATUSES = ['pre-trial', 'house-arrest', 'convicted', 'released', 'exiled', 'unknown'];
const LETTER_STATUSES = ['sent', 'delivered', 'returned', 'answered', 'lost'];
const CHANNELS = ['post', 'registered-post', 'e-letter', 'via-lawyer', 'email'];

const BASE_TIME = Date.UTC(2024, 0, 1);

function stamp(index: number): string {
  return new Date(BASE_TIME + index * 1000).toISOString();
}

function dateBetween(random: Random, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear, 11, 31);
  return new Date(start + Math.floor(random.next() * (end - start))).toISOString().slice(0, 10);
}

function truncateAtWord(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  return `${text.slice(0, cut > length / 2 ? cut : length)}.`;
}

type Item = { kind: RecordKind; label: string; record: Record<string, unknown> };

export interface GenerationLog {
  (line: string): void;
}

/**
 * Fills a new archive in `dir`. Records are made and added one batch at a time, so that the
 * generator never holds more than one batch of long text.
 */
export async function generateArchive(
  dir: string,
  seed: number,
  scale: number,
  log: GenerationLog,
): Promise<Counts> {
  const counts = countsFor(scale);
  const persons = generatePersons(seed, counts.persons);
  const facilities = generateFacilities(seed, counts.facilities);
  const vocabulary = buildVocabulary(seed);
  const archive = await Archive.open(dir, { create: true, name: `search bench ${scale}` });
  let serial = 0;
  const add = async (items: Item[], what: string) => {
    const started = performance.now();
    const result = await archive.addMany(items);
    if (result.problems.length) {
      throw new Error(
        `${what}: ${result.problems.length} records refused, first: ${JSON.stringify(result.problems[0])}`,
      );
    }
    log(
      `  ${what}: ${items.length} records in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  };
  try {
    const people = new Random(seed ^ 0x9e0);
    await add(
      persons.map((person) => ({
        kind: 'person',
        label: person.id,
        record: {
          id: person.id,
          name: person.name,
          nativeName: person.nativeName,
          aliases: [...person.aliases],
          birthDate: dateBetween(people, 1950, 2002),
          role: 'prisoner',
          status: people.pick(STATUSES),
          tags: [],
          sharing: 'public',
          createdAt: stamp(serial++),
          updatedAt: stamp(serial),
        },
      })),
      'persons',
    );
    const places = new Random(seed ^ 0xf1);
    await add(
      facilities.map((facility) => {
        const region = places.pick(REGIONS);
        return {
          kind: 'facility',
          label: facility.id,
          record: {
            id: facility.id,
            code: facility.code,
            name: `Учреждение ${facility.code}`,
            region,
            country: 'KZ',
            addressLines: [`${places.pick(TOWNS)}, учреждение ${facility.code}`, region],
            createdAt: stamp(serial++),
            updatedAt: stamp(serial),
          },
        };
      }),
      'facilities',
    );

    const texts = new Random(seed ^ 0x7e47);
    const mentioned = (count: number) =>
      Array.from({ length: count }, () => texts.pick(persons)).filter(
        (person, index, all) => all.indexOf(person) === index,
      );

    for (let start = 0; start < counts.articles; start += BATCH_SIZE) {
      const items: Item[] = [];
      for (let i = start; i < Math.min(start + BATCH_SIZE, counts.articles); i += 1) {
        const language = texts.pick(LANGUAGES);
        const about = mentioned(texts.int(1, 3));
        const mentions = about.flatMap((person) =>
          Array.from({ length: texts.int(1, 4) }, () => mentionOf(person, language, texts)),
        );
        const titleWords = makeText(vocabulary, texts, language, texts.int(30, 70))
          .split(' ')
          .slice(0, 9);
        if (texts.chance(0.4)) titleWords.unshift(`${mentionOf(about[0], language, texts)}:`);
        items.push({
          kind: 'article',
          label: `article ${i}`,
          record: {
            id: `a${String(i + 1).padStart(6, '0')}`,
            title: truncateAtWord(titleWords.join(' ').replace(/\.$/, ''), 480),
            source: texts.pick(SOURCES),
            date: dateBetween(texts, 2016, 2025),
            language,
            body: makeText(vocabulary, texts, language, texts.int(2000, 4000), mentions),
            personIds: about.map((person) => person.id),
            tags: [],
            sharing: 'public',
            createdAt: stamp(serial++),
            updatedAt: stamp(serial),
          },
        });
      }
      await add(items, `articles ${start + 1}–${start + items.length}`);
    }

    for (let start = 0; start < counts.letters; start += BATCH_SIZE) {
      const items: Item[] = [];
      for (let i = start; i < Math.min(start + BATCH_SIZE, counts.letters); i += 1) {
        const language = texts.pick(LANGUAGES);
        const person = texts.pick(persons);
        items.push({
          kind: 'letter',
          label: `letter ${i}`,
          record: {
            id: `l${String(i + 1).padStart(6, '0')}`,
            personId: person.id,
            direction: texts.chance(0.7) ? 'out' : 'in',
            channel: texts.pick(CHANNELS),
            sentOn: dateBetween(texts, 2016, 2025),
            status: texts.pick(LETTER_STATUSES),
            summary: truncateAtWord(
              makeText(vocabulary, texts, language, 320),
              texts.int(100, 300),
            ),
            tags: [],
            sharing: 'team',
            createdAt: stamp(serial++),
            updatedAt: stamp(serial),
          },
        });
      }
      await add(items, `letters ${start + 1}–${start + items.length}`);
    }

    for (let start = 0; start < counts.documents; start += BATCH_SIZE) {
      const items: Item[] = [];
      for (let i = start; i < Math.min(start + BATCH_SIZE, counts.documents); i += 1) {
        // Court papers are mostly Russian.
        const language: Language = texts.chance(0.8) ? 'ru' : texts.pick(LANGUAGES);
        const about = mentioned(texts.chance(0.8) ? 1 : 2);
        const mentions = about.flatMap((person) =>
          Array.from({ length: texts.int(2, 5) }, () => mentionOf(person, language, texts)),
        );
        const docType = texts.pick(DOC_TYPES);
        items.push({
          kind: 'document',
          label: `document ${i}`,
          record: {
            id: `d${String(i + 1).padStart(6, '0')}`,
            title: truncateAtWord(
              `${docType} ${makeText(vocabulary, texts, language, 40).replace(/\.$/, '')} ${about[0].surnameCyr}`,
              480,
            ),
            docType,
            date: dateBetween(texts, 2016, 2025),
            court: `${texts.pick(TOWNS)} районный суд № ${texts.int(1, 9)}`,
            personIds: about.map((person) => person.id),
            text: makeText(vocabulary, texts, language, texts.int(4000, 6000), mentions),
            tags: [],
            sharing: 'team',
            createdAt: stamp(serial++),
            updatedAt: stamp(serial),
          },
        });
      }
      await add(items, `documents ${start + 1}–${start + items.length}`);
    }
  } finally {
    await archive.close();
  }
  return counts;
}
