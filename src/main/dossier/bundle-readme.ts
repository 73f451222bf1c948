/** README.txt of the ZIP bundle: what the bundle is and what each file in it is. */
import type { DossierMeta, DossierModel, DossierFile } from './dossier-model';
import { exportDay, levelLine } from './dossier-text';

export interface BundleEntry {
  readonly path: string;
  readonly description: string;
}

const FILE_FOLDERS: Record<DossierFile['belongsTo']['kind'], string> = {
  document: 'documents',
  letter: 'letter-scans',
  person: 'photo',
};

export function folderFor(file: DossierFile): string {
  return FILE_FOLDERS[file.belongsTo.kind];
}

export function describeFile(file: DossierFile): string {
  switch (file.belongsTo.kind) {
    case 'document':
      return `a file of the document "${file.belongsTo.title}"`;
    case 'letter':
      return `a scan of the letter logged as "${file.belongsTo.title}"`;
    case 'person':
      return 'the photo of the person';
  }
}

export function bundleReadme(
  model: DossierModel,
  meta: DossierMeta,
  entries: readonly BundleEntry[],
): string {
  const person = model.person;
  const width = Math.max(...entries.map((entry) => entry.path.length)) + 3;
  return [
    `Dossier of ${person.name}${person.nativeName ? ` (${person.nativeName})` : ''}`,
    '',
    `Exported ${exportDay(meta)} from the Casefile archive "${meta.archiveName}".`,
    levelLine(model),
    '',
    'Contents:',
    ...entries.map((entry) => `  ${entry.path.padEnd(width)}${entry.description}`),
    '',
    'The files in the folders are the originals as kept in the archive, byte for byte.',
    'The CSV file is UTF-8 and opens in spreadsheet programs; cells that a spreadsheet would',
    'read as a formula start with an apostrophe.',
    '',
  ].join('\r\n');
}
