import { describe, expect, it, vi } from 'vitest';
import * as fflate from 'fflate';

// Watched, to show that a bomb is refused before any part of it is unpacked.
vi.mock('fflate', async (original) => {
  const actual = await original<typeof import('fflate')>();
  return { ...actual, unzipSync: vi.fn(actual.unzipSync) };
});
import { unsupported } from '../../../src/main/importers/extract-file';
import { DEFAULT_LIMITS } from '../../../src/main/importers/limits';
import {
  MAX_SHEET_ROWS,
  readSpreadsheet,
  SHEET_MESSAGES,
} from '../../../src/main/importers/spreadsheet-read';
import { isoFromSerial, XLSX_MESSAGES } from '../../../src/main/importers/xlsx-read';
import { cp1251, withDeclaredSizes } from './fixtures';
import { makeXlsx, makeXlsxBomb } from './sheet-fixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

const HEADER = 'ФИО;Name (Latin);Дата рождения;Учреждение;Адрес;Status';
const ROWS = [
  'Кушакбаев Нұрлан;Nurlan Kushakbaev;12.03.1985;ЕЦ-166/5;"г. Қостанай, ул. Тәуелсіздік, 1";осуждён',
  'Сейтқали Ерлан;;01.02.1979;;;в СИЗО',
];

describe('reading CSV spreadsheets', () => {
  it('reads UTF-8 with a BOM and ";" between cells, quoted cells kept whole', () => {
    const table = readSpreadsheet(
      withBom([HEADER, ...ROWS].join('\r\n')),
      'list.csv',
      DEFAULT_LIMITS,
    );
    expect(table.encoding).toBe('utf-8');
    expect(table.headers).toEqual([
      'ФИО',
      'Name (Latin)',
      'Дата рождения',
      'Учреждение',
      'Адрес',
      'Status',
    ]);
    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]).toEqual({
      number: 2,
      cells: [
        'Кушакбаев Нұрлан',
        'Nurlan Kushakbaev',
        '12.03.1985',
        'ЕЦ-166/5',
        'г. Қостанай, ул. Тәуелсіздік, 1',
        'осуждён',
      ],
    });
  });

  it('reads Windows-1251 as Excel saves it, with "," between cells', () => {
    const text = ['ФИО,Дата рождения,Статья', 'Петров Иван,05.06.1990,"ст. 174, ч. 1"'].join(
      '\r\n',
    );
    const table = readSpreadsheet(cp1251(text), 'list.csv', DEFAULT_LIMITS);
    expect(table.encoding).toBe('windows-1251');
    expect(table.headers).toEqual(['ФИО', 'Дата рождения', 'Статья']);
    expect(table.rows[0].cells).toEqual(['Петров Иван', '05.06.1990', 'ст. 174, ч. 1']);
    // "С»" is bytes D1 BB, a UTF-8 pair but no Cyrillic letter: not taken for mixed encodings.
    const quoted = 'ФИО;Заметки\r\nСидоров Пётр;ТОО «АЛЬЯНС», «ОРДАБАС», «ТАЛАС», «КЕРУЕН»';
    expect(readSpreadsheet(cp1251(quoted), 'q.csv', DEFAULT_LIMITS).rows[0].cells[1]).toBe(
      'ТОО «АЛЬЯНС», «ОРДАБАС», «ТАЛАС», «КЕРУЕН»',
    );
  });

  it('leaves blank rows out and keeps the numbers the spreadsheet program shows', () => {
    const table = readSpreadsheet(
      utf8(['', 'ФИО;Статус', 'Иванов Иван;', ';', 'Сидоров Пётр;освобождён'].join('\n')),
      'list.csv',
      DEFAULT_LIMITS,
    );
    expect(table.rows.map((row) => row.number)).toEqual([3, 5]);
  });

  it('refuses broken quoting with the row, instead of running rows together', () => {
    const text = [HEADER, 'Кушакбаев Нұрлан;"Nurlan;12.03.1985;;;', 'Сейтқали Ерлан;;;;;'].join(
      '\n',
    );
    expect(() => readSpreadsheet(utf8(text), 'broken.csv', DEFAULT_LIMITS)).toThrow(
      /quotation mark that is never closed \(near row 2\)/,
    );
  });

  it('refuses a file that mixes UTF-8 and Windows-1251', () => {
    const mixed = Buffer.concat([
      Buffer.from('ФИО;Статус\n', 'utf8'),
      cp1251('Петров Иван;осуждён\n'),
      Buffer.from('Сидорова Анна;освобождена\n', 'utf8'),
    ]);
    expect(() => readSpreadsheet(mixed, 'mixed.csv', DEFAULT_LIMITS)).toThrow(
      SHEET_MESSAGES.mixedEncodings,
    );
  });

  it('refuses empty files, header-only files and binary data in plain words', () => {
    expect(() => readSpreadsheet(new Uint8Array(), 'empty.csv', DEFAULT_LIMITS)).toThrow(
      SHEET_MESSAGES.empty,
    );
    expect(() => readSpreadsheet(utf8('\n \n'), 'blank.csv', DEFAULT_LIMITS)).toThrow(
      SHEET_MESSAGES.empty,
    );
    expect(() => readSpreadsheet(utf8(`${HEADER}\n`), 'header.csv', DEFAULT_LIMITS)).toThrow(
      SHEET_MESSAGES.noRows,
    );
    const binary = new Uint8Array(4096).map((_, index) => (index * 37) % 256);
    expect(() => readSpreadsheet(binary, 'photo.csv', DEFAULT_LIMITS)).toThrow(
      SHEET_MESSAGES.notText,
    );
  });

  it('refuses a file over the size limit before reading it', () => {
    const text = utf8([HEADER, ...ROWS].join('\n'));
    expect(() =>
      readSpreadsheet(text, 'big.csv', { ...DEFAULT_LIMITS, maxFileBytes: 100 }),
    ).toThrow(/larger than 100 bytes/);
  });
});

describe('reading Excel workbooks', () => {
  it('reads the first sheet of the workbook, text from shared strings, dates as ISO', () => {
    const bytes = makeXlsx([
      ['ФИО', 'Name (Latin)', 'Дата рождения', 'Учреждение', 'Индекс'],
      ['Кушакбаев Нұрлан', 'Nurlan Kushakbaev', { date: 31118 }, 'ЕЦ-166/5 <старый>', 110000],
      [],
      ['Сейтқали Ерлан', null, '01.02.1979', null, null],
    ]);
    const table = readSpreadsheet(bytes, 'list.xlsx', DEFAULT_LIMITS);
    expect(table.encoding).toBe('xlsx');
    expect(table.headers).toEqual(['ФИО', 'Name (Latin)', 'Дата рождения', 'Учреждение', 'Индекс']);
    expect(table.rows).toEqual([
      {
        number: 2,
        cells: [
          'Кушакбаев Нұрлан',
          'Nurlan Kushakbaev',
          '1985-03-12',
          'ЕЦ-166/5 <старый>',
          '110000',
        ],
      },
      { number: 4, cells: ['Сейтқали Ерлан', '', '01.02.1979', '', ''] },
    ]);
  });

  it('turns Excel day counts into dates, its fictional 29 February 1900 included', () => {
    expect(isoFromSerial(1)).toBe('1900-01-01');
    expect(isoFromSerial(61)).toBe('1900-03-01');
    expect(isoFromSerial(31118)).toBe('1985-03-12');
    expect(isoFromSerial(45000.75)).toBe('2023-03-15');
    expect(isoFromSerial(-4)).toBeUndefined();
  });

  it('refuses a zip bomb by its declared sizes before unpacking anything', () => {
    const bomb = makeXlsxBomb();
    const unzip = vi.mocked(fflate.unzipSync);
    unzip.mockClear();
    const declared = withDeclaredSizes(makeXlsx([['ФИО'], ['Ерлан']]), (name, real) =>
      name === 'xl/worksheets/sheet2.xml' ? 600 * 1024 * 1024 : real,
    );
    expect(() => readSpreadsheet(declared, 'huge.xlsx', DEFAULT_LIMITS)).toThrow(
      /would unpack to 600 MB/,
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(() => readSpreadsheet(bomb, 'bomb.xlsx', DEFAULT_LIMITS)).toThrow(/built to explode/);
    expect(unzip).not.toHaveBeenCalled();
    // A sound workbook is unpacked, so the watch does see unpacking.
    readSpreadsheet(makeXlsx([['ФИО'], ['Ерлан']]), 'small.xlsx', DEFAULT_LIMITS);
    expect(unzip).toHaveBeenCalled();
  });

  it('reads workbooks other programs write: prefixed XML, inline strings, cells without references', () => {
    const sheet = `<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>ФИО</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:r><x:t>Дата </x:t></x:r><x:r><x:t>рождения</x:t></x:r></x:is></x:c></x:row>
<x:row><x:c t="str"><x:f>A1</x:f><x:v>Әбенов Мұрат &amp; К°</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c><x:v>12.5</x:v></x:c></x:row>
</x:sheetData></x:worksheet>`;
    const bytes = fflate.zipSync({
      'xl/workbook.xml': fflate.strToU8(
        '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets><x:sheet name="A" sheetId="1"/></x:sheets></x:workbook>',
      ),
      'xl/worksheets/sheet1.xml': fflate.strToU8(sheet),
    });
    const table = readSpreadsheet(bytes, 'other.xlsx', DEFAULT_LIMITS);
    expect(table.headers).toEqual(['ФИО', 'Column B', 'Дата рождения']);
    expect(table.rows).toEqual([{ number: 2, cells: ['Әбенов Мұрат & К°', 'TRUE', '12.5'] }]);
  });

  it('refuses text far to the right, or too many rows, while the sheet is read', () => {
    const workbook = (rows: string) =>
      fflate.zipSync({
        'xl/workbook.xml': fflate.strToU8(
          '<workbook><sheets><sheet name="A" sheetId="1"/></sheets></workbook>',
        ),
        'xl/worksheets/sheet1.xml': fflate.strToU8(
          `<worksheet><sheetData>${rows}</sheetData></worksheet>`,
        ),
      });
    const text = (ref: string) => `<c r="${ref}" t="inlineStr"><is><t>x</t></is></c>`;
    // A few dozen bytes a row, each padded to 16,384 cells, would make gigabytes of rows. The
    // ratio watch is lifted: noise in each row would keep a real attack under it.
    const limits = { ...DEFAULT_LIMITS, maxZipRatio: Infinity };
    const wide = workbook(`<row>${text('A1')}</row>` + `<row>${text('XFD2')}</row>`.repeat(50_000));
    expect(() => readSpreadsheet(wide, 'wide.xlsx', limits)).toThrow(SHEET_MESSAGES.tooManyColumns);
    const long = workbook(`<row>${text('A1')}</row>`.repeat(MAX_SHEET_ROWS + 2));
    expect(() => readSpreadsheet(long, 'long.xlsx', limits)).toThrow(SHEET_MESSAGES.tooManyRows);
    // Empty cells far to the right take no room and are no reason to refuse.
    const blank = workbook(`<row>${text('A1')}<c r="XFD1"/></row><row>${text('A2')}</row>`);
    expect(readSpreadsheet(blank, 'blank.xlsx', DEFAULT_LIMITS).headers).toEqual(['x']);
  });

  it('tells to import a spreadsheet alone when it comes among other files', () => {
    expect(unsupported('узники.xlsx')).toMatch(/spreadsheet of people is imported on its own/);
    expect(unsupported('узники.CSV')).toMatch(/choose or drop it alone/);
  });

  it('says when a file is not a workbook', () => {
    expect(() => readSpreadsheet(utf8('ФИО;Статус'), 'list.xlsx', DEFAULT_LIMITS)).toThrow(
      XLSX_MESSAGES.notZip,
    );
    const notWorkbook = fflate.zipSync({ 'word/document.xml': fflate.strToU8('<w/>') });
    expect(() => readSpreadsheet(notWorkbook, 'letter.xlsx', DEFAULT_LIMITS)).toThrow(
      XLSX_MESSAGES.notWorkbook,
    );
  });
});
