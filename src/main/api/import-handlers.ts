/**
 * The calls of importing files the window sends and text it pastes. The bytes arrive as
 * base64 slices through the API table (see import-jobs.ts), the same over IPC and serve
 * mode's HTTP, so no upload route or extra channel is opened for them.
 */
import { CasefileError } from '../../shared/errors';
import { ImportJobs } from '../importers/import-jobs';
import type { Handlers } from './dispatch';

type ImportHandlers = Pick<
  Handlers,
  | 'import.begin'
  | 'import.send'
  | 'import.start'
  | 'import.status'
  | 'import.cancel'
  | 'import.decide'
  | 'import.paste'
>;

/** The jobs of this process; several windows or scripts may import at once. */
export const importJobs = new ImportJobs();

export function createImportHandlers(jobs: ImportJobs): ImportHandlers {
  return {
    'import.begin': async (input) => jobs.begin(input.files),
    'import.send': async (input) => {
      const bytes = Buffer.from(input.data, 'base64');
      if (bytes.length === 0 && input.data.length > 0)
        throw new CasefileError('validation', 'This slice is not base64.');
      return jobs.receive(input.jobId, input.index, input.offset, bytes);
    },
    'import.start': async (input, context) =>
      jobs.start(context.session.current, input.jobId, {
        bundlePassphrase: input.bundlePassphrase,
      }),
    'import.status': async (input) => jobs.status(input.jobId),
    'import.cancel': async (input) => jobs.cancel(input.jobId),
    'import.decide': async (input, context) =>
      jobs.decide(
        context.session.current,
        input.jobId,
        input.recordId,
        input.personId,
        input.decision,
      ),
    'import.paste': async (input, context) =>
      jobs.paste(context.session.current, input.title, input.text),
  };
}

export const importHandlers = createImportHandlers(importJobs);
