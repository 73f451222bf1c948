/**
 * Which column of a spreadsheet holds which field of a person, their facility and their
 * address; a first guess from the header names (English and Russian, as campaign
 * spreadsheets write them); and one row's cells read as those fields, with the problems
 * found said in plain words.
 */
import { PERSON_ROLES, PRISONER_STATUSES } from '../../shared/records';
import { SHEET_FIELDS, type SheetField } from '../../shared/sheet-fields';
import { normalise, toLatin, words } from '../search/normalise';
import { findDates, isoOf, statedDate } from './dates';
import { isoFromSerial } from './xlsx-read';

export { SHEET_FIELDS, type SheetField };

/** One entry per column: the field it fills, or null for a column left out. */
export type SheetMapping = readonly (SheetField | null)[];

/** Fields several columns may fill: their cells are joined, not overwritten. */
const MANY_COLUMNS: ReadonlySet<SheetField> = new Set(['aliases', 'tags', 'notes', 'addressLines']);

export function takesManyColumns(field: SheetField): boolean {
  return MANY_COLUMNS.has(field);
}

/**
 * Header words per field, folded like the search folds names, so that "Дата рождения",
 * "дата рожд." and "Date of birth" all find the birth date. Checked in this order: the first
 * field whose words all occur in the header wins.
 */
const HEADER_WORDS: readonly (readonly [SheetField, readonly string[]])[] = [
  ['birthDate', ['рожден', 'дата рожд', 'birth', 'born', 'dob', 'туған']],
  ['since', ['с какого', 'since', 'дата этапа', 'дата перевода', 'находится с', 'from']],
  ['postcode', ['индекс', 'почтовый индекс', 'postcode', 'postal code', 'zip']],
  ['facilityCode', ['код учрежден', 'facility code', 'номер учрежден', 'code', 'код']],
  ['facilityName', ['учрежден', 'колони', 'сизо', 'исправитель', 'facility', 'prison', 'мекеме']],
  ['city', ['город', 'населенный пункт', 'city', 'town', 'қала']],
  ['addressLines', ['адрес', 'address', 'мекенжай']],
  ['nativeName', ['фио', 'фамилия имя', 'имя кириллицей', 'native', 'cyrillic', 'кириллиц', 'аты']],
  ['aliases', ['другие написания', 'варианты', 'alias', 'aliases', 'also known', 'spelling']],
  ['name', ['latin', 'латиниц', 'name', 'имя', 'фамилия', 'full name']],
  ['status', ['статус', 'status', 'положение', 'мәртебе']],
  ['role', ['роль', 'role', 'кто']],
  ['tags', ['теги', 'метки', 'tags', 'labels', 'кампания', 'campaign']],
  [
    'notes',
    [
      'примечания',
      'заметки',
      'комментарий',
      'notes',
      'comment',
      'статья',
      'article',
      'приговор',
      'sentence',
      'charges',
      'обвинение',
    ],
  ],
];

/** The header's folded words, and each candidate's, compared word by word. */
function foldedWords(text: string): string[] {
  return normalise(text).split(' ').filter(Boolean);
}

const HEADER_KEYS = HEADER_WORDS.map(
  ([field, phrases]) => [field, phrases.map(foldedWords)] as const,
);

/** The field a header most likely names, or null. */
export function guessField(header: string): SheetField | null {
  const headerWords = foldedWords(header);
  if (headerWords.length === 0) return null;
  const hasWord = (word: string) => headerWords.some((candidate) => candidate.startsWith(word));
  for (const [field, phrases] of HEADER_KEYS)
    if (phrases.some((phrase) => phrase.length > 0 && phrase.every(hasWord))) return field;
  return null;
}

/**
 * A first mapping of every column. A field that takes one column goes to the first column
 * that names it; "Name (Latin)" next to "ФИО" gives the Latin and the Cyrillic name.
 */
export function guessMapping(
  headers: readonly string[],
  rows: readonly (readonly string[])[] = [],
): SheetField[] {
  const taken = new Set<SheetField>();
  const holdsCodes = (column: number) => mostlyFacilityCodes(rows.map((cells) => cells[column]));
  const codeColumn = headers.findIndex((header) => guessField(header) === 'facilityCode');
  return headers.map((header, column) => {
    let field = guessField(header);
    // "Учреждение" in many lists holds the code itself ("ЕЦ-166/5"), not a name.
    if (field === 'facilityName' && codeColumn < 0 && holdsCodes(column)) field = 'facilityCode';
    // "ФИО" and "Имя" are the Cyrillic name when the header is written in Cyrillic and
    // says nothing of Latin; a second name column is the other script's.
    if (field === 'name' && /[\u0400-\u04ff]/.test(header) && !/латин/i.test(header))
      field = taken.has('nativeName') ? 'name' : 'nativeName';
    if (field === 'nativeName' && taken.has('nativeName') && !taken.has('name')) field = 'name';
    if (field && !takesManyColumns(field) && taken.has(field)) field = null;
    if (field) taken.add(field);
    return field;
  }) as SheetField[];
}

/** "ЕЦ-166/5", "УГ-157/11", "ЛА 155/14", "СИЗО-1": letters, then numbers. */
const FACILITY_CODE = /^\p{Lu}{1,4}\s?[-–]?\s?\d{1,4}(?:\s?\/\s?\d{1,4})?$/u;

/** Whether most of a column's first filled cells are written as facility codes. */
function mostlyFacilityCodes(cells: readonly (string | undefined)[]): boolean {
  const filled = cells
    .map((cell) => cell?.trim() ?? '')
    .filter(Boolean)
    .slice(0, 50);
  const codes = filled.filter((cell) => FACILITY_CODE.test(cell)).length;
  return filled.length > 0 && codes >= filled.length * 0.8;
}

/** A header set's key: the same columns in the same order, whatever their case or spaces. */
export function headerKey(headers: readonly string[]): string {
  return headers.map((header) => header.trim().toLowerCase().replace(/\s+/g, ' ')).join('\u241f');
}

// ---------------------------------------------------------------- One row read as fields

export interface RowValues {
  name?: string;
  nativeName?: string;
  aliases: string[];
  birthDate?: string;
  role?: (typeof PERSON_ROLES)[number];
  status?: (typeof PRISONER_STATUSES)[number];
  tags: string[];
  notes: string[];
  facilityCode?: string;
  facilityName?: string;
  addressLines: string[];
  city?: string;
  postcode?: string;
  since?: string;
}

export interface ReadRow {
  readonly values: RowValues;
  /** Why the row cannot be stored as it is, in plain words; empty when it can. */
  readonly problems: string[];
}

export function readRow(
  headers: readonly string[],
  cells: readonly string[],
  mapping: SheetMapping,
): ReadRow {
  const values: RowValues = { aliases: [], tags: [], notes: [], addressLines: [] };
  const problems: string[] = [];
  mapping.forEach((field, column) => {
    const cell = (cells[column] ?? '').trim();
    if (!field || cell === '') return;
    const header = headers[column] ?? '';
    switch (field) {
      case 'aliases':
      case 'tags':
        values[field].push(...splitList(cell));
        break;
      case 'notes':
        values.notes.push(
          mapping.filter((other) => other === 'notes').length > 1 ? `${header}: ${cell}` : cell,
        );
        break;
      case 'addressLines':
        values.addressLines.push(...cell.split(/\r?\n/).map((line) => line.trim()));
        break;
      case 'birthDate':
      case 'since': {
        const iso = typedDate(cell);
        if (iso) values[field] = iso;
        // Written the right way but not a day of the calendar (31.02): said so, not how to write it.
        else if (/^\d{1,2}[./-]\d{1,2}[./-]\d{4}$|^\d{4}-\d{2}-\d{2}$/.test(cell.trim()))
          problems.push(`${header}: "${cell}" does not exist in the calendar.`);
        else
          problems.push(
            `${header}: "${cell}" is not a date; write it as dd.mm.yyyy, for example 12.03.1985.`,
          );
        break;
      }
      case 'status': {
        const status = statusOf(cell);
        if (status) values.status = status;
        else problems.push(`${header}: "${cell}" is not a status Casefile knows.`);
        break;
      }
      case 'role': {
        const role = roleOf(cell);
        if (role) values.role = role;
        else problems.push(`${header}: "${cell}" is not a role Casefile knows.`);
        break;
      }
      default:
        values[field] = oneLine(cell);
    }
  });
  values.addressLines = values.addressLines.filter(Boolean);
  if (!values.name && values.nativeName) values.name = latinOf(values.nativeName);
  if (!values.name) problems.push('The row has no name (neither Latin nor Cyrillic).');
  return { values, problems };
}

function splitList(cell: string): string[] {
  return cell
    .split(/[;,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A date as people type it in a spreadsheet: 12.03.1985, 1985-03-12, "12 марта 1985", or
 * Excel's day count when a cell kept its number. A lone year is not a date.
 */
export function typedDate(cell: string): string | undefined {
  const text = cell.trim();
  if (/^\d{4,5}(?:\.\d+)?$/.test(text) && Number(text) > 3000) return isoFromSerial(Number(text));
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const written = slashed ? `${slashed[1]}.${slashed[2]}.${slashed[3]}` : text;
  const iso = /^\d{4}-\d{2}-\d{2}/.test(written) ? statedDate(written) : undefined;
  if (iso) return iso;
  // The whole cell must be the one date, so that "с 2019 по 12.03.2020" is not read as one.
  const found = findDates(written);
  if (found.length !== 1) return undefined;
  const rest = written.replace(found[0].text, '').replace(/[\s.,]+|года?|г|жылы?/giu, '');
  return rest === '' ? isoOf(found[0]) : undefined;
}

/** Status words in English, Russian and Kazakh, folded; each matched as a word's start. */
const STATUS_WORDS: readonly (readonly [(typeof PRISONER_STATUSES)[number], readonly string[]])[] =
  [
    ['house-arrest', ['house arrest', 'домашн', 'үй қамақ']],
    [
      'pre-trial',
      [
        'pre-trial',
        'pretrial',
        'сизо',
        'под стражей',
        'арестован',
        'задержан',
        'detained',
        'тергеу',
      ],
    ],
    ['convicted', ['convicted', 'осужден', 'осуждён', 'колони', 'sentenced', 'сотталған']],
    ['released', ['released', 'освобожден', 'освобождён', 'на свободе', 'free', 'босатылған']],
    ['exiled', ['exiled', 'exile', 'ссылк', 'выслан', 'эмигр']],
    ['deceased', ['deceased', 'died', 'умер', 'погиб', 'скончал', 'қайтыс']],
    ['unknown', ['unknown', 'неизвест', 'белгісіз']],
  ];

/** Each value's phrases folded once, since every row's cell is compared with all of them. */
function foldedPhrases<V>(
  table: readonly (readonly [V, readonly string[]])[],
): readonly (readonly [V, string[][]])[] {
  return table.map(([value, phrases]) => [value, phrases.map(foldedWords)] as const);
}

/** The first value one of whose phrases has all its words starting words of the cell. */
function valueOf<V>(cell: string, table: readonly (readonly [V, string[][]])[]): V | undefined {
  const cellWords = foldedWords(cell);
  const hasWord = (word: string) => cellWords.some((candidate) => candidate.startsWith(word));
  return table.find(([, phrases]) =>
    phrases.some((phrase) => phrase.length > 0 && phrase.every(hasWord)),
  )?.[0];
}

const STATUS_KEYS = foldedPhrases(STATUS_WORDS);

export function statusOf(cell: string): (typeof PRISONER_STATUSES)[number] | undefined {
  const exact = PRISONER_STATUSES.find((status) => status === cell.trim().toLowerCase());
  if (exact) return exact;
  return valueOf(cell, STATUS_KEYS);
}

const ROLE_WORDS: readonly (readonly [(typeof PERSON_ROLES)[number], readonly string[]])[] = [
  ['prisoner', ['prisoner', 'заключен', 'узник', 'политзаключ', 'тұтқын']],
  [
    'relative',
    ['relative', 'родствен', 'жена', 'муж', 'мать', 'отец', 'wife', 'husband', 'mother', 'father'],
  ],
  ['lawyer', ['lawyer', 'адвокат', 'защитник', 'юрист', 'advocate']],
  ['journalist', ['journalist', 'журналист']],
  ['official', ['official', 'чиновник', 'судья', 'прокурор', 'следователь', 'judge']],
  ['other', ['other', 'другое', 'прочее']],
];

const ROLE_KEYS = foldedPhrases(ROLE_WORDS);

export function roleOf(cell: string): (typeof PERSON_ROLES)[number] | undefined {
  const exact = PERSON_ROLES.find((role) => role === cell.trim().toLowerCase());
  if (exact) return exact;
  return valueOf(cell, ROLE_KEYS);
}

/** A Cyrillic name written in Latin letters, each word capitalised: "Нұрлан" → "Nurlan". */
export function latinOf(name: string): string {
  return words(name)
    .map((word) => toLatin(word))
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
