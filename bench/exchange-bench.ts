/**
 * Work arriving and leaving in bulk: an archive bundle carried to another archive, and a
 * spreadsheet of prisoners imported.
 *
 *   npm run bench:exchange                 # a 0.2 scale archive: 2,000 persons, 40,000 letters…
 *   npm run bench:exchange -- --scale 0.05 # a quicker run
 *   npm run bench:exchange -- --rows 20000 # a longer spreadsheet (10,000 rows by default)
 *
 * Everything is generated from the seed into a temporary folder, removed at the end. In the
 * same process, first the baselines: for the bundle, the archive's own JSONL export of the
 * same records (read them all, stringify, one file), which is about the least carrying them
 * can cost; for the spreadsheet, parsing the same CSV with papaparse alone. There are no
 * targets in the issues for these; the figures are kept to see them move.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { Archive } from '../src/main/archive/archive';
import { exportJsonl } from '../src/main/archive/jsonl';
import { verifyArchive } from '../src/main/archive/verify';
import { exportBundle } from '../src/main/dossier/archive-bundle';
import { importBundle } from '../src/main/importers/bundle-merge';
import { readBundle } from '../src/main/importers/bundle-read';
import { withDefaults } from '../src/main/importers/limits';
import { importSheet, SheetPlanner } from '../src/main/importers/spreadsheet-import';
import { guessMapping } from '../src/main/importers/spreadsheet-mapping';
import { readSpreadsheet } from '../src/main/importers/spreadsheet-read';
import { generateArchive } from './synthetic-archive';
import { generatePersons, Random } from './synthetic-names';

const log = (text = '') => process.stdout.write(`${text}\n`);
const ms = (value: number) => `${value.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function option(argv: readonly string[], name: string, fallback: number): number {
  const index = argv.indexOf(name);
  const value = index >= 0 ? Number(argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} takes a positive number`);
  return value;
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

async function bundleBench(root: string, seed: number, scale: number): Promise<void> {
  log(`Generating an archive at scale ${scale} (seed ${seed})…`);
  const sourceDir = path.join(root, 'source');
  const counts = await generateArchive(sourceDir, seed, scale, () => undefined);
  log(
    `  ${counts.persons} persons, ${counts.letters} letters, ${counts.articles} articles, ${counts.documents} documents`,
  );
  const source = await Archive.open(sourceDir);
  await source.whenLoaded();

  const baseline = await timed(async () => {
    const text = await exportJsonl(source);
    await fs.writeFile(path.join(root, 'baseline.jsonl'), text);
    return text.length;
  });
  const made = await timed(() => exportBundle(source));
  await source.close();
  const bytes = made.value.bytes;
  const read = await timed(() => readBundle(bytes));

  const target = await Archive.open(path.join(root, 'target'), { create: true });
  const first = await timed(() => importBundle(target, bytes));
  const again = await timed(() => importBundle(target, bytes));
  const problems = await verifyArchive(target);
  await target.close();
  if (problems.length) throw new Error(`The merged archive does not verify: ${problems[0]}`);

  log();
  log('bundle step                  time   ratio to baseline');
  log(`baseline: JSONL export   ${ms(baseline.ms).padStart(9)}   1.0×  (${mb(baseline.value)})`);
  const row = (what: string, took: number, note = '') =>
    log(`${what.padEnd(24)} ${ms(took).padStart(9)}   ${(took / baseline.ms).toFixed(1)}×${note}`);
  row('export', made.ms, `  (${mb(bytes.length)}, ${made.value.files} files)`);
  row('read and check', read.ms);
  row('merge into empty', first.ms, `  (${first.value.added} added)`);
  row('merge again', again.ms, `  (${again.value.unchanged} unchanged)`);
}

function sheetCsv(seed: number, rows: number): string {
  const random = new Random(seed);
  const persons = generatePersons(seed + 1, rows);
  const statuses = ['осуждён', 'в СИЗО', 'под домашним арестом', 'освобождён'];
  const lines = [['ФИО', 'Name (Latin)', 'Дата рождения', 'Учреждение', 'Адрес', 'Статус']];
  for (const person of persons) {
    const day = String(random.int(1, 28)).padStart(2, '0');
    const month = String(random.int(1, 12)).padStart(2, '0');
    lines.push([
      person.nativeName,
      person.name,
      `${day}.${month}.${random.int(1950, 1999)}`,
      `ЕЦ-166/${random.int(1, 40)}`,
      `г. Рудный, ул. Тәуелсіздік, ${random.int(1, 200)}`,
      statuses[random.int(0, statuses.length - 1)],
    ]);
  }
  return Papa.unparse(lines, { delimiter: ';' });
}

async function sheetBench(root: string, seed: number, rows: number): Promise<void> {
  const csv = sheetCsv(seed, rows);
  const bytes = new TextEncoder().encode(`\uFEFF${csv}`);
  const limits = withDefaults();
  const baseline = await timed(() => Papa.parse<string[]>(csv, { delimiter: ';' }).data.length);
  const read = await timed(() => readSpreadsheet(bytes, 'узники.csv', limits));
  const table = read.value;
  const mapping = guessMapping(
    table.headers,
    table.rows.slice(0, 20).map((row) => row.cells),
  );
  const archive = await Archive.open(path.join(root, 'sheet'), { create: true });
  await archive.whenLoaded();
  const preview = await timed(() => {
    const planner = new SheetPlanner(archive, table.headers, mapping);
    return table.rows.map((row) => planner.plan(row.number, row.cells)).length;
  });
  const first = await timed(() => importSheet(archive, table, mapping));
  const again = await timed(() => importSheet(archive, table, mapping));
  await archive.close();

  log();
  log(`spreadsheet step (${rows} rows, ${mb(bytes.length)})   time   ratio to baseline`);
  log(`baseline: papaparse alone        ${ms(baseline.ms).padStart(9)}   1.0×`);
  const row = (what: string, took: number, note = '') =>
    log(`${what.padEnd(32)} ${ms(took).padStart(9)}   ${(took / baseline.ms).toFixed(1)}×${note}`);
  row('read (decode, split, check)', read.ms);
  row('preview of every row', preview.ms);
  row('import', first.ms, `  (${first.value.created.length} persons)`);
  row('import again', again.ms, `  (${again.value.duplicates.length} duplicates)`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const seed = option(argv, '--seed', 1);
  const scale = option(argv, '--scale', 0.2);
  const rows = option(argv, '--rows', 10_000);
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-exchange-bench-'));
  try {
    await bundleBench(root, seed, scale);
    await sheetBench(root, seed, rows);
    log();
    log(`Load average now ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores.`);
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}

await main();
