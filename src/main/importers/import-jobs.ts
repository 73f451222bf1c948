/**
 * Imports of files the window sends (dropped or picked): the window cannot give main a path,
 * so it announces the files, sends their bytes in slices, and then starts the import. The
 * slices wait in a private folder under the system's temporary folder, encrypted with a key
 * held only in memory (import-spool.ts), named as the user's files were, so that the importer
 * sees the same names and extensions as from the command line; the folder is removed when
 * the job ends.
 *
 * A job is one batch: its progress (n of m, the current file), its cancel, and its report
 * with the persons each new record mentions, which the user accepts or rejects one by one.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CasefileError } from '../../shared/errors';
import type { Archive } from '../archive/archive';
import { tooLarge } from './extract-file';
import { CANCELLED } from './extraction-pool';
import { importFiles, type ImportOptions, type ImportReport } from './import-files';
import { ImportSpool } from './import-spool';
import { formatBytes, withDefaults, type ImportLimits } from './limits';
import { BUNDLE_EXTENSION, MAX_BUNDLE_BYTES } from '../archive/bundle-format';
import { importBundle, type MergeReport } from './bundle-merge';
import { MentionFinder } from './mentions/suggest-mentions';
import { editableFields } from '../../shared/records';

export type ImportState = 'receiving' | 'working' | 'done' | 'cancelled';
export type Decision = 'pending' | 'accepted' | 'rejected';

export interface SuggestedPerson {
  readonly personId: string;
  readonly name: string;
  /** The words of the text that named the person, and the sentence they stand in. */
  readonly form: string;
  readonly sentence: string;
  decision: Decision;
}

export interface ImportedRecord {
  readonly file: string;
  readonly kind: 'article' | 'document' | 'letter';
  readonly id: string;
  readonly title: string;
  readonly notes: string[];
  readonly persons: SuggestedPerson[];
}

export interface ImportJobStatus {
  readonly jobId: string;
  readonly state: ImportState;
  readonly done: number;
  readonly total: number;
  /** The file last finished, while the import works. */
  readonly current?: string;
  readonly created: ImportedRecord[];
  readonly skipped: { file: string; reason: string; duplicateOf?: string }[];
  readonly failed: { file: string; reason: string }[];
  /** Files left untouched because the import was cancelled before it reached them. */
  readonly notReached: number;
  /** Archive bundles (.casefile) merged into the archive, with what each changed. */
  readonly merged?: BundleMerged[];
}

export type BundleMerged = MergeReport & { readonly file: string };

interface Incoming {
  readonly name: string;
  readonly size: number;
  readonly path: string;
  received: number;
  /** Why the file is not sent at all, e.g. it is over the size limit. */
  refused?: string;
}

interface Job {
  status: ImportJobStatus;
  readonly folder: string;
  readonly spool: ImportSpool;
  readonly files: Incoming[];
  readonly controller: AbortController;
  finished?: Promise<void>;
  /** When a slice last arrived (or the batch was announced), for abandoned sends. */
  touchedAt: number;
}

/** A batch still being sent after this long without a slice is taken as abandoned. */
const ABANDONED_MS = 60 * 60 * 1000;

/** At most this many batches are held; finished ones make room, oldest first. */
const MAX_JOBS = 8;

export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly options: {
      readonly limits?: Partial<ImportLimits>;
      readonly workers?: number;
      readonly tempRoot?: string;
    } = {},
  ) {}

  private get limits(): ImportLimits {
    return withDefaults(this.options.limits);
  }

  /** Announces a batch: its files' names and sizes. Over-size files are refused at once. */
  async begin(files: readonly { name: string; size: number }[]): Promise<ImportJobStatus> {
    this.sweep();
    const jobId = randomBytes(12).toString('hex');
    const folder = await fs.mkdtemp(
      path.join(this.options.tempRoot ?? os.tmpdir(), 'casefile-import-'),
    );
    const limits = this.limits;
    const incoming = files.map((file, index): Incoming => {
      // Numbered, not named: a file's name (often a prisoner's) stays out of the temporary
      // folder; the extension stays, as the importers read the format from it.
      return {
        name: file.name,
        size: file.size,
        path: path.join(folder, spoolName(index, file.name)),
        received: 0,
        refused: isBundle(file.name)
          ? file.size > MAX_BUNDLE_BYTES
            ? `This bundle is larger than ${formatBytes(MAX_BUNDLE_BYTES)}, the most an import takes.`
            : undefined
          : file.size > limits.maxFileBytes
            ? tooLarge(limits)
            : undefined,
      };
    });
    const spool = new ImportSpool();
    for (const [index, file] of incoming.entries()) {
      if (!file.refused) await spool.create(file.path, index);
    }
    const job: Job = {
      status: {
        jobId,
        state: 'receiving',
        done: 0,
        total: files.length,
        created: [],
        skipped: [],
        failed: [],
        notReached: 0,
      },
      folder,
      spool,
      files: incoming,
      controller: new AbortController(),
      touchedAt: Date.now(),
    };
    this.jobs.set(jobId, job);
    return job.status;
  }

  /** Appends a slice of one file; slices come in order, each where the last one ended. */
  async receive(
    jobId: string,
    index: number,
    offset: number,
    bytes: Uint8Array,
  ): Promise<{ received: number }> {
    const job = this.job(jobId);
    if (job.status.state !== 'receiving')
      throw new CasefileError('conflict', 'This import has already started; start a new one.');
    const file = job.files[index];
    if (!file) throw new CasefileError('not-found', `This import has no file number ${index + 1}.`);
    if (file.refused) throw new CasefileError('validation', file.refused);
    if (offset !== file.received)
      throw new CasefileError(
        'conflict',
        `${file.name}: a part was sent out of order (at byte ${offset}, expected ${file.received}).`,
      );
    if (file.received + bytes.length > file.size)
      throw new CasefileError(
        'validation',
        `${file.name}: more bytes arrived than its size of ${file.size}.`,
      );
    // Counted before the write: a second call for the same offset, sent before this one
    // ends, is refused as out of order instead of appending the slice twice.
    file.received += bytes.length;
    job.touchedAt = Date.now();
    await job.spool.append(file.path, bytes);
    return { received: file.received };
  }

  /** Starts importing the files received; answers at once, the work goes on in the background. */
  start(
    archive: Archive,
    jobId: string,
    options: Pick<ImportOptions, 'sharing'> & { readonly bundlePassphrase?: string } = {},
  ) {
    const { bundlePassphrase, ...importOptions } = options;
    const job = this.job(jobId);
    if (job.status.state !== 'receiving')
      throw new CasefileError('conflict', 'This import has already started.');
    const short = job.files.find((file) => !file.refused && file.received < file.size);
    if (short)
      throw new CasefileError(
        'conflict',
        `${short.name} has not fully arrived (${short.received} of ${short.size} bytes).`,
      );
    const refused = job.files
      .filter((file) => file.refused)
      .map((file) => ({ file: file.name, reason: file.refused ?? '' }));
    const bundles = job.files.filter((file) => !file.refused && isBundle(file.name));
    const sent = job.files.filter((file) => !file.refused && !isBundle(file.name));
    const nameOf = new Map(sent.map((file) => [file.path, file.name]));
    job.status = { ...job.status, state: 'working', done: refused.length, failed: refused };
    const run = async () => {
      // Bundles first: a merge is one pass over the archive, checked whole before it writes.
      const merged: BundleMerged[] = [];
      for (const bundle of bundles) {
        if (job.controller.signal.aborted) break;
        try {
          const bytes = await job.spool.read(bundle.path);
          const report = await importBundle(archive, bytes, { passphrase: bundlePassphrase });
          merged.push({ file: bundle.name, ...report });
        } catch (error) {
          if (!(error instanceof CasefileError)) console.error(error);
          refused.push({
            file: bundle.name,
            reason:
              error instanceof CasefileError
                ? error.message
                : 'The bundle could not be merged because of an error inside Casefile.',
          });
        }
        job.status = {
          ...job.status,
          done: job.status.done + 1,
          current: bundle.name,
          failed: [...refused],
        };
      }
      const mergedCount = refused.length + merged.length;
      let report: ImportReport;
      try {
        report = await importFiles(
          archive,
          sent.map((file) => file.path),
          {
            ...importOptions,
            signal: job.controller.signal,
            workers: this.options.workers,
            limits: this.options.limits,
            read: (file) => job.spool.read(file),
            nameOf: (file) => nameOf.get(file) ?? path.basename(file),
            onProgress: (progress) => {
              job.status = {
                ...job.status,
                done: mergedCount + progress.done,
                current: nameOf.get(progress.file) ?? progress.file,
              };
            },
          },
        );
      } catch (error) {
        const reason = importStoppedReason(error);
        report = {
          created: [],
          skipped: [],
          failed: sent.map((file) => ({ file: file.path, reason })),
          cancelled: false,
        };
      }
      const named = <T extends { file: string }>(entry: T): T => ({
        ...entry,
        file: nameOf.get(entry.file) ?? entry.file,
      });
      job.status = {
        ...job.status,
        state: report.cancelled ? 'cancelled' : 'done',
        done: job.status.total,
        current: undefined,
        created: report.created.map((created) => ({
          file: nameOf.get(created.file) ?? created.file,
          kind: created.kind,
          id: created.id,
          title: created.title,
          notes: [...created.notes],
          // A letter already belongs to the one person it was filed under.
          persons:
            created.kind === 'letter'
              ? []
              : created.mentions.persons.map((person) => ({
                  personId: person.personId,
                  name: person.name,
                  form: person.form,
                  sentence: person.sentence,
                  decision: 'pending' as Decision,
                })),
        })),
        skipped: report.skipped.filter((entry) => entry.reason !== CANCELLED).map(named),
        failed: [...refused, ...report.failed.map(named)],
        notReached: report.skipped.filter((entry) => entry.reason === CANCELLED).length,
        ...(bundles.length ? { merged } : {}),
      };
      await fs.rm(job.folder, { recursive: true, force: true });
    };
    job.finished = run();
    return job.status;
  }

  status(jobId: string): ImportJobStatus {
    return this.job(jobId).status;
  }

  /**
   * Hands one received file over to another importer (a spreadsheet goes to its mapping
   * step, not to `start`): its bytes, read from the spool; the batch then ends.
   */
  async takeFile(jobId: string, index: number): Promise<{ name: string; bytes: Uint8Array }> {
    const job = this.job(jobId);
    if (job.status.state !== 'receiving')
      throw new CasefileError('conflict', 'This import has already started; start a new one.');
    const file = job.files[index];
    if (!file) throw new CasefileError('not-found', `This import has no file number ${index + 1}.`);
    if (file.refused) throw new CasefileError('validation', `${file.name}: ${file.refused}`);
    if (file.received < file.size)
      throw new CasefileError(
        'conflict',
        `${file.name} has not fully arrived (${file.received} of ${file.size} bytes).`,
      );
    const bytes = file.size === 0 ? new Uint8Array() : await job.spool.read(file.path);
    job.status = { ...job.status, state: 'done', done: job.status.total };
    await fs.rm(job.folder, { recursive: true, force: true });
    return { name: file.name, bytes };
  }

  /** Stops a batch: files not yet imported are skipped; those already stored stay. */
  async cancel(jobId: string): Promise<ImportJobStatus> {
    const job = this.job(jobId);
    if (job.status.state === 'receiving') {
      job.status = {
        ...job.status,
        state: 'cancelled',
        notReached: job.files.length,
      };
      await fs.rm(job.folder, { recursive: true, force: true });
    } else if (job.status.state === 'working') {
      job.controller.abort();
      await job.finished;
    }
    return job.status;
  }

  /**
   * The user's answer to one suggested person: accepted links the record to the person (so
   * that it is listed on the person's page); rejected only puts the suggestion away.
   */
  async decide(
    archive: Archive,
    jobId: string,
    recordId: string,
    personId: string,
    decision: 'accepted' | 'rejected',
  ): Promise<ImportJobStatus> {
    const job = this.job(jobId);
    const record = job.status.created.find((created) => created.id === recordId);
    const suggestion = record?.persons.find((person) => person.personId === personId);
    if (!record || !suggestion)
      throw new CasefileError('not-found', 'This import suggested no such person for that record.');
    if (decision === 'accepted' && record.kind !== 'letter')
      await linkPerson(archive, record.kind, record.id, personId);
    suggestion.decision = decision;
    job.status = { ...job.status, created: [...job.status.created] };
    return job.status;
  }

  /**
   * Pasted text becomes a new article, and a finished one-record batch, so that the persons
   * it mentions are reviewed the same way as those of imported files.
   */
  async paste(archive: Archive, title: string, text: string): Promise<ImportJobStatus> {
    this.sweep();
    await archive.whenLoaded(['person', 'facility']);
    const article = await archive.create('article', { title, body: text });
    const mentions = MentionFinder.fromArchive(archive).find(text);
    const jobId = randomBytes(12).toString('hex');
    const status: ImportJobStatus = {
      jobId,
      state: 'done',
      done: 1,
      total: 1,
      created: [
        {
          file: title,
          kind: 'article',
          id: article.id,
          title: article.title,
          notes: [],
          persons: mentions.persons.map((person) => ({
            personId: person.personId,
            name: person.name,
            form: person.form,
            sentence: person.sentence,
            decision: 'pending' as Decision,
          })),
        },
      ],
      skipped: [],
      failed: [],
      notReached: 0,
    };
    this.jobs.set(jobId, {
      status,
      folder: '',
      spool: new ImportSpool(),
      files: [],
      controller: new AbortController(),
      touchedAt: Date.now(),
    });
    return status;
  }

  /** Waits for a running batch; for tests and for closing the archive. */
  async settled(jobId: string): Promise<ImportJobStatus> {
    const job = this.job(jobId);
    await job.finished;
    return job.status;
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job)
      throw new CasefileError(
        'not-found',
        'This import is no longer known (Casefile was restarted, or it ended long ago).',
      );
    return job;
  }

  private sweep(): void {
    // A batch whose window went away mid-send (closed, reloaded) keeps its folder no longer.
    const now = Date.now();
    for (const job of this.jobs.values()) {
      if (job.status.state === 'receiving' && now - job.touchedAt > ABANDONED_MS) {
        job.status = { ...job.status, state: 'cancelled', notReached: job.files.length };
        void fs.rm(job.folder, { recursive: true, force: true }).catch(() => undefined);
      }
    }
    if (this.jobs.size < MAX_JOBS) return;
    for (const [jobId, job] of this.jobs) {
      if (this.jobs.size < MAX_JOBS) break;
      if (job.status.state === 'done' || job.status.state === 'cancelled') this.jobs.delete(jobId);
    }
  }
}

async function linkPerson(
  archive: Archive,
  kind: 'article' | 'document',
  id: string,
  personId: string,
): Promise<void> {
  archive.stored('person', personId);
  await archive.whenLoaded([kind]);
  const record = await archive.get(kind, id);
  if (record.personIds.includes(personId)) return;
  await archive.update(kind, id, {
    ...editableFields(record),
    personIds: [...record.personIds, personId],
  });
}

/**
 * Why a whole import stopped, for its report: the archive's own plain sentence (a full disk,
 * a locked archive), or, for a fault inside Casefile, a fixed sentence, the details going to
 * the log rather than to the window.
 */
export function importStoppedReason(error: unknown): string {
  if (error instanceof CasefileError) return `The import stopped: ${error.message}`;
  console.error('An import stopped:', error);
  return 'The import stopped because of an error inside Casefile; what was stored before it stays.';
}

/** An archive bundle is merged, not imported as a document. */
function isBundle(name: string): boolean {
  return name.toLowerCase().endsWith(BUNDLE_EXTENSION);
}

/** A sent file's name in the job's folder: its number, and its extension when it has one. */
export function spoolName(index: number, name: string): string {
  const extension = /\.[a-z0-9]{1,10}$/i.exec(name)?.[0].toLowerCase() ?? '';
  return `${index}${extension}`;
}
