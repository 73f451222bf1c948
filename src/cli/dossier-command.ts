/**
 * `casefile export dossier PERSON --out FILE.pdf|.html|.zip [--level public|team|private]`
 * and `casefile export addresses [--tag T | PERSON...] --out FILE.csv [--level …]`, and the
 * same persons' envelopes (`export envelopes … --out FILE.pdf [--envelope dl|c5]`) or A4
 * label sheets (`export labels … --out FILE.pdf`).
 *
 * PERSON is an id, or a name written exactly as one of the person's names or aliases. The
 * level defaults to team: what the campaign shares among itself, never private records.
 */
import path from 'node:path';
import { CasefileError } from '../shared/errors';
import type { SharingLevel } from '../shared/records';
import { Archive, type Stored } from '../main/archive/archive';
import { addressListCsv } from '../main/dossier/address-list';
import { writeFileAtomically, type FileContent } from '../main/dossier/atomic-file';
import { collectDossier } from '../main/dossier/collect-dossier';
import { dossierHtml } from '../main/dossier/dossier-html';
import { dossierPdf } from '../main/dossier/dossier-pdf';
import { dossierZip } from '../main/dossier/dossier-zip';
import { mailAddresses } from '../main/dossier/mail-addresses';
import type { MailLayout } from '../shared/api';
import { mailPdf } from '../main/dossier/mail-pdf';
import { foldName, personsFor } from '../main/dossier/persons-for';
import { isSharingLevel } from '../main/dossier/sharing';
import { line, UsageError, type CliIo } from './output';

export interface PersonExportOptions {
  readonly out?: string;
  readonly level?: string;
  readonly tag?: string;
  readonly envelope?: string;
}

const DEFAULT_LEVEL: SharingLevel = 'team';
const FORMATS = { '.pdf': 'pdf', '.html': 'html', '.htm': 'html', '.zip': 'zip' } as const;

/** Whether `casefile export WHAT` is one of the exports of this module. */
export function isPersonExport(what: string | undefined): boolean {
  return what === 'dossier' || what === 'addresses' || what === 'envelopes' || what === 'labels';
}

export async function exportForPersons(
  archiveDir: string,
  positionals: readonly string[],
  options: PersonExportOptions,
  io: CliIo,
): Promise<number> {
  const [what, ...persons] = positionals;
  const level = levelOf(options.level);
  if (what === 'dossier') {
    if (persons.length !== 1) {
      throw new UsageError('Name one person: casefile export dossier PERSON --out FILE.pdf');
    }
    if (options.tag !== undefined) throw new UsageError('--tag is for export addresses only.');
    const out = outFile(options.out, 'FILE.pdf');
    const format = FORMATS[path.extname(out).toLowerCase() as keyof typeof FORMATS];
    if (!format) {
      throw new UsageError(
        'A dossier is written as .pdf, .html or .zip: end the --out file name with one of them.',
      );
    }
    return withArchive(archiveDir, (archive) =>
      exportDossier(archive, persons[0], out, format, level, io),
    );
  }
  if (options.tag !== undefined && persons.length > 0) {
    throw new UsageError('Give either --tag or persons, not both.');
  }
  if (what === 'envelopes' || what === 'labels') {
    const out = outFile(options.out, 'FILE.pdf');
    if (path.extname(out).toLowerCase() !== '.pdf') {
      throw new UsageError(
        'Envelopes and labels are written as .pdf: end the --out file name with .pdf.',
      );
    }
    const layout = what === 'labels' ? 'labels-a4' : envelopeOf(options.envelope);
    return withArchive(archiveDir, async (archive) =>
      exportMail(
        archive,
        await chosenPersonIds(archive, persons, options.tag),
        out,
        level,
        layout,
        io,
      ),
    );
  }
  const out = outFile(options.out, 'FILE.csv');
  if (path.extname(out).toLowerCase() !== '.csv') {
    throw new UsageError('An address list is written as .csv: end the --out file name with .csv.');
  }
  return withArchive(archiveDir, async (archive) =>
    exportAddresses(archive, await chosenPersonIds(archive, persons, options.tag), out, level, io),
  );
}

async function exportDossier(
  archive: Archive,
  word: string,
  out: string,
  format: 'pdf' | 'html' | 'zip',
  level: SharingLevel,
  io: CliIo,
): Promise<number> {
  await archive.whenLoaded();
  const person = findPerson(archive, word);
  const now = new Date();
  const { model, leftOut, leftOutGroups } = await collectDossier(archive, person.id, level, {
    now,
  });
  const meta = { archiveName: archive.info.name, exportedAt: now };
  const content: FileContent =
    format === 'pdf'
      ? await dossierPdf(model, meta)
      : format === 'html'
        ? dossierHtml(model, meta)
        : dossierZip(model, meta, archive.blobs);
  await writeFileAtomically(out, content);
  const kept =
    leftOut.length === 0
      ? 'nothing was left out'
      : `${leftOut.length} record${leftOut.length === 1 ? ' was' : 's were'} left out`;
  const groups =
    leftOutGroups.length === 0
      ? ''
      : ` Left out of the profile at this level: ${leftOutGroups.join(', ')}.`;
  line(io.out, `Wrote the dossier of ${person.name} to ${out} (${level} level; ${kept}).${groups}`);
  return 0;
}

async function exportAddresses(
  archive: Archive,
  personIds: readonly string[],
  out: string,
  level: SharingLevel,
  io: CliIo,
): Promise<number> {
  const list = await addressListCsv(archive, personIds, level);
  await writeFileAtomically(out, list.csv);
  line(
    io.out,
    `Wrote ${list.written} address${list.written === 1 ? '' : 'es'} to ${out} (${level} level).`,
  );
  tellWithoutAddress(io, level, list.withoutAddress);
  if (list.notShared) {
    line(
      io.out,
      `${list.notShared} person${list.notShared === 1 ? ' is' : 's are'} below the ${level} level and left out.`,
    );
  }
  return 0;
}

async function exportMail(
  archive: Archive,
  personIds: readonly string[],
  out: string,
  level: SharingLevel,
  layout: MailLayout,
  io: CliIo,
): Promise<number> {
  const now = new Date();
  const list = await mailAddresses(archive, personIds, level, { now });
  if (list.addresses.length === 0) {
    throw new CasefileError(
      'not-found',
      `None of these persons has a current address shared at the ${level} level, so there is nothing to print.`,
    );
  }
  await writeFileAtomically(
    out,
    await mailPdf(list.addresses, {
      layout,
      createdAt: now,
      sender: archive.settings.returnAddress,
    }),
  );
  const what = layout === 'labels-a4' ? 'label' : 'envelope';
  const count = list.addresses.length;
  line(io.out, `Wrote ${count} ${what}${count === 1 ? '' : 's'} to ${out} (${level} level).`);
  tellWithoutAddress(io, level, list.withoutAddress);
  return 0;
}

/** The persons named on the command line, else everyone with the tag (or every prisoner). */
async function chosenPersonIds(
  archive: Archive,
  words: readonly string[],
  tag: string | undefined,
): Promise<string[]> {
  await archive.whenLoaded();
  const persons = words.length
    ? words.map((word) => findPerson(archive, word))
    : personsFor(archive, tag);
  return persons.map((person) => person.id);
}

function tellWithoutAddress(
  io: CliIo,
  level: SharingLevel,
  withoutAddress: readonly { readonly name: string }[],
): void {
  if (withoutAddress.length === 0) return;
  line(
    io.out,
    `No current address shared at the ${level} level for: ${withoutAddress.map((person) => person.name).join(', ')}.`,
  );
}

function envelopeOf(value: string | undefined): MailLayout {
  if (value === undefined || value.toLowerCase() === 'dl') return 'envelope-dl';
  if (value.toLowerCase() === 'c5') return 'envelope-c5';
  throw new UsageError('--envelope takes dl (220 × 110 mm) or c5 (229 × 162 mm).');
}

/** A person by id, else by a name or alias written the same (case and spacing aside). */
function findPerson(archive: Archive, word: string): Stored<'person'> {
  if (archive.has('person', word)) return archive.stored('person', word);
  const wanted = foldName(word);
  const matches = archive
    .storedAll('person')
    .filter((person) =>
      [person.name, person.nativeName, ...person.aliases].some(
        (name) => name !== undefined && foldName(name) === wanted,
      ),
    );
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) {
    throw new CasefileError(
      'not-found',
      `No person with the id or name "${word}" is in this archive.`,
    );
  }
  throw new CasefileError(
    'conflict',
    `"${word}" is the name of ${matches.length} persons (${matches.map((person) => person.id).join(', ')}): give the id instead.`,
  );
}

function levelOf(value: string | undefined): SharingLevel {
  if (value === undefined) return DEFAULT_LEVEL;
  if (!isSharingLevel(value)) throw new UsageError('--level takes public, team or private.');
  return value;
}

function outFile(value: string | undefined, example: string): string {
  if (!value) throw new UsageError(`Name the file to write with --out ${example}`);
  return path.resolve(value);
}

async function withArchive(
  archiveDir: string,
  work: (archive: Archive) => Promise<number>,
): Promise<number> {
  const archive = await Archive.open(archiveDir);
  try {
    return await work(archive);
  } finally {
    await archive.close();
  }
}
