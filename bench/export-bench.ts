/**
 * Dossier export for a prisoner of a long campaign: 500 letters, 200 articles and 50 court
 * documents with small real PDF files, plus addresses, cases and events.
 *
 *   npm run bench:export              # seed 1
 *   npm run bench:export -- --seed 7  # another invented prisoner
 *
 * The archive is generated from the seed into a temporary folder (removed at the end). Each
 * export runs in a process of its own, so that its peak RSS is its own and includes loading
 * pdfkit and the fonts, as a real export does. In the same process, first a baseline on the
 * same records: read them (large text included), JSON.stringify them and write the file the
 * same atomic way, which is about the least an export of them can cost. Target: each export
 * (from the open archive to the file on disk) within 3 s.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Archive } from '../src/main/archive/archive';
import { writeFileAtomically } from '../src/main/dossier/atomic-file';
import { collectDossier } from '../src/main/dossier/collect-dossier';
import { dossierPdf } from '../src/main/dossier/dossier-pdf';
import { dossierZip } from '../src/main/dossier/dossier-zip';
import type { RecordKind } from '../src/shared/records';
import { buildVocabulary, makeText } from './synthetic-archive';
import { Random, generatePersons } from './synthetic-names';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TARGET_MS = 3000;
const COUNTS = { letters: 500, articles: 200, documents: 50, events: 40 } as const;
const PERSON_ID = 'p-bench';

type Format = 'pdf' | 'zip';

interface Measurement {
  readonly format: Format;
  readonly baselineMs: number;
  readonly baselineBytes: number;
  readonly collectMs: number;
  readonly exportMs: number;
  /** CPU time of the export (all threads): what it costs when other programs share the cores. */
  readonly exportCpuMs: number;
  readonly exportBytes: number;
  readonly rssAfterOpen: number;
  readonly peakRss: number;
}

const log = (text = '') => process.stdout.write(`${text}\n`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

function parseArgs(argv: readonly string[]) {
  const value = (name: string) => {
    const index = argv.indexOf(name);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const seed = Number(value('--seed') ?? 1);
  if (!Number.isInteger(seed)) throw new Error('Usage: export-bench.ts [--seed N]');
  return { seed, phase: value('--phase') as Format | undefined, dir: value('--dir') };
}

// ------------------------------------------------------------------ the archive

/** A small real PDF in one of the standard fonts, which pdfkit sets without loading a file. */
async function smallPdf(title: string, text: string, createdAt: Date): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', info: { Title: title, CreationDate: createdAt } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fontSize(14).text(title).moveDown().fontSize(10).text(text);
  doc.end();
  return done;
}

function dayAfter(start: string, days: number): string {
  return new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10);
}

async function generate(dir: string, seed: number): Promise<void> {
  const random = new Random(seed ^ 0xd055);
  const vocabulary = buildVocabulary(seed);
  const person = generatePersons(seed, 20).find((p) => p.style === 'kazakh')!;
  const sharing = () => random.pick(['public', 'team', 'team', 'team', 'private'] as const);
  const stamp = new Date(Date.UTC(2025, 0, 1)).toISOString();
  const items: { kind: RecordKind; label: string; record: Record<string, unknown> }[] = [];
  const add = (kind: RecordKind, id: string, record: Record<string, unknown>) =>
    items.push({ kind, label: id, record: { id, createdAt: stamp, updatedAt: stamp, ...record } });

  add('person', PERSON_ID, {
    name: person.name,
    nativeName: person.nativeName,
    aliases: [...person.aliases],
    birthDate: '1983-04-12',
    role: 'prisoner',
    status: 'convicted',
    tags: ['bench'],
    notes: makeText(vocabulary, random, 'ru', 800),
    sharing: 'public',
  });
  for (let i = 0; i < 3; i += 1) {
    add('facility', `f-${i}`, {
      code: `УГ-${160 + i}/${i + 3}`,
      name: `Учреждение ${i + 1}`,
      addressLines: [`Қарағанды облысы, ${['Теміртау', 'Жезқазған', 'Балқаш'][i]} қ.`],
      postcode: `10${i}000`,
      letterRules: { language: 'Kazakh or Russian', eLetterService: 'ХатЖолда' },
      sharing: 'public',
    });
    add('address', `a-${i}`, {
      personId: PERSON_ID,
      facilityId: `f-${i}`,
      lines: [`Қарағанды облысы, учреждение УГ-${160 + i}/${i + 3}`, person.nativeName],
      linesLatin: [`Qaraghandy oblysy, UG-${160 + i}/${i + 3}`, person.name],
      validFrom: dayAfter('2019-03-01', i * 700),
      validTo: i < 2 ? dayAfter('2019-03-01', (i + 1) * 700 - 1) : null,
      sharing: i === 0 ? 'private' : 'public',
    });
  }
  for (let i = 0; i < 2; i += 1) {
    add('case', `c-${i}`, {
      personId: PERSON_ID,
      title: `Case ${i + 1}: ${makeText(vocabulary, random, 'en', 40)}`,
      charges: [{ article: `${174 + i}`, text: makeText(vocabulary, random, 'ru', 60) }],
      court: 'Specialised Inter-district Criminal Court',
      arrestDate: dayAfter('2019-02-20', i * 900),
      hearingDates: Array.from({ length: 12 }, (_, h) => dayAfter('2019-06-01', i * 900 + h * 20)),
      verdictDate: dayAfter('2019-12-01', i * 900),
      status: 'convicted',
      sharing: 'public',
    });
  }
  for (let i = 0; i < COUNTS.events; i += 1) {
    add('event', `e-${i}`, {
      personId: PERSON_ID,
      date: dayAfter('2019-02-20', random.int(0, 2100)),
      type: random.pick(['hearing', 'transfer', 'health', 'visit', 'hunger-strike', 'other']),
      text: makeText(vocabulary, random, random.pick(['ru', 'en', 'kk']), 200),
      sharing: sharing(),
    });
  }
  for (let i = 0; i < COUNTS.letters; i += 1) {
    const sent = dayAfter('2019-03-01', random.int(0, 2100));
    add('letter', `l-${i}`, {
      personId: PERSON_ID,
      direction: random.chance(0.3) ? 'in' : 'out',
      writer: random.pick(['Dana S.', 'Olga M.', 'Jamila R.', person.name]),
      channel: random.pick(['post', 'registered-post', 'e-letter', 'via-lawyer']),
      sentOn: sent,
      status: random.pick(['sent', 'delivered', 'answered', 'returned', 'lost']),
      summary: makeText(vocabulary, random, random.pick(['ru', 'en', 'kk']), random.int(80, 400)),
      addressSnapshot: { lines: [`Учреждение УГ-16${i % 3}`, person.nativeName], country: 'KZ' },
      sharing: sharing(),
    });
  }
  for (let i = 0; i < COUNTS.articles; i += 1) {
    const language = random.pick(['ru', 'en', 'kk'] as const);
    add('article', `ar-${i}`, {
      title: makeText(vocabulary, random, language, 70),
      source: random.pick(['Steppe Herald', 'Дала хабары', 'Qazaq Watch']),
      date: dayAfter('2019-03-01', random.int(0, 2100)),
      language,
      url: `https://news.example.org/${i}`,
      body: makeText(vocabulary, random, language, random.int(2000, 5000), [person.nativeName]),
      personIds: [PERSON_ID],
      sharing: sharing(),
    });
  }
  const archive = await Archive.open(dir, { create: true, name: 'Export bench (fictional)' });
  try {
    for (let i = 0; i < COUNTS.documents; i += 1) {
      const title = `Court ruling No. ${i + 1} in the case of ${person.name}`;
      const bytes = await smallPdf(
        title,
        makeText(vocabulary, random, 'en', 1200),
        new Date(stamp),
      );
      const hash = await archive.blobs.put(bytes);
      const documentSharing = sharing();
      add('attachment', `att-${i}`, {
        hash,
        originalName: `ruling-${i + 1}.pdf`,
        mediaType: 'application/pdf',
        size: bytes.length,
        sharing: documentSharing,
      });
      add('document', `d-${i}`, {
        title,
        docType: random.pick(['ruling', 'verdict', 'indictment', 'appeal', 'official-reply']),
        date: dayAfter('2019-03-01', random.int(0, 2100)),
        caseId: `c-${i % 2}`,
        personIds: [PERSON_ID],
        attachmentIds: [`att-${i}`],
        text: makeText(vocabulary, random, 'ru', 3000),
        sharing: documentSharing,
      });
    }
    const { problems } = await archive.addMany(items);
    if (problems.length) throw new Error(`records refused: ${JSON.stringify(problems[0])}`);
  } finally {
    await archive.close();
  }
}

// ------------------------------------------------------------------ one export, measured

async function measure(dir: string, format: Format): Promise<Measurement> {
  const archive = await Archive.open(dir);
  try {
    const rssAfterOpen = process.memoryUsage().rss;
    const out = path.join(dir, '..', `out-${format}`);

    // Baseline: the same records read whole, as one JSON file.
    const baselineStart = performance.now();
    const records: unknown[] = [await archive.get('person', PERSON_ID)];
    for (const kind of ['address', 'case', 'event', 'letter', 'article', 'document'] as const) {
      for (const stored of archive.list(kind, { personId: PERSON_ID }).items) {
        records.push(await archive.hydrate(kind, stored));
      }
    }
    const json = JSON.stringify(records);
    await writeFileAtomically(`${out}.json`, json);
    const baselineMs = performance.now() - baselineStart;

    const exportStart = performance.now();
    const cpuStart = process.cpuUsage();
    const now = new Date();
    const { model } = await collectDossier(archive, PERSON_ID, 'team', { now });
    const collectMs = performance.now() - exportStart;
    const meta = { archiveName: archive.info.name, exportedAt: now };
    const file = `${out}.${format}`;
    await writeFileAtomically(
      file,
      format === 'pdf' ? await dossierPdf(model, meta) : dossierZip(model, meta, archive.blobs),
    );
    const exportMs = performance.now() - exportStart;
    const cpu = process.cpuUsage(cpuStart);
    return {
      format,
      baselineMs,
      baselineBytes: Buffer.byteLength(json),
      collectMs,
      exportMs,
      exportCpuMs: (cpu.user + cpu.system) / 1000,
      exportBytes: (await fs.stat(file)).size,
      rssAfterOpen,
      peakRss: process.resourceUsage().maxRSS * 1024,
    };
  } finally {
    await archive.close();
  }
}

function runPhase(dir: string, format: Format): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(HERE, 'export-bench.ts'), '--phase', format, '--dir', dir],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`the ${format} export failed (exit ${code})`));
      else resolve(JSON.parse(output.trim().split('\n').pop()!) as Measurement);
    });
  });
}

// ------------------------------------------------------------------ main

const options = parseArgs(process.argv.slice(2));
if (options.phase) {
  process.stdout.write(`${JSON.stringify(await measure(options.dir!, options.phase))}\n`);
} else {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-export-bench-'));
  try {
    const dir = path.join(root, 'archive');
    log(
      `Generating a prisoner with ${COUNTS.letters} letters, ${COUNTS.articles} articles and ${COUNTS.documents} documents with PDF files (seed ${options.seed})…`,
    );
    const started = performance.now();
    await generate(dir, options.seed);
    log(`  done in ${ms(performance.now() - started)}`);
    const results: Measurement[] = [];
    for (const format of ['pdf', 'zip'] as const) results.push(await runPhase(dir, format));

    const rows = results.map((r) => [
      r.format.toUpperCase(),
      ms(r.exportMs),
      ms(r.exportCpuMs),
      ms(r.collectMs),
      mb(r.exportBytes),
      ms(r.baselineMs),
      `${(r.exportMs / r.baselineMs).toFixed(1)}×`,
      mb(r.rssAfterOpen),
      mb(r.peakRss),
      r.exportMs <= TARGET_MS ? 'ok' : 'OVER',
    ]);
    const headers = [
      'export',
      'time',
      'CPU',
      'of which collect',
      'size',
      'baseline (JSON)',
      'ratio',
      'RSS after open',
      'peak RSS',
      `≤ ${TARGET_MS / 1000} s`,
    ];
    const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
    const line = (cells: readonly string[]) =>
      cells
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
        .join('  ');
    log();
    log(line(headers));
    for (const row of rows) log(line(row));
    log();
    log(
      `Baseline: the same ${mb(results[0].baselineBytes)} of records read whole, JSON.stringify'd and written atomically, in the same process before the export.`,
    );
    log(
      `Time runs from the open archive to the file on disk, loading pdfkit and the fonts included; load average now ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores.`,
    );
    if (results.some((r) => r.exportMs > TARGET_MS)) process.exitCode = 1;
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
}
