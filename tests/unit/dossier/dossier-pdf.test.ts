import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Archive } from '../../../src/main/archive/archive';
import { collectDossier } from '../../../src/main/dossier/collect-dossier';
import { dossierPdf } from '../../../src/main/dossier/dossier-pdf';
import { writeSampleArchive } from '../../../src/main/sample/sample-archive';
import { META, NOW, PRISONER, buildPrisonerArchive, pdfText, tempDir } from './fixture';

const run = promisify(execFile);
const PREVIEW_DIR = path.resolve('test-results', 'dossier');

describe('dossierPdf', () => {
  let dir: string;
  let archive: Archive;
  let text: string;
  let pdf: Buffer;

  beforeAll(async () => {
    dir = await tempDir('casefile-dossier-pdf-');
    archive = await buildPrisonerArchive(dir);
    const { model } = await collectDossier(archive, PRISONER.id, 'team', { now: NOW });
    pdf = await dossierPdf(model, META);
    text = await pdfText(pdf, dir);
  });

  afterAll(async () => {
    await archive.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('is a PDF whose text holds the names in Latin, Cyrillic and Kazakh letters', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(PRISONER.name);
    expect(flat).toContain(PRISONER.nativeName);
    for (const alias of PRISONER.aliases) expect(flat).toContain(alias);
    for (const letter of 'әғқңөұүһі') expect(flat.toLowerCase()).toContain(letter);
  });

  it('shows status and days in detention on the cover, and the sections after it', () => {
    const cover = text.split('\f')[0].replace(/\s+/g, ' ');
    expect(cover).toContain('Pre-trial detention');
    expect(cover).toContain('670 days (since 2023-05-01)');
    expect(cover).toContain('TEAM LEVEL');
    for (const section of [
      'Person',
      'Address',
      'Cases',
      'Timeline',
      'Correspondence',
      'Articles',
      'Documents',
    ]) {
      expect(cover).toContain(section);
    }
    const rest = text.replace(/\s+/g, ' ');
    expect(rest).toContain('ЖД-161/4');
    expect(rest).toContain('ХатЖолда');
    expect(rest).toContain('Art. 274 ч.2: dissemination of knowingly false information');
    expect(rest).toContain('Blogger Ungirbayev held for a year');
    expect(rest).toContain('Обвинительный акт по делу Г. Үңгірбаева');
  });

  it('numbers every page "Page n of m" beside the archive name and the export date', () => {
    const pages = text.split('\f').filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(page).toContain('Test archive «Дала» · exported 2025-03-01 · team level');
    });
  });

  it('gives the same bytes for the same dossier and export time', async () => {
    const { model } = await collectDossier(archive, PRISONER.id, 'team', { now: NOW });
    expect((await dossierPdf(model, META)).equals(pdf)).toBe(true);
  });

  it('renders the sample prisoner’s first pages to PNG for a look (test-results/dossier)', async () => {
    const sample = await writeSampleArchive(path.join(dir, 'sample'), { now: () => NOW });
    try {
      const { model } = await collectDossier(sample, 'per-kushakbaev', 'team', { now: NOW });
      const file = path.join(dir, 'sample-dossier.pdf');
      await fs.writeFile(file, await dossierPdf(model, { ...META, archiveName: sample.info.name }));
      await fs.mkdir(PREVIEW_DIR, { recursive: true });
      const prefix = path.join(PREVIEW_DIR, 'sample-dossier');
      await run('/usr/bin/pdftoppm', ['-r', '60', '-png', '-l', '4', file, prefix]);
      const pngs = (await fs.readdir(PREVIEW_DIR)).filter((name) =>
        name.startsWith('sample-dossier-'),
      );
      expect(pngs.length).toBeGreaterThanOrEqual(3);
      for (const png of pngs) {
        const bytes = await fs.readFile(path.join(PREVIEW_DIR, png));
        expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      }
    } finally {
      await sample.close();
    }
  }, 60_000);
});
