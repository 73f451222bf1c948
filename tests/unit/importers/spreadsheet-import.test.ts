import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import { verifyArchive } from '../../../src/main/archive/verify';
import { DEFAULT_LIMITS } from '../../../src/main/importers/limits';
import {
  importSheet,
  mappingFor,
  nameKey,
  rememberMapping,
  SheetPlanner,
} from '../../../src/main/importers/spreadsheet-import';
import { guessMapping } from '../../../src/main/importers/spreadsheet-mapping';
import { readSpreadsheet } from '../../../src/main/importers/spreadsheet-read';
import { makeTempDir, removeDir } from '../archive/helpers';
import { makeXlsx } from './sheet-fixtures';

let dir: string;
let archive: Archive;

beforeEach(async () => {
  dir = await makeTempDir('sheet-import');
  archive = await Archive.open(path.join(dir, 'archive'), { create: true });
  await archive.create(
    'person',
    { name: 'Nurlan Kushakbaev', birthDate: '1985-03-12', role: 'prisoner' },
    'p-nurlan',
  );
  await archive.create('facility', { code: 'ЕЦ-166/5', name: 'Fictional colony' }, 'f-166');
});

afterEach(async () => {
  await archive.close();
  await removeDir(dir);
});

const csv = (lines: readonly string[]) =>
  readSpreadsheet(new TextEncoder().encode(lines.join('\r\n')), 'list.csv', DEFAULT_LIMITS);

const HEADER = 'ФИО;Name (Latin);Дата рождения;Код учреждения;Учреждение;Адрес;Status;Находится с';

describe('importing a spreadsheet of prisoners', () => {
  it('makes persons, new facilities and addresses; reports duplicates and bad rows', async () => {
    const table = csv([
      HEADER,
      // The archive's "Nurlan Kushakbaev", born 1985-03-12, written the other way round in Cyrillic.
      'Кушакбаев Нұрлан;;12.03.1985;;;;осуждён;',
      'Сейтқали Ерлан;Yerlan Seitkali;01.02.1979;ЕЦ-166/5;;;в СИЗО;15.06.2024',
      'Жұмабаева Әлия;;07.11.1990;УГ-157/11;Фиктивная колония;"г. Қарағанды, ул. Бейбітшілік, 4";осуждена;01.09.2023',
      'Тоқаев Бауыржан;;31.02.1988;;;;;',
      'Сейтқали Ерлан;;01.02.1979;;;;;',
      'Омаров Қайрат;;;УГ-157/11;;;released;',
    ]);
    const mapping = guessMapping(table.headers);
    const report = await importSheet(archive, table, mapping);

    expect(report.created.map((created) => created.row)).toEqual([3, 4, 7]);
    expect(report.duplicates).toEqual([
      {
        row: 2,
        name: 'Kushakbaev Nurlan',
        personId: 'p-nurlan',
        reason: 'The archive already holds Nurlan Kushakbaev, born 1985-03-12.',
      },
      { row: 6, name: 'Seytkali Erlan', reason: 'The same person as row 3.' },
    ]);
    expect(report.failed).toEqual([
      {
        row: 5,
        reason: 'Дата рождения: "31.02.1988" does not exist in the calendar.',
      },
    ]);
    expect(report.facilitiesCreated).toBe(1);
    expect(report.addressesCreated).toBe(3);

    const persons = archive.storedAll('person');
    expect(persons).toHaveLength(4);
    const erlan = persons.find((person) => person.name === 'Yerlan Seitkali');
    expect(erlan).toMatchObject({
      nativeName: 'Сейтқали Ерлан',
      birthDate: '1979-02-01',
      status: 'pre-trial',
      role: 'prisoner',
    });
    const facilities = archive.storedAll('facility');
    expect(facilities.map((facility) => facility.code).sort()).toEqual(['ЕЦ-166/5', 'УГ-157/11']);
    const colony = facilities.find((facility) => facility.code === 'УГ-157/11');
    expect(colony).toMatchObject({
      name: 'Фиктивная колония',
      addressLines: ['г. Қарағанды, ул. Бейбітшілік, 4'],
    });
    const addresses = archive.storedAll('address');
    expect(addresses.find((address) => address.personId === erlan?.id)).toMatchObject({
      facilityId: 'f-166',
      validFrom: '2024-06-15',
    });
    // The second prisoner of the new colony is addressed to the facility made by the first.
    const kairat = persons.find((person) => person.nativeName === 'Омаров Қайрат');
    expect(addresses.find((address) => address.personId === kairat?.id)?.facilityId).toBe(
      colony?.id,
    );
    expect(await verifyArchive(archive)).toEqual([]);

    // The same file again: every person is now a duplicate, nothing is doubled.
    const again = await importSheet(archive, table, mapping);
    expect(again.created).toEqual([]);
    expect(again.duplicates.map((duplicate) => duplicate.row)).toEqual([2, 3, 4, 6, 7]);
    expect(archive.storedAll('person')).toHaveLength(4);
    expect(await verifyArchive(archive)).toEqual([]);
  });

  it('folds names the way the search does: order, script and spelling do not matter', () => {
    expect(nameKey('Кушакбаев Нұрлан')).toBe(nameKey('Nurlan Kushakbaev'));
    expect(nameKey('KUSHAKBAYEV Nurlan')).toBe(nameKey('Nurlan Kushakbaev'));
    expect(nameKey('Кушакбаева Нұрлан')).toBe(nameKey('Nurlan Kushakbaev'));
    expect(nameKey('Nurlan Seitkali')).not.toBe(nameKey('Nurlan Kushakbaev'));
  });

  it('does not take a namesake with another birth date for a duplicate', async () => {
    const table = csv(['ФИО;Дата рождения', 'Кушакбаев Нұрлан;12.03.1986']);
    const report = await importSheet(archive, table, guessMapping(table.headers));
    expect(report.created).toHaveLength(1);
    expect(report.duplicates).toEqual([]);
  });

  it('reports a row the archive’s rules refuse, with its number, and stores the others', async () => {
    const table = csv([
      'ФИО;Адрес;Индекс',
      'Әбенов Мұрат;ул. Абая, 1;0100000000000000000000000000',
      'Ахметова Гүлнар;ул. Абая, 2;010000',
    ]);
    const report = await importSheet(archive, table, guessMapping(table.headers));
    expect(report.failed).toEqual([{ row: 2, reason: 'The postcode is at most 20 characters.' }]);
    expect(report.created.map((created) => created.name)).toEqual(['Akhmetova Gulnar']);
    expect(await verifyArchive(archive)).toEqual([]);
  });

  it('imports an Excel workbook with real date cells', async () => {
    const table = readSpreadsheet(
      makeXlsx([
        ['ФИО', 'Дата рождения', 'Статус'],
        ['Бекова Сәуле', { date: 32874 }, 'под домашним арестом'],
      ]),
      'list.xlsx',
      DEFAULT_LIMITS,
    );
    const report = await importSheet(archive, table, guessMapping(table.headers));
    expect(report.created).toHaveLength(1);
    expect(archive.stored('person', report.created[0].personId)).toMatchObject({
      nativeName: 'Бекова Сәуле',
      birthDate: '1990-01-01',
      status: 'house-arrest',
    });
  });

  it('stops between batches when cancelled, keeping what is stored', async () => {
    const lines = ['ФИО;Дата рождения'];
    for (let i = 0; i < 1200; i += 1) lines.push(`Әбенов${i} Мұрат;01.01.1990`);
    const table = csv(lines);
    const controller = new AbortController();
    const report = await importSheet(archive, table, guessMapping(table.headers), {
      signal: controller.signal,
      // The first batch of 500 is written, then the user cancels.
      onProgress: () => controller.abort(),
    });
    expect(report.cancelled).toBe(true);
    expect(report.created).toHaveLength(500);
    expect(archive.storedAll('person')).toHaveLength(501);
    expect(await verifyArchive(archive)).toEqual([]);
  });

  it('previews rows without writing anything', () => {
    const table = csv([HEADER, 'Кушакбаев Нұрлан;;12.03.1985;;;;;', 'Сейтқали Ерлан;;;ЖД-1;;;;']);
    const planner = new SheetPlanner(archive, table.headers, guessMapping(table.headers));
    const [first, second] = table.rows.map((row) => planner.plan(row.number, row.cells));
    expect(first.duplicate?.personId).toBe('p-nurlan');
    expect(second.facility).toMatchObject({ code: 'ЖД-1', isNew: true });
    expect(archive.storedAll('person')).toHaveLength(1);
  });

  it('remembers a mapping per header set in the archive', async () => {
    const headers = ['ФИО', 'Статья'];
    expect(mappingFor(archive, headers)).toEqual({
      mapping: ['nativeName', 'notes'],
      remembered: false,
    });
    await rememberMapping(archive, headers, ['nativeName', 'tags']);
    expect(mappingFor(archive, headers)).toEqual({
      mapping: ['nativeName', 'tags'],
      remembered: true,
    });
    await archive.close();
    archive = await Archive.open(path.join(dir, 'archive'));
    expect(mappingFor(archive, [' фио', 'статья']).mapping).toEqual(['nativeName', 'tags']);
    expect(mappingFor(archive, ['ФИО']).remembered).toBe(false);
  });
});
