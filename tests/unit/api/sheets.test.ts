/**
 * Importing a spreadsheet of prisoners through the API, as the window does: the file is sent
 * like any import, opened for its mapping and preview, imported in the background, and the
 * mapping is remembered for the next file with the same headers.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SheetJob, SheetPreview } from '../../../src/shared/api';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';
import { createImportHandlers } from '../../../src/main/api/import-handlers';
import { createSheetHandlers } from '../../../src/main/api/sheet-handlers';
import { verifyArchive } from '../../../src/main/archive/verify';
import { ImportJobs } from '../../../src/main/importers/import-jobs';
import { SheetJobs } from '../../../src/main/importers/sheet-jobs';
import { cp1251 } from '../importers/fixtures';

const LIST = [
  'ФИО;Name (Latin);Дата рождения;Учреждение;Статья;Status',
  // Windows-1251 has no Kazakh letters: Excel saves such lists with Russian spellings.
  'Кушакбаев Нурлан;;12.03.1985;ЕЦ-166/5;174;осуждён',
  'Сейткали Ерлан;Yerlan Seitkali;01.02.1979;;405;в СИЗО',
  'Жумабаева Алия;;31.02.1990;;;',
].join('\r\n');

describe('spreadsheet import through the API', () => {
  let dir: string;
  let session: ArchiveSession;
  let sheets: SheetJobs;
  let dispatch: Dispatch;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-sheets-api-'));
    const tempRoot = path.join(dir, 'incoming');
    await fs.mkdir(tempRoot);
    session = await ArchiveSession.start(path.join(dir, 'archive'));
    const uploads = new ImportJobs({ limits: { maxFileBytes: 64 * 1024 }, tempRoot });
    sheets = new SheetJobs({ limits: { maxFileBytes: 64 * 1024 } });
    dispatch = createDispatch(
      { ...handlers, ...createImportHandlers(uploads), ...createSheetHandlers(uploads, sheets) },
      { session },
      () => undefined,
    );
    await call('persons.create', {
      id: 'p-nurlan',
      name: 'Nurlan Kushakbaev',
      birthDate: '1985-03-12',
      role: 'prisoner',
    });
  });

  afterEach(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function call(name: string, input: unknown): Promise<unknown> {
    const result = await dispatch(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  }

  async function open(name: string, bytes: Uint8Array): Promise<SheetPreview> {
    const begun = (await call('import.begin', { files: [{ name, size: bytes.length }] })) as {
      jobId: string;
    };
    if (bytes.length)
      await call('import.send', {
        jobId: begun.jobId,
        index: 0,
        offset: 0,
        data: Buffer.from(bytes).toString('base64'),
      });
    return (await call('sheets.open', { jobId: begun.jobId })) as SheetPreview;
  }

  it('opens, previews with a changed mapping, imports, and remembers the mapping', async () => {
    const preview = await open('узники.csv', cp1251(LIST));
    expect(preview.encoding).toBe('windows-1251');
    expect(preview.remembered).toBe(false);
    expect(preview.mapping).toEqual([
      'nativeName',
      'name',
      'birthDate',
      // The header says "facility", its cells are codes.
      'facilityCode',
      'notes',
      'status',
    ]);
    expect(preview.counts).toEqual({ ready: 1, duplicates: 1, problems: 1 });
    expect(preview.rows[0].duplicate).toEqual({ personId: 'p-nurlan', name: 'Nurlan Kushakbaev' });
    expect(preview.rows[2].problems[0]).toMatch(/"31\.02\.1990" does not exist in the calendar/);

    // The row repeats a person, so it will make no facility.
    expect(preview.rows[0].facility).toEqual({ code: 'ЕЦ-166/5', isNew: false });

    // This campaign keeps the article of the code as a tag, not in the notes.
    const mapping = [...preview.mapping];
    mapping[4] = 'tags';
    const changed = (await call('sheets.preview', {
      sheetId: preview.sheetId,
      mapping,
    })) as SheetPreview;
    expect(changed.mapping[4]).toBe('tags');
    expect(changed.counts).toEqual(preview.counts);

    await call('sheets.start', { sheetId: preview.sheetId, mapping });
    const done = await sheets.settled(preview.sheetId);
    expect(done).toMatchObject({ state: 'done', done: 3, total: 3 });
    expect(done.created.map((created) => created.name)).toEqual(['Yerlan Seitkali']);
    expect(done.duplicates.map((duplicate) => duplicate.row)).toEqual([2]);
    expect(done.failed.map((failed) => failed.row)).toEqual([4]);
    expect(done.facilitiesCreated).toBe(0);
    expect(session.current.storedAll('facility')).toEqual([]);
    expect(session.current.stored('person', done.created[0].personId)).toMatchObject({
      tags: ['405'],
      notes: '',
      status: 'pre-trial',
    });
    expect(((await call('sheets.status', { sheetId: preview.sheetId })) as SheetJob).state).toBe(
      'done',
    );

    // The same headers again: the mapping is preselected, and the persons are duplicates now.
    const again = await open('узники (2).csv', new TextEncoder().encode(LIST));
    expect(again.remembered).toBe(true);
    expect(again.mapping).toEqual(mapping);
    expect(again.counts).toEqual({ ready: 0, duplicates: 2, problems: 1 });
    expect(await verifyArchive(session.current)).toEqual([]);
  });

  it('refuses a file it cannot read with the file name and the reason, and keeps the archive valid', async () => {
    const broken = new TextEncoder().encode('ФИО;Статус\n"Кушакбаев Нұрлан;осуждён\n');
    await expect(open('broken.csv', broken)).rejects.toThrow(
      /sheets\.open: broken\.csv: This CSV file has a quotation mark that is never closed/,
    );
    await expect(open('empty.csv', new Uint8Array())).rejects.toThrow(
      /empty\.csv: This file is empty\./,
    );
    await expect(
      open('photo.xlsx', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2])),
    ).rejects.toThrow(/photo\.xlsx: This file is not an Excel workbook/);
    const huge = new TextEncoder().encode(`ФИО\n${'Кушакбаев Нұрлан\n'.repeat(4000)}`);
    await expect(open('huge.csv', huge)).rejects.toThrow(
      /This file is larger than 64 KB, the most an import takes\./,
    );
    expect(await verifyArchive(session.current)).toEqual([]);
    expect(session.current.storedAll('person')).toHaveLength(1);
  });

  it('imports the rows once when Import is sent twice before the first answer', async () => {
    const preview = await open('узники.csv', cp1251(LIST));
    const [first, second] = await Promise.allSettled([
      call('sheets.start', { sheetId: preview.sheetId, mapping: preview.mapping, remember: true }),
      call('sheets.start', { sheetId: preview.sheetId, mapping: preview.mapping, remember: true }),
    ]);
    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({
      status: 'rejected',
      reason: { message: expect.stringMatching(/already been imported/) },
    });
    const done = await sheets.settled(preview.sheetId);
    expect(done.created).toHaveLength(1);
    expect(session.current.storedAll('person')).toHaveLength(2);
  });

  it('refuses a mapping that does not fit the columns', async () => {
    const preview = await open('list.csv', new TextEncoder().encode(LIST));
    await expect(
      call('sheets.start', { sheetId: preview.sheetId, mapping: ['name'] }),
    ).rejects.toThrow(/has 6 columns; the mapping gives 1/);
    await expect(
      call('sheets.preview', { sheetId: preview.sheetId, mapping: ['nonsense'] }),
    ).rejects.toThrow(/sheets\.preview/);
  });
});
