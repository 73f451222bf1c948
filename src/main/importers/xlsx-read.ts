/**
 * Reads the first worksheet of an Excel workbook (.xlsx) as rows of text, and nothing else:
 * no formulas are run, no macros, no external links followed. An .xlsx is a zip of XML
 * parts; the zip is checked against bombs by its directory and by inflating with caps
 * (zip-directory.ts) before any part is unpacked, and only the four parts needed are.
 *
 * The parts read: xl/workbook.xml and its relations (which part is the first sheet),
 * xl/sharedStrings.xml (most text cells point into it), xl/styles.xml (which number formats
 * are dates: Excel stores a date as a day count) and the sheet itself.
 */
import { unzipSync } from 'fflate';
import { ExtractionError } from './drafts';
import type { ImportLimits } from './limits';
import { isZip, readZipDirectory, refuseZipBomb, verifyDeclaredSizes } from './zip-directory';

export const XLSX_MESSAGES = {
  notZip: 'This file is not an Excel workbook (.xlsx): it is not a zip file as those are.',
  notWorkbook: 'This zip file is not an Excel workbook: it has no worksheet.',
  damaged: 'This Excel workbook is damaged and cannot be read.',
} as const;

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELATIONS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const STYLES = 'xl/styles.xml';

export interface XlsxRow {
  readonly number: number;
  readonly cells: string[];
}

/**
 * How large a sheet may be, told while it is read: a cell with text far to the right, or row
 * after row of text, is refused before the rows are built, since a few bytes of XML each
 * would otherwise become gigabytes of padded rows. Empty cells take no room.
 */
export interface SheetShape {
  readonly maxColumns: number;
  readonly maxFilledRows: number;
  readonly tooManyColumns: string;
  readonly tooManyRows: string;
}

export function readXlsx(bytes: Uint8Array, limits: ImportLimits, shape: SheetShape): XlsxRow[] {
  if (!isZip(bytes)) throw new ExtractionError(XLSX_MESSAGES.notZip);
  const entries = readZipDirectory(bytes);
  refuseZipBomb(entries, limits);
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has(WORKBOOK)) throw new ExtractionError(XLSX_MESSAGES.notWorkbook);
  verifyDeclaredSizes(bytes, entries);
  const parts = unpack(bytes, [WORKBOOK, WORKBOOK_RELATIONS]);
  const sheetPath = firstSheetPath(parts.get(WORKBOOK) ?? '', parts.get(WORKBOOK_RELATIONS));
  if (!names.has(sheetPath)) throw new ExtractionError(XLSX_MESSAGES.notWorkbook);
  const rest = unpack(bytes, [sheetPath, SHARED_STRINGS, STYLES]);
  const sharedStrings = readSharedStrings(rest.get(SHARED_STRINGS) ?? '');
  const dateStyles = readDateStyles(rest.get(STYLES) ?? '');
  return readSheet(rest.get(sheetPath) ?? '', sharedStrings, dateStyles, shape);
}

function unpack(bytes: Uint8Array, wanted: readonly string[]): Map<string, string> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => wanted.includes(file.name) });
  } catch {
    throw new ExtractionError(XLSX_MESSAGES.damaged);
  }
  const decoder = new TextDecoder('utf-8');
  return new Map(Object.entries(files).map(([name, data]) => [name, decoder.decode(data)]));
}

/** The first sheet in the workbook's order, through its relation id; sheet1.xml by default. */
function firstSheetPath(workbook: string, relations: string | undefined): string {
  const fallback = 'xl/worksheets/sheet1.xml';
  const sheet = /<(?:\w+:)?sheet\b[^>]*?\br:id="([^"]+)"/.exec(workbook);
  if (!sheet || !relations) return fallback;
  for (const match of relations.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attributes = match[1];
    if (attributeOf(attributes, 'Id') !== sheet[1]) continue;
    const target = attributeOf(attributes, 'Target');
    if (!target) return fallback;
    // Targets are relative to xl/, or absolute from the package root.
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return fallback;
}

function attributeOf(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return match ? decodeXml(match[1]) : undefined;
}

function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const item of xml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g))
    strings.push(textRuns(item[1]));
  return strings;
}

/** The text of a string item: its <t> runs joined, phonetic hints (<rPh>) left out. */
function textRuns(xml: string): string {
  const withoutPhonetics = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let text = '';
  for (const run of withoutPhonetics.matchAll(
    /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g,
  ))
    text += decodeXml(run[1] ?? '');
  return text;
}

/** Built-in number formats that show a date (14–22 and 45–47 in the OOXML standard). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** The indexes of the cell styles whose number format shows a date. */
function readDateStyles(xml: string): Set<number> {
  const customDates = new Set<number>();
  for (const format of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g)) {
    const id = Number(attributeOf(format[1], 'numFmtId'));
    // A date format has day, month or year letters outside quoted text and [colour] marks.
    const code = (attributeOf(format[1], 'formatCode') ?? '')
      .replace(/"[^"]*"|\[[^\]]*\]/g, '')
      .toLowerCase();
    if (/[dy]/.test(code) || /m{3,}/.test(code)) customDates.add(id);
  }
  const styles = new Set<number>();
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml);
  if (!cellXfs) return styles;
  let index = 0;
  for (const xf of cellXfs[1].matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
    const id = Number(attributeOf(xf[1], 'numFmtId') ?? 0);
    if (BUILT_IN_DATE_FORMATS.has(id) || customDates.has(id)) styles.add(index);
    index += 1;
  }
  return styles;
}

function readSheet(
  xml: string,
  shared: readonly string[],
  dateStyles: Set<number>,
  shape: SheetShape,
): XlsxRow[] {
  const rows: XlsxRow[] = [];
  let filledRows = 0;
  let nextRow = 1;
  for (const row of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const number = Number(attributeOf(row[1], 'r') ?? nextRow) || nextRow;
    nextRow = number + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cell of (row[2] ?? '').matchAll(
      /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g,
    )) {
      const reference = attributeOf(cell[1], 'r');
      const column = reference ? columnIndex(reference) : nextColumn;
      nextColumn = column + 1;
      if (column >= 16_384) throw new ExtractionError(XLSX_MESSAGES.damaged);
      const text = cellText(cell[1], cell[2] ?? '', shared, dateStyles);
      if (text.trim() === '') continue;
      if (column >= shape.maxColumns) throw new ExtractionError(shape.tooManyColumns);
      while (cells.length < column) cells.push('');
      cells[column] = text;
    }
    if (cells.length > 0) filledRows += 1;
    // The header row and the rows under it.
    if (filledRows > shape.maxFilledRows + 1) throw new ExtractionError(shape.tooManyRows);
    rows.push({ number, cells });
  }
  return rows;
}

function cellText(
  attributes: string,
  inner: string,
  shared: readonly string[],
  dateStyles: Set<number>,
): string {
  const type = attributeOf(attributes, 't') ?? 'n';
  if (type === 'inlineStr') {
    const inline = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner);
    return inline ? textRuns(inline[1]) : '';
  }
  const valueMatch = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner);
  const value = valueMatch ? decodeXml(valueMatch[1]) : '';
  switch (type) {
    case 's':
      return shared[Number(value)] ?? '';
    case 'b':
      return value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
    case 'n': {
      const style = Number(attributeOf(attributes, 's') ?? -1);
      if (value !== '' && dateStyles.has(style)) return isoFromSerial(Number(value)) ?? value;
      return value;
    }
    default:
      // "str" (a formula's text result), "e" (an error such as #N/A), "d" (an ISO date).
      return value;
  }
}

/** "C12" → 2. */
function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/i.exec(reference)?.[0].toUpperCase() ?? 'A';
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** Excel's day count (1900 system: day 1 is 1900-01-01, with its fictional 29 Feb 1900). */
export function isoFromSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const days = Math.floor(serial);
  // From 1 March 1900 on, the count is one ahead of the calendar.
  const epoch = Date.UTC(1899, 11, days >= 61 ? 30 : 31);
  return new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10), whole);
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
