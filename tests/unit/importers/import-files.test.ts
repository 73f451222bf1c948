import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import { verifyArchive } from '../../../src/main/archive/verify';
import { importFiles, type ImportReport } from '../../../src/main/importers';
import { CANCELLED } from '../../../src/main/importers/extraction-pool';
import { MESSAGES } from '../../../src/main/importers/extract-pdf';
import { makeTempDir, removeDir } from '../archive/helpers';
import { cp1251, koi8r, makeDocx, makeEmail, makePdf, makeZipBombDocx, utf16 } from './fixtures';

let dir: string;
let files: string;
let archive: Archive;

beforeEach(async () => {
  dir = await makeTempDir('import');
  files = path.join(dir, 'files');
  await fs.mkdir(files);
  archive = await Archive.open(path.join(dir, 'archive'), { create: true });
  await archive.create(
    'person',
    {
      name: 'Nurlan Kushakbaev',
      nativeName: 'Нұрлан Кушакбаев',
      aliases: ['Nurlan Kushakbayev'],
      role: 'prisoner',
    },
    'p-nurlan',
  );
  await archive.create(
    'person',
    { name: 'Aigul Kushakbaeva', nativeName: 'Айгүл Кушакбаева', role: 'relative' },
    'p-aigul',
  );
  await archive.create(
    'person',
    { name: 'Erlan Seitkali', nativeName: 'Ерлан Сейтқали', role: 'prisoner' },
    'p-erlan',
  );
  await archive.create('facility', { code: 'ЕЦ-166/5', name: 'Fictional colony' }, 'f-166');
});

afterEach(async () => {
  await archive.close();
  await removeDir(dir);
});

async function put(name: string, bytes: Uint8Array | string): Promise<string> {
  const file = path.join(files, name);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes);
  return file;
}

const RUSSIAN_NEWS = 'Суд продлил срок содержания под стражей Кушакбаеву до 10 июня 2024 года.';

function expectWhole(report: ImportReport) {
  expect(report.cancelled).toBe(false);
  return verifyArchive(archive).then((problems) => expect(problems).toEqual([]));
}

describe('importFiles', () => {
  it('imports a mixed batch of formats and encodings in worker threads', async () => {
    await put('ru/utf8.txt', `Новость\n${RUSSIAN_NEWS}`);
    await put('ru/cp1251.txt', cp1251(`Старая новость\n${RUSSIAN_NEWS}`));
    await put('ru/koi8.txt', koi8r(`Очень старая новость\n${RUSSIAN_NEWS}`));
    await put('kk/utf16.txt', utf16('Ерлан Сейтқали ЕЦ-166/5 мекемесіне ауыстырылды.', 'le', true));
    await put('kk/note.md', '# Үндеу\n\nНұрлан Кушакбаевқа хат жазыңыз.');
    await put('web/page.html', '<title>Appeal</title><p>Write to Nurlan Kushakbayev.</p>');
    await put('court/ruling.pdf', await makePdf({ pages: ['ПОСТАНОВЛЕНИЕ', RUSSIAN_NEWS] }));
    await put('court/verdict.docx', makeDocx(['ПРИГОВОР', 'Ерлан Сейтқали признан виновным.']));
    const scan = await makePdf({ pages: ['Хат'] });
    await put(
      'mail/letter.eml',
      makeEmail({
        from: 'Айгүл Кушакбаева|aigul@example.org',
        subject: 'Хат келді',
        date: 'Tue, 12 Mar 2024 10:00:00 +0500',
        body: 'Нұрлан Кушакбаевтан хат келді.',
        attachment: { name: 'scan.pdf', type: 'application/pdf', bytes: scan },
      }),
    );
    const progress: string[] = [];
    const report = await importFiles(archive, [files], {
      workers: 2,
      onProgress: (p) => progress.push(`${p.done} of ${p.total}`),
    });
    expect(report.failed).toEqual([]);
    expect(report.created.map((c) => [path.relative(files, c.file), c.kind])).toEqual([
      ['court/ruling.pdf', 'document'],
      ['court/verdict.docx', 'document'],
      ['kk/note.md', 'article'],
      ['kk/utf16.txt', 'article'],
      ['mail/letter.eml', 'letter'],
      ['ru/cp1251.txt', 'article'],
      ['ru/koi8.txt', 'article'],
      ['ru/utf8.txt', 'article'],
      ['web/page.html', 'article'],
    ]);
    expect(progress).toHaveLength(9);
    expect(progress.at(-1)).toBe('9 of 9');

    const byName = (name: string) => report.created.find((c) => c.file.endsWith(name))!;
    for (const name of ['utf8.txt', 'cp1251.txt', 'koi8.txt']) {
      const created = byName(name);
      const stored = await archive.get('article', created.id);
      expect(stored.body).toContain(RUSSIAN_NEWS);
      expect(created.mentions.persons.map((p) => [p.personId, p.form])).toEqual([
        ['p-nurlan', 'Кушакбаеву'],
      ]);
      expect(created.mentions.facts[0]).toMatchObject({ type: 'detention', date: '2024-06-10' });
    }
    expect(byName('utf16.txt').mentions.facilities).toEqual([
      expect.objectContaining({ code: 'ЕЦ-166/5', facilityId: 'f-166' }),
    ]);

    const ruling = await archive.get('document', byName('ruling.pdf').id);
    expect(ruling).toMatchObject({ docType: 'ruling', title: 'ПОСТАНОВЛЕНИЕ' });
    const [attachmentId] = ruling.attachmentIds;
    const attachment = archive.stored('attachment', attachmentId);
    expect(attachment).toMatchObject({ originalName: 'ruling.pdf', mediaType: 'application/pdf' });
    const original = await fs.readFile(path.join(files, 'court/ruling.pdf'));
    expect((await archive.blobs.get(attachment.hash)).equals(original)).toBe(true);

    const letter = await archive.get('letter', byName('letter.eml').id);
    // Filed under the prisoner it names; his wife, whom the archive knows, wrote it in.
    expect(letter).toMatchObject({
      personId: 'p-nurlan',
      direction: 'in',
      receivedOn: '2024-03-12',
      channel: 'email',
      writer: 'Айгүл Кушакбаева',
      writtenOn: '2024-03-12',
    });
    expect(letter.scanIds).toHaveLength(2);
    expect(archive.stored('attachment', letter.scanIds[1]).originalName).toBe('scan.pdf');
    await expectWhole(report);
  });

  const bad: [string, () => Promise<Uint8Array | string>, RegExp | string][] = [
    ['empty.txt', async () => '', 'This file is empty.'],
    [
      'binary.txt',
      async () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2]),
      'This file is not text.',
    ],
    [
      'truncated.pdf',
      async () => (await makePdf({ pages: [RUSSIAN_NEWS] })).subarray(0, 3000),
      MESSAGES.truncated,
    ],
    [
      'corrupt.pdf',
      async () => {
        const pdf = Buffer.from(await makePdf({ pages: [RUSSIAN_NEWS] }));
        pdf.fill(0x41, 30, pdf.length - 30);
        return pdf;
      },
      MESSAGES.damaged,
    ],
    [
      'encrypted.pdf',
      () => makePdf({ pages: [RUSSIAN_NEWS], userPassword: 'secret' }),
      MESSAGES.encrypted,
    ],
    ['bomb.docx', async () => makeZipBombDocx(), /built to explode/],
    ['fake.docx', async () => 'Бұл Word құжаты емес.', /not a Word document/],
    ['notes.xyz', async () => 'Сәлем', /Files of this kind \(\.xyz\) are not imported/],
  ];

  it.each(bad)(
    'reports %s with its reason, imports the rest, and leaves the archive whole',
    async (name, make, reason) => {
      const badFile = await put(name, await make());
      const good = await put('good.txt', `Жақсы файл\n${RUSSIAN_NEWS}`);
      const report = await importFiles(archive, [badFile, good], { workers: 0 });
      expect(report.failed).toEqual([{ file: badFile, reason: expect.stringMatching(reason) }]);
      expect(report.created.map((c) => c.file)).toEqual([good]);
      // The bad file left nothing behind: one attachment, the good file's.
      expect(archive.count('attachment')).toBe(1);
      await expectWhole(report);
    },
  );

  it('runs no script of a PDF that carries one, keeps its text, and says so', async () => {
    const file = await put(
      'script.pdf',
      await makePdf({ pages: [RUSSIAN_NEWS], openScript: 'globalThis.__pdfScriptRan = 1;' }),
    );
    const report = await importFiles(archive, [file], { workers: 1 });
    expect((globalThis as Record<string, unknown>).__pdfScriptRan).toBeUndefined();
    expect(report.created[0].notes).toContain(MESSAGES.javascript);
    expect((await archive.get('document', report.created[0].id)).text).toContain('Кушакбаеву');
    await expectWhole(report);
  });

  it('refuses a file over the size limit before reading it', async () => {
    // A sparse file: 300 MB long, no disk used; reading it would take a while.
    const huge = path.join(files, 'huge.txt');
    await fs.writeFile(huge, '');
    await fs.truncate(huge, 300 * 1024 * 1024);
    const small = await put('small.txt', 'x'.repeat(2000));
    const started = Date.now();
    const report = await importFiles(archive, [huge, small], {
      workers: 0,
      limits: { maxFileBytes: 1000 },
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(report.failed).toEqual([
      { file: huge, reason: 'This file is larger than 1000 bytes, the most an import takes.' },
      { file: small, reason: 'This file is larger than 1000 bytes, the most an import takes.' },
    ]);
    const byDefault = await importFiles(archive, [huge], { workers: 0 });
    expect(byDefault.failed[0].reason).toBe(
      'This file is larger than 200 MB, the most an import takes.',
    );
    await expectWhole(report);
  });

  it('keeps a scan without text, marked for OCR', async () => {
    const file = await put('scan.pdf', await makePdf({ pages: ['', ''], picturesOnly: true }));
    const report = await importFiles(archive, [file], { workers: 0 });
    const doc = archive.stored('document', report.created[0].id);
    expect(doc.tags).toEqual(['needs-ocr']);
    expect(report.created[0].notes.join(' ')).toMatch(/OCR/);
    await expectWhole(report);
  });

  it('skips the same content twice in a batch and on a second import', async () => {
    const first = await put('a/one.txt', cp1251(RUSSIAN_NEWS));
    const again = await put('b/same.txt', cp1251(RUSSIAN_NEWS));
    const report = await importFiles(archive, [files], { workers: 0 });
    expect(report.created.map((c) => c.file)).toEqual([first]);
    expect(report.skipped).toEqual([
      { file: again, reason: expect.stringContaining(first), duplicateOf: first },
    ]);
    const second = await importFiles(archive, [files], { workers: 0 });
    expect(second.created).toEqual([]);
    expect(second.skipped.map((s) => s.duplicateOf)).toEqual([
      report.created[0].attachmentIds[0],
      report.created[0].attachmentIds[0],
    ]);
    expect(archive.count('article')).toBe(1);
    await expectWhole(second);
  });

  it('keeps the first listed of several copies, however the reads interleave', async () => {
    // A PDF of some size, so that reading the copies at once takes a while and their
    // reads finish in no fixed order.
    const pdf = await makePdf({
      pages: Array.from({ length: 40 }, (_, page) => `${RUSSIAN_NEWS} Бет ${page + 1}.`),
    });
    const copies: string[] = [];
    for (const name of ['шағым.pdf', 'шағым (1).pdf', 'шағым (2).pdf', 'шағым (3).pdf'])
      copies.push(await put(name, pdf));
    for (const order of [copies, [...copies].reverse()]) {
      const fresh = await Archive.open(path.join(dir, `archive-${order === copies ? 1 : 2}`), {
        create: true,
      });
      try {
        const report = await importFiles(fresh, order, { workers: 2 });
        expect(report.created.map((c) => c.file)).toEqual([order[0]]);
        expect(report.skipped.map((s) => [s.file, s.duplicateOf])).toEqual(
          order.slice(1).map((file) => [file, order[0]]),
        );
      } finally {
        await fresh.close();
      }
    }
  });

  it('keeps an e-mail that names no person of the archive as a document, attachments linked', async () => {
    const file = await put(
      'unknown.eml',
      makeEmail({
        from: 'Volunteer|volunteer@example.org',
        subject: 'Жалпы жиналыс',
        date: 'Wed, 13 Mar 2024 18:00:00 +0000',
        body: 'Жиналыс сейсенбіде болады.',
        attachment: { name: 'agenda.txt', type: 'text/plain', bytes: Buffer.from('Күн тәртібі') },
      }),
    );
    const report = await importFiles(archive, [file], { workers: 0 });
    expect(report.created[0]).toMatchObject({ kind: 'document', title: 'Жалпы жиналыс' });
    const doc = await archive.get('document', report.created[0].id);
    expect(doc.tags).toEqual(['email']);
    expect(doc.attachmentIds).toHaveLength(2);
    expect(doc.text).toContain('From: Volunteer <volunteer@example.org>');
    await expectWhole(report);
  });

  it('stops when cancelled: finished files are kept, the rest reported, the archive whole', async () => {
    for (let i = 0; i < 8; i += 1)
      await put(`n${i}.txt`, `Хабар ${i}\n${RUSSIAN_NEWS} ${'ә'.repeat(i)}`);
    const controller = new AbortController();
    const report = await importFiles(archive, [files], {
      workers: 1,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 2) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.created.length).toBeGreaterThanOrEqual(2);
    expect(report.created.length + report.skipped.length).toBe(8);
    expect(report.skipped.every((s) => s.reason === CANCELLED)).toBe(true);
    expect(archive.count('article')).toBe(report.created.length);
    expect(await verifyArchive(archive)).toEqual([]);
  });

  it('reports every file of a batch the archive could not store, and goes on', async () => {
    const one = await put('one.txt', 'Бірінші');
    const two = await put('two.txt', 'Екінші');
    await archive.close();
    const report = await importFiles(archive, [one, two], { workers: 0 });
    expect(report.created).toEqual([]);
    expect(report.failed).toEqual([
      { file: one, reason: 'The archive could not store it (This archive has been closed).' },
      { file: two, reason: 'The archive could not store it (This archive has been closed).' },
    ]);
  });

  it('reports a path that does not exist', async () => {
    const report = await importFiles(archive, [path.join(dir, 'nowhere')], { workers: 0 });
    expect(report.failed).toEqual([
      { file: path.join(dir, 'nowhere'), reason: 'There is no such file or folder.' },
    ]);
  });
});
