/**
 * File import benchmark: `npm run bench:import -- [--scale S] [--seed N] [--workers W]`.
 *
 * At scale 1: 1,000 generated PDFs of 1–10 pages of Russian and Kazakh text (pdfkit with
 * DejaVu Sans) and 1,000 text and HTML files (a third of the text files in Windows-1251 or
 * KOI8-R), all invented, naming persons of a synthetic cast (synthetic-names.ts). The
 * files are written once into bench/.data/ and reused by later runs with the same seed and
 * scale.
 *
 * Measured in this one process:
 * 1. the baseline: reading every file and hashing it, the least any import must do;
 * 2. importing the PDFs, then the text files, into a new archive through importFiles
 *    (extraction in worker threads, mention suggestions, storage);
 * files per second for each, their ratio to the baseline, and the peak RSS (worker threads
 * included: they live in this process).
 */
import { createHash } from 'node:crypto';
import { promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import iconv from 'iconv-lite';
import { Archive } from '../src/main/archive/archive';
import { importFiles, type ImportReport } from '../src/main/importers';
import { samplePdfFontPaths } from '../src/main/sample/sample-pdf';
import {
  buildVocabulary,
  makeText,
  mentionOf,
  type Language,
  type Vocabulary,
} from './synthetic-archive';
import { generatePersons, Random, type SyntheticPerson } from './synthetic-names';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FULL = { pdfs: 1_000, texts: 1_000 };
const PERSONS = 200;
/** Bump when the generated files change, so that old ones are not reused. */
const GENERATOR_VERSION = 1;

interface Options {
  scale: number;
  seed: number;
  workers?: number;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { scale: 1, seed: 1 };
  for (let i = 0; i < argv.length; i += 2) {
    const value = Number(argv[i + 1]);
    if (argv[i] === '--scale') options.scale = value;
    else if (argv[i] === '--seed') options.seed = value;
    else if (argv[i] === '--workers') options.workers = value;
    else throw new Error(`Unknown option ${argv[i]}. Use --scale S, --seed N, --workers W.`);
  }
  if (!(options.scale > 0) || !Number.isInteger(options.seed))
    throw new Error('Usage: import-bench.ts [--scale 0.1] [--seed 1] [--workers 2]');
  return options;
}

// ---------------------------------------------------------------- generated files

/** Old Russian encodings have no Kazakh letters: writers there use the nearest Russian ones. */
const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
};

function russianLetters(text: string): string {
  return text.replace(/[әғқңөұүһі]/giu, (letter) => {
    const lower = KAZAKH_TO_RUSSIAN[letter.toLowerCase()];
    return letter === letter.toLowerCase() ? lower : lower.toUpperCase();
  });
}

function pageText(
  vocabulary: Vocabulary,
  random: Random,
  language: Language,
  cast: readonly SyntheticPerson[],
): string {
  const about = Array.from({ length: random.int(1, 3) }, () => random.pick(cast));
  const mentions = about.map((person) => mentionOf(person, language, random));
  return makeText(vocabulary, random, language, random.int(1_200, 2_200), mentions);
}

function renderPdf(
  title: string,
  pages: readonly string[],
  fonts: { regular: string; bold: string },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    font: fonts.regular,
    info: { Title: title, CreationDate: new Date(Date.UTC(2024, 0, 1)) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  pages.forEach((text, index) => {
    if (index > 0) doc.addPage();
    if (index === 0) doc.font(fonts.bold).fontSize(13).text(title, { align: 'center' }).moveDown();
    doc.font(fonts.regular).fontSize(10).text(text, { align: 'justify' });
  });
  doc.end();
  return done;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Writes the files once; returns the folders of PDFs and of text files. */
async function generateFiles(options: Options, cast: readonly SyntheticPerson[]) {
  const root = path.join(
    HERE,
    '.data',
    `import-v${GENERATOR_VERSION}-seed${options.seed}-scale${options.scale}`,
  );
  const pdfDir = path.join(root, 'pdf');
  const textDir = path.join(root, 'text');
  const done = path.join(root, 'complete');
  if (await fs.stat(done).catch(() => null)) return { pdfDir, textDir };
  await fs.rm(root, { recursive: true, force: true });
  await fs.mkdir(pdfDir, { recursive: true });
  await fs.mkdir(textDir, { recursive: true });
  const started = performance.now();
  const vocabulary = buildVocabulary(options.seed);
  const random = new Random(options.seed ^ 0x1f11e5);
  const fonts = samplePdfFontPaths();
  const counts = {
    pdfs: Math.max(4, Math.round(FULL.pdfs * options.scale)),
    texts: Math.max(4, Math.round(FULL.texts * options.scale)),
  };
  for (let i = 0; i < counts.pdfs; i += 1) {
    const language: Language = random.chance(0.6) ? 'ru' : 'kk';
    const pages = Array.from({ length: random.int(1, 10) }, () =>
      pageText(vocabulary, random, language, cast),
    );
    const title = language === 'ru' ? `ПОСТАНОВЛЕНИЕ № ${i + 1}` : `ҚАУЛЫ № ${i + 1}`;
    await fs.writeFile(
      path.join(pdfDir, `doc-${String(i).padStart(5, '0')}.pdf`),
      await renderPdf(title, pages, fonts),
    );
  }
  for (let i = 0; i < counts.texts; i += 1) {
    const name = `text-${String(i).padStart(5, '0')}`;
    const roll = random.next();
    const language: Language = roll < 0.35 ? 'ru' : random.pick(['ru', 'kk', 'en'] as const);
    const body = pageText(vocabulary, random, language, cast);
    const title = makeText(vocabulary, random, language, 40).replace(/\.$/, '');
    if (roll < 0.2) {
      await fs.writeFile(
        path.join(textDir, `${name}.txt`),
        iconv.encode(russianLetters(`${title}\r\n\r\n${body}`), 'windows-1251'),
      );
    } else if (roll < 0.3) {
      await fs.writeFile(
        path.join(textDir, `${name}.txt`),
        iconv.encode(russianLetters(`${title}\n\n${body}`), 'koi8-r'),
      );
    } else if (roll < 0.35) {
      const html = `<html><head><meta charset="windows-1251"><title>${escapeHtml(title)}</title></head><body><p>${escapeHtml(body)}</p></body></html>`;
      await fs.writeFile(
        path.join(textDir, `${name}.html`),
        iconv.encode(russianLetters(html), 'windows-1251'),
      );
    } else if (roll < 0.7) {
      await fs.writeFile(path.join(textDir, `${name}.txt`), `${title}\n\n${body}`);
    } else {
      const paragraphs = body
        .split('. ')
        .map((sentence) => `<p>${escapeHtml(sentence)}.</p>`)
        .join('\n');
      const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><script>track()</script></head><body><h1>${escapeHtml(title)}</h1>${paragraphs}<img src="https://example.org/x.png"></body></html>`;
      await fs.writeFile(path.join(textDir, `${name}.html`), html);
    }
  }
  await fs.writeFile(done, new Date().toISOString());
  console.log(
    `Generated ${counts.pdfs} PDFs and ${counts.texts} text files in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return { pdfDir, textDir };
}

// ---------------------------------------------------------------- measuring

interface Phase {
  readonly name: string;
  readonly files: number;
  readonly bytes: number;
  readonly seconds: number;
}

async function readAndHash(dir: string): Promise<Phase> {
  const started = performance.now();
  let bytes = 0;
  const names = readdirSync(dir);
  for (const name of names) {
    const content = await fs.readFile(path.join(dir, name));
    createHash('sha256').update(content).digest('hex');
    bytes += content.length;
  }
  return {
    name: `read + sha-256 ${path.basename(dir)}`,
    files: names.length,
    bytes,
    seconds: (performance.now() - started) / 1000,
  };
}

async function importFolder(
  archive: Archive,
  dir: string,
  workers: number | undefined,
): Promise<Phase & { report: ImportReport }> {
  const names = readdirSync(dir);
  const bytes = (await Promise.all(names.map((name) => fs.stat(path.join(dir, name))))).reduce(
    (sum, stat) => sum + stat.size,
    0,
  );
  const started = performance.now();
  let last = 0;
  const report = await importFiles(archive, [dir], {
    workers,
    onProgress: ({ done, total }) => {
      if (done === total || performance.now() - last > 5_000) {
        last = performance.now();
        process.stderr.write(`  ${done} of ${total}\n`);
      }
    },
  });
  return {
    name: `import ${path.basename(dir)}`,
    files: names.length,
    bytes,
    seconds: (performance.now() - started) / 1000,
    report,
  };
}

const rate = (phase: Phase) => phase.files / phase.seconds;
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function row(phase: Phase, baseline?: Phase): string {
  const ratio = baseline ? `${(rate(baseline) / rate(phase)).toFixed(0)}× slower than reading` : '';
  return `${phase.name.padEnd(24)} ${String(phase.files).padStart(6)} files ${megabytes(phase.bytes).padStart(8)} MB ${phase.seconds.toFixed(2).padStart(8)} s ${rate(phase).toFixed(1).padStart(9)} files/s  ${ratio}`;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const cast = generatePersons(options.seed, PERSONS);
  const { pdfDir, textDir } = await generateFiles(options, cast);

  const work = path.join(HERE, '.data', `import-archive-${process.pid}`);
  await fs.rm(work, { recursive: true, force: true });
  const archive = await Archive.open(work, { create: true, name: 'import bench' });
  try {
    await archive.addMany(
      cast.map((person) => ({
        kind: 'person',
        label: person.id,
        record: {
          id: person.id,
          name: person.name,
          nativeName: person.nativeName,
          aliases: [...person.aliases],
          createdAt: new Date().toISOString(),
          updatedAt: new Date().toISOString(),
        },
      })),
    );
    const readPdfs = await readAndHash(pdfDir);
    const readTexts = await readAndHash(textDir);
    const rssBefore = process.resourceUsage().maxRSS * 1024;
    const pdfs = await importFolder(archive, pdfDir, options.workers);
    const texts = await importFolder(archive, textDir, options.workers);
    const peak = process.resourceUsage().maxRSS * 1024;
    const failed = [...pdfs.report.failed, ...texts.report.failed];
    const mentions = [...pdfs.report.created, ...texts.report.created].reduce(
      (sum, created) => sum + created.mentions.persons.length,
      0,
    );
    const total: Phase = {
      name: 'import all',
      files: pdfs.files + texts.files,
      bytes: pdfs.bytes + texts.bytes,
      seconds: pdfs.seconds + texts.seconds,
    };
    const baseline: Phase = {
      name: 'read + sha-256 all',
      files: readPdfs.files + readTexts.files,
      bytes: readPdfs.bytes + readTexts.bytes,
      seconds: readPdfs.seconds + readTexts.seconds,
    };
    console.log(
      `\nImport benchmark (scale ${options.scale}, seed ${options.seed}, ${options.workers ?? 'default'} workers)`,
    );
    console.log(row(readPdfs));
    console.log(row(readTexts));
    console.log(row(pdfs, readPdfs));
    console.log(row(texts, readTexts));
    console.log(row(total, baseline));
    console.log(`peak RSS ${megabytes(peak)} MB (${megabytes(rssBefore)} MB before importing)`);
    console.log(
      `${pdfs.report.created.length + texts.report.created.length} records created, ${failed.length} files failed, ${mentions} person mentions suggested`,
    );
    for (const failure of failed.slice(0, 5))
      console.log(`  failed ${failure.file}: ${failure.reason}`);
    console.log(
      JSON.stringify({
        scale: options.scale,
        filesPerSecond: {
          pdf: rate(pdfs),
          text: rate(texts),
          all: rate(total),
          baselineRead: rate(baseline),
        },
        ratioToBaseline: rate(baseline) / rate(total),
        peakRssBytes: peak,
        failed: failed.length,
      }),
    );
    if (failed.length > 0) process.exitCode = 1;
  } finally {
    await archive.close();
    await fs.rm(work, { recursive: true, force: true });
  }
}

await main();
