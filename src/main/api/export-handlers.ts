/**
 * The calls of dossiers and exports: what a sharing level leaves out, and producing a dossier
 * (PDF, HTML, ZIP) or an address list in the background. The bytes reach the window through
 * `export.chunk` (see export-jobs.ts): the same path over IPC and serve mode's HTTP, so no
 * download route, file path or extra channel is opened for them.
 */
import type { ExportPreview, ExportRequest, MailLayout } from '../../shared/api';
import { CasefileError } from '../../shared/errors';
import type { SharingLevel } from '../../shared/records';
import type { Archive, Stored } from '../archive/archive';
import { addressListCsv } from '../dossier/address-list';
import { safeFileName } from '../dossier/bundle-names';
import { collectDossier } from '../dossier/collect-dossier';
import { dossierHtml } from '../dossier/dossier-html';
import { dossierPdf } from '../dossier/dossier-pdf';
import { dossierZip } from '../dossier/dossier-zip';
import { exportBundle } from '../dossier/archive-bundle';
import { BUNDLE_EXTENSION } from '../archive/bundle-format';
import { mailAddresses } from '../dossier/mail-addresses';
import { mailPdf } from '../dossier/mail-pdf';
import { personsFor } from '../dossier/persons-for';
import { isSharedAt } from '../dossier/sharing';
import type { Handlers } from './dispatch';
import { ExportJobs, type ExportProgress, type ExportResult } from './export-jobs';

type ExportHandlers = Pick<
  Handlers,
  'export.preview' | 'export.start' | 'export.status' | 'export.chunk' | 'export.discard'
>;

const MEDIA_TYPES = {
  pdf: 'application/pdf',
  html: 'text/html;charset=utf-8',
  zip: 'application/zip',
  csv: 'text/csv;charset=utf-8',
  bundle: 'application/vnd.casefile.bundle+zip',
} as const;

const jobs = new ExportJobs();
const encoder = new TextEncoder();

export const exportHandlers: ExportHandlers = {
  'export.preview': async (input, context) =>
    previewOf(context.session.current, input.personId, input.level),
  'export.start': async (input, context) => {
    const archive = context.session.current;
    // The person is checked now, so that a wrong id is told at once rather than as a failed job.
    if (input.what === 'dossier') archive.stored('person', input.personId);
    // An encrypted archive's bundle is sealed: without a passphrase it is refused at once.
    if (input.what === 'bundle' && archive.isEncrypted && !input.passphrase)
      throw new CasefileError(
        'passphrase-required',
        'This archive is encrypted, so its bundle is encrypted too: choose a passphrase for the bundle.',
      );
    return jobs.start((progress) => produce(archive, input, progress));
  },
  'export.status': async (input) => jobs.status(input.jobId),
  'export.chunk': async (input) => jobs.chunk(input.jobId, input.offset),
  'export.discard': async (input) => ({ discarded: jobs.discard(input.jobId) }),
};

async function previewOf(
  archive: Archive,
  personId: string,
  level: SharingLevel,
): Promise<ExportPreview> {
  await archive.whenLoaded();
  const person = archive.stored('person', personId);
  if (!isSharedAt(person.sharing, level)) {
    return {
      personId,
      level,
      personShared: false,
      counts: { person: 1 },
      leftOut: [
        {
          kind: 'person',
          id: person.id,
          title: person.name,
          why: `marked ${person.sharing}, below the ${level} level`,
        },
      ],
      leftOutGroups: [],
    };
  }
  const { leftOut, leftOutGroups } = await collectDossier(archive, personId, level, {
    now: archive.now(),
  });
  const counts: Record<string, number> = {};
  for (const record of leftOut) counts[record.kind] = (counts[record.kind] ?? 0) + 1;
  return {
    personId,
    level,
    personShared: true,
    counts,
    leftOut: [...leftOut],
    leftOutGroups: [...leftOutGroups],
  };
}

async function produce(
  archive: Archive,
  request: ExportRequest,
  progress: ExportProgress,
): Promise<ExportResult> {
  await archive.whenLoaded();
  if (request.what === 'addresses') return addresses(archive, request, progress);
  if (request.what === 'bundle') return bundle(archive, request, progress);
  const person = archive.stored('person', request.personId);
  const now = archive.now();
  const { model, leftOut } = await collectDossier(archive, person.id, request.level, { now });
  progress.step('rendering');
  const meta = { archiveName: archive.info.name, exportedAt: now };
  const bytes =
    request.format === 'pdf'
      ? new Uint8Array(await dossierPdf(model, meta))
      : request.format === 'html'
        ? encoder.encode(dossierHtml(model, meta))
        : await gather(dossierZip(model, meta, archive.blobs), progress);
  return {
    bytes,
    fileName: safeFileName(`${person.name} - ${request.level}.${request.format}`),
    mediaType: MEDIA_TYPES[request.format],
    summary: { leftOut: leftOut.length },
  };
}

async function addresses(
  archive: Archive,
  request: Extract<ExportRequest, { what: 'addresses' }>,
  progress: ExportProgress,
): Promise<ExportResult> {
  const persons = request.personIds?.length
    ? request.personIds.map((id) => archive.stored('person', id))
    : personsFor(archive, request.tag);
  progress.step('rendering');
  if (request.layout !== 'csv') return printable(archive, persons, request, request.layout);
  const list = await addressListCsv(
    archive,
    persons.map((person) => person.id),
    request.level,
    { now: archive.now() },
  );
  const name = request.tag ? `addresses - ${request.tag}` : 'addresses';
  return {
    bytes: encoder.encode(list.csv),
    fileName: safeFileName(`${name} - ${request.level}.csv`),
    mediaType: MEDIA_TYPES.csv,
    summary: {
      written: list.written,
      withoutAddress: list.withoutAddress.length,
      notShared: list.notShared,
    },
  };
}

async function printable(
  archive: Archive,
  persons: readonly Stored<'person'>[],
  request: Extract<ExportRequest, { what: 'addresses' }>,
  layout: MailLayout,
): Promise<ExportResult> {
  const now = archive.now();
  const list = await mailAddresses(
    archive,
    persons.map((person) => person.id),
    request.level,
    { now },
  );
  if (list.addresses.length === 0) {
    throw new CasefileError(
      'not-found',
      `None of these persons has a current address shared at the ${request.level} level, so there is nothing to print.`,
    );
  }
  const name = `${layout === 'labels-a4' ? 'labels' : 'envelopes'}${request.tag ? ` - ${request.tag}` : ''}`;
  return {
    bytes: new Uint8Array(
      await mailPdf(list.addresses, {
        layout,
        createdAt: now,
        sender: archive.settings.returnAddress,
      }),
    ),
    fileName: safeFileName(`${name} - ${request.level}.pdf`),
    mediaType: MEDIA_TYPES.pdf,
    summary: {
      written: list.addresses.length,
      withoutAddress: list.withoutAddress.length,
      notShared: list.notShared,
    },
  };
}

/** The whole archive as a `.casefile` bundle (see dossier/archive-bundle.ts). */
async function bundle(
  archive: Archive,
  request: Extract<ExportRequest, { what: 'bundle' }>,
  progress: ExportProgress,
): Promise<ExportResult> {
  progress.step('rendering');
  const made = await exportBundle(archive, {
    passphrase: request.passphrase,
    onProgress: (bytes) => progress.produced(bytes),
  });
  const stamp = archive.now().toISOString().slice(0, 10);
  return {
    bytes: made.bytes,
    fileName: safeFileName(`${archive.info.name} - ${stamp}${BUNDLE_EXTENSION}`),
    mediaType: MEDIA_TYPES.bundle,
    summary: {
      records: Object.values(made.counts).reduce((sum, n) => sum + n, 0),
      files: made.files,
      encrypted: made.encrypted ? 1 : 0,
    },
  };
}

/** Collects a streamed file, telling how much of it is made so far. */
async function gather(
  parts: AsyncIterable<Uint8Array>,
  progress: ExportProgress,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const part of parts) {
    chunks.push(part);
    total += part.byteLength;
    progress.produced(total);
  }
  return Buffer.concat(chunks, total);
}
