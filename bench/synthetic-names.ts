/**
 * Invented persons for the search benchmark: Kazakh- and Russian-looking names built from
 * syllable lists (no real person's name is listed anywhere), each written in Cyrillic and in
 * the Latin spellings that campaign material actually mixes: BGN/PCGN, ICAO 9303 (passports),
 * English press habits and the 2021 Kazakh Latin alphabet.
 *
 * The transliteration tables here are written independently of src/main/search/normalise.ts
 * on purpose: if the benchmark derived its spellings from the normaliser, every spelling
 * would fold back to the same key by construction and the benchmark would grade the
 * normaliser with itself.
 */

import { mulberry32 } from '../tests/fixtures/seeded-random';

/** Convenience draws over one mulberry32 stream. */
export class Random {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

// ------------------------------------------------------------------ transliteration

export const STANDARDS = ['bgn', 'icao', 'press', 'kazakh-latin'] as const;
export type Standard = (typeof STANDARDS)[number];

const VOWELS_CYR = 'аәеёиоөуұүыіэюя';

/**
 * BGN/PCGN: Russian letters by the 1947 system (е is "ye" at the start of a word and after a
 * vowel, й, ъ or ь; ё is "yë" there and "ë" elsewhere; primes for ъ and ь), Kazakh letters by
 * the BGN/PCGN Kazakh system (ä, gh, q, ng, ö, ū, ü, h, ī).
 */
const BGN: Record<string, string> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'gh',
  д: 'd',
  е: 'e',
  ё: 'ë',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ng',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ʺ',
  ы: 'y',
  і: 'ī',
  ь: 'ʹ',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * ICAO 9303 (machine-readable passports): no diacritics, й = i, ю = iu, я = ia, ъ = ie;
 * Kazakh letters as Kazakh passports flatten them.
 */
const ICAO: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/**
 * English-language press: no diacritics and no apostrophes, й = y (so names end in -ay,
 * -ey, -iy), ё = yo, е = e even at the start, кс = x ("Alexey").
 */
const PRESS: Record<string, string> = {
  ...ICAO,
  ё: 'yo',
  й: 'y',
  ъ: '',
  ю: 'yu',
  я: 'ya',
};

/** The 2021 Kazakh Latin alphabet, with the usual spellings for the Russian-only letters. */
const KAZAKH_LATIN: Record<string, string> = {
  а: 'a',
  ә: 'ä',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'ğ',
  д: 'd',
  е: 'e',
  ё: 'io',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'q',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'ñ',
  о: 'o',
  ө: 'ö',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'ū',
  ү: 'ü',
  ф: 'f',
  х: 'h',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'ş',
  щ: 'şş',
  ъ: '',
  ы: 'y',
  і: 'ı',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

const TABLES: Record<Standard, Record<string, string>> = {
  bgn: BGN,
  icao: ICAO,
  press: PRESS,
  'kazakh-latin': KAZAKH_LATIN,
};

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One Cyrillic word in one standard's Latin spelling, capitalised as a name. */
export function transliterate(word: string, standard: Standard): string {
  const source = word.toLowerCase();
  const table = TABLES[standard];
  let out = '';
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    const before = index === 0 ? '' : source[index - 1];
    const soft = before === '' || VOWELS_CYR.includes(before) || 'йъь'.includes(before);
    if (standard === 'bgn' && char === 'е' && soft) out += 'ye';
    else if (standard === 'bgn' && char === 'ё' && soft) out += 'yë';
    else if (standard === 'press' && char === 'к' && source[index + 1] === 'с') {
      out += 'x';
      index += 1;
    } else out += table[char] ?? char;
  }
  return capitalise(out);
}

/** A whole name (words separated by spaces) in one standard. */
export function transliterateName(name: string, standard: Standard): string {
  return name
    .split(' ')
    .map((word) => transliterate(word, standard))
    .join(' ');
}

// ------------------------------------------------------------------ invented names

/** Syllables of Kazakh-looking given names; most carry a Kazakh letter somewhere. */
const KZ_GIVEN_START = [
  'Нұр',
  'Ер',
  'Бол',
  'Жан',
  'Сай',
  'Ай',
  'Дәу',
  'Қай',
  'Ғал',
  'Мұх',
  'Сұл',
  'Бақ',
  'Ас',
  'Ғаз',
  'Төл',
  'Әл',
  'Құр',
  'Сер',
  'Дә',
  'Ақ',
  'Ұл',
  'Шың',
  'Есі',
  'Жұл',
  'Ерм',
  'Қан',
  'Мей',
  'Тал',
  'Ха',
  'Ыр',
  'Із',
  'Үм',
  'Әсе',
  'Өт',
  'Жиһ',
  'Ба',
  'Ти',
  'Мах',
];
const KZ_GIVEN_MALE_END = [
  'бол',
  'ат',
  'ан',
  'бек',
  'жан',
  'лан',
  'ғали',
  'мұрат',
  'тай',
  'ай',
  'хан',
  'қан',
  'дәулет',
  'ен',
  'ым',
  'әлі',
  'сұлтан',
  'ербек',
  'ғазы',
  'нұр',
];
const KZ_GIVEN_FEMALE_END = [
  'гүл',
  'жан',
  'ерім',
  'ай',
  'сұлу',
  'күл',
  'ия',
  'ана',
  'ғайша',
  'шат',
  'дана',
  'әйым',
  'нұр',
  'тана',
];
const KZ_SURNAME_FIRST = [
  'Ку',
  'Та',
  'Жа',
  'Мұ',
  'Сей',
  'Ә',
  'Қа',
  'Ер',
  'Нұр',
  'Ба',
  'Ти',
  'Ос',
  'Ұс',
  'Қо',
  'Сә',
  'Жү',
  'Бі',
  'Да',
  'Ша',
  'Үс',
  'Ғи',
  'Са',
  'Те',
  'Ке',
  'Мә',
  'Ық',
  'Ор',
  'Ай',
  'Ес',
  'Ха',
  'Жо',
  'Ті',
  'Бе',
  'Шо',
  'Ақ',
  'Өм',
  'Ыс',
  'Ит',
  'Ам',
  'Ең',
];
const KZ_SURNAME_MIDDLE = [
  'шак',
  'бол',
  'ман',
  'тұр',
  'қал',
  'рім',
  'ғаз',
  'сен',
  'жан',
  'тай',
  'мыр',
  'лет',
  'кен',
  'бек',
  'бай',
  'ділә',
  'ғұл',
  'сым',
  'рат',
  'қын',
  'жіб',
  'һан',
  'ғали',
  'сыз',
  'мах',
  'тем',
  'гел',
  'бар',
  'ңыз',
  'дық',
  'мүк',
  'сұн',
  'ләт',
  'рыс',
  'қож',
  'пей',
];
const KZ_SURNAME_LAST = [
  '',
  '',
  'бай',
  'бек',
  'құл',
  'жан',
  'тай',
  'кер',
  'ғали',
  'хан',
  'мен',
  'қан',
];

const RU_GIVEN_START = [
  'Ва',
  'Ми',
  'Се',
  'Ан',
  'Юр',
  'Яр',
  'Ев',
  'Фё',
  'Ки',
  'Вя',
  'Ста',
  'Оле',
  'Иль',
  'Ти',
  'Ар',
  'Же',
  'Ксе',
  'Лю',
  'Ма',
  'На',
  'Ро',
  'Эд',
  'Гле',
  'Ле',
  'Свя',
  'Да',
];
const RU_GIVEN_MALE_END = [
  'дим',
  'слав',
  'рий',
  'лий',
  'дор',
  'ген',
  'сей',
  'ний',
  'мир',
  'ктор',
  'хон',
  'тём',
  'ксей',
  'ран',
  'вел',
];
const RU_GIVEN_FEMALE_END = ['ина', 'ьяна', 'лия', 'ена', 'сана', 'ра', 'ния', 'рья', 'ёна', 'ся'];
const RU_SURNAME_FIRST = [
  'Кузь',
  'Жур',
  'Щер',
  'Хлеб',
  'Цвет',
  'Яков',
  'Юд',
  'Ерем',
  'Чиж',
  'Шуст',
  'Хох',
  'Гнед',
  'Зайц',
  'Лыс',
  'Мыш',
  'Пыж',
  'Ряб',
  'Сыч',
  'Тюр',
  'Фед',
  'Ёлк',
  'Бель',
  'Воробь',
  'Дьяч',
  'Кисел',
  'Подъяч',
  'Ксен',
  'Грач',
  'Луж',
  'Мех',
  'Соль',
  'Вет',
  'Заруб',
  'Щеп',
];
const RU_SURNAME_MIDDLE = [
  '',
  '',
  'ан',
  'ал',
  'ен',
  'ыш',
  'уш',
  'ец',
  'ник',
  'ар',
  'ин',
  'ят',
  'юк',
];

export type NameStyle = 'kazakh' | 'russian';
export type Gender = 'm' | 'f';
/** How a surname ends, which decides whether and how Russian declines it. */
export type SurnameType = 'ov' | 'in' | 'sky' | 'enko' | 'uly' | 'bare';

export interface SyntheticPerson {
  readonly id: string;
  readonly style: NameStyle;
  readonly gender: Gender;
  readonly givenCyr: string;
  readonly surnameCyr: string;
  readonly surnameType: SurnameType;
  /** "Given Surname" in Cyrillic. */
  readonly nativeName: string;
  /** The primary Latin name (what `name` holds). */
  readonly name: string;
  readonly aliases: readonly string[];
  /** "Given Surname" in every standard, stored or not. */
  readonly spellings: Readonly<Record<Standard, string>>;
}

/** Iotated vowels as Cyrillic spells them when a syllable ending in й meets a vowel. */
const IOTATED: Record<string, string> = { а: 'я', у: 'ю', е: 'е', о: 'ё', ә: 'я' };

function joinSyllables(parts: readonly string[]): string {
  const [first, ...rest] = parts;
  return (first + rest.join('').toLowerCase()).replace(
    /й([ауеоә])/g,
    (_pair, vowel: string) => IOTATED[vowel],
  );
}

/** Russian surname endings: -ов after a hard consonant, -ев after a vowel or soft sign. */
function russianEnding(stem: string, type: 'ov' | 'in', gender: Gender): string {
  const feminine = gender === 'f' ? 'а' : '';
  // A final й gives way to the ending (Кушакбай → Кушакбаев); a soft sign stays (Воробьев).
  if (type === 'in') return `${stem.replace(/й$/, '')}ин${feminine}`;
  if (stem.endsWith('й')) return `${stem.slice(0, -1)}ев${feminine}`;
  if (stem.endsWith('ь')) return `${stem}ев${feminine}`;
  if (VOWELS_CYR.includes(stem.slice(-1))) return `${stem}ев${feminine}`;
  return `${stem}ов${feminine}`;
}

function kazakhSurname(random: Random, gender: Gender): { surname: string; type: SurnameType } {
  const stem = joinSyllables([
    random.pick(KZ_SURNAME_FIRST),
    random.pick(KZ_SURNAME_MIDDLE),
    random.pick(KZ_SURNAME_LAST),
  ]);
  const roll = random.next();
  if (roll < 0.62) return { surname: russianEnding(stem, 'ov', gender), type: 'ov' };
  if (roll < 0.7) return { surname: russianEnding(stem, 'in', gender), type: 'in' };
  if (roll < 0.85) return { surname: stem + (gender === 'm' ? 'ұлы' : 'қызы'), type: 'uly' };
  // A bare stem ("Мамай"-like): the press writes it -ay, passports -ai.
  return { surname: /[аеиоуыі]$/.test(stem) ? `${stem}й` : stem, type: 'bare' };
}

function russianSurname(random: Random, gender: Gender): { surname: string; type: SurnameType } {
  const stem = joinSyllables([random.pick(RU_SURNAME_FIRST), random.pick(RU_SURNAME_MIDDLE)]);
  const roll = random.next();
  if (roll < 0.6) return { surname: russianEnding(stem, 'ov', gender), type: 'ov' };
  if (roll < 0.78) return { surname: russianEnding(stem, 'in', gender), type: 'in' };
  if (roll < 0.92) {
    const base = stem.replace(/[ьй]$/, '');
    return { surname: `${base}${gender === 'm' ? 'ский' : 'ская'}`, type: 'sky' };
  }
  return { surname: `${stem.replace(/[ьй]$/, '')}енко`, type: 'enko' };
}

/**
 * A surname reduced so that two surnames that any spelling could merge compare equal: the
 * generator re-draws such pairs, so that a query for one surname has one right answer.
 */
function surnameSkeleton(surname: string): string {
  return transliterate(surname, 'icao')
    .toLowerCase()
    .replace(/(ova|eva|ina)$/, (ending) => ending.slice(0, -1))
    .replace(/(skaia|skii)$/, 'sk')
    .replace(/(uly|kyzy)$/, '')
    .replace(/ie/g, 'e')
    .replace(/[yj]/g, 'i')
    .replace(/kh/g, 'h')
    .replace(/(.)\1+/g, '$1');
}

/**
 * `count` invented persons, the same for a given seed. Surnames are unique (by skeleton), so
 * every surname query has one right answer; given names repeat, as they do in life.
 */
export function generatePersons(seed: number, count: number): SyntheticPerson[] {
  const random = new Random(seed ^ 0x5eed01);
  const skeletons = new Set<string>();
  const persons: SyntheticPerson[] = [];
  while (persons.length < count) {
    const style: NameStyle = random.chance(0.65) ? 'kazakh' : 'russian';
    const gender: Gender = random.chance(0.6) ? 'm' : 'f';
    const givenCyr =
      style === 'kazakh'
        ? joinSyllables([
            random.pick(KZ_GIVEN_START),
            random.pick(gender === 'm' ? KZ_GIVEN_MALE_END : KZ_GIVEN_FEMALE_END),
          ])
        : joinSyllables([
            random.pick(RU_GIVEN_START),
            random.pick(gender === 'm' ? RU_GIVEN_MALE_END : RU_GIVEN_FEMALE_END),
          ]);
    const { surname, type } =
      style === 'kazakh' ? kazakhSurname(random, gender) : russianSurname(random, gender);
    const skeleton = surnameSkeleton(surname);
    if (skeletons.has(skeleton)) continue;
    skeletons.add(skeleton);
    const nativeName = `${givenCyr} ${surname}`;
    const spellings = Object.fromEntries(
      STANDARDS.map((standard) => [standard, transliterateName(nativeName, standard)]),
    ) as Record<Standard, string>;
    // Passports print the surname first, in capitals: a form that ends up in case files.
    const passport = `${transliterate(surname, 'icao').toUpperCase()} ${transliterate(givenCyr, 'icao')}`;
    const name = random.chance(0.5) ? spellings.press : spellings.icao;
    const pool = random.shuffle(
      [...STANDARDS.map((standard) => spellings[standard]), passport].filter(
        (form, index, all) =>
          form.toLowerCase() !== name.toLowerCase() &&
          all.findIndex((other) => other.toLowerCase() === form.toLowerCase()) === index,
      ),
    );
    const aliases = pool.slice(0, random.int(2, 4));
    persons.push({
      id: `p${String(persons.length + 1).padStart(6, '0')}`,
      style,
      gender,
      givenCyr,
      surnameCyr: surname,
      surnameType: type,
      nativeName,
      name,
      aliases,
      spellings,
    });
  }
  return persons;
}

/**
 * Russian case forms of a surname as running text writes them (genitive, dative,
 * instrumental, prepositional); empty for surnames Russian leaves undeclined.
 */
export function inflections(person: SyntheticPerson): string[] {
  const s = person.surnameCyr;
  switch (person.surnameType) {
    case 'ov':
    case 'in':
      return person.gender === 'm'
        ? [`${s}а`, `${s}у`, `${s}ым`, `${s}е`]
        : [`${s.slice(0, -1)}ой`, `${s.slice(0, -1)}у`];
    case 'sky':
      return person.gender === 'm'
        ? [`${s.slice(0, -2)}ого`, `${s.slice(0, -2)}ому`, `${s.slice(0, -2)}им`]
        : [`${s.slice(0, -2)}ой`, `${s.slice(0, -2)}ую`];
    default:
      return [];
  }
}

/** The surname alone, in one of the person's Latin spellings. */
export function latinSurname(fullName: string): string {
  const parts = fullName.split(' ');
  // The passport form is "SURNAME Given"; the others are "Given Surname".
  return parts[0] === parts[0].toUpperCase() && parts[0].length > 1
    ? parts[0]
    : parts[parts.length - 1];
}

/** Optimal string alignment distance (one swap of neighbours counts as one edit). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= b.length; j += 1) d[0][j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
