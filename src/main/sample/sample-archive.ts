/**
 * The fictional sample archive: a whole invented campaign (prisoners, cases, addresses,
 * letters, articles and court papers with real PDF files) that a new user can explore, and
 * that demos and tests can rely on, without touching anyone's real data.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CasefileError } from '../../shared/errors';
import type { RecordKind } from '../../shared/records';
import { Archive } from '../archive/archive';
import {
  buildSampleData,
  sampleAttachmentRecord,
  sampleDocumentRecord,
  type SampleData,
} from './sample-data';
import { makeSamplePdf } from './sample-pdf';

export const SAMPLE_ARCHIVE_NAME = 'Sample archive (fictional)';

/**
 * Opens the sample archive in `dir`, creating and filling it on first use. A sample that
 * already has persons is returned as it is, so that what a user changed in the sample stays;
 * an archive there that is not marked as the sample is refused. The caller owns the returned
 * archive and closes it.
 */
export async function writeSampleArchive(
  dir: string,
  options: { now?: () => Date } = {},
): Promise<Archive> {
  if (!(await hasArchive(dir))) await buildBesideThenMove(dir, options);
  const archive = await Archive.open(dir, {
    create: true,
    now: options.now,
    isSample: true,
    name: SAMPLE_ARCHIVE_NAME,
  });
  try {
    // Invented records must never land in, or pass for, an archive of real work that
    // happens to sit in the sample's folder.
    if (!archive.info.isSample) {
      throw new CasefileError(
        'conflict',
        `The folder ${archive.dir} holds an archive that is not the sample, so the sample cannot be opened there.`,
      );
    }
  } catch (error) {
    // The lock must not outlive a failure, or the caller could not open the folder again.
    await archive.close();
    throw error;
  }
  return archive;
}

async function hasArchive(dir: string): Promise<boolean> {
  return fs
    .access(path.join(dir, 'archive.json'))
    .then(() => true)
    .catch(() => false);
}

/**
 * Fills a new sample in a folder beside `dir` and moves it into place only when whole, so
 * that an interrupted first start never leaves a half-written sample that looks complete.
 */
async function buildBesideThenMove(dir: string, options: { now?: () => Date }): Promise<void> {
  const building = `${path.resolve(dir)}.building-${randomBytes(4).toString('hex')}`;
  const archive = await Archive.open(building, {
    create: true,
    now: options.now,
    isSample: true,
    name: SAMPLE_ARCHIVE_NAME,
  });
  try {
    await fillSampleArchive(archive);
  } catch (error) {
    await archive.close();
    await fs.rm(building, { recursive: true, force: true });
    throw error;
  }
  await archive.close();
  // An empty folder may already stand where the sample goes; anything else is left alone.
  await fs.rmdir(dir).catch(() => undefined);
  try {
    await fs.rename(building, dir);
  } catch (error) {
    await fs.rm(building, { recursive: true, force: true });
    if (await hasArchive(dir)) return; // another process finished first
    throw error;
  }
}

/** Writes the PDFs, then every record in one batch (links may point forward within it). */
async function fillSampleArchive(archive: Archive): Promise<void> {
  const data: SampleData = buildSampleData(archive.now());
  const items: { kind: RecordKind; record: unknown; label: string }[] = data.records.map(
    (item) => ({
      kind: item.kind,
      record: item.record,
      label: `${item.kind} ${item.record.id}`,
    }),
  );

  for (const document of data.documents) {
    const bytes = await makeSamplePdf({
      title: document.title,
      text: document.text,
      // The paper's own date, so that the same day's sample gives byte-identical files.
      createdAt: new Date(`${document.date}T09:00:00.000Z`),
    });
    // The blob is durable before the attachment record that names it.
    const hash = await archive.blobs.put(bytes);
    items.push({
      kind: 'attachment',
      record: sampleAttachmentRecord(document, { hash, size: bytes.length }, data.stamp),
      label: `attachment ${document.attachmentId}`,
    });
    items.push({
      kind: 'document',
      record: sampleDocumentRecord(document, data.stamp),
      label: `document ${document.id}`,
    });
  }

  const { problems } = await archive.addMany(items);
  if (problems.length > 0) {
    throw new CasefileError(
      'internal',
      `The sample archive could not be written: ${problems.length} of its records were refused (first: ${problems[0].label}: ${problems[0].message}).`,
      { problems },
    );
  }
}
