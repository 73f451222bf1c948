/**
 * The archive bundle in the window: "Export archive…" on the Settings page downloads a
 * .casefile file; choosing it on another archive's Import page merges it and shows the
 * report, and a record edited on both sides is listed as a conflict with the kept edit.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

let first: Harness;
let second: Harness;

beforeEach(async () => {
  first = await startHarness();
  second = await startHarness();
});

afterEach(async () => {
  await first?.close();
  await second?.close();
});

/** Exports the open archive from its Settings page; returns the downloaded file's path. */
async function exportArchive(page: Page): Promise<{ path: string; name: string }> {
  const panel = page.getByRole('form', { name: 'Export archive' });
  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export archive…' }).click();
  const download = await downloading;
  await panel.getByText(/^Saved .*\.casefile/).waitFor();
  return { path: await download.path(), name: download.suggestedFilename() };
}

/** Chooses a file on the Import page, as the file dialog would. */
async function importFile(page: Page, file: { path: string; name: string }): Promise<void> {
  await page.getByRole('button', { name: 'Choose files…' }).waitFor();
  await page.locator('input[type=file]').setInputFiles({
    name: file.name,
    mimeType: 'application/octet-stream',
    buffer: await import('node:fs/promises').then((fs) => fs.readFile(file.path)),
  });
}

test('an archive exported from the window merges into another, with its conflicts listed', async () => {
  const person = await first.call('persons.create', {
    name: 'Aruzhan Tleubaeva',
    nativeName: 'Аружан Тілеубаева',
    role: 'prisoner',
  });
  await first.call('articles.create', {
    title: 'Аружан Тілеубаеваға хат жазыңыз',
    body: 'Шұғыл әрекет: Өскемен қаласындағы колонияға хат жіберіңіз. Ғ қ ң ө ұ ү һ і.',
    personIds: [person.id],
  });

  const exporter = await first.openApp('#/settings');
  const bundle = await exportArchive(exporter.page);
  expect(bundle.name).toMatch(/ - \d{4}-\d{2}-\d{2}\.casefile$/);
  await exporter.page.getByText('In the file: records 2 · attached files 0.').waitFor();
  await exporter.page.screenshot({ path: '/tmp/casefile-bundle-1-export.png', fullPage: true });

  const importer = await second.openApp('#/import');
  await importFile(importer.page, bundle);
  const merged = importer.page.getByRole('region', { name: `Merged ${bundle.name}` });
  await merged.waitFor({ timeout: 60_000 });
  expect(await merged.innerText()).toContain(
    '2 added · 0 updated · 0 unchanged · 0 changed on both sides',
  );
  expect((await second.call('persons.get', { id: person.id })).nativeName).toBe(
    'Аружан Тілеубаева',
  );

  // The same person is edited in the second archive, then (later) in the first.
  const {
    id: _id,
    createdAt: _c,
    updatedAt: _u,
    ...fields
  } = await second.call('persons.get', {
    id: person.id,
  });
  await second.call('persons.update', {
    id: person.id,
    fields: { ...fields, notes: 'Адвокат келді.' },
  });
  await first.call('persons.update', {
    id: person.id,
    fields: { ...fields, notes: 'Хат жетті, жауап күтеміз.' },
  });
  await exporter.page.reload();
  const again = await exportArchive(exporter.page);

  await importer.page.getByRole('button', { name: 'Import more files' }).click();
  await importFile(importer.page, again);
  const report = importer.page.getByRole('region', { name: `Merged ${again.name}` });
  await expect
    .poll(() => report.innerText(), { timeout: 60_000 })
    .toContain('0 added · 1 updated · 1 unchanged · 1 changed on both sides');
  const conflict = report.getByRole('listitem');
  expect(await conflict.innerText()).toMatch(/Person\s+Aruzhan Tleubaeva/);
  expect(await conflict.innerText()).toMatch(
    /Kept the file’s edit of .*; this archive’s of .* was replaced\./,
  );
  expect((await second.call('persons.get', { id: person.id })).notes).toBe(
    'Хат жетті, жауап күтеміз.',
  );
  await importer.page.screenshot({ path: '/tmp/casefile-bundle-2-merged.png', fullPage: true });

  // Encrypted: the passphrase is chosen at export and asked for before the file is sent.
  const panel = exporter.page.getByRole('form', { name: 'Export archive' });
  await panel.getByLabel('Encrypt the file with a passphrase').check();
  await panel.getByLabel('Passphrase for the file').fill('ортақ құпия');
  await panel.getByLabel('The same passphrase again').fill('ортақ құпиЯ');
  await panel.getByRole('button', { name: 'Export archive…' }).click();
  await panel.getByText('The two passphrases differ.').waitFor();
  await panel.getByLabel('The same passphrase again').fill('ортақ құпия');
  const sealed = await exportArchive(exporter.page);
  const sealedBytes = await import('node:fs/promises').then((fs) => fs.readFile(sealed.path));
  expect(sealedBytes.includes('Aruzhan')).toBe(false);

  await importer.page.getByRole('button', { name: 'Import more files' }).click();
  await importFile(importer.page, sealed);
  const ask = importer.page.getByRole('form', { name: 'This archive file is encrypted' });
  await ask.getByLabel('Passphrase of the file').fill('ортақ құпия');
  await importer.page.screenshot({ path: '/tmp/casefile-bundle-3-passphrase.png', fullPage: true });
  await ask.getByRole('button', { name: 'Import' }).click();
  await expect
    .poll(() => importer.page.getByRole('region', { name: `Merged ${sealed.name}` }).innerText(), {
      timeout: 60_000,
    })
    .toContain('0 added · 0 updated · 2 unchanged · 0 changed on both sides');
  // In Russian, the merge report and the export panel speak Russian.
  await importer.page.getByLabel('Language').first().selectOption('ru');
  await importer.page.getByText(/^добавлено: 0 · обновлено: 0 · без изменений: 2/).waitFor();
  await importer.page.screenshot({ path: '/tmp/casefile-bundle-4-ru.png', fullPage: true });
  expect(exporter.errors).toEqual([]);
  expect(importer.errors).toEqual([]);
}, 180_000);
