/**
 * The invented campaign the sample archive tells about: its prisoners, the people around
 * them, the facilities, addresses and cases. Every person, facility address, court case,
 * outlet and service here is fictional; any likeness to a real one is accidental.
 *
 * Dates are written as "days before the sample was made", so that the story stays current
 * (see sample-calendar.ts). The records themselves are assembled in sample-data.ts; the
 * articles and court documents reuse these facts so that every record tells the same story.
 */
import type { PERSON_ROLES, PRISONER_STATUSES, SharingLevel } from '../../shared/records';

type PersonRole = (typeof PERSON_ROLES)[number];
type PrisonerStatus = (typeof PRISONER_STATUSES)[number];

/** One phrase in the three languages the sample is written in. */
export interface Phrase {
  readonly en: string;
  readonly ru: string;
  readonly kk: string;
}

export interface SamplePerson {
  readonly id: string;
  /** The primary name in Latin script. */
  readonly name: string;
  /** The name as written in Kazakh Cyrillic. */
  readonly nativeName: string;
  /** The name as Russian-language press spells it, which often drops the Kazakh letters. */
  readonly ruName: string;
  readonly aliases: readonly string[];
  readonly birthDate: string;
  readonly role: PersonRole;
  readonly female: boolean;
  readonly status?: PrisonerStatus;
  readonly tags: readonly string[];
  readonly sharing: SharingLevel;
  readonly notes: string;
  /** Who they are, for article prose: "a blogger from Karaganda". */
  readonly occupation: Phrase;
}

export interface SampleCharge {
  readonly article: string;
  readonly text: Phrase;
}

export interface SampleCaseFacts {
  readonly id: string;
  readonly personId: string;
  readonly title: string;
  readonly charges: readonly SampleCharge[];
  readonly court: Phrase;
  readonly judge: string;
  readonly lawyerId?: string;
  readonly arrest: number;
  /** [decided on, custody or house arrest until], in days before now. */
  readonly extensions: readonly (readonly [number, number])[];
  readonly hearings: readonly number[];
  readonly verdict?: number;
  readonly appeal?: number;
  readonly term?: Phrase;
  readonly fine?: { readonly amount: number; readonly currency: string };
  /** When custody was replaced by house arrest. */
  readonly houseArrestFrom?: number;
  /** When the prisoner walked free. */
  readonly releasedOn?: number;
  /** When the prisoner was taken on a transfer that has not ended in a known place. */
  readonly takenAwayOn?: number;
  readonly status: 'investigation' | 'pre-trial' | 'trial' | 'convicted' | 'appeal' | 'closed';
  readonly notes: string;
}

export interface SampleFacility {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly regime?: string;
  readonly region: string;
  readonly city: Phrase;
  readonly addressLines: readonly string[];
  readonly postcode: string;
  readonly letterRules: {
    readonly language: string;
    readonly whoMayWrite: string;
    readonly eLetterService?: string;
    readonly notes?: string;
  };
}

export interface SampleAddress {
  readonly id: string;
  readonly personId: string;
  readonly facilityId?: string;
  readonly lines: readonly string[];
  readonly linesLatin: readonly string[];
  readonly postcode: string;
  readonly validFrom: number;
  readonly validTo?: number;
  readonly notes?: string;
}

/** The e-letter service of the sample: an invented name, like the services real prisons use. */
export const E_LETTER_SERVICE = 'ХатЖолда (KhatZholda)';

/** The campaign's own bulletin and the other invented outlets that publish the articles. */
export const OUTLETS = {
  bulletin: 'Solidarity Letters Bulletin',
  monitor: 'Сарыарқа Монитор',
  courtWatch: 'Дала Сот Бақылауы',
} as const;

/** Days before now of the events that the status of some prisoners depends on. */
export const MILESTONES = {
  kushakbaevTransfer: 778,
  tolegenovaHouseArrest: 160,
  ibraimovTransfer: 600,
  seitkhanovaRelease: 205,
  amanzholovHungerStrike: 75,
  amanzholovHungerStrikeEnd: 58,
  bekmukhanbetovTransfer: 120,
} as const;

export const PERSON = {
  kushakbaev: 'per-kushakbaev',
  tolegenova: 'per-tolegenova',
  zhaksybekov: 'per-zhaksybekov',
  ibraimov: 'per-ibraimov',
  seitkhanova: 'per-seitkhanova',
  amanzholov: 'per-amanzholov',
  bekmukhanbetov: 'per-bekmukhanbetov',
  mukhametzhanova: 'per-mukhametzhanova',
  oralbaev: 'per-oralbaev',
  kushakbaeva: 'per-kushakbaeva',
  zhaksybekova: 'per-zhaksybekova',
  ermekova: 'per-ermekova',
} as const;

export const FACILITY = {
  karagandaSizo: 'fac-ec-166-5',
  ekibastuz: 'fac-ug-157-11',
  aktauSizo: 'fac-ap-162-4',
  oskemen: 'fac-ov-156-19',
  zhezkazgan: 'fac-ka-168-2',
} as const;

export const CASE = {
  kushakbaev: 'cas-kushakbaev',
  tolegenova: 'cas-tolegenova',
  zhaksybekov: 'cas-zhaksybekov',
  ibraimov: 'cas-ibraimov',
  seitkhanova: 'cas-seitkhanova',
  amanzholov: 'cas-amanzholov',
  bekmukhanbetov: 'cas-bekmukhanbetov',
} as const;

export const FICTIONAL_FACILITY =
  'Invented for the sample archive: this facility and its address do not exist. Do not post anything to it.';

// ------------------------------------------------------------------ prisoners

export const PRISONERS: readonly SamplePerson[] = [
  {
    id: PERSON.kushakbaev,
    name: 'Nurlan Kushakbaev',
    nativeName: 'Нұрлан Құшақбаев',
    ruName: 'Нурлан Кушакбаев',
    aliases: [
      'Nurlan Kushakbayev',
      'Nurlan Qushaqbaev',
      'Nurlan Kuschakbajew',
      'Нурлан Кушакбаев',
      'Құшақбаев Нұрлан Серікұлы',
      'Kushakbaev N. S.',
    ],
    birthDate: '1986-03-14',
    role: 'prisoner',
    female: false,
    status: 'convicted',
    tags: ['blogger', 'freedom of expression', 'Karaganda'],
    sharing: 'public',
    notes:
      'Runs the video blog «Сарыарқа Live» about local government in Karaganda. Arrested after a series of videos on the sale of the city park «Жастар» to a developer.\n\nPrefers letters in Kazakh; reads Russian too. Asks for books on the history of Kazakhstan.',
    occupation: {
      en: 'a video blogger from Karaganda',
      ru: 'видеоблогер из Караганды',
      kk: 'қарағандылық видеоблогер',
    },
  },
  {
    id: PERSON.tolegenova,
    name: 'Aigerim Tolegenova',
    nativeName: 'Әйгерім Төлегенова',
    ruName: 'Айгерим Тулегенова',
    aliases: [
      'Aigerim Tölegenova',
      'Aygerim Tulegenova',
      'Äigerım Tölegenova',
      'Айгерим Тулегенова',
      'Төлегенова Әйгерім Маратқызы',
    ],
    birthDate: '1992-09-02',
    role: 'prisoner',
    female: true,
    status: 'house-arrest',
    tags: ['civic activist', 'peaceful assembly', 'Aktau'],
    sharing: 'public',
    notes:
      'Nurse and civic activist. Organised a picket against the closure of the maternity ward of the Aktau city hospital.\n\nUnder house arrest she may not use the telephone or the internet, except to call her lawyer: write to her by post only.',
    occupation: {
      en: 'a nurse and civic activist from Aktau',
      ru: 'медсестра и гражданская активистка из Актау',
      kk: 'ақтаулық медбике әрі азаматтық белсенді',
    },
  },
  {
    id: PERSON.zhaksybekov,
    name: 'Serik Zhaksybekov',
    nativeName: 'Серік Жақсыбеков',
    ruName: 'Серик Жаксыбеков',
    aliases: [
      'Serik Jaksybekov',
      'Serik Zhaqsybekov',
      'Serık Jaqsybekov',
      'Серик Жаксыбеков',
      'Жақсыбеков Серік Қайратұлы',
    ],
    birthDate: '1979-11-23',
    role: 'prisoner',
    female: false,
    status: 'pre-trial',
    tags: ['labour rights', 'trade union', 'Mangystau'],
    sharing: 'team',
    notes:
      'Drilling foreman at the Қаратөбе oil field and chair of its independent trade union. Arrested after speaking at a workers’ meeting about unpaid bonuses.\n\nDuring the investigation his letters pass through the investigator: expect delays of several weeks.',
    occupation: {
      en: 'an oil worker and trade unionist from Mangystau',
      ru: 'нефтяник и профсоюзный лидер из Мангистау',
      kk: 'маңғыстаулық мұнайшы, кәсіподақ жетекшісі',
    },
  },
  {
    id: PERSON.ibraimov,
    name: 'Dauren Ibraimov',
    nativeName: 'Дәурен Ыбыраимов',
    ruName: 'Даурен Ибраимов',
    aliases: [
      'Dauren Ybyraimov',
      'Dauren Ibrayimov',
      'Dauren Ybyraiymov',
      'Даурен Ибраимов',
      'Ыбыраимов Дәурен Асқарұлы',
    ],
    birthDate: '1983-06-30',
    role: 'prisoner',
    female: false,
    status: 'convicted',
    tags: ['freedom of religion', 'East Kazakhstan'],
    sharing: 'team',
    notes:
      'Car mechanic, father of two. Convicted with four others for a Quran study group that met in a private flat. Religious literature is not passed on to him: do not send any.',
    occupation: {
      en: 'a car mechanic and practising Muslim from Karaganda',
      ru: 'автомеханик и верующий мусульманин из Караганды',
      kk: 'қарағандылық автослесарь, діндар мұсылман',
    },
  },
  {
    id: PERSON.seitkhanova,
    name: 'Gulnar Seitkhanova',
    nativeName: 'Гүлнар Сейітханова',
    ruName: 'Гульнара Сейтханова',
    aliases: [
      'Gulnara Seitkhanova',
      'Gulnar Seytkhanova',
      'Gülnar Seiıtkhanova',
      'Гульнара Сейтханова',
      'Сейітханова Гүлнар Әбдікерімқызы',
    ],
    birthDate: '1971-01-08',
    role: 'prisoner',
    female: true,
    status: 'released',
    tags: ['released', 'freedom of expression', 'teacher', 'Ulytau'],
    sharing: 'public',
    notes:
      'Teacher of Kazakh language and literature. Convicted for Facebook posts about bribes in school admissions in Zhezkazgan. Served her full sentence and was released; keeps in touch with the campaign by email.',
    occupation: {
      en: 'a schoolteacher from Zhezkazgan',
      ru: 'учительница из Жезказгана',
      kk: 'жезқазғандық мұғалім',
    },
  },
  {
    id: PERSON.amanzholov,
    name: 'Yerlan Amanzholov',
    nativeName: 'Ерлан Аманжолов',
    ruName: 'Ерлан Аманжолов',
    aliases: [
      'Erlan Amanzholov',
      'Yerlan Amanjolov',
      'Yerlan Amanzholuly',
      'Ерлан Аманжолұлы',
      'Аманжолов Ерлан Бағдатұлы',
    ],
    birthDate: '1990-04-17',
    role: 'prisoner',
    female: false,
    status: 'convicted',
    tags: ['peaceful protest', 'hunger strike', 'Pavlodar'],
    sharing: 'public',
    notes:
      'Electrician. Convicted after a protest against price rises outside the Pavlodar akimat; says he was beaten in custody and signed a confession under pressure. Went on hunger strike in the colony.',
    occupation: {
      en: 'an electrician from Pavlodar',
      ru: 'электрик из Павлодара',
      kk: 'павлодарлық электрик',
    },
  },
  {
    id: PERSON.bekmukhanbetov,
    name: 'Askhat Bekmukhanbetov',
    nativeName: 'Асхат Бекмұханбетов',
    ruName: 'Асхат Бекмуханбетов',
    aliases: [
      'Askhat Bekmuhanbetov',
      'Asqat Bekmukhanbetov',
      'Askhat Bekmukhanbetov',
      'Асхат Бекмуханбетов',
      'Бекмұханбетов Асхат Төлеуұлы',
    ],
    birthDate: '1975-12-05',
    role: 'prisoner',
    female: false,
    status: 'unknown',
    tags: ['opposition movement', 'whereabouts unknown'],
    sharing: 'team',
    notes:
      'Engineer; supporter of the opposition movement «Азат Дала», which a court banned as extremist. Taken from ЕЦ-166/5 on transfer (этап); the colony he was sent to has not been named to the family.',
    occupation: {
      en: 'an engineer and opposition supporter from Karaganda',
      ru: 'инженер и сторонник оппозиции из Караганды',
      kk: 'қарағандылық инженер, оппозиция жақтаушысы',
    },
  },
];

// ------------------------------------------------------------------ the people around them

export const OTHERS: readonly SamplePerson[] = [
  {
    id: PERSON.mukhametzhanova,
    name: 'Saule Mukhametzhanova',
    nativeName: 'Сәуле Мұхаметжанова',
    ruName: 'Сауле Мухаметжанова',
    aliases: [
      'Saule Mukhamedzhanova',
      'Saule Mukhametzhanova',
      'Сауле Мухаметжанова',
      'Мұхаметжанова Сәуле Ғалымқызы',
    ],
    birthDate: '1968-02-19',
    role: 'lawyer',
    female: true,
    tags: ['lawyer', 'Karaganda bar'],
    sharing: 'team',
    notes:
      'Member of the Karaganda regional bar. Visits her clients in ЕЦ-166/5 and УГ-157/11 about once a month and passes on short messages.',
    occupation: { en: 'a lawyer', ru: 'адвокат', kk: 'адвокат' },
  },
  {
    id: PERSON.oralbaev,
    name: 'Bakhyt Oralbaev',
    nativeName: 'Бақыт Оралбаев',
    ruName: 'Бахыт Оралбаев',
    aliases: ['Bakhyt Oralbayev', 'Baqyt Oralbaev', 'Бахыт Оралбаев'],
    birthDate: '1974-07-07',
    role: 'lawyer',
    female: false,
    tags: ['lawyer'],
    sharing: 'team',
    notes: 'Lawyer in Pavlodar; also took the appeal of Dauren Ibraimov.',
    occupation: { en: 'a lawyer', ru: 'адвокат', kk: 'адвокат' },
  },
  {
    id: PERSON.kushakbaeva,
    name: 'Zhanar Kushakbaeva',
    nativeName: 'Жанар Құшақбаева',
    ruName: 'Жанар Кушакбаева',
    aliases: ['Zhanar Kushakbayeva', 'Zhanar Qushaqbaeva', 'Жанар Кушакбаева'],
    birthDate: '1988-10-30',
    role: 'relative',
    female: true,
    tags: ['family'],
    sharing: 'private',
    notes:
      'Wife of Nurlan Kushakbaev. Prefers to be called, not written to; speaks Kazakh and Russian. Does not want her name in the press.',
    occupation: { en: 'his wife', ru: 'его жена', kk: 'оның әйелі' },
  },
  {
    id: PERSON.zhaksybekova,
    name: 'Ryskul Zhaksybekova',
    nativeName: 'Рысқұл Жақсыбекова',
    ruName: 'Рыскуль Жаксыбекова',
    aliases: ['Ryskul Zhaksybekova', 'Rysqul Zhaqsybekova', 'Рыскуль Жаксыбекова'],
    birthDate: '1954-05-12',
    role: 'relative',
    female: true,
    tags: ['family'],
    sharing: 'private',
    notes:
      'Mother of Serik Zhaksybekov; lives in Aktau. Writes to the campaign by email through her granddaughter.',
    occupation: { en: 'his mother', ru: 'его мать', kk: 'оның анасы' },
  },
  {
    id: PERSON.ermekova,
    name: 'Madina Ermekova',
    nativeName: 'Мадина Ермекова',
    ruName: 'Мадина Ермекова',
    aliases: ['Madina Yermekova', 'Мадина Ермекова'],
    birthDate: '1990-08-25',
    role: 'journalist',
    female: true,
    tags: ['journalist', 'press contact'],
    sharing: 'team',
    notes: 'Freelance court reporter; writes for the campaign bulletin and for «Сарыарқа Монитор».',
    occupation: { en: 'a court reporter', ru: 'судебный репортёр', kk: 'сот тілшісі' },
  },
];

/**
 * Relations as the schema reads them: on person X, `{ personId: Y, type }` says how Y
 * stands to X ("Y is the wife of X"). Both sides are recorded so that either page links.
 */
export const RELATIONS: Readonly<Record<string, readonly { personId: string; type: string }[]>> = {
  [PERSON.kushakbaev]: [
    { personId: PERSON.kushakbaeva, type: 'wife of' },
    { personId: PERSON.mukhametzhanova, type: 'lawyer of' },
    { personId: PERSON.ermekova, type: 'former colleague of' },
  ],
  [PERSON.tolegenova]: [{ personId: PERSON.mukhametzhanova, type: 'lawyer of' }],
  [PERSON.zhaksybekov]: [
    { personId: PERSON.mukhametzhanova, type: 'lawyer of' },
    { personId: PERSON.zhaksybekova, type: 'mother of' },
  ],
  [PERSON.ibraimov]: [{ personId: PERSON.oralbaev, type: 'lawyer of' }],
  [PERSON.amanzholov]: [{ personId: PERSON.oralbaev, type: 'lawyer of' }],
  [PERSON.mukhametzhanova]: [
    { personId: PERSON.kushakbaev, type: 'client of' },
    { personId: PERSON.tolegenova, type: 'client of' },
    { personId: PERSON.zhaksybekov, type: 'client of' },
  ],
  [PERSON.oralbaev]: [
    { personId: PERSON.ibraimov, type: 'client of' },
    { personId: PERSON.amanzholov, type: 'client of' },
  ],
  [PERSON.kushakbaeva]: [{ personId: PERSON.kushakbaev, type: 'husband of' }],
  [PERSON.zhaksybekova]: [{ personId: PERSON.zhaksybekov, type: 'son of' }],
  [PERSON.ermekova]: [{ personId: PERSON.kushakbaev, type: 'former colleague of' }],
};

export function personById(id: string): SamplePerson {
  const person = [...PRISONERS, ...OTHERS].find((candidate) => candidate.id === id);
  if (!person) throw new Error(`The sample has no person ${id}.`);
  return person;
}

// ------------------------------------------------------------------ facilities

export const FACILITIES: readonly SampleFacility[] = [
  {
    id: FACILITY.karagandaSizo,
    code: 'ЕЦ-166/5',
    name: 'Karaganda pre-trial detention centre No. 5 (СИЗО)',
    type: 'pre-trial detention centre',
    region: 'Karaganda Region',
    city: { en: 'Karaganda', ru: 'Караганда', kk: 'Қарағанды' },
    addressLines: ['Қарағанды облысы, Қарағанды қ.', 'Ақжол көшесі, 17', 'ЕЦ-166/5 мекемесі'],
    postcode: '100017',
    letterRules: {
      language: 'Russian or Kazakh',
      whoMayWrite:
        'Anyone. During the investigation letters pass through the investigator and may be held for weeks.',
      eLetterService: E_LETTER_SERVICE,
      notes:
        'Write the full name and year of birth of the prisoner. Letters in other languages are returned unread. Stamped return envelopes are passed on.',
    },
  },
  {
    id: FACILITY.ekibastuz,
    code: 'УГ-157/11',
    name: 'Ekibastuz medium-security colony',
    type: 'penal colony',
    regime: 'medium security',
    region: 'Pavlodar Region',
    city: { en: 'Ekibastuz', ru: 'Экибастуз', kk: 'Екібастұз' },
    addressLines: ['Павлодар облысы, Екібастұз қ.', 'Өндіріс көшесі, 4', 'УГ-157/11 мекемесі'],
    postcode: '141211',
    letterRules: {
      language: 'Russian or Kazakh',
      whoMayWrite:
        'Anyone may write; parcels are accepted only from relatives named in the prisoner’s file.',
      eLetterService: E_LETTER_SERVICE,
      notes: 'Registered post with a delivery notice is the only way to know a letter arrived.',
    },
  },
  {
    id: FACILITY.aktauSizo,
    code: 'АП-162/4',
    name: 'Aktau pre-trial detention centre',
    type: 'pre-trial detention centre',
    region: 'Mangystau Region',
    city: { en: 'Aktau', ru: 'Актау', kk: 'Ақтау' },
    addressLines: [
      'Маңғыстау облысы, Ақтау қ.',
      'Өнеркәсіп аймағы, 12 құрылыс',
      'АП-162/4 мекемесі',
    ],
    postcode: '130004',
    letterRules: {
      language: 'Russian or Kazakh',
      whoMayWrite: 'Anyone; the investigator reads every letter before it is handed over.',
      notes: 'No e-letter service: post only. Send registered post, it is less often “lost”.',
    },
  },
  {
    id: FACILITY.oskemen,
    code: 'ОВ-156/19',
    name: 'Öskemen maximum-security colony',
    type: 'penal colony',
    regime: 'maximum security',
    region: 'East Kazakhstan Region',
    city: { en: 'Öskemen', ru: 'Усть-Каменогорск', kk: 'Өскемен' },
    addressLines: [
      'Шығыс Қазақстан облысы, Өскемен қ.',
      'Бейбітшілік көшесі, 9',
      'ОВ-156/19 мекемесі',
    ],
    postcode: '070019',
    letterRules: {
      language: 'Russian (Kazakh letters take longer: the censor reads Russian)',
      whoMayWrite: 'Anyone; religious texts are not handed over.',
      eLetterService: E_LETTER_SERVICE,
    },
  },
  {
    id: FACILITY.zhezkazgan,
    code: 'КА-168/2',
    name: 'Zhezkazgan women’s colony',
    type: 'penal colony',
    regime: 'minimum security',
    region: 'Ulytau Region',
    city: { en: 'Zhezkazgan', ru: 'Жезказган', kk: 'Жезқазған' },
    addressLines: ['Ұлытау облысы, Жезқазған қ.', 'Шұғыла көшесі, 23', 'КА-168/2 мекемесі'],
    postcode: '100602',
    letterRules: {
      language: 'Russian or Kazakh',
      whoMayWrite: 'Anyone.',
      eLetterService: E_LETTER_SERVICE,
    },
  },
];

export function facilityById(id: string): SampleFacility {
  const facility = FACILITIES.find((candidate) => candidate.id === id);
  if (!facility) throw new Error(`The sample has no facility ${id}.`);
  return facility;
}

// ------------------------------------------------------------------ addresses

/** Address lines of a facility followed by the addressee, as an envelope carries them. */
function atFacility(facilityId: string, addressee: string): string[] {
  return [...facilityById(facilityId).addressLines, addressee];
}

export const ADDRESSES: readonly SampleAddress[] = [
  {
    id: 'adr-kushakbaev-1',
    personId: PERSON.kushakbaev,
    facilityId: FACILITY.karagandaSizo,
    lines: atFacility(FACILITY.karagandaSizo, 'Құшақбаев Нұрлан Серікұлы, 1986 ж.т.'),
    linesLatin: [
      'Qaraghandy oblysy, Qaraghandy q.',
      'Aqzhol koshesi, 17',
      'EC-166/5 mekemesi',
      'Qushaqbaev Nurlan Serikuly, 1986 zh.t.',
    ],
    postcode: '100017',
    validFrom: 1149,
    validTo: 778,
  },
  {
    id: 'adr-kushakbaev-2',
    personId: PERSON.kushakbaev,
    facilityId: FACILITY.ekibastuz,
    lines: atFacility(FACILITY.ekibastuz, 'Құшақбаев Нұрлан Серікұлы, 1986 ж.т.'),
    linesLatin: [
      'Pavlodar oblysy, Ekibastuz q.',
      'Ondiris koshesi, 4',
      'UG-157/11 mekemesi',
      'Qushaqbaev Nurlan Serikuly, 1986 zh.t.',
    ],
    postcode: '141211',
    validFrom: 775,
  },
  {
    id: 'adr-tolegenova-1',
    personId: PERSON.tolegenova,
    facilityId: FACILITY.aktauSizo,
    // Written the Russian way, as many supporters address envelopes.
    lines: [
      'Мангистауская обл., г. Актау',
      'Промышленная зона, строение 12',
      'учреждение АП-162/4',
      'Төлегеновой Әйгерім Маратқызы, 1992 г.р.',
    ],
    linesLatin: [
      'Mangistauskaya obl., g. Aktau',
      'Promyshlennaya zona, stroenie 12',
      'uchrezhdenie AP-162/4',
      'Tolegenovoi Aigerim Maratqyzy, 1992 g.r.',
    ],
    postcode: '130004',
    validFrom: 219,
    validTo: 160,
  },
  {
    id: 'adr-tolegenova-2',
    personId: PERSON.tolegenova,
    lines: [
      'Маңғыстау облысы, Ақтау қ.',
      'Теңізжағасы тұрғын алабы, 41 үй, 23 пәтер',
      'Төлегенова Әйгерім Маратқызы',
    ],
    linesLatin: [
      'Mangghystau oblysy, Aqtau q.',
      'Tenizzhaghasy turghyn alaby, 41 ui, 23 pater',
      'Tolegenova Aigerim Maratqyzy',
    ],
    postcode: '130000',
    validFrom: 160,
    notes:
      'Home address under house arrest (invented). She may receive post here but may not use the phone or the internet.',
  },
  {
    id: 'adr-zhaksybekov-1',
    personId: PERSON.zhaksybekov,
    facilityId: FACILITY.aktauSizo,
    lines: [
      'Мангистауская обл., г. Актау',
      'Промышленная зона, строение 12',
      'учреждение АП-162/4',
      'Жақсыбекову Серіку Қайратұлы, 1979 г.р.',
    ],
    linesLatin: [
      'Mangistauskaya obl., g. Aktau',
      'Promyshlennaya zona, stroenie 12',
      'uchrezhdenie AP-162/4',
      'Zhaqsybekovu Seriku Qairatuly, 1979 g.r.',
    ],
    postcode: '130004',
    validFrom: 94,
  },
  {
    id: 'adr-ibraimov-1',
    personId: PERSON.ibraimov,
    facilityId: FACILITY.karagandaSizo,
    lines: [
      'Карагандинская обл., г. Караганда',
      'ул. Акжол, 17',
      'учреждение ЕЦ-166/5',
      'Ыбыраимову Дәурену Асқарұлы, 1983 г.р.',
    ],
    linesLatin: [
      'Karagandinskaya obl., g. Karaganda',
      'ul. Akzhol, 17',
      'uchrezhdenie EC-166/5',
      'Ybyraimovu Daurenu Asqaruly, 1983 g.r.',
    ],
    postcode: '100017',
    validFrom: 899,
    validTo: 602,
  },
  {
    id: 'adr-ibraimov-2',
    personId: PERSON.ibraimov,
    facilityId: FACILITY.oskemen,
    lines: atFacility(FACILITY.oskemen, 'Ыбыраимов Дәурен Асқарұлы, 1983 ж.т.'),
    linesLatin: [
      'Shyghys Qazaqstan oblysy, Oskemen q.',
      'Beibitshilik koshesi, 9',
      'OV-156/19 mekemesi',
      'Ybyraimov Dauren Asqaruly, 1983 zh.t.',
    ],
    postcode: '070019',
    validFrom: 598,
  },
  {
    id: 'adr-seitkhanova-1',
    personId: PERSON.seitkhanova,
    facilityId: FACILITY.zhezkazgan,
    lines: atFacility(FACILITY.zhezkazgan, 'Сейітханова Гүлнар Әбдікерімқызы, 1971 ж.т.'),
    linesLatin: [
      'Ulytau oblysy, Zhezqazghan q.',
      'Shughyla koshesi, 23',
      'KA-168/2 mekemesi',
      'Seiitkhanova Gulnar Abdikerimqyzy, 1971 zh.t.',
    ],
    postcode: '100602',
    validFrom: 1120,
    validTo: 205,
  },
  {
    id: 'adr-seitkhanova-2',
    personId: PERSON.seitkhanova,
    lines: ['Ұлытау облысы, Жезқазған қ.', 'Көктерек көшесі, 56, 8 пәтер', 'Сейітханова Гүлнар'],
    linesLatin: [
      'Ulytau oblysy, Zhezqazghan q.',
      'Kokterek koshesi, 56, 8 pater',
      'Seiitkhanova Gulnar',
    ],
    postcode: '100600',
    validFrom: 205,
    notes: 'Home address after her release (invented). She prefers email.',
  },
  {
    id: 'adr-amanzholov-1',
    personId: PERSON.amanzholov,
    facilityId: FACILITY.ekibastuz,
    lines: [
      'Павлодарская обл., г. Экибастуз',
      'ул. Өндіріс, 4',
      'учреждение УГ-157/11',
      'Аманжолову Ерлану Бағдатұлы, 1990 г.р.',
    ],
    linesLatin: [
      'Pavlodarskaya obl., g. Ekibastuz',
      'ul. Ondiris, 4',
      'uchrezhdenie UG-157/11',
      'Amanzholovu Erlanu Baghdatuly, 1990 g.r.',
    ],
    postcode: '141211',
    validFrom: 760,
  },
  {
    id: 'adr-bekmukhanbetov-1',
    personId: PERSON.bekmukhanbetov,
    facilityId: FACILITY.karagandaSizo,
    lines: atFacility(FACILITY.karagandaSizo, 'Бекмұханбетов Асхат Төлеуұлы, 1975 ж.т.'),
    linesLatin: [
      'Qaraghandy oblysy, Qaraghandy q.',
      'Aqzhol koshesi, 17',
      'EC-166/5 mekemesi',
      'Bekmukhanbetov Askhat Toleuuly, 1975 zh.t.',
    ],
    postcode: '100017',
    validFrom: 698,
    notes:
      'Last known address. He was taken from here on transfer (этап); the new colony has not been named. Letters sent here since then are lost or returned.',
  },
];

/** The address a prisoner had on a day (in days before now): the one valid then. */
export function addressOn(personId: string, daysAgo: number): SampleAddress {
  const found = ADDRESSES.find(
    (address) =>
      address.personId === personId &&
      address.validFrom >= daysAgo &&
      (address.validTo === undefined || address.validTo <= daysAgo),
  );
  if (!found) throw new Error(`The sample has no address of ${personId} ${daysAgo} days back.`);
  return found;
}

export function currentAddress(personId: string): SampleAddress {
  const found = ADDRESSES.find(
    (address) => address.personId === personId && address.validTo === undefined,
  );
  if (!found) throw new Error(`The sample has no current address of ${personId}.`);
  return found;
}

// ------------------------------------------------------------------ cases

const SPECIALISED_COURT_KARAGANDA: Phrase = {
  en: 'Specialised Inter-district Criminal Court of Karaganda Region',
  ru: 'Специализированный межрайонный суд по уголовным делам Карагандинской области',
  kk: 'Қарағанды облысының қылмыстық істер жөніндегі мамандандырылған ауданаралық соты',
};

const INCITEMENT: SampleCharge = {
  article: '174 ч.1',
  text: {
    en: 'incitement of social discord',
    ru: 'возбуждение социальной розни',
    kk: 'әлеуметтік алауыздықты қоздыру',
  },
};

export const CASES: readonly SampleCaseFacts[] = [
  {
    id: CASE.kushakbaev,
    personId: PERSON.kushakbaev,
    title: 'Kushakbaev: videos on the sale of the «Жастар» park',
    charges: [
      INCITEMENT,
      {
        article: '274 ч.2',
        text: {
          en: 'dissemination of knowingly false information',
          ru: 'распространение заведомо ложной информации',
          kk: 'көрінеу жалған ақпарат тарату',
        },
      },
    ],
    court: SPECIALISED_COURT_KARAGANDA,
    judge: 'Erbol Sarsenbaev (Ербол Сәрсенбаев)',
    lawyerId: PERSON.mukhametzhanova,
    arrest: 1150,
    extensions: [
      [1148, 1088],
      [1090, 1028],
      [1030, 968],
    ],
    hearings: [930, 905, 872],
    verdict: 840,
    appeal: 800,
    term: {
      en: 'seven years in a medium-security colony and a five-year ban on journalism',
      ru: 'семи годам лишения свободы в учреждении средней безопасности с запретом заниматься журналистикой на пять лет',
      kk: 'орташа қауіпсіздік мекемесінде жеті жылға бас бостандығынан айыруға және бес жыл журналистикамен айналысуға тыйым салуға',
    },
    status: 'convicted',
    notes:
      'The prosecution’s linguistic expert never watched the videos, only transcripts. The appeal court refused a second expert opinion.',
  },
  {
    id: CASE.tolegenova,
    personId: PERSON.tolegenova,
    title: 'Tolegenova: picket outside the Aktau akimat',
    charges: [
      {
        article: '400 ч.1',
        text: {
          en: 'violation of the rules for organising a peaceful assembly',
          ru: 'нарушение порядка организации мирного собрания',
          kk: 'бейбіт жиналысты ұйымдастыру тәртібін бұзу',
        },
      },
      INCITEMENT,
    ],
    court: {
      en: 'Aktau City Court No. 2',
      ru: 'Актауский городской суд № 2',
      kk: 'Ақтау қалалық № 2 соты',
    },
    judge: 'Gaukhar Nurpeisova (Гауһар Нұрпейісова)',
    lawyerId: PERSON.mukhametzhanova,
    arrest: 220,
    extensions: [
      [218, 160],
      [162, 100],
      [102, 40],
      [42, -20],
    ],
    hearings: [30, 10, -9],
    houseArrestFrom: MILESTONES.tolegenovaHouseArrest,
    status: 'trial',
    notes:
      'Custody was replaced by house arrest after two months. The trial is open, but supporters are often kept out of the courtroom “for lack of space”.',
  },
  {
    id: CASE.zhaksybekov,
    personId: PERSON.zhaksybekov,
    title: 'Zhaksybekov: workers’ meeting at the Қаратөбе field',
    charges: [
      {
        article: '402 ч.1',
        text: {
          en: 'calling for the continuation of a strike declared illegal by a court',
          ru: 'призывы к продолжению забастовки, признанной судом незаконной',
          kk: 'сот заңсыз деп таныған ереуілді жалғастыруға шақыру',
        },
      },
      INCITEMENT,
    ],
    court: {
      en: 'Aktau City Court (investigating judge)',
      ru: 'Актауский городской суд (следственный судья)',
      kk: 'Ақтау қалалық соты (тергеу судьясы)',
    },
    judge: 'Marat Zhumabekov (Марат Жұмабеков), investigating judge',
    lawyerId: PERSON.mukhametzhanova,
    arrest: 95,
    extensions: [
      [93, 33],
      [35, -25],
    ],
    hearings: [],
    status: 'pre-trial',
    notes:
      'The investigator refuses the lawyer copies of the witness statements “until the end of the investigation”.',
  },
  {
    id: CASE.ibraimov,
    personId: PERSON.ibraimov,
    title: 'Ibraimov and others: Quran study group',
    charges: [
      {
        article: '174 ч.2',
        text: {
          en: 'incitement of religious discord by a group',
          ru: 'возбуждение религиозной розни группой лиц',
          kk: 'адамдар тобының діни алауыздықты қоздыруы',
        },
      },
      {
        article: '405 ч.2',
        text: {
          en: 'participation in the activities of a religious association banned by a court',
          ru: 'участие в деятельности религиозного объединения, запрещённого судом',
          kk: 'сот тыйым салған діни бірлестіктің қызметіне қатысу',
        },
      },
    ],
    court: SPECIALISED_COURT_KARAGANDA,
    judge: 'Dinara Beisenova (Динара Бейсенова)',
    lawyerId: PERSON.oralbaev,
    arrest: 900,
    extensions: [
      [898, 838],
      [840, 778],
    ],
    hearings: [760, 735, 712],
    verdict: 690,
    appeal: 650,
    term: {
      en: 'five years in a maximum-security colony and a three-year ban on religious activity',
      ru: 'пяти годам лишения свободы в учреждении максимальной безопасности с запретом религиозной деятельности на три года',
      kk: 'максималды қауіпсіздік мекемесінде бес жылға бас бостандығынан айыруға және үш жыл діни қызметке тыйым салуға',
    },
    status: 'convicted',
    notes:
      'Four co-defendants got between three and five years; their cases are not followed by this campaign.',
  },
  {
    id: CASE.seitkhanova,
    personId: PERSON.seitkhanova,
    title: 'Seitkhanova: posts on bribes in school admissions',
    charges: [
      {
        article: '274 ч.3',
        text: {
          en: 'dissemination of knowingly false information using the internet',
          ru: 'распространение заведомо ложной информации с использованием сети интернет',
          kk: 'интернет желісін пайдаланып көрінеу жалған ақпарат тарату',
        },
      },
    ],
    court: {
      en: 'Zhezkazgan City Court',
      ru: 'Жезказганский городской суд',
      kk: 'Жезқазған қалалық соты',
    },
    judge: 'Kanat Mukanov (Қанат Мұқанов)',
    arrest: 1300,
    extensions: [
      [1298, 1238],
      [1240, 1180],
    ],
    hearings: [1200, 1180],
    verdict: 1150,
    appeal: 1110,
    releasedOn: MILESTONES.seitkhanovaRelease,
    term: {
      en: 'three years in a minimum-security colony',
      ru: 'трём годам лишения свободы в учреждении минимальной безопасности',
      kk: 'минималды қауіпсіздік мекемесінде үш жылға бас бостандығынан айыруға',
    },
    status: 'closed',
    notes:
      'Defended by a state-appointed lawyer, who did not appeal in time; the campaign found her only after the verdict.',
  },
  {
    id: CASE.amanzholov,
    personId: PERSON.amanzholov,
    title: 'Amanzholov: protest outside the Pavlodar akimat',
    charges: [
      {
        article: '272 ч.2',
        text: {
          en: 'participation in mass riots',
          ru: 'участие в массовых беспорядках',
          kk: 'жаппай тәртіпсіздіктерге қатысу',
        },
      },
      {
        article: '380 ч.1',
        text: {
          en: 'use of violence against a representative of the authorities',
          ru: 'применение насилия в отношении представителя власти',
          kk: 'билік өкіліне қатысты күш қолдану',
        },
      },
    ],
    court: {
      en: 'Pavlodar City Court No. 2',
      ru: 'Павлодарский городской суд № 2',
      kk: 'Павлодар қалалық № 2 соты',
    },
    judge: 'Asel Kaliyeva (Әсел Қалиева)',
    lawyerId: PERSON.oralbaev,
    arrest: 1000,
    extensions: [
      [998, 938],
      [940, 878],
    ],
    hearings: [880, 860, 845],
    verdict: 820,
    appeal: 790,
    term: {
      en: 'six years in a medium-security colony',
      ru: 'шести годам лишения свободы в учреждении средней безопасности',
      kk: 'орташа қауіпсіздік мекемесінде алты жылға бас бостандығынан айыруға',
    },
    fine: { amount: 1_380_000, currency: 'KZT' },
    status: 'convicted',
    notes:
      'The fine is the compensation the court awarded to a police officer. He says his confession was beaten out of him.',
  },
  {
    id: CASE.bekmukhanbetov,
    personId: PERSON.bekmukhanbetov,
    title: 'Bekmukhanbetov: «Азат Дала» movement',
    charges: [
      {
        article: '405 ч.2',
        text: {
          en: 'participation in the activities of an association banned as extremist («Азат Дала»)',
          ru: 'участие в деятельности объединения, запрещённого как экстремистское («Азат Дала»)',
          kk: 'экстремистік деп танылған бірлестіктің («Азат Дала») қызметіне қатысу',
        },
      },
    ],
    court: SPECIALISED_COURT_KARAGANDA,
    judge: 'Erbol Sarsenbaev (Ербол Сәрсенбаев)',
    arrest: 700,
    extensions: [
      [698, 638],
      [640, 578],
    ],
    hearings: [600, 580],
    verdict: 540,
    appeal: 500,
    takenAwayOn: MILESTONES.bekmukhanbetovTransfer,
    term: {
      en: 'four and a half years in a medium-security colony',
      ru: 'четырём с половиной годам лишения свободы в учреждении средней безопасности',
      kk: 'орташа қауіпсіздік мекемесінде төрт жыл алты айға бас бостандығынан айыруға',
    },
    fine: { amount: 2_215_000, currency: 'KZT' },
    status: 'convicted',
    notes:
      'The fine covers “procedural costs”. A second case (on funding) kept him in ЕЦ-166/5 long after the appeal.',
  },
];

export function caseOf(personId: string): SampleCaseFacts {
  const found = CASES.find((facts) => facts.personId === personId);
  if (!found) throw new Error(`The sample has no case of ${personId}.`);
  return found;
}
