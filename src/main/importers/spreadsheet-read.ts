/**
 * Reads a spreadsheet of people (a .csv or an .xlsx file) into a table of text cells: its
 * header row and its data rows, each with the row number the spreadsheet program shows, so
 * that a problem can be pointed at ("row 14").
 *
 * CSV files come from Excel as Windows-1251 or UTF-8 with a BOM, with ";" or "," between
 * cells; they are decoded by the same detection as text files (text-decoding.ts) and split
 * by papaparse. A file that cannot be read whole (broken quoting, two encodings in one file,
 * binary data, nothing in it) is refused with one sentence, and nothing of it is imported.
 */
import path from 'node:path';
import Papa from 'papaparse';
import { ExtractionError } from './drafts';
import { tooLarge } from './extract-file';
import type { ImportLimits } from './limits';
import { NOT_TEXT, decodeText } from './text-decoding';
import { readXlsx } from './xlsx-read';

export interface SheetRow {
  /** The row's number as the spreadsheet program shows it (the header row is 1). */
  readonly number: number;
  readonly cells: readonly string[];
}

export interface SheetTable {
  readonly headers: readonly string[];
  readonly rows: readonly SheetRow[];
  /** How the file was read: "utf-8", "windows-1251", "xlsx". */
  readonly encoding: string;
}

export const SPREADSHEET_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** More rows than a campaign keeps; a file beyond it is most likely not a list of people. */
export const MAX_SHEET_ROWS = 100_000;
export const MAX_SHEET_COLUMNS = 200;

export const SHEET_MESSAGES = {
  empty: 'This file is empty.',
  noRows: 'This spreadsheet has a header row but no rows under it.',
  notText: 'This file is not a CSV spreadsheet: it holds binary data, not text.',
  mixedEncodings:
    'This file mixes two text encodings (UTF-8 and Windows-1251), so its letters cannot be read reliably. Save it again from your spreadsheet program as "CSV UTF-8".',
  tooManyRows: `This spreadsheet has more than ${MAX_SHEET_ROWS.toLocaleString('en')} rows; split it into smaller files.`,
  tooManyColumns: `This spreadsheet has more than ${MAX_SHEET_COLUMNS} columns; it does not look like a list of people.`,
} as const;

export function isSpreadsheet(fileName: string): boolean {
  return (SPREADSHEET_EXTENSIONS as readonly string[]).includes(
    path.extname(fileName).toLowerCase(),
  );
}

/** Reads a .csv or .xlsx file; throws an ExtractionError with a plain sentence when it cannot. */
export function readSpreadsheet(
  bytes: Uint8Array,
  fileName: string,
  limits: ImportLimits,
): SheetTable {
  if (bytes.length === 0) throw new ExtractionError(SHEET_MESSAGES.empty);
  if (bytes.length > limits.maxFileBytes) throw new ExtractionError(tooLarge(limits));
  const extension = path.extname(fileName).toLowerCase();
  const grid =
    extension === '.xlsx'
      ? {
          rows: readXlsx(bytes, limits, {
            maxColumns: MAX_SHEET_COLUMNS,
            maxFilledRows: MAX_SHEET_ROWS,
            tooManyColumns: SHEET_MESSAGES.tooManyColumns,
            tooManyRows: SHEET_MESSAGES.tooManyRows,
          }),
          encoding: 'xlsx',
        }
      : readCsvGrid(bytes);
  return tableOf(grid.rows, grid.encoding);
}

interface GridRow {
  readonly number: number;
  readonly cells: string[];
}

function readCsvGrid(bytes: Uint8Array): { rows: GridRow[]; encoding: string } {
  let decoded;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (error instanceof ExtractionError && error.message === NOT_TEXT)
      throw new ExtractionError(SHEET_MESSAGES.notText);
    throw error;
  }
  if (decoded.encoding !== 'utf-8' && mixesUtf8In(bytes))
    throw new ExtractionError(SHEET_MESSAGES.mixedEncodings);
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ExtractionError(SHEET_MESSAGES.empty);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
  });
  const quoting = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoting) {
    const row = quoting.row === undefined ? '' : ` (near row ${quoting.row + 1})`;
    throw new ExtractionError(
      `This CSV file has a quotation mark that is never closed${row}, so its rows cannot be told apart. Fix the quoting or save the file again from your spreadsheet program.`,
    );
  }
  const rows: GridRow[] = parsed.data.map((cells, index) => ({
    number: index + 1,
    cells: cells.map((cell) => cell ?? ''),
  }));
  return { rows, encoding: decoded.encoding };
}

const DELIMITERS = [';', ',', '\t', '|'] as const;

/**
 * The separator the header row uses most, outside quotes: Excel writes ";" where the decimal
 * comma is local (Russia, Kazakhstan) and "," elsewhere. Papaparse's own guess needs rows of
 * equal length, which a list with blank or short rows does not have.
 */
function delimiterOf(text: string): string {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const unquoted = header.replace(/"[^"]*"/g, '');
  const counts = DELIMITERS.map((delimiter) => unquoted.split(delimiter).length - 1);
  const best = counts.indexOf(Math.max(...counts));
  return counts[best] > 0 ? DELIMITERS[best] : ',';
}

/**
 * Whether bytes read as a single-byte encoding also hold UTF-8 Cyrillic: a file pasted
 * together from two sources. A UTF-8 Russian or Kazakh letter is two bytes (D0 90 = "А");
 * in Windows-1251 those pairs read "Р" or "С" before a rare sign (‚ „ « » №), seldom met.
 */
function mixesUtf8In(bytes: Uint8Array): boolean {
  let utf8Letters = 0;
  let loneHighBytes = 0;
  for (let at = 0; at < bytes.length; at += 1) {
    if (bytes[at] < 0x80) continue;
    if (isUtf8CyrillicLetter(bytes[at], bytes[at + 1])) {
      utf8Letters += 1;
      at += 1;
    } else loneHighBytes += 1;
  }
  return utf8Letters >= 3 && loneHighBytes >= 3;
}

/** А–я, Ё ё, І і and the Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ, as UTF-8 lead and trail bytes. */
const KAZAKH_TRAILS: Record<number, readonly number[]> = {
  0xd2: [0x92, 0x93, 0x9a, 0x9b, 0xa2, 0xa3, 0xae, 0xaf, 0xb0, 0xb1, 0xba, 0xbb],
  0xd3: [0x98, 0x99, 0xa8, 0xa9],
};

function isUtf8CyrillicLetter(lead: number, trail: number | undefined): boolean {
  if (trail === undefined) return false;
  if (lead === 0xd0) return (trail >= 0x90 && trail <= 0xbf) || trail === 0x81 || trail === 0x86;
  if (lead === 0xd1) return (trail >= 0x80 && trail <= 0x8f) || trail === 0x91 || trail === 0x96;
  return KAZAKH_TRAILS[lead]?.includes(trail) ?? false;
}

/** The first row with any text is the header row; empty rows under it are left out. */
function tableOf(grid: readonly GridRow[], encoding: string): SheetTable {
  const filled = (row: GridRow) => row.cells.some((cell) => cell.trim() !== '');
  const headerAt = grid.findIndex(filled);
  if (headerAt < 0) throw new ExtractionError(SHEET_MESSAGES.empty);
  const headerRow = grid[headerAt];
  const width = Math.max(...grid.map((row) => lastFilled(row.cells) + 1));
  if (width > MAX_SHEET_COLUMNS) throw new ExtractionError(SHEET_MESSAGES.tooManyColumns);
  const headers = Array.from({ length: width }, (_, column) =>
    oneLine(headerRow.cells[column] ?? ''),
  ).map((header, column) => header || `Column ${columnLetters(column)}`);
  const rows = grid
    .slice(headerAt + 1)
    .filter(filled)
    .map((row) => ({
      number: row.number,
      cells: Array.from({ length: width }, (_, column) => (row.cells[column] ?? '').trim()),
    }));
  if (rows.length === 0) throw new ExtractionError(SHEET_MESSAGES.noRows);
  if (rows.length > MAX_SHEET_ROWS) throw new ExtractionError(SHEET_MESSAGES.tooManyRows);
  return { headers, rows, encoding };
}

function lastFilled(cells: readonly string[]): number {
  for (let at = cells.length - 1; at >= 0; at -= 1) if (cells[at].trim() !== '') return at;
  return -1;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A, B, …, Z, AA: the column names spreadsheet programs show. */
export function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
