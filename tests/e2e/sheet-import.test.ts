/**
 * A spreadsheet of prisoners imported in the window: the CSV chosen on the import page opens
 * the mapping step, one column's field is changed, the preview shows the rows as they will
 * be stored (a duplicate and a bad date marked), the import adds the persons to the prisoners
 * list; the same file again has its mapping preselected and its persons reported as
 * duplicates.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

// Evaluated through the debugging protocol: the app's CSP forbids injected script tags.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's serious and critical findings on the page as it is now (labels, contrast…). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')))`,
  )) as string[];
  return violations;
}

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

const CSV = [
  // "Дата" says not which date: the guess leaves it out until the user maps it.
  'ФИО;Name (Latin);Дата;Учреждение;Адрес;Status',
  'Кушакбаев Нұрлан;;12.03.1985;ЕЦ-166/5;;осуждён',
  'Сейтқали Ерлан;Yerlan Seitkali;01.02.1979;ЕЦ-166/5;"г. Қостанай, ул. Тәуелсіздік, 1";в СИЗО',
  'Жұмабаева Әлия;;07.11.1990;;"г. Алматы, ул. Абая, 4";под домашним арестом',
  'Тоқаев Бауыржан;;31.02.1988;;;',
].join('\r\n');

async function chooseCsv(page: Page) {
  await page.locator('input[type=file]').setInputFiles({
    name: 'узники.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]),
  });
}

test('a CSV of prisoners is mapped, previewed and imported; the mapping is remembered', async () => {
  await harness.call('persons.create', {
    name: 'Nurlan Kushakbaev',
    birthDate: '1985-03-12',
    role: 'prisoner',
  });
  const { page, errors } = await harness.openApp('#/import');
  await chooseCsv(page);

  const mapping = page.getByRole('region', { name: 'Columns of узники.csv' });
  await mapping.waitFor();
  await mapping.getByText('The mapping is guessed from the column names').waitFor();
  // "Учреждение" holds codes in this list, so it is guessed to be the facility code.
  expect(await mapping.getByLabel('Stored as, for the column “Учреждение”').inputValue()).toBe(
    'facilityCode',
  );
  expect(await mapping.getByLabel('Stored as, for the column “ФИО”').inputValue()).toBe(
    'nativeName',
  );
  const dateColumn = mapping.getByLabel('Stored as, for the column “Дата”');
  expect(await dateColumn.inputValue()).toBe('');
  const preview = page.getByRole('region', { name: 'Preview' });
  // Without birth dates, no row matches the archive's Nurlan Kushakbaev (born 1985-03-12).
  expect(await preview.innerText()).toContain(
    '4 persons to add · 0 already in the archive · 0 rows with problems',
  );

  await dateColumn.selectOption({ label: 'Birth date' });
  await preview.getByText('Already in the archive: Nurlan Kushakbaev').waitFor();
  const previewText = await preview.innerText();
  expect(previewText).toContain('ЕЦ-166/5 (new)');
  expect(previewText).toContain('01.02.1979');
  expect(previewText).toContain(
    '2 persons to add · 1 already in the archive · 1 row with problems',
  );
  expect(previewText).toContain('Already in the archive: Nurlan Kushakbaev');
  expect(previewText).toContain('"31.02.1988" does not exist in the calendar');
  expect(previewText).toContain('House arrest');
  await page.screenshot({ path: '/tmp/sheet-import-mapping.png', fullPage: true });
  expect(await seriousViolations(page), 'light').toEqual([]);
  // The marked rows keep their contrast in the dark theme too.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
  expect(await seriousViolations(page), 'dark').toEqual([]);
  await page.screenshot({ path: '/tmp/sheet-import-mapping-dark.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Import 2 persons' }).click();
  const report = page.getByRole('region', { name: 'Report on узники.csv' });
  await report.waitFor({ timeout: 30_000 });
  const reportText = await report.innerText();
  expect(reportText).toContain(
    '2 persons added · 1 duplicate skipped · 1 row not imported · 1 new facility · 2 addresses',
  );
  expect(reportText).toContain('Row 5 — Дата: "31.02.1988" does not exist in the calendar');
  await page.screenshot({ path: '/tmp/sheet-import-report.png', fullPage: true });

  await report.getByRole('link', { name: 'Open the prisoners list' }).click();
  await page.waitForURL(/#\/persons$/);
  await page.getByText('Yerlan Seitkali').first().waitFor();
  await page.getByText('Zhumabaeva Aliya').first().waitFor();
  const persons = await harness.call('persons.list', { limit: 50, offset: 0 });
  expect(persons.total).toBe(3);

  // The same file again: the changed mapping is preselected, and everyone is a duplicate.
  await page.goto(page.url().replace(/#.*$/, '#/import'));
  await chooseCsv(page);
  await mapping.waitFor();
  await mapping.getByText('The columns are mapped as they were the last time').waitFor();
  expect(await dateColumn.inputValue()).toBe('birthDate');
  await expect
    .poll(() => preview.innerText())
    .toContain('0 persons to add · 3 already in the archive · 1 row with problems');
  expect(await preview.innerText()).toContain('Already in the archive: Yerlan Seitkali');
  expect(await page.getByRole('button', { name: 'Import 0 persons' }).isDisabled()).toBe(true);
  expect((await harness.call('persons.list', { limit: 50, offset: 0 })).total).toBe(3);

  // The same step in Russian.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await page.getByRole('region', { name: 'Столбцы файла узники.csv' }).waitFor();
  expect(await page.getByLabel('Куда записать столбец «Дата»').inputValue()).toBe('birthDate');
  await page
    .getByText('Нового для импорта нет: все люди из этого файла уже есть в архиве')
    .waitFor();
  await page.screenshot({ path: '/tmp/sheet-import-mapping-ru.png', fullPage: true });
  expect(errors).toEqual([]);
});

test('a CSV with broken quoting gets a plain error and nothing is imported', async () => {
  const { page } = await harness.openApp('#/import');
  await page.locator('input[type=file]').setInputFiles({
    name: 'сломанный.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('ФИО;Статус\n"Кушакбаев Нұрлан;осуждён\nСейтқали Ерлан;в СИЗО\n'),
  });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toContain(
    'сломанный.csv: This CSV file has a quotation mark that is never closed',
  );
  await page.getByRole('button', { name: 'Choose files…' }).waitFor();
  expect((await harness.call('persons.list', { limit: 50, offset: 0 })).total).toBe(0);
});

test('a spreadsheet dropped on another page opens the mapping step of the import page', async () => {
  const { page } = await harness.openApp('#/persons');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate((csv) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([csv], 'список.csv', { type: 'text/csv' }));
    const target = document.querySelector('main') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop'])
      target.dispatchEvent(
        new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
  }, CSV);
  await page.waitForURL(/#\/import$/);
  const mapping = page.getByRole('region', { name: 'Columns of список.csv' });
  await mapping.waitFor();
  expect(await mapping.getByLabel('Stored as, for the column “ФИО”').inputValue()).toBe(
    'nativeName',
  );
  expect((await harness.call('persons.list', { limit: 50, offset: 0 })).total).toBe(0);
});
