/**
 * The calls of importing a spreadsheet of prisoners: the file arrives like any import
 * (import.begin / import.send, see import-handlers.ts), then is opened here for its column
 * mapping and preview, and imported row by row in the background (sheet-jobs.ts).
 */
import { SheetJobs } from '../importers/sheet-jobs';
import type { ImportJobs } from '../importers/import-jobs';
import type { Handlers } from './dispatch';
import { importJobs } from './import-handlers';

type SheetHandlers = Pick<
  Handlers,
  'sheets.open' | 'sheets.preview' | 'sheets.start' | 'sheets.status' | 'sheets.cancel'
>;

/** The spreadsheets open in this process. */
export const sheetJobs = new SheetJobs();

export function createSheetHandlers(uploads: ImportJobs, sheets: SheetJobs): SheetHandlers {
  return {
    'sheets.open': async (input, context) => {
      const { name, bytes } = await uploads.takeFile(input.jobId, input.index);
      return sheets.open(context.session.current, name, bytes);
    },
    'sheets.preview': async (input, context) =>
      sheets.preview(context.session.current, input.sheetId, input.mapping),
    'sheets.start': async (input, context) =>
      sheets.start(context.session.current, input.sheetId, input.mapping, {
        remember: input.remember,
      }),
    'sheets.status': async (input) => sheets.status(input.sheetId),
    'sheets.cancel': async (input) => sheets.cancel(input.sheetId),
  };
}

export const sheetHandlers = createSheetHandlers(importJobs, sheetJobs);
