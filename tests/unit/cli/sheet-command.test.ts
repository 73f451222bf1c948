import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../../fixtures/run-cli';

const PEOPLE = [
  'ФИО;Name (Latin);Дата рождения;Учреждение;Комментарий',
  'Кушакбаев Нұрлан;Nurlan Kushakbaev;12.03.1985;ЕЦ-166/5;',
  'Сейтқали Ерлан;;01.02.1979;;пишет часто',
].join('\n');

describe('casefile import people.csv', () => {
  let dir: string;
  let archive: string;
  let csv: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-cli-sheet-'));
    archive = path.join(dir, 'archive');
    csv = path.join(dir, 'people.csv');
    await fs.writeFile(csv, `\ufeff${PEOPLE}`);
    await cli(['init', '--archive', archive]);
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('imports with the guessed mapping and --map overrides, printing the result as JSON', async () => {
    const result = await cli([
      'import',
      csv,
      '--archive',
      archive,
      '--json',
      '--map',
      JSON.stringify({ Учреждение: 'facilityCode', Комментарий: null }),
    ]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const [file] = (JSON.parse(result.out) as { files: Record<string, unknown>[] }).files;
    expect(file.mapping).toEqual({
      ФИО: 'nativeName',
      'Name (Latin)': 'name',
      'Дата рождения': 'birthDate',
      Учреждение: 'facilityCode',
      Комментарий: null,
    });
    expect(file).toMatchObject({ facilitiesCreated: 1, addressesCreated: 1, failed: [] });
    expect((file.created as { name: string }[]).map((created) => created.name)).toEqual([
      'Nurlan Kushakbaev',
      'Seytkali Erlan',
    ]);

    const listed = await cli(['list', 'person', '--archive', archive, '--json']);
    const persons = JSON.parse(listed.out) as { name: string; notes: string }[];
    expect(persons.map((person) => person.notes)).toEqual(['', '']);

    const again = await cli(['import', csv, '--archive', archive]);
    expect(again.code).toBe(0);
    expect(again.out).toContain('Row 2: skipped Nurlan Kushakbaev: The archive already holds');
    expect(again.out).toContain('0 created, 2 duplicates skipped, 0 rows not imported');
    expect((await cli(['verify', '--archive', archive])).code).toBe(0);
  });

  it('says why a file cannot be read, and refuses an unknown column in --map', async () => {
    const broken = path.join(dir, 'broken.csv');
    await fs.writeFile(broken, 'ФИО;Статус\n"Кушакбаев;осуждён\n');
    const result = await cli(['import', broken, '--archive', archive]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/Not imported .*broken\.csv: This CSV file has a quotation mark/);

    const unknown = await cli(['import', csv, '--archive', archive, '--map', '{"Фамилия":"name"}']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/has no column "Фамилия"/);
    const wrongField = await cli([
      'import',
      csv,
      '--archive',
      archive,
      '--map',
      '{"ФИО":"surname"}',
    ]);
    expect(wrongField.err).toMatch(/"surname" is not a field/);
  });
});
