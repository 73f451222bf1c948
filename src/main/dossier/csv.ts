/**
 * CSV files that spreadsheet programs open safely: UTF-8 with a byte order mark (without
 * it, Excel reads Cyrillic as Windows-1252), CRLF line ends, and no cell that a spreadsheet
 * would run as a formula.
 */
import Papa from 'papaparse';

export const UTF8_BOM = '\ufeff';

/**
 * Cells starting with one of these are formulas (or become one when a spreadsheet trims
 * the tab or carriage return); papaparse writes them with a leading apostrophe. Its own
 * default pattern ends in `.*$` without the dotall flag, so a formula followed by a line
 * break would pass unescaped; this one looks at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const body = Papa.unparse(
    { fields: [...header], data: rows.map((row) => [...row]) },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return `${UTF8_BOM}${body}\r\n`;
}
