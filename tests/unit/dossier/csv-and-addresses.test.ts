import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import Papa from 'papaparse';
import type { Archive } from '../../../src/main/archive/archive';
import { addressListCsv } from '../../../src/main/dossier/address-list';
import { toCsv } from '../../../src/main/dossier/csv';
import { NOW, PRISONER, buildPrisonerArchive, tempDir } from './fixture';

/** The cells of a CSV as a spreadsheet program reads them (byte order mark and all). */
function cells(csv: string): string[][] {
  expect(csv.startsWith('\ufeff')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1).trimEnd()).data;
}

describe('toCsv', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+7 701 000 00 00', "'+7 701 000 00 00"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+2', "'\t=1+2"],
    ['\r=1+2', "'\r=1+2"],
    ['=1+2\nsecond line', "'=1+2\nsecond line"],
    ['a = b + c', 'a = b + c'],
    ['Ғалымжан, "Қарабүркіт"', 'Ғалымжан, "Қарабүркіт"'],
  ])('writes %j so that a spreadsheet reads %j', (value, shown) => {
    const csv = toCsv(['Value'], [[value]]);
    expect(cells(csv)).toEqual([['Value'], [shown]]);
  });

  it('is UTF-8 with a byte order mark and CRLF line ends', () => {
    const csv = toCsv(['Name'], [['Үңгірбаев']]);
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv).toBe('\ufeffName\r\nҮңгірбаев\r\n');
  });
});

describe('addressListCsv', () => {
  let dir: string;
  let archive: Archive;

  beforeEach(async () => {
    dir = await tempDir('casefile-addresses-');
    archive = await buildPrisonerArchive(dir);
  });

  afterEach(async () => {
    await archive.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('lists the current address of each person, with the facility', async () => {
    const list = await addressListCsv(archive, [PRISONER.id], 'public', { now: NOW });
    expect(list).toMatchObject({ written: 1, withoutAddress: [], notShared: 0 });
    expect(cells(list.csv)).toEqual([
      [
        'Name',
        'Native name',
        'Facility',
        'Address',
        'Address in Latin letters',
        'Postcode',
        'Country',
        'Since',
        'Person id',
      ],
      [
        PRISONER.name,
        PRISONER.nativeName,
        'ЖД-161/4 — Fictional pre-trial centre No. 4',
        'Қарағанды облысы, Теміртау қ.\nӨндіріс көшесі, 12\nЖД-161/4 мекемесі\nҮңгірбаев Ғалымжан Һәкімұлы',
        'Qaraghandy oblysy, Temirtau q.\nOndiris koshesi, 12\nZhD-161/4 mekemesi\nUngirbayev Galymzhan Hakimuly',
        '101400',
        'KZ',
        '2023-06-02',
        PRISONER.id,
      ],
    ]);
  });

  it('guards names and address lines against formulas', async () => {
    await archive.create(
      'person',
      { name: '=HYPERLINK("x")', nativeName: '@Үңгір', sharing: 'team' },
      'p-formula',
    );
    await archive.create(
      'address',
      {
        personId: 'p-formula',
        lines: ['+7 Almaty', '-1'],
        linesLatin: ['-1 Tab'],
        postcode: '=1',
        sharing: 'team',
      },
      'a-formula',
    );
    const list = await addressListCsv(archive, ['p-formula'], 'team', { now: NOW });
    const [, row] = cells(list.csv);
    expect(row.slice(0, 6)).toEqual([
      '\'=HYPERLINK("x")',
      "'@Үңгір",
      '',
      "'+7 Almaty\n-1",
      "'-1 Tab",
      "'=1",
    ]);
  });

  it('names no person below the level and tells who has no current address at it', async () => {
    const list = await addressListCsv(archive, [PRISONER.id, 'p-wife', 'p-lawyer'], 'public', {
      now: NOW,
    });
    expect(list.written).toBe(1);
    expect(list.notShared).toBe(1);
    expect(list.withoutAddress).toEqual([{ id: 'p-lawyer', name: 'Saule Omarqyzy' }]);
    expect(list.csv).not.toContain('Aizhan');
  });
});
