import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { cli } from '../../fixtures/run-cli';
import { PRISONER, buildPrisonerArchive, pdfText, tempDir } from '../dossier/fixture';

describe('casefile export dossier and export addresses', () => {
  let dir: string;
  let archive: string;

  beforeEach(async () => {
    dir = await tempDir('casefile-cli-dossier-');
    await (await buildPrisonerArchive(dir)).close();
    archive = path.join(dir, 'archive');
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes a PDF at team level by default, found by id or by a name in either script', async () => {
    const out = path.join(dir, 'dossier.pdf');
    const byId = await cli(['export', 'dossier', PRISONER.id, '--out', out, '--archive', archive]);
    expect(byId).toEqual({
      code: 0,
      out: `Wrote the dossier of ${PRISONER.name} to ${out} (team level; nothing was left out).\n`,
      err: '',
    });
    const text = (await pdfText(await fs.readFile(out), dir)).replace(/\s+/g, ' ');
    expect(text).toContain(PRISONER.nativeName);
    expect(text).toContain('TEAM LEVEL');
    expect(text).toContain('Began a hunger strike');

    const byName = await cli([
      'export',
      'dossier',
      'ғалымжан  үңгірбаев',
      '--out',
      out,
      '--level',
      'public',
      '--archive',
      archive,
    ]);
    expect(byName.out).toContain('(public level; 6 records were left out).');
    const publicText = (await pdfText(await fs.readFile(out), dir)).replace(/\s+/g, ' ');
    expect(publicText).not.toContain('Began a hunger strike');
  });

  it('writes HTML and ZIP by the ending of the file name', async () => {
    const html = path.join(dir, 'dossier.html');
    const zip = path.join(dir, 'dossier.zip');
    expect(
      (await cli(['export', 'dossier', PRISONER.id, '--out', html, '--archive', archive])).code,
    ).toBe(0);
    expect(await fs.readFile(html, 'utf8')).toContain(`<h1>${PRISONER.name}</h1>`);
    expect(
      (await cli(['export', 'dossier', 'Қарабүркіт', '--out', zip, '--archive', archive])).code,
    ).toBe(0);
    expect(Object.keys(unzipSync(await fs.readFile(zip)))).toContain('dossier.pdf');
  });

  it('writes an address list for persons, a tag, or every prisoner', async () => {
    const out = path.join(dir, 'addresses.csv');
    const byTag = await cli([
      'export',
      'addresses',
      '--tag',
      'Letters-Evening',
      '--out',
      out,
      '--archive',
      archive,
    ]);
    expect(byTag).toMatchObject({ code: 0, out: `Wrote 1 address to ${out} (team level).\n` });
    const csv = await fs.readFile(out, 'utf8');
    expect(csv.startsWith('\ufeffName,Native name,')).toBe(true);
    expect(csv).toContain(PRISONER.nativeName);

    const byPersons = await cli([
      'export',
      'addresses',
      PRISONER.id,
      'p-lawyer',
      '--out',
      out,
      '--archive',
      archive,
    ]);
    expect(byPersons.out).toBe(
      `Wrote 1 address to ${out} (team level).\nNo current address shared at the team level for: Saule Omarqyzy.\n`,
    );
    const everyPrisoner = await cli([
      'export',
      'addresses',
      '--out',
      out,
      '--level',
      'public',
      '--archive',
      archive,
    ]);
    expect(everyPrisoner).toMatchObject({
      code: 0,
      out: `Wrote 1 address to ${out} (public level).\n`,
    });
  });

  it.each([
    [['export', 'dossier', PRISONER.id], 2, 'Name the file to write with --out FILE.pdf\n'],
    [
      ['export', 'dossier', '--out', 'x.pdf'],
      2,
      'Name one person: casefile export dossier PERSON --out FILE.pdf\n',
    ],
    [
      ['export', 'dossier', PRISONER.id, '--out', 'x.docx'],
      2,
      'A dossier is written as .pdf, .html or .zip: end the --out file name with one of them.\n',
    ],
    [
      ['export', 'dossier', PRISONER.id, '--out', 'x.pdf', '--level', 'secret'],
      2,
      '--level takes public, team or private.\n',
    ],
    [
      ['export', 'addresses', '--out', 'x.txt'],
      2,
      'An address list is written as .csv: end the --out file name with .csv.\n',
    ],
    [
      ['export', 'addresses', PRISONER.id, '--tag', 't', '--out', 'x.csv'],
      2,
      'Give either --tag or persons, not both.\n',
    ],
    [
      ['export', 'dossier', 'Nobody Known', '--out', 'x.pdf'],
      1,
      'No person with the id or name "Nobody Known" is in this archive.\n',
    ],
    [
      ['export', 'addresses', '--tag', 'no-such-tag', '--out', 'x.csv'],
      1,
      'No person has the tag "no-such-tag".\n',
    ],
  ])('%j fails with exit %i and one sentence', async (args, code, err) => {
    const result = await cli([...args, '--archive', archive]);
    expect(result).toEqual({ code, out: '', err });
  });

  it('refuses a person below the level and writes nothing', async () => {
    const out = path.join(dir, 'wife.pdf');
    const result = await cli([
      'export',
      'dossier',
      'p-wife',
      '--out',
      out,
      '--level',
      'public',
      '--archive',
      archive,
    ]);
    expect(result).toEqual({
      code: 1,
      out: '',
      err: 'The person p-wife is marked team, so no dossier of them can be exported at the public level.\n',
    });
    expect(await fs.readdir(dir)).toEqual(['archive']);
  });
  it('prints envelopes (DL by default, or C5) and A4 label sheets for a tag', async () => {
    const envelopes = path.join(dir, 'envelopes.pdf');
    const dl = await cli([
      'export',
      'envelopes',
      '--tag',
      'letters-evening',
      '--out',
      envelopes,
      '--archive',
      archive,
    ]);
    expect(dl).toEqual({
      code: 0,
      out: `Wrote 1 envelope to ${envelopes} (team level).\n`,
      err: '',
    });
    const text = await pdfText(await fs.readFile(envelopes), dir);
    expect(text).toContain('Үңгірбаев Ғалымжан Һәкімұлы');
    expect(text).toContain('Өндіріс көшесі, 12');
    const labels = path.join(dir, 'labels.pdf');
    expect(
      (await cli(['export', 'labels', PRISONER.id, '--out', labels, '--archive', archive])).out,
    ).toBe(`Wrote 1 label to ${labels} (team level).\n`);
    expect(await pdfText(await fs.readFile(labels), dir)).toContain('Казахстан');
    const wrong = await cli([
      'export',
      'envelopes',
      PRISONER.id,
      '--envelope',
      'a6',
      '--out',
      envelopes,
      '--archive',
      archive,
    ]);
    expect(wrong.code).not.toBe(0);
    expect(wrong.err).toContain('--envelope takes dl (220 × 110 mm) or c5 (229 × 162 mm).');
  });
});
