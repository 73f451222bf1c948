/**
 * `casefile import PATH… [--json]`: JSONL record files as before, and any other file or
 * folder through the file importers (text, Markdown, HTML, PDF, DOCX, e-mail), with the
 * persons, facility codes and dated facts each file mentions, for the user to confirm.
 * Progress goes to stderr ("3 of 40: file.pdf"); Ctrl+C stops the import cleanly.
 */
import path from 'node:path';
import { Archive } from '../main/archive/archive';
import { importJsonl } from '../main/archive/jsonl';
import { importFiles, type ImportReport } from '../main/importers';
import type { MentionSuggestions } from '../main/importers';
import { readUtf8File } from './files';
import { json, line, UsageError, type CliIo } from './output';

const isJsonl = (file: string) => path.extname(file).toLowerCase() === '.jsonl';

/** A lone JSONL file keeps the JSONL import's own output and exit codes. */
export function isJsonlImport(positionals: readonly string[], wantsJson: boolean): boolean {
  return !wantsJson && positionals.length === 1 && isJsonl(positionals[0]);
}

interface JsonlResult {
  readonly file: string;
  readonly added: number;
  readonly problems: readonly { line: number; message: string }[];
}

export async function importPaths(
  archiveDir: string,
  positionals: readonly string[],
  wantsJson: boolean,
  io: CliIo,
): Promise<number> {
  if (positionals.length === 0)
    throw new UsageError('Name the files or folders to import: casefile import PATH…');
  const archive = await Archive.open(archiveDir);
  const controller = new AbortController();
  const cancel = () => controller.abort();
  process.once('SIGINT', cancel);
  try {
    const jsonl: JsonlResult[] = [];
    for (const file of positionals.filter(isJsonl)) {
      const report = await importJsonl(archive, await readUtf8File(file));
      jsonl.push({ file, ...report });
    }
    const report = await importFiles(
      archive,
      positionals.filter((file) => !isJsonl(file)),
      {
        signal: controller.signal,
        onProgress: wantsJson
          ? undefined
          : (progress) => line(io.err, `${progress.done} of ${progress.total}: ${progress.file}`),
      },
    );
    if (wantsJson) json(io.out, asJson(report, jsonl));
    else printReport(report, jsonl, io);
    const failed = report.failed.length > 0 || jsonl.some((result) => result.problems.length > 0);
    return failed || report.cancelled ? 1 : 0;
  } finally {
    process.removeListener('SIGINT', cancel);
    await archive.close();
  }
}

/** Per file, in the order given: what was created and what it mentions, or why not. */
function asJson(report: ImportReport, jsonl: readonly JsonlResult[]) {
  const files = [
    ...jsonl.map((result) => ({
      file: result.file,
      status: result.problems.length ? 'failed' : 'created',
      added: result.added,
      problems: result.problems,
    })),
    ...report.created.map((created) => ({
      file: created.file,
      status: 'created',
      records: [
        {
          kind: created.kind,
          id: created.id,
          title: created.title,
          attachmentIds: created.attachmentIds,
          mentions: created.mentions.persons.map((person) => ({
            personId: person.personId,
            name: person.name,
            form: person.form,
            sentence: person.sentence,
          })),
          facilities: created.mentions.facilities,
          facts: created.mentions.facts.map(({ index: _index, ...fact }) => fact),
          notes: created.notes,
        },
      ],
    })),
    ...report.skipped.map((skipped) => ({ ...skipped, status: 'skipped' })),
    ...report.failed.map((failed) => ({ ...failed, status: 'failed' })),
  ];
  return { files, cancelled: report.cancelled };
}

function printReport(report: ImportReport, jsonl: readonly JsonlResult[], io: CliIo): void {
  for (const result of jsonl) {
    line(
      io.out,
      `Imported ${result.added} record${result.added === 1 ? '' : 's'} from ${result.file}.`,
    );
    for (const problem of result.problems)
      line(io.err, `  line ${problem.line}: ${problem.message}`);
  }
  for (const created of report.created) {
    line(io.out, `Created ${created.kind} ${created.id} from ${created.file}: ${created.title}`);
    printMentions(created.mentions, io);
    for (const note of created.notes) line(io.out, `  note: ${note}`);
  }
  for (const skipped of report.skipped) line(io.out, `Skipped ${skipped.file}: ${skipped.reason}`);
  for (const failed of report.failed) line(io.err, `Not imported ${failed.file}: ${failed.reason}`);
  line(
    io.out,
    `${report.created.length} created, ${report.skipped.length} skipped, ${report.failed.length} not imported${report.cancelled ? ' (cancelled)' : ''}.`,
  );
}

function printMentions(mentions: MentionSuggestions, io: CliIo): void {
  for (const person of mentions.persons)
    line(
      io.out,
      `  mentions ${person.name} (${person.personId}) as "${person.form}": ${person.sentence}`,
    );
  for (const facility of mentions.facilities)
    line(
      io.out,
      `  facility ${facility.code}${facility.facilityId ? ` (${facility.facilityId})` : ''}: ${facility.sentence}`,
    );
  for (const fact of mentions.facts)
    line(io.out, `  ${fact.type} ${fact.date ?? fact.dateText}: ${fact.sentence}`);
}
