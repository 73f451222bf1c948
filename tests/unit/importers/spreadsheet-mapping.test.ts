import { describe, expect, it } from 'vitest';
import {
  guessField,
  guessMapping,
  headerKey,
  latinOf,
  readRow,
  roleOf,
  statusOf,
  typedDate,
} from '../../../src/main/importers/spreadsheet-mapping';

describe('guessing the mapping from header names', () => {
  it('maps the columns of a campaign secretary’s spreadsheet', () => {
    expect(
      guessMapping([
        'ФИО',
        'Name (Latin)',
        'Дата рождения',
        'Статья',
        'Учреждение',
        'Адрес',
        'Status',
        '№',
      ]),
    ).toEqual([
      'nativeName',
      'name',
      'birthDate',
      'notes',
      'facilityName',
      'addressLines',
      'status',
      null,
    ]);
  });

  it('reads English and Russian header words in their usual forms', () => {
    const cases: [string, string | null][] = [
      ['Date of birth', 'birthDate'],
      ['дата рожд.', 'birthDate'],
      ['Код учреждения', 'facilityCode'],
      ['Facility code', 'facilityCode'],
      ['Почтовый индекс', 'postcode'],
      ['Zip code', 'postcode'],
      ['Город', 'city'],
      ['Статус', 'status'],
      ['Теги', 'tags'],
      ['Примечания', 'notes'],
      ['Aliases', 'aliases'],
      ['Роль', 'role'],
      ['Находится с', 'since'],
      ['Колония', 'facilityName'],
      ['', null],
      ['Телефон', null],
    ];
    for (const [header, field] of cases) expect(guessField(header), header).toBe(field);
  });

  it('takes a facility column whose cells are codes for the codes', () => {
    const headers = ['ФИО', 'Учреждение'];
    expect(
      guessMapping(headers, [
        ['Ахметов Ерлан', 'ЕЦ-166/5'],
        ['Омаров Қайрат', 'УГ 157/11'],
      ]),
    ).toEqual(['nativeName', 'facilityCode']);
    expect(guessMapping(headers, [['Ахметов Ерлан', 'Колония в Қостанае']])).toEqual([
      'nativeName',
      'facilityName',
    ]);
    expect(guessMapping(['Код', 'Учреждение'], [['ЕЦ-166/5', 'ЕЦ-166/5']])).toEqual([
      'facilityCode',
      'facilityName',
    ]);
  });

  it('gives "Имя" and "Имя (латиницей)" the two scripts of the name', () => {
    expect(guessMapping(['Имя', 'Имя (латиницей)'])).toEqual(['nativeName', 'name']);
    expect(guessMapping(['Name', 'ФИО'])).toEqual(['name', 'nativeName']);
  });

  it('fills a single-column field once, and lets notes take many columns', () => {
    expect(guessMapping(['Статус', 'Status', 'Статья', 'Комментарий'])).toEqual([
      'status',
      null,
      'notes',
      'notes',
    ]);
  });

  it('keys a header set whatever its case and spacing', () => {
    expect(headerKey(['ФИО ', 'Дата  рождения'])).toBe(headerKey(['фио', 'дата рождения']));
    expect(headerKey(['ФИО', 'Статус'])).not.toBe(headerKey(['Статус', 'ФИО']));
  });
});

describe('reading a row with a mapping', () => {
  const headers = ['ФИО', 'Дата рождения', 'Статья', 'Комментарий', 'Status', 'Адрес', 'Город'];
  const mapping = [
    'nativeName',
    'birthDate',
    'notes',
    'notes',
    'status',
    'addressLines',
    'city',
  ] as const;

  it('reads dates as typed, statuses in Russian, and names the notes by their column', () => {
    const { values, problems } = readRow(
      headers,
      [
        'Кушакбаев Нұрлан',
        '12.03.1985',
        '174 ч.1',
        'пишет редко',
        'осуждён',
        'ул. Тәуелсіздік, 1',
        'Қостанай',
      ],
      mapping,
    );
    expect(problems).toEqual([]);
    expect(values).toMatchObject({
      name: 'Kushakbaev Nurlan',
      nativeName: 'Кушакбаев Нұрлан',
      birthDate: '1985-03-12',
      status: 'convicted',
      notes: ['Статья: 174 ч.1', 'Комментарий: пишет редко'],
      addressLines: ['ул. Тәуелсіздік, 1'],
      city: 'Қостанай',
    });
  });

  it('says in plain words what is wrong with a row', () => {
    const { problems } = readRow(headers, ['', '31.02.1985', '', '', 'на луне', '', ''], mapping);
    expect(problems).toEqual([
      'Дата рождения: "31.02.1985" does not exist in the calendar.',
      'Status: "на луне" is not a status Casefile knows.',
      'The row has no name (neither Latin nor Cyrillic).',
    ]);
    const notADate = readRow(headers, ['Ерлан', 'былтыр', '', '', '', '', ''], mapping);
    expect(notADate.problems).toEqual([
      'Дата рождения: "былтыр" is not a date; write it as dd.mm.yyyy, for example 12.03.1985.',
    ]);
  });

  it('accepts dates the ways people type them, and refuses what is not one date', () => {
    expect(typedDate('12.03.1985')).toBe('1985-03-12');
    expect(typedDate('1985-03-12')).toBe('1985-03-12');
    expect(typedDate('12/03/1985')).toBe('1985-03-12');
    expect(typedDate('12 марта 1985 г.')).toBe('1985-03-12');
    expect(typedDate('31118')).toBe('1985-03-12');
    expect(typedDate('1985')).toBeUndefined();
    expect(typedDate('с 2019 по 12.03.2020')).toBeUndefined();
    expect(typedDate('не знаем')).toBeUndefined();
  });

  it('knows statuses and roles in English, Russian and Kazakh', () => {
    expect(statusOf('в СИЗО')).toBe('pre-trial');
    expect(statusOf('домашний арест')).toBe('house-arrest');
    expect(statusOf('Released')).toBe('released');
    expect(statusOf('сотталған')).toBe('convicted');
    expect(statusOf('pre-trial')).toBe('pre-trial');
    expect(roleOf('адвокат')).toBe('lawyer');
    expect(roleOf('жена')).toBe('relative');
    expect(roleOf('prisoner')).toBe('prisoner');
  });

  it('writes a Cyrillic name in Latin letters when no Latin name is given', () => {
    expect(latinOf('Сейтқали Ерлан')).toBe('Seytkali Erlan');
    expect(latinOf('Әлия Жұмабаева')).toBe('Aliya Zhumabaeva');
  });
});
