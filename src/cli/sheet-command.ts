/**
 * `casefile import people.csv|people.xlsx [--map '{"ФИО":"nativeName",…}'] [--json]`: a
 * spreadsheet of prisoners and addresses, one person per row, with the columns mapped as the
 * window last mapped the same headers, else guessed from their names; `--map` overrides any
 * column by its header (null or "" leaves it out).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { SHEET_FIELDS, type SheetField } from '../shared/sheet-fields';
import { Archive } from '../main/archive/archive';
import { ExtractionError } from '../main/importers/drafts';
import { tooLarge } from '../main/importers/extract-file';
import { DEFAULT_LIMITS } from '../main/importers/limits';
import { importSheet, mappingFor } from '../main/importers/spreadsheet-import';
import { isSpreadsheet, readSpreadsheet } from '../main/importers/spreadsheet-read';
import { json, line, UsageError, type CliIo } from './output';

/** Every path named is a spreadsheet: they are imported as lists of people. */
export function isSheetImport(positionals: readonly string[]): boolean {
  return positionals.length > 0 && positionals.every(isSpreadsheet);
}

export async function importSheetsCommand(
  archiveDir: string,
  files: readonly string[],
  mapOption: string | undefined,
  wantsJson: boolean,
  io: CliIo,
): Promise<number> {
  const overrides = parseMap(mapOption);
  const archive = await Archive.open(archiveDir);
  const results: unknown[] = [];
  let failed = false;
  try {
    for (const file of files) {
      const outcome = await importOne(archive, file, overrides);
      failed ||= 'error' in outcome || outcome.failed.length > 0;
      results.push(outcome);
      if (!wantsJson) printOutcome(outcome, io);
    }
  } finally {
    await archive.close();
  }
  if (wantsJson) json(io.out, { files: results });
  return failed ? 1 : 0;
}

type Outcome =
  | { file: string; error: string }
  | ({ file: string; mapping: Record<string, SheetField | null> } & Awaited<
      ReturnType<typeof importSheet>
    >);

async function importOne(
  archive: Archive,
  file: string,
  overrides: ReadonlyMap<string, SheetField | null>,
): Promise<Outcome> {
  let table;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { file, error: 'This is a folder, not a spreadsheet.' };
    if (stat.size > DEFAULT_LIMITS.maxFileBytes) return { file, error: tooLarge(DEFAULT_LIMITS) };
    table = readSpreadsheet(await fs.readFile(file), path.basename(file), DEFAULT_LIMITS);
  } catch (error) {
    if (error instanceof ExtractionError) return { file, error: error.message };
    if ((error as { code?: string }).code === 'ENOENT')
      return { file, error: 'There is no such file.' };
    throw error;
  }
  const known = new Set(overrides.keys());
  const guessed = mappingFor(
    archive,
    table.headers,
    table.rows.map((row) => row.cells),
  );
  const mapping = guessed.mapping.map((field, column) => {
    const header = table.headers[column];
    known.delete(header);
    return overrides.has(header) ? (overrides.get(header) ?? null) : field;
  });
  if (known.size)
    throw new UsageError(
      `${file} has no column ${[...known].map((header) => `"${header}"`).join(', ')}; its columns are ${table.headers.map((header) => `"${header}"`).join(', ')}.`,
    );
  const report = await importSheet(archive, table, mapping);
  return {
    file,
    mapping: Object.fromEntries(table.headers.map((header, column) => [header, mapping[column]])),
    ...report,
  };
}

function parseMap(option: string | undefined): Map<string, SheetField | null> {
  if (option === undefined) return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(option);
  } catch {
    throw new UsageError(`--map takes a JSON object such as '{"ФИО":"nativeName"}'.`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new UsageError(`--map takes a JSON object such as '{"ФИО":"nativeName"}'.`);
  const map = new Map<string, SheetField | null>();
  for (const [header, field] of Object.entries(parsed)) {
    if (field === null || field === '') map.set(header, null);
    else if (typeof field === 'string' && (SHEET_FIELDS as readonly string[]).includes(field))
      map.set(header, field as SheetField);
    else
      throw new UsageError(
        `--map: "${String(field)}" is not a field; use one of ${SHEET_FIELDS.join(', ')}, or null.`,
      );
  }
  return map;
}

function printOutcome(outcome: Outcome, io: CliIo): void {
  if ('error' in outcome) {
    line(io.err, `Not imported ${outcome.file}: ${outcome.error}`);
    return;
  }
  for (const created of outcome.created)
    line(io.out, `Row ${created.row}: created person ${created.personId}: ${created.name}`);
  for (const duplicate of outcome.duplicates)
    line(io.out, `Row ${duplicate.row}: skipped ${duplicate.name}: ${duplicate.reason}`);
  for (const failed of outcome.failed)
    line(io.err, `Row ${failed.row}: not imported: ${failed.reason}`);
  line(
    io.out,
    `${outcome.file}: ${outcome.created.length} created, ${outcome.duplicates.length} duplicates skipped, ${outcome.failed.length} rows not imported; ${outcome.facilitiesCreated} new facilities, ${outcome.addressesCreated} addresses.`,
  );
}
