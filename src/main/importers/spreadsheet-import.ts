/**
 * A spreadsheet of prisoners and their addresses into the archive. Each row becomes a person,
 * plus a facility when the row names a facility code the archive does not know yet, plus an
 * address linking the two (valid from the row's "since" date, so that it starts the
 * person's address history).
 *
 * A row whose person the archive (or an earlier row) already holds — the same name in any
 * script or spelling, folded as the search folds names, and the same birth date — is
 * reported as a duplicate and not stored again. A row that cannot be stored is reported with
 * its number and the reason; the other rows go on. Records are written in batches through
 * `Archive.addMany`, so the archive is whole whenever the import stops.
 */
import { RECORD_SCHEMAS, type RecordKind, type SharingLevel } from '../../shared/records';
import { fieldProblems } from '../../shared/validation';
import { newId, type Archive } from '../archive/archive';
import { normalise, wordKeys, words } from '../search/normalise';
import type { SheetTable } from './spreadsheet-read';
import {
  guessMapping,
  headerKey,
  readRow,
  SHEET_FIELDS,
  type RowValues,
  type SheetField,
  type SheetMapping,
} from './spreadsheet-mapping';

/** What a row will become, or why it will not. */
export interface PlannedRow {
  readonly number: number;
  readonly values: RowValues;
  readonly problems: readonly string[];
  /** The person the row repeats: an id in the archive, or an earlier row of this file. */
  readonly duplicate?: { readonly personId?: string; readonly row?: number; readonly name: string };
  /** The facility the address points to: one the archive has, or a new one from this row. */
  readonly facility?: { readonly id: string; readonly code: string; readonly isNew: boolean };
  readonly records: readonly { kind: RecordKind; record: Record<string, unknown> }[];
}

export interface SheetImportReport {
  readonly created: { row: number; personId: string; name: string }[];
  readonly duplicates: { row: number; name: string; reason: string; personId?: string }[];
  readonly failed: { row: number; reason: string }[];
  facilitiesCreated: number;
  addressesCreated: number;
  cancelled: boolean;
}

export interface SheetImportOptions {
  readonly sharing?: SharingLevel;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

/** Rows written per `addMany`: each touched shard is written once per batch. */
const BATCH_ROWS = 500;

// ---------------------------------------------------------------- Mapping remembered per header set

/**
 * The mapping last used for these headers in this archive, or the guess from their names
 * (and the first rows' cells).
 */
export function mappingFor(
  archive: Archive,
  headers: readonly string[],
  rows: readonly (readonly string[])[] = [],
): { mapping: (SheetField | null)[]; remembered: boolean } {
  const saved = archive.settings.sheetMappings[headerKey(headers)];
  if (saved && saved.length === headers.length)
    return {
      mapping: saved.map((field) => (isSheetField(field) ? field : null)),
      remembered: true,
    };
  return { mapping: guessMapping(headers, rows), remembered: false };
}

/** At most this many header sets are remembered; the oldest is forgotten first. */
const REMEMBERED_MAPPINGS = 50;

export async function rememberMapping(
  archive: Archive,
  headers: readonly string[],
  mapping: SheetMapping,
): Promise<void> {
  const key = headerKey(headers);
  const kept = Object.entries(archive.settings.sheetMappings).filter(([other]) => other !== key);
  const sheetMappings = Object.fromEntries([
    ...kept.slice(-(REMEMBERED_MAPPINGS - 1)),
    [key, [...mapping]],
  ]);
  await archive.updateSettings({ sheetMappings });
}

function isSheetField(value: string | null): value is SheetField {
  return value !== null && (SHEET_FIELDS as readonly string[]).includes(value);
}

// ---------------------------------------------------------------- Duplicates

/**
 * A name's key: its words folded as the search folds them, sorted, so that the order of
 * surname and given name does not matter ("Кушакбаев Нұрлан" = "Nurlan Kushakbaev").
 */
export function nameKey(name: string): string {
  return words(name)
    .map((word) => wordKeys(word)[0])
    .filter(Boolean)
    .sort()
    .join(' ');
}

function personKeys(forms: readonly (string | undefined)[], birthDate: string | undefined) {
  return forms
    .filter((form): form is string => Boolean(form))
    .map(nameKey)
    .filter(Boolean)
    .map((key) => `${key}|${birthDate ?? ''}`);
}

// ---------------------------------------------------------------- Planning

/**
 * Reads every row with the mapping and decides what it becomes, without writing anything:
 * the preview shows the first of these, the import stores them.
 */
export class SheetPlanner {
  private readonly knownPersons = new Map<
    string,
    { personId?: string; row?: number; name: string }
  >();
  private readonly facilities = new Map<string, { id: string; code: string; isNew: boolean }>();
  private readonly stamp: string;

  constructor(
    archive: Archive,
    private readonly headers: readonly string[],
    private readonly mapping: SheetMapping,
    private readonly sharing: SharingLevel = 'team',
  ) {
    this.stamp = archive.now().toISOString();
    for (const person of archive.storedAll('person'))
      for (const key of personKeys(
        [person.name, person.nativeName, ...person.aliases],
        person.birthDate ?? undefined,
      ))
        this.knownPersons.set(key, { personId: person.id, name: person.name });
    for (const facility of archive.storedAll('facility')) {
      const key = normalise(facility.code);
      if (key && !this.facilities.has(key))
        this.facilities.set(key, { id: facility.id, code: facility.code, isNew: false });
    }
  }

  plan(number: number, cells: readonly string[]): PlannedRow {
    const { values, problems } = readRow(this.headers, cells, this.mapping);
    if (problems.length) return { number, values, problems, records: [] };
    const keys = personKeys([values.name, values.nativeName, ...values.aliases], values.birthDate);
    const known = keys.map((key) => this.knownPersons.get(key)).find(Boolean);
    if (known) return { number, values, problems: [], duplicate: known, records: [] };

    const personId = newId('person');
    const meta = { createdAt: this.stamp, updatedAt: this.stamp, sharing: this.sharing };
    const person = {
      id: personId,
      ...meta,
      name: values.name,
      nativeName: values.nativeName,
      aliases: values.aliases,
      birthDate: values.birthDate,
      role: values.role ?? 'prisoner',
      status: values.status,
      tags: values.tags,
      notes: values.notes.join('\n'),
    };
    const records: { kind: RecordKind; record: Record<string, unknown> }[] = [
      { kind: 'person', record: person },
    ];
    const lines = [...values.addressLines, ...(values.city ? [values.city] : [])];
    const facilityKey = values.facilityCode ? normalise(values.facilityCode) : '';
    let facility = facilityKey ? this.facilities.get(facilityKey) : undefined;
    if (values.facilityCode && !facility) {
      facility = { id: newId('facility'), code: values.facilityCode, isNew: true };
      records.push({
        kind: 'facility',
        record: {
          id: facility.id,
          ...meta,
          code: values.facilityCode,
          name: values.facilityName,
          addressLines: lines,
          postcode: values.postcode,
        },
      });
    }
    // A facility named without a code cannot be a facility record: its name heads the lines.
    const addressLines =
      !values.facilityCode && values.facilityName ? [values.facilityName, ...lines] : lines;
    if (facility || addressLines.length) {
      const cyrillic = addressLines.some((line) => /[\u0400-\u04ff]/.test(line));
      records.push({
        kind: 'address',
        record: {
          id: newId('address'),
          ...meta,
          personId,
          facilityId: facility?.id,
          lines: cyrillic ? addressLines : [],
          linesLatin: cyrillic ? [] : addressLines,
          postcode: values.postcode,
          validFrom: values.since,
        },
      });
    }
    const refused = records
      .map((item) => problemOf(item.kind, item.record))
      .find((problem) => problem !== undefined);
    if (refused) return { number, values, problems: [refused], records: [] };
    // Only a row that will be stored makes its person and facility known to later rows.
    for (const key of keys) this.knownPersons.set(key, { row: number, name: values.name ?? '' });
    if (facility?.isNew) this.facilities.set(facilityKey, facility);
    return { number, values, problems: [], facility, records };
  }
}

const FIELD_WORDS: Record<string, string> = {
  name: 'The name',
  nativeName: 'The native name',
  aliases: 'An alias',
  birthDate: 'The birth date',
  tags: 'A tag',
  notes: 'The notes',
  code: 'The facility code',
  addressLines: 'An address line',
  lines: 'An address line',
  linesLatin: 'An address line',
  postcode: 'The postcode',
  validFrom: 'The "since" date',
};

/** The first reason a record would be refused, in plain words ("The postcode: …"). */
function problemOf(kind: RecordKind, record: Record<string, unknown>): string | undefined {
  const result = RECORD_SCHEMAS[kind].safeParse(record);
  if (result.success) return undefined;
  const [first] = fieldProblems(result.error);
  const field = first.path.split('.')[0];
  const what = FIELD_WORDS[field] ?? `The ${kind}'s ${field}`;
  // The schemas' own sentences name their field ("The postcode is at most 20 characters.");
  // the general ones ("This is too long.") get the field put in front.
  return /^(?:The|An?) /.test(first.message)
    ? first.message
    : `${what}: ${first.message.charAt(0).toLowerCase()}${first.message.slice(1)}`;
}

// ---------------------------------------------------------------- Import

export async function importSheet(
  archive: Archive,
  table: SheetTable,
  mapping: SheetMapping,
  options: SheetImportOptions = {},
): Promise<SheetImportReport> {
  await archive.whenLoaded(['person', 'facility', 'address']);
  const report: SheetImportReport = {
    created: [],
    duplicates: [],
    failed: [],
    facilitiesCreated: 0,
    addressesCreated: 0,
    cancelled: false,
  };
  const planner = new SheetPlanner(archive, table.headers, mapping, options.sharing);
  const total = table.rows.length;
  for (let start = 0; start < total; start += BATCH_ROWS) {
    if (options.signal?.aborted) {
      report.cancelled = true;
      break;
    }
    const planned = table.rows
      .slice(start, start + BATCH_ROWS)
      .map((row) => planner.plan(row.number, row.cells));
    const toWrite: PlannedRow[] = [];
    for (const row of planned) {
      if (row.problems.length)
        report.failed.push({ row: row.number, reason: row.problems.join(' ') });
      else if (row.duplicate) report.duplicates.push(duplicateEntry(row));
      else toWrite.push(row);
    }
    await writeBatch(archive, toWrite, report);
    options.onProgress?.(Math.min(total, start + BATCH_ROWS), total);
  }
  return report;
}

function duplicateEntry(row: PlannedRow): SheetImportReport['duplicates'][number] {
  const duplicate = row.duplicate;
  const name = row.values.name ?? row.values.nativeName ?? '';
  if (duplicate?.personId)
    return {
      row: row.number,
      name,
      personId: duplicate.personId,
      reason: `The archive already holds ${duplicate.name}${row.values.birthDate ? `, born ${row.values.birthDate}` : ''}.`,
    };
  return { row: row.number, name, reason: `The same person as row ${duplicate?.row}.` };
}

async function writeBatch(
  archive: Archive,
  rows: readonly PlannedRow[],
  report: SheetImportReport,
): Promise<void> {
  if (rows.length === 0) return;
  const label = (row: PlannedRow) => `row ${row.number}`;
  let result: Awaited<ReturnType<Archive['addMany']>>;
  try {
    result = await archive.addMany(
      rows.flatMap((row) => row.records.map((item) => ({ ...item, label: label(row) }))),
    );
  } catch (error) {
    // The archive could not write (a full disk, a closed archive): the batch is not in it.
    const reason = `The archive could not store it (${error instanceof Error ? error.message.replace(/\.$/, '') : String(error)}).`;
    for (const row of rows) report.failed.push({ row: row.number, reason });
    return;
  }
  const refused = new Map<string, string>();
  for (const problem of result.problems)
    if (!refused.has(problem.label)) refused.set(problem.label, problem.message);
  for (const row of rows) {
    const problem = refused.get(label(row));
    const person = row.records.find((item) => item.kind === 'person');
    if (problem || !person) {
      report.failed.push({ row: row.number, reason: `The archive refused it (${problem}).` });
      continue;
    }
    report.created.push({
      row: row.number,
      personId: String(person.record.id),
      name: String(person.record.name),
    });
    if (row.records.some((item) => item.kind === 'facility')) report.facilitiesCreated += 1;
    if (row.records.some((item) => item.kind === 'address')) report.addressesCreated += 1;
  }
}
