import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Archive } from '../../../src/main/archive/archive';
import { BlobStore } from '../../../src/main/archive/content-stores';
import { writeFileAtomically } from '../../../src/main/dossier/atomic-file';
import { collectDossier } from '../../../src/main/dossier/collect-dossier';
import { dossierZip } from '../../../src/main/dossier/dossier-zip';
import { RECORDS_FORMAT } from '../../../src/main/dossier/records-json';
import { FILES, META, NOW, PRISONER, buildPrisonerArchive, pdfText, tempDir } from './fixture';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('dossierZip', () => {
  let dir: string;
  let archive: Archive;
  let entries: Record<string, Uint8Array>;

  beforeAll(async () => {
    dir = await tempDir('casefile-dossier-zip-');
    archive = await buildPrisonerArchive(dir);
    const { model } = await collectDossier(archive, PRISONER.id, 'team', { now: NOW });
    const out = path.join(dir, 'bundle.zip');
    await writeFileAtomically(out, dossierZip(model, META, archive.blobs));
    entries = unzipSync(await fs.readFile(out));
  });

  afterAll(async () => {
    await archive.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('holds the dossier, the records, the letters, a README and the original files', () => {
    expect(Object.keys(entries)).toEqual([
      'README.txt',
      'dossier.pdf',
      'records.json',
      'letters.csv',
      'documents/Обвинительный акт.pdf',
      'documents/note.txt',
      'letter-scans/scan of reply.png',
    ]);
    const readme = Buffer.from(entries['README.txt']).toString('utf8');
    for (const name of Object.keys(entries)) expect(readme).toContain(name);
    expect(readme).toContain(`Dossier of ${PRISONER.name} (${PRISONER.nativeName})`);
  });

  it('carries the original files byte for byte', () => {
    expect(sha256(entries['documents/Обвинительный акт.pdf'])).toBe(sha256(FILES.indictment));
    expect(sha256(entries['letter-scans/scan of reply.png'])).toBe(sha256(FILES.scan));
    expect(sha256(entries['documents/note.txt'])).toBe(sha256(FILES.teamNote));
  });

  it('has a readable dossier.pdf, records.json with whole records, and every letter in letters.csv', async () => {
    expect((await pdfText(entries['dossier.pdf'], dir)).replace(/\s+/g, ' ')).toContain(
      PRISONER.nativeName,
    );
    const records = JSON.parse(Buffer.from(entries['records.json']).toString('utf8'));
    expect(records).toMatchObject({ format: RECORDS_FORMAT, level: 'team', personId: PRISONER.id });
    expect(records.person.aliases).toEqual(PRISONER.aliases);
    expect(records.articles.find((a: { id: string }) => a.id === 'ar-year').body).toContain(
      'a year in custody',
    );
    expect(records.documents.find((d: { id: string }) => d.id === 'd-indictment').text).toBe(
      'Текст обвинительного акта.',
    );
    const csv = Buffer.from(entries['letters.csv']).toString('utf8');
    expect(csv.startsWith('\ufeffDate,Direction,')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd()).data;
    expect(rows).toHaveLength(13);
    expect(rows[4]).toContain('scan of reply.png');
    expect(rows[4][10]).toBe(
      'Қарағанды облысы, Теміртау қ.\nӨндіріс көшесі, 12\nЖД-161/4 мекемесі\nҮңгірбаев Ғалымжан Һәкімұлы\n101400',
    );
  });

  it('stops at a damaged file, and the export leaves no file behind', async () => {
    const { model } = await collectDossier(archive, PRISONER.id, 'team', { now: NOW });
    const blob = archive.files.resolve(BlobStore.pathOf(sha256(FILES.scan)));
    const original = await fs.readFile(blob);
    await fs.writeFile(blob, 'tampered');
    const out = path.join(dir, 'damaged.zip');
    try {
      await expect(
        writeFileAtomically(out, dossierZip(model, META, archive.blobs)),
      ).rejects.toThrow(
        "The archive's copy of scan of reply.png is damaged, so the bundle was not written.",
      );
    } finally {
      await fs.writeFile(blob, original);
    }
    expect((await fs.readdir(dir)).filter((name) => name.includes('damaged'))).toEqual([]);
  });
});
