/**
 * Whatever bytes come in under a supported extension (random, or a real file cut short or
 * with bytes changed), extraction gives a draft or a per-file reason in plain words, never
 * a crash; an import of such files reports each one and writes nothing for those that fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import { verifyArchive } from '../../../src/main/archive/verify';
import { importFiles, SUPPORTED_EXTENSIONS } from '../../../src/main/importers';
import { ExtractionError } from '../../../src/main/importers/drafts';
import { extractFile } from '../../../src/main/importers/extract-file';
import { runExtraction } from '../../../src/main/importers/extraction-job';
import { DEFAULT_LIMITS } from '../../../src/main/importers/limits';
import { makeTempDir, removeDir, snapshotData } from '../archive/helpers';
import { makeDocx, makeEmail, makePdf } from './fixtures';

const TEXT =
  'Ержан Оңғаров ЕЦ-166/5 мекемесінде. Сот 2024 жылғы 12 наурызда үкім шығарды: бес жыл.';

/** A real, valid file of each format, to be damaged. */
async function realFiles(): Promise<Record<string, Uint8Array>> {
  const html = `<!doctype html><html lang="kk"><head><meta charset="utf-8"><title>Үкім</title></head><body><h1>Үкім</h1><p>${TEXT}</p><script>alert(1)</script></body></html>`;
  const files: Record<string, Uint8Array> = {
    '.txt': Buffer.from(TEXT),
    '.md': Buffer.from(`# Үкім\n\n${TEXT}\n`),
    '.html': Buffer.from(html),
    '.pdf': await makePdf({ pages: [TEXT], title: 'Үкім' }),
    '.docx': makeDocx([TEXT, 'Адвокат: Гүлмира Оспанова.']),
    '.eml': makeEmail({
      from: 'Әйгерім Нұртаева|aigerim@example.org',
      subject: 'Хат түрмеден',
      date: 'Tue, 12 Mar 2024 10:00:00 +0500',
      body: TEXT,
    }),
  };
  for (const extension of SUPPORTED_EXTENSIONS) {
    files[extension] ??=
      files[`.${{ '.text': 'txt', '.markdown': 'md', '.htm': 'html' }[extension]}`];
  }
  return files;
}

/** Bytes to try: random, or a real file of the format cut, overwritten in places, or spliced. */
function hostileBytes(
  real: Record<string, Uint8Array>,
  extension: string,
): fc.Arbitrary<Uint8Array> {
  const original = real[extension];
  const random = fc.uint8Array({ minLength: 0, maxLength: 4096 });
  const cut = fc
    .integer({ min: 0, max: original.length })
    .map((length) => original.slice(0, length));
  const overwritten = fc
    .array(fc.tuple(fc.nat({ max: original.length - 1 }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 24,
    })
    .map((changes) => {
      const copy = Uint8Array.from(original);
      for (const [at, value] of changes) copy[at] = value;
      return copy;
    });
  const spliced = fc
    .tuple(fc.nat({ max: original.length }), fc.uint8Array({ minLength: 1, maxLength: 512 }))
    .map(([at, junk]) => Buffer.concat([original.subarray(0, at), junk, original.subarray(at)]));
  return fc.oneof(random, cut, overwritten, spliced);
}

let real: Record<string, Uint8Array>;

beforeAll(async () => {
  real = await realFiles();
});

describe('extraction of hostile bytes', () => {
  const libraryErrors: string[] = [];

  afterAll(() => {
    // Failures that no format check caught first (reported, as figures, not hidden).
    if (libraryErrors.length > 0) {
      console.info(
        `${libraryErrors.length} inputs failed inside a library:`,
        [...new Set(libraryErrors)].slice(0, 10),
      );
    }
  });

  it.each(SUPPORTED_EXTENSIONS)(
    '%s: a draft or a plain reason, never a crash',
    async (extension) => {
      await fc.assert(
        fc.asyncProperty(hostileBytes(real, extension), async (bytes) => {
          const fileName = `файл${extension}`;
          const outcome = await runExtraction({ bytes, fileName, limits: DEFAULT_LIMITS });
          if (outcome.ok) {
            const { draft } = outcome.extracted;
            expect(['article', 'document', 'letter']).toContain(draft.kind);
            // It crosses from the extraction thread by structured clone.
            expect(structuredClone(outcome.extracted)).toEqual(outcome.extracted);
          } else {
            // One sentence for the user: no stack, no line breaks.
            expect(outcome.reason).toMatch(/^\S.*[.)]$/);
            expect(outcome.reason).not.toMatch(/\n|\bat .+:\d+:\d+/);
            try {
              await extractFile(bytes, fileName);
            } catch (error) {
              if (!(error instanceof ExtractionError))
                libraryErrors.push(`${extension}: ${outcome.reason}`);
            }
          }
        }),
        {
          numRuns: extension === '.pdf' || extension === '.docx' ? 60 : 120,
          seed: 20_240_312 + extension.length,
        },
      );
    },
    120_000,
  );
});

describe('an import of hostile files', () => {
  let root: string;
  let dir: string;

  beforeAll(async () => {
    root = await makeTempDir('hostile-import');
    dir = path.join(root, 'archive');
    const archive = await Archive.open(dir, { create: true });
    await archive.create('person', { name: 'Erzhan Ongarov', nativeName: 'Ержан Оңғаров' });
    await archive.close();
  });

  afterAll(async () => {
    await removeDir(root);
  });

  it('reports each file once, keeps the good ones, and writes nothing for the bad ones', async () => {
    const folder = path.join(root, 'келген файлдар');
    await fs.mkdir(folder);
    const samples = fc.sample(fc.tuple(fc.constantFrom(...SUPPORTED_EXTENSIONS), fc.integer()), {
      numRuns: 30,
      seed: 7,
    });
    const names: string[] = [];
    for (const [index, [extension, seed]] of samples.entries()) {
      const [bytes] = fc.sample(hostileBytes(real, extension), { numRuns: 1, seed });
      const name = path.join(folder, `${String(index).padStart(2, '0')}-құжат${extension}`);
      await fs.writeFile(name, bytes);
      names.push(name);
    }

    const archive = await Archive.open(dir);
    try {
      const before = archive.count('article') + archive.count('document') + archive.count('letter');
      const report = await importFiles(archive, [folder], { workers: 0 });
      const reported = [
        ...report.created.map((entry) => entry.file),
        ...report.skipped.map((entry) => entry.file),
        ...report.failed.map((entry) => entry.file),
      ];
      expect(reported.sort()).toEqual([...names].sort());
      // The sample holds both kinds, so both paths are taken.
      expect(report.created.length).toBeGreaterThan(0);
      expect(report.failed.length).toBeGreaterThan(0);
      console.info(
        `hostile import: ${report.created.length} created, ${report.skipped.length} skipped, ${report.failed.length} failed`,
      );
      for (const failure of report.failed) expect(failure.reason).not.toMatch(/\n/);
      const after = archive.count('article') + archive.count('document') + archive.count('letter');
      expect(after - before).toBe(report.created.length);
      expect(await verifyArchive(archive)).toEqual([]);
    } finally {
      await archive.close();
    }
  }, 120_000);

  it('a batch where every file fails leaves the archive’s files as they were', async () => {
    const folder = path.join(root, 'бұзылған');
    await fs.mkdir(folder);
    // An empty file of each format, and a cut-off PDF header: nothing to import.
    for (const extension of SUPPORTED_EXTENSIONS) {
      await fs.writeFile(path.join(folder, `бос${extension}`), '');
    }
    await fs.writeFile(path.join(folder, 'кесілген.pdf'), real['.pdf'].subarray(0, 40));
    const before = await snapshotData(dir);
    const archive = await Archive.open(dir);
    try {
      const report = await importFiles(archive, [folder], { workers: 0 });
      expect(report.created).toEqual([]);
      expect(report.failed).toHaveLength(SUPPORTED_EXTENSIONS.length + 1);
      expect(report.failed.map((entry) => entry.reason)).toContain('This file is empty.');
    } finally {
      await archive.close();
    }
    expect(await snapshotData(dir)).toEqual(before);
  });
});
