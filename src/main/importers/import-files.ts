/**
 * Imports files and folders into an archive: each file is read, skipped when the archive
 * (or this batch) already holds the same content, extracted off the main thread, looked
 * through for mentions, and stored with its original kept as an attachment.
 *
 * One bad file never stops the batch: it is reported with its reason and the others go on.
 * Records are written in batches through `Archive.addMany`, file contents first, so the
 * archive stays whole whenever the import stops (cancelled, or the process killed).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RECORD_SCHEMAS, type RecordKind, type SharingLevel } from '../../shared/records';
import type { Archive } from '../archive/archive';
import { sha256 } from '../archive/content-stores';
import { buildRecords, type BuiltRecords } from './draft-records';
import { draftText, type Draft } from './drafts';
import { tooLarge, unsupported } from './extract-file';
import { CANCELLED, inlineRunner, WorkerPool, type ExtractionRunner } from './extraction-pool';
import { formatOf } from './file-formats';
import { withDefaults, type ImportLimits } from './limits';
import { MentionFinder, type MentionSuggestions } from './mentions/suggest-mentions';
import { walkFiles } from './walk-files';

export interface ImportProgress {
  /** Files finished (created, skipped or failed) so far, of `total`. */
  readonly done: number;
  readonly total: number;
  readonly file: string;
}

export interface ImportOptions {
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly signal?: AbortSignal;
  readonly limits?: Partial<ImportLimits>;
  /** Extraction threads; 0 extracts in this thread. Default: one per core, at most 4. */
  readonly workers?: number;
  readonly sharing?: SharingLevel;
  /**
   * Reads a file's bytes in place of the file system: the window's files wait encrypted in
   * an import spool (import-spool.ts) and are only ever plain in memory.
   */
  readonly read?: (file: string) => Promise<Uint8Array>;
  /**
   * The name a file goes by in records and reports, when it waits under another one (the
   * spool's files are numbered, so that no prisoner's name sits in the temporary folder).
   */
  readonly nameOf?: (file: string) => string;
}

export interface CreatedRecord {
  readonly file: string;
  readonly kind: 'article' | 'document' | 'letter';
  readonly id: string;
  readonly title: string;
  readonly attachmentIds: readonly string[];
  readonly mentions: MentionSuggestions;
  /** Things worth telling about this file: JavaScript not run, OCR needed, text cut. */
  readonly notes: readonly string[];
}

export interface ImportReport {
  readonly created: CreatedRecord[];
  readonly skipped: { file: string; reason: string; duplicateOf?: string }[];
  readonly failed: { file: string; reason: string }[];
  readonly cancelled: boolean;
}

/** Records are written once this many files wait, or this much text. */
const BATCH_FILES = 25;
const BATCH_TEXT_CHARS = 32 * 1024 * 1024;

export async function importFiles(
  archive: Archive,
  paths: readonly string[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  await archive.whenLoaded();
  const limits = withDefaults(options.limits);
  const report: ImportReport = { created: [], skipped: [], failed: [], cancelled: false };
  let walked;
  try {
    walked = await walkFiles(paths, options.signal);
  } catch (error) {
    if (options.signal?.aborted) return { ...report, cancelled: true };
    throw error;
  }
  const { files, missing } = walked;
  for (const file of missing)
    report.failed.push({ file, reason: 'There is no such file or folder.' });

  const known = knownContent(archive);
  const finder = MentionFinder.fromArchive(archive);
  const roles = new Map(archive.storedAll('person').map((person) => [person.id, person.role]));
  const runner = createRunner(options.workers, limits);
  const writer = new BatchWriter(archive, report);
  const stamp = archive.now().toISOString();
  let done = 0;
  const finished = (file: string) => {
    done += 1;
    options.onProgress?.({ done, total: files.length, file });
  };
  const onAbort = () => void runner.close();
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const shownName = (file: string) => options.nameOf?.(file) ?? file;
  // Files are read and claimed one after another, in the order given, so that of two
  // files with the same content the first one listed is kept, however fast each reads.
  let readTurn: Promise<unknown> = Promise.resolve();
  const readAndClaim = async (file: string) => {
    const read = await readChecked(file, limits, options.read);
    if ('reason' in read) return read;
    const hash = sha256(read.bytes);
    const duplicate = known.get(hash);
    if (!duplicate)
      known.set(hash, {
        id: file,
        reason: `The same file as ${shownName(file)}, earlier in this import.`,
      });
    return { bytes: read.bytes, hash, duplicate };
  };
  const readInTurn = (file: string) => {
    const read = readTurn.then(() => readAndClaim(file));
    readTurn = read.catch(() => undefined);
    return read;
  };

  const importOne = async (file: string): Promise<void> => {
    if (options.signal?.aborted) {
      report.skipped.push({ file, reason: CANCELLED });
      return;
    }
    // Called before this function's first await, so turns follow the order of `files`.
    const read = await readInTurn(file);
    if ('reason' in read) {
      report.failed.push({ file, reason: read.reason });
      return;
    }
    const { hash, duplicate } = read;
    if (duplicate) {
      report.skipped.push({ file, reason: duplicate.reason, duplicateOf: duplicate.id });
      return;
    }
    const outcome = await runner.run({ bytes: read.bytes, fileName: shownName(file), limits });
    if (!outcome.ok) {
      if (outcome.reason === CANCELLED) report.skipped.push({ file, reason: CANCELLED });
      else report.failed.push({ file, reason: outcome.reason });
      return;
    }
    const { draft, mediaType, warnings } = outcome.extracted;
    const mentions = finder.find(draftText(draft), { year: yearOf(draft) });
    const letterPerson =
      draft.kind === 'letter' ? personForLetter(draft, mentions, finder, roles) : undefined;
    const built = buildRecords(
      draft,
      { path: shownName(file), bytes: read.bytes, hash, mediaType },
      {
        stamp,
        sharing: options.sharing ?? 'team',
        letterPersonId: letterPerson?.id,
        senderIsKnown: letterPerson?.senderIsKnown,
        existingAttachment: (contentHash) => known.get(contentHash)?.attachmentId,
      },
    );
    await writer.add(file, built, mentions, [...warnings, ...built.notes]);
  };

  try {
    await forEachAtOnce(files, runner.capacity * 2, async (file) => {
      try {
        await importOne(file);
      } catch (error) {
        // Reading the file failed in a way of its own (permissions, a disk error).
        report.failed.push({ file, reason: readFailure(error) });
      }
      finished(file);
    });
    await writer.flush();
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await runner.close();
  }
  const order = new Map(files.map((file, index) => [file, index]));
  const byInput = (a: { file: string }, b: { file: string }) =>
    (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1);
  report.created.sort(byInput);
  report.skipped.sort(byInput);
  report.failed.sort(byInput);
  return { ...report, cancelled: options.signal?.aborted ?? false };
}

function createRunner(workers: number | undefined, limits: ImportLimits): ExtractionRunner {
  const count = workers ?? Math.min(4, os.availableParallelism());
  return count <= 0 ? inlineRunner() : new WorkerPool(count, limits.timeoutMs);
}

interface KnownContent {
  /** What a duplicate is reported as a duplicate of: a record id, or a file of this batch. */
  readonly id: string;
  readonly reason: string;
  readonly attachmentId?: string;
}

/** Content hashes the archive already holds, with the record each file belongs to. */
function knownContent(archive: Archive): Map<string, KnownContent> {
  const owners = new Map<string, { kind: RecordKind; id: string }>();
  for (const doc of archive.storedAll('document'))
    for (const id of doc.attachmentIds) owners.set(id, { kind: 'document', id: doc.id });
  for (const letter of archive.storedAll('letter'))
    for (const id of letter.scanIds) owners.set(id, { kind: 'letter', id: letter.id });
  const known = new Map<string, KnownContent>();
  for (const attachment of archive.storedAll('attachment')) {
    const owner = owners.get(attachment.id);
    known.set(attachment.hash, {
      id: owner?.id ?? attachment.id,
      reason: owner
        ? `The archive already holds this file, with ${owner.kind} ${owner.id}.`
        : `The archive already holds this file (attachment ${attachment.id}).`,
      attachmentId: attachment.id,
    });
  }
  return known;
}

/** Checks size and kind before reading, so that a huge or foreign file is never loaded. */
async function readChecked(
  file: string,
  limits: ImportLimits,
  read?: (file: string) => Promise<Uint8Array>,
): Promise<{ bytes: Uint8Array } | { reason: string }> {
  if (!formatOf(file)) return { reason: unsupported(path.basename(file)) };
  if (read) return sizeChecked(await read(file), limits);
  const stat = await fs.stat(file);
  if (stat.size === 0) return { reason: 'This file is empty.' };
  if (stat.size > limits.maxFileBytes) return { reason: tooLarge(limits) };
  const bytes = await fs.readFile(file);
  // The file may have grown between the two looks.
  return sizeChecked(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits);
}

function sizeChecked(
  bytes: Uint8Array,
  limits: ImportLimits,
): { bytes: Uint8Array } | { reason: string } {
  if (bytes.length === 0) return { reason: 'This file is empty.' };
  if (bytes.length > limits.maxFileBytes) return { reason: tooLarge(limits) };
  return { bytes };
}

function readFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM')
    return 'This file cannot be opened: permission denied.';
  if (code === 'ENOENT') return 'This file was removed before it could be read.';
  return `This file could not be read (${error instanceof Error ? error.message : String(error)}).`;
}

function yearOf(draft: Draft): number | undefined {
  return draft.date ? Number(draft.date.slice(0, 4)) : undefined;
}

/**
 * The person an e-mail belongs under: the prisoner it names most, else the person it names
 * most, else its sender. A letter whose sender the archive knows came in.
 */
function personForLetter(
  draft: Extract<Draft, { kind: 'letter' }>,
  mentions: MentionSuggestions,
  finder: MentionFinder,
  roles: ReadonlyMap<string, string>,
): { id: string; senderIsKnown: boolean } | undefined {
  const senders = new Set(finder.find(draft.sender).persons.map((person) => person.personId));
  const chosen =
    mentions.persons.find((person) => roles.get(person.personId) === 'prisoner') ??
    mentions.persons[0] ??
    [...senders].map((personId) => ({ personId }))[0];
  return chosen ? { id: chosen.personId, senderIsKnown: senders.size > 0 } : undefined;
}

/** Runs `work` over the items with at most `limit` at once, in order of the items. */
async function forEachAtOnce<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

/** Gathers files' records and writes them in batches, one batch at a time. */
class BatchWriter {
  private pending: {
    file: string;
    built: BuiltRecords;
    mentions: MentionSuggestions;
    notes: string[];
  }[] = [];
  private pendingChars = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly archive: Archive,
    private readonly report: ImportReport,
  ) {}

  async add(
    file: string,
    built: BuiltRecords,
    mentions: MentionSuggestions,
    notes: string[],
  ): Promise<void> {
    // Checked here, so that a refused record leaves no attachment of its file behind.
    const problem = firstProblem(built);
    if (problem) {
      this.report.failed.push({ file, reason: `Its record could not be made (${problem}).` });
      return;
    }
    this.pending.push({ file, built, mentions, notes });
    this.pendingChars += built.items.reduce((sum, item) => sum + textSize(item.record), 0);
    if (this.pending.length >= BATCH_FILES || this.pendingChars >= BATCH_TEXT_CHARS)
      await this.flush();
  }

  flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.pendingChars = 0;
    this.writing = this.writing.then(() => (batch.length ? this.write(batch) : undefined));
    return this.writing;
  }

  private async write(batch: BatchWriter['pending']): Promise<void> {
    let result: Awaited<ReturnType<Archive['addMany']>>;
    try {
      // File contents are durable before the records that name them.
      for (const entry of batch)
        for (const blob of entry.built.blobs) await this.archive.blobs.put(blob);
      result = await this.archive.addMany(batch.flatMap((entry) => entry.built.items));
    } catch (error) {
      // The archive could not write (a full disk, a closed archive): these files are not
      // in it, and are told so; the archive itself stays as it was before the batch.
      const reason = `The archive could not store it (${error instanceof Error ? error.message.replace(/\.$/, '') : String(error)}).`;
      for (const entry of batch) this.report.failed.push({ file: entry.file, reason });
      return;
    }
    const refused = new Map<string, string>();
    for (const problem of result.problems)
      if (!refused.has(problem.label)) refused.set(problem.label, problem.message);
    for (const entry of batch) {
      const problem = refused.get(entry.file);
      if (problem) {
        this.report.failed.push({
          file: entry.file,
          reason: `The archive refused its record (${problem}).`,
        });
        continue;
      }
      this.report.created.push({
        file: entry.file,
        ...entry.built.main,
        attachmentIds: entry.built.attachmentIds,
        mentions: entry.mentions,
        notes: entry.notes,
      });
    }
  }
}

function firstProblem(built: BuiltRecords): string | undefined {
  for (const item of built.items) {
    const result = RECORD_SCHEMAS[item.kind].safeParse(item.record);
    if (!result.success) {
      const issue = result.error.issues[0];
      return `${issue.path.join('.') || item.kind}: ${issue.message}`;
    }
  }
  return undefined;
}

function textSize(record: Record<string, unknown>): number {
  const text = record.body ?? record.text ?? record.summary;
  return typeof text === 'string' ? text.length : 0;
}
