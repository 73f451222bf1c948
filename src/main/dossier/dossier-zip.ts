/**
 * The dossier as a ZIP bundle for partners: dossier.pdf, records.json, letters.csv, the
 * original files of the person's documents and letter scans (those shared at the level),
 * and a README.txt that lists it all.
 *
 * The bundle is produced as a stream of chunks (fflate), one archive file at a time, so
 * that a prisoner with hundreds of scanned court papers never sits in memory whole.
 */
import { Zip, ZipPassThrough, strToU8 } from 'fflate';
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { CasefileError } from '../../shared/errors';
import type { DossierMeta, DossierModel } from './dossier-model';
import { UniqueNames } from './bundle-names';
import { bundleReadme, describeFile, folderFor, type BundleEntry } from './bundle-readme';
import { dossierPdf } from './dossier-pdf';
import { lettersCsv } from './letters-csv';
import { recordsJson } from './records-json';

/** Where the original files come from: the archive's blob store, by content hash. */
export interface BlobSource {
  get(hash: string): Promise<Uint8Array>;
}

/**
 * A ZIP entry deflated by Node's zlib (fflate's documented way to plug in another
 * compressor): the same DEFLATE as fflate's own, but native, so records.json of a long
 * campaign compresses in milliseconds rather than a good part of a second.
 */
export class NativeDeflate extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    // Separately deflated chunks would not make one stream: entries are pushed whole.
    if (!final) throw new Error('A deflated ZIP entry is pushed in one piece.');
    super.process(new Uint8Array(deflateRawSync(chunk)), final);
  }
}

/** Media types worth deflating; PDFs, images and office files are compressed already. */
const COMPRESSIBLE = /^text\/|[/+](json|xml)$/;

export async function* dossierZip(
  model: DossierModel,
  meta: DossierMeta,
  blobs: BlobSource,
): AsyncGenerator<Uint8Array> {
  const names = new UniqueNames();
  const files = model.files.map((file) => ({
    file,
    path: names.claim(folderFor(file), file.originalName),
  }));
  const entries: BundleEntry[] = [
    { path: 'README.txt', description: 'this list' },
    { path: 'dossier.pdf', description: 'the dossier, to read and print' },
    { path: 'records.json', description: 'the records themselves, for other programs' },
    { path: 'letters.csv', description: 'every letter of the correspondence log' },
    ...files.map(({ file, path }) => ({ path, description: describeFile(file) })),
  ];

  const ready: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else ready.push(chunk);
  });
  // fflate answers synchronously: once an entry is pushed whole, its bytes are in `ready`.
  const add = (path: string, data: Uint8Array, compress: boolean): Uint8Array[] => {
    const entry = compress ? new NativeDeflate(path) : new ZipPassThrough(path);
    entry.mtime = meta.exportedAt;
    zip.add(entry);
    entry.push(data, true);
    if (failure) throw failure;
    return ready.splice(0);
  };

  yield* add('README.txt', strToU8(bundleReadme(model, meta, entries)), true);
  // PDF content is compressed already; deflating it again costs time and saves nothing.
  yield* add('dossier.pdf', await dossierPdf(model, meta), false);
  yield* add('records.json', strToU8(recordsJson(model, meta)), true);
  yield* add('letters.csv', strToU8(lettersCsv(model)), true);
  for (const { file, path } of files) {
    const bytes = await blobs.get(file.hash);
    // A bundle for lawyers must carry the originals: a damaged copy stops the export.
    if (createHash('sha256').update(bytes).digest('hex') !== file.hash) {
      throw new CasefileError(
        'archive-damaged',
        `The archive's copy of ${file.originalName} is damaged, so the bundle was not written. Run casefile verify for details.`,
      );
    }
    yield* add(path, bytes, COMPRESSIBLE.test(file.mediaType));
  }
  zip.end();
  if (failure) throw failure;
  yield* ready.splice(0);
}
