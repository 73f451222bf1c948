/**
 * A small fictional archive for the dossier tests: one prisoner whose names use the Kazakh
 * letters (ә ғ қ ң ө ұ ү һ і), with a facility, addresses, a case, events, letters, articles
 * and documents with files, at public and team level. Every name here is invented.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Archive } from '../../../src/main/archive/archive';
import type { SharingLevel } from '../../../src/shared/records';

const run = promisify(execFile);

export const NOW = new Date('2025-03-01T12:00:00Z');
export const META = { archiveName: 'Test archive «Дала»', exportedAt: NOW };

export const PRISONER = {
  id: 'p-ungirbaev',
  name: 'Galymzhan Ungirbayev',
  nativeName: 'Ғалымжан Үңгірбаев',
  aliases: ['Үңгірбаев Ғалымжан Һәкімұлы', 'Өңгірбаев', 'Қарабүркіт'],
};

/** The original bytes of the files kept with documents and letters. */
export const FILES = {
  indictment: Buffer.from('%PDF-1.4\n% fictional indictment of Ғалымжан Үңгірбаев\n%%EOF\n'),
  scan: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]),
  teamNote: Buffer.from('A team-only note about the appeal.\n'),
};

export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function openEmptyArchive(dir: string): Promise<Archive> {
  return Archive.open(path.join(dir, 'archive'), {
    create: true,
    name: META.archiveName,
    now: () => NOW,
  });
}

async function attach(
  archive: Archive,
  id: string,
  bytes: Buffer,
  originalName: string,
  mediaType: string,
  sharing: SharingLevel,
): Promise<string> {
  const hash = await archive.blobs.put(bytes);
  await archive.create(
    'attachment',
    { hash, originalName, mediaType, size: bytes.length, sharing },
    id,
  );
  return id;
}

/** Fills an archive with the prisoner's records; returns the archive, open. */
export async function buildPrisonerArchive(dir: string): Promise<Archive> {
  const archive = await openEmptyArchive(dir);
  await archive.create(
    'person',
    { name: 'Saule Omarqyzy', nativeName: 'Сәуле Омарқызы', role: 'lawyer', sharing: 'public' },
    'p-lawyer',
  );
  await archive.create(
    'person',
    {
      name: 'Aizhan Ungirbayeva',
      nativeName: 'Айжан Үңгірбаева',
      role: 'relative',
      sharing: 'team',
    },
    'p-wife',
  );
  await archive.create(
    'person',
    {
      ...PRISONER,
      birthDate: '1984-06-17',
      role: 'prisoner',
      status: 'pre-trial',
      tags: ['blogger', 'letters-evening'],
      notes: 'Writes a blog about the steppe towns. Prefers letters in Kazakh.',
      relations: [
        { personId: 'p-lawyer', type: 'lawyer of' },
        { personId: 'p-wife', type: 'wife of' },
      ],
      sharing: 'public',
    },
    PRISONER.id,
  );
  await archive.create(
    'facility',
    {
      code: 'ЖД-161/4',
      name: 'Fictional pre-trial centre No. 4',
      type: 'pre-trial detention centre',
      region: 'Қарағанды облысы',
      addressLines: ['Қарағанды облысы, Теміртау қ.', 'Өндіріс көшесі, 12'],
      postcode: '101400',
      letterRules: {
        language: 'Kazakh or Russian',
        whoMayWrite: 'Anyone',
        eLetterService: 'ХатЖолда',
      },
      sharing: 'public',
    },
    'f-centre',
  );
  await archive.create(
    'address',
    {
      personId: PRISONER.id,
      facilityId: 'f-centre',
      lines: [
        'Қарағанды облысы, Теміртау қ.',
        'Өндіріс көшесі, 12',
        'ЖД-161/4 мекемесі',
        'Үңгірбаев Ғалымжан Һәкімұлы',
      ],
      linesLatin: [
        'Qaraghandy oblysy, Temirtau q.',
        'Ondiris koshesi, 12',
        'ZhD-161/4 mekemesi',
        'Ungirbayev Galymzhan Hakimuly',
      ],
      postcode: '101400',
      validFrom: '2023-06-02',
      sharing: 'public',
    },
    'a-now',
  );
  await archive.create(
    'address',
    {
      personId: PRISONER.id,
      lines: ['Астана қ., Сарыарқа ауданы, ИВС'],
      validFrom: '2023-05-01',
      validTo: '2023-06-01',
      sharing: 'team',
    },
    'a-before',
  );
  await archive.create(
    'case',
    {
      personId: PRISONER.id,
      title: 'Ungirbayev: posts on the steppe towns',
      charges: [{ article: '274 ч.2', text: 'dissemination of knowingly false information' }],
      court: 'Temirtau City Court',
      judge: 'Fictional Judge Bekova',
      lawyerId: 'p-lawyer',
      arrestDate: '2023-05-01',
      detentionExtensions: [{ decidedOn: '2023-06-28', until: '2023-09-01' }],
      hearingDates: ['2024-01-15', '2023-12-01'],
      status: 'trial',
      sharing: 'public',
    },
    'c-main',
  );
  await archive.create(
    'event',
    {
      personId: PRISONER.id,
      date: '2023-05-01',
      type: 'arrest',
      text: 'Detained at dawn.',
      sharing: 'public',
    },
    'e-arrest',
  );
  await archive.create(
    'event',
    {
      personId: PRISONER.id,
      date: '2024-02-10',
      type: 'hunger-strike',
      text: 'Began a hunger strike against the ban on letters.',
      sharing: 'team',
    },
    'e-strike',
  );
  await attach(archive, 'att-scan', FILES.scan, 'scan of reply.png', 'image/png', 'public');
  const statuses = ['sent', 'delivered', 'answered', 'returned', 'lost', 'sent'] as const;
  for (let i = 0; i < 12; i += 1) {
    await archive.create(
      'letter',
      {
        personId: PRISONER.id,
        direction: i % 4 === 3 ? 'in' : 'out',
        writer: i % 4 === 3 ? PRISONER.name : 'Volunteer Dana',
        channel: i % 2 ? 'e-letter' : 'post',
        sentOn: `2024-${String(i + 1).padStart(2, '0')}-10`,
        status: statuses[i % statuses.length],
        summary: `Letter number ${i + 1}: news from home.`,
        scanIds: i === 3 ? ['att-scan'] : [],
        addressId: 'a-now',
        sharing: i === 11 ? 'team' : 'public',
      },
      `l-${String(i + 1).padStart(2, '0')}`,
    );
  }
  await archive.create(
    'article',
    {
      title: 'Blogger Ungirbayev held for a year',
      source: 'Steppe Herald',
      author: 'Fictional Reporter',
      date: '2024-05-01',
      language: 'en',
      url: 'https://example.org/steppe-herald/ungirbayev',
      body: `The blogger Galymzhan Ungirbayev has now spent a year in custody. ${'His supporters keep writing to him every week. '.repeat(20)}`,
      personIds: [PRISONER.id],
      sharing: 'public',
    },
    'ar-year',
  );
  await archive.create(
    'article',
    {
      title: 'Ғалымжан Үңгірбаевқа хат жазыңыз',
      date: '2024-07-01',
      language: 'kk',
      body: 'Қолдаушылар хат жазуды жалғастырады.',
      personIds: [PRISONER.id],
      sharing: 'team',
    },
    'ar-call',
  );
  await attach(
    archive,
    'att-indictment',
    FILES.indictment,
    'Обвинительный акт.pdf',
    'application/pdf',
    'public',
  );
  await attach(archive, 'att-team-note', FILES.teamNote, 'note.txt', 'text/plain', 'team');
  await archive.create(
    'document',
    {
      title: 'Обвинительный акт по делу Г. Үңгірбаева',
      docType: 'indictment',
      date: '2023-11-20',
      court: 'Temirtau City Court',
      caseId: 'c-main',
      personIds: [PRISONER.id],
      attachmentIds: ['att-indictment'],
      text: 'Текст обвинительного акта.',
      sharing: 'public',
    },
    'd-indictment',
  );
  await archive.create(
    'document',
    {
      title: 'Appeal notes',
      docType: 'appeal',
      date: '2024-03-03',
      caseId: 'c-main',
      attachmentIds: ['att-team-note'],
      sharing: 'team',
    },
    'd-appeal-notes',
  );
  return archive;
}

/** The text of a PDF as Debian's pdftotext reads it. */
export async function pdfText(pdf: Uint8Array, dir: string): Promise<string> {
  const file = path.join(dir, `extract-${Math.random().toString(36).slice(2)}.pdf`);
  await fs.writeFile(file, pdf);
  const { stdout } = await run('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  await fs.rm(file, { force: true });
  return stdout;
}

/** Collects a stream of chunks into one buffer. */
export async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}
