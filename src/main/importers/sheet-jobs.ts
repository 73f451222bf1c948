/**
 * Spreadsheet imports the window runs: a .csv or .xlsx file, sent like any import
 * (import.begin / import.send), is opened here instead of being imported at once; the window
 * shows its columns with the mapping (remembered for these headers, or guessed), a preview of
 * the first rows as they will be stored, and then starts the import, which runs in the
 * background with progress and ends in a report by row.
 */
import { randomBytes } from 'node:crypto';
import { CasefileError } from '../../shared/errors';
import type { SheetField } from '../../shared/sheet-fields';
import type { Archive } from '../archive/archive';
import { ExtractionError } from './drafts';
import { importStoppedReason } from './import-jobs';
import { withDefaults, type ImportLimits } from './limits';
import {
  importSheet,
  mappingFor,
  rememberMapping,
  SheetPlanner,
  type PlannedRow,
  type SheetImportReport,
} from './spreadsheet-import';
import type { RowValues } from './spreadsheet-mapping';
import { readSpreadsheet, type SheetTable } from './spreadsheet-read';

/** Rows the preview shows. */
export const PREVIEW_ROWS = 10;
/** Example cells shown under each column's header. */
const SAMPLES = 3;
/** Sheets kept open at once; the oldest finished one makes room. */
const MAX_SHEETS = 8;

export interface SheetPreview {
  readonly sheetId: string;
  readonly file: string;
  readonly encoding: string;
  readonly totalRows: number;
  readonly columns: { header: string; samples: string[] }[];
  readonly mapping: (SheetField | null)[];
  /** Whether the mapping is the one used last time for these headers. */
  readonly remembered: boolean;
  readonly rows: PreviewRow[];
  /** Over the whole file: rows ready to store, duplicates, rows with problems. */
  readonly counts: { ready: number; duplicates: number; problems: number };
}

export interface PreviewRow {
  readonly row: number;
  readonly name: string;
  readonly nativeName?: string;
  readonly birthDate?: string;
  readonly status?: RowValues['status'];
  readonly facility?: { code: string; isNew: boolean };
  readonly address: string;
  readonly problems: string[];
  /** The person this row repeats: one the archive holds, or an earlier row of the file. */
  readonly duplicate?: { personId?: string; row?: number; name: string };
}

export type SheetJobState = 'ready' | 'working' | 'done' | 'cancelled';

export interface SheetJobStatus {
  readonly sheetId: string;
  readonly file: string;
  readonly state: SheetJobState;
  readonly done: number;
  readonly total: number;
  readonly created: SheetImportReport['created'];
  readonly duplicates: SheetImportReport['duplicates'];
  readonly failed: SheetImportReport['failed'];
  readonly facilitiesCreated: number;
  readonly addressesCreated: number;
}

interface Sheet {
  readonly file: string;
  readonly table: SheetTable;
  status: SheetJobStatus;
  readonly controller: AbortController;
  finished?: Promise<void>;
}

export class SheetJobs {
  private readonly sheets = new Map<string, Sheet>();

  constructor(private readonly options: { readonly limits?: Partial<ImportLimits> } = {}) {}

  /** Reads a spreadsheet; a file that cannot be read is refused with its reason. */
  async open(archive: Archive, file: string, bytes: Uint8Array): Promise<SheetPreview> {
    await archive.whenLoaded(['person', 'facility']);
    let table: SheetTable;
    try {
      table = readSpreadsheet(bytes, file, withDefaults(this.options.limits));
    } catch (error) {
      if (error instanceof ExtractionError)
        throw new CasefileError('validation', `${file}: ${error.message}`);
      throw error;
    }
    this.sweep();
    const sheetId = randomBytes(12).toString('hex');
    this.sheets.set(sheetId, {
      file,
      table,
      controller: new AbortController(),
      status: {
        sheetId,
        file,
        state: 'ready',
        done: 0,
        total: table.rows.length,
        created: [],
        duplicates: [],
        failed: [],
        facilitiesCreated: 0,
        addressesCreated: 0,
      },
    });
    const { mapping, remembered } = mappingFor(
      archive,
      table.headers,
      table.rows.map((row) => row.cells),
    );
    return this.previewOf(archive, sheetId, mapping, remembered);
  }

  /** The preview again, with a mapping the user changed. */
  async preview(
    archive: Archive,
    sheetId: string,
    mapping: readonly (SheetField | null)[],
  ): Promise<SheetPreview> {
    await archive.whenLoaded(['person', 'facility']);
    return this.previewOf(archive, sheetId, this.checked(sheetId, mapping), false);
  }

  /** Imports every row in the background; poll `status`. */
  async start(
    archive: Archive,
    sheetId: string,
    mapping: readonly (SheetField | null)[],
    options: { readonly remember: boolean },
  ): Promise<SheetJobStatus> {
    const sheet = this.sheet(sheetId);
    if (sheet.status.state !== 'ready')
      throw new CasefileError('conflict', 'This spreadsheet has already been imported.');
    const checked = this.checked(sheetId, mapping);
    // Marked before anything is awaited, so that a second start sent meanwhile is refused
    // instead of importing every row again.
    sheet.status = { ...sheet.status, state: 'working' };
    if (options.remember) {
      try {
        await rememberMapping(archive, sheet.table.headers, checked);
      } catch (error) {
        sheet.status = { ...sheet.status, state: 'ready' };
        throw error;
      }
    }
    const run = async () => {
      let report: SheetImportReport;
      try {
        report = await importSheet(archive, sheet.table, checked, {
          signal: sheet.controller.signal,
          onProgress: (done) => {
            sheet.status = { ...sheet.status, done };
          },
        });
      } catch (error) {
        const reason = importStoppedReason(error);
        report = {
          created: [],
          duplicates: [],
          failed: [{ row: 0, reason }],
          facilitiesCreated: 0,
          addressesCreated: 0,
          cancelled: false,
        };
      }
      sheet.status = {
        ...sheet.status,
        state: report.cancelled ? 'cancelled' : 'done',
        done: report.cancelled ? sheet.status.done : sheet.status.total,
        created: report.created,
        duplicates: report.duplicates,
        failed: report.failed,
        facilitiesCreated: report.facilitiesCreated,
        addressesCreated: report.addressesCreated,
      };
    };
    sheet.finished = run();
    return sheet.status;
  }

  status(sheetId: string): SheetJobStatus {
    return this.sheet(sheetId).status;
  }

  /** Stops an import between batches: rows already stored stay. */
  async cancel(sheetId: string): Promise<SheetJobStatus> {
    const sheet = this.sheet(sheetId);
    if (sheet.status.state === 'ready') sheet.status = { ...sheet.status, state: 'cancelled' };
    sheet.controller.abort();
    await sheet.finished;
    return sheet.status;
  }

  /** Waits for a running import; for tests and the command line. */
  async settled(sheetId: string): Promise<SheetJobStatus> {
    const sheet = this.sheet(sheetId);
    await sheet.finished;
    return sheet.status;
  }

  private previewOf(
    archive: Archive,
    sheetId: string,
    mapping: (SheetField | null)[],
    remembered: boolean,
  ): SheetPreview {
    const { table, file } = this.sheet(sheetId);
    const planner = new SheetPlanner(archive, table.headers, mapping);
    const counts = { ready: 0, duplicates: 0, problems: 0 };
    const rows: PreviewRow[] = [];
    // Every row is planned, so that the counts and the duplicates within the file are right.
    for (const row of table.rows) {
      const planned = planner.plan(row.number, row.cells);
      if (planned.problems.length) counts.problems += 1;
      else if (planned.duplicate) counts.duplicates += 1;
      else counts.ready += 1;
      if (rows.length < PREVIEW_ROWS) rows.push(previewRow(planned));
    }
    return {
      sheetId,
      file,
      encoding: table.encoding,
      totalRows: table.rows.length,
      columns: table.headers.map((header, column) => ({
        header,
        samples: [...new Set(table.rows.map((row) => row.cells[column]).filter(Boolean))].slice(
          0,
          SAMPLES,
        ),
      })),
      mapping,
      remembered,
      rows,
      counts,
    };
  }

  private checked(sheetId: string, mapping: readonly (SheetField | null)[]): (SheetField | null)[] {
    const { table } = this.sheet(sheetId);
    if (mapping.length !== table.headers.length)
      throw new CasefileError(
        'validation',
        `This spreadsheet has ${table.headers.length} columns; the mapping gives ${mapping.length}.`,
      );
    return [...mapping];
  }

  private sheet(sheetId: string): Sheet {
    const sheet = this.sheets.get(sheetId);
    if (!sheet)
      throw new CasefileError(
        'not-found',
        'This spreadsheet is no longer open (Casefile was restarted, or it was opened long ago). Choose the file again.',
      );
    return sheet;
  }

  private sweep(): void {
    if (this.sheets.size < MAX_SHEETS) return;
    for (const [sheetId, sheet] of this.sheets) {
      if (this.sheets.size < MAX_SHEETS) break;
      if (sheet.status.state !== 'working') this.sheets.delete(sheetId);
    }
  }
}

function previewRow(planned: PlannedRow): PreviewRow {
  const { values, duplicate } = planned;
  return {
    row: planned.number,
    name: values.name ?? '',
    nativeName: values.nativeName,
    birthDate: values.birthDate,
    status: values.status,
    // A row not stored (a duplicate, a problem) creates no facility: its code is shown as written.
    facility: planned.facility
      ? { code: planned.facility.code, isNew: planned.facility.isNew }
      : values.facilityCode
        ? { code: values.facilityCode, isNew: false }
        : undefined,
    address: [
      values.facilityCode ? '' : (values.facilityName ?? ''),
      ...values.addressLines,
      values.city ?? '',
      values.postcode ?? '',
    ]
      .filter(Boolean)
      .join(', '),
    problems: [...planned.problems],
    duplicate: duplicate ? { ...duplicate } : undefined,
  };
}
