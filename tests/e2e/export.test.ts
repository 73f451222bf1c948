/**
 * Exporting a dossier from a sample prisoner's page: the dialog shows what the public level
 * leaves out before anything is made, the export runs, and the downloaded PDF is a real PDF
 * with the prisoner in it and none of what was left out.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';

const run = promisify(execFile);
let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

test('a public dossier of a sample prisoner: the preview of what is left out, then the PDF', async () => {
  await harness.call('archive.openSample', {});
  const prisoners = await harness.call('persons.list', { role: 'prisoner', limit: 10_000 });
  // A public prisoner with some team or private records, so that "public" leaves something out.
  let chosen: { id: string; name: string; leftOut: { kind: string; title: string }[] } | undefined;
  for (const person of prisoners.items) {
    const preview = await harness.call('export.preview', { personId: person.id, level: 'public' });
    if (preview.personShared && preview.leftOut.some((record) => record.kind !== 'person')) {
      chosen = { id: person.id, name: person.name, leftOut: preview.leftOut };
      break;
    }
  }
  expect(chosen, 'a sample prisoner with records below the public level').toBeDefined();
  const { id, name, leftOut } = chosen!;

  const { page, errors } = await harness.openApp(`#/persons/${id}`);
  await expect.poll(() => page.locator('.person-header').innerText()).toContain(name);
  await page.getByRole('button', { name: 'Export dossier…' }).click();
  const dialog = page.getByRole('dialog', { name: `Export the dossier of ${name}` });
  await dialog.waitFor();
  // The team level is the default; public is chosen, and its preview names what stays out.
  await dialog.getByLabel('Sharing level').selectOption('public');
  const preview = dialog.getByRole('region', { name: 'What this level leaves out' });
  await expect
    .poll(() => preview.innerText())
    .toContain(`${leftOut.length} record${leftOut.length === 1 ? ' is' : 's are'} left out`);
  const hidden = leftOut.find((record) => record.kind !== 'person')!;
  expect(await preview.innerText()).toContain(hidden.title);
  await harness.screenshot(page, 'export-dossier-preview');
  // Nothing in the dialog is wider than the dialog.
  expect(
    await page.evaluate(
      `(() => { const d = document.querySelector('dialog[open]'); return d.scrollWidth - d.clientWidth; })()`,
    ),
  ).toBe(0);

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${name} - public.pdf`);
  const file = await download.path();
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { stdout: text } = await run('/usr/bin/pdftotext', ['-enc', 'UTF-8', file, '-']);
  expect(text).toContain(name);
  // A left-out record's title is in no line of the public dossier.
  expect(text).not.toContain(hidden.title);
  await expect
    .poll(() => dialog.locator('.export-saved').innerText())
    .toContain(`Saved ${name} - public.pdf`);
  await harness.screenshot(page, 'export-dossier-saved');
  expect(errors).toEqual([]);
});

test('the addresses of everyone with a tag, as a CSV from the prisoners list', async () => {
  const people = [
    { name: 'Dauren Seitqali', nativeName: 'Дәурен Сейітқали', tags: ['хат кеші'] },
    { name: 'Aruzhan Nurbekova', nativeName: 'Аружан Нұрбекова', tags: ['хат кеші'] },
    { name: 'Timur Zhaksylykov', nativeName: 'Тимур Жақсылықов', tags: [] },
  ];
  for (const [i, fields] of people.entries()) {
    const person = await harness.call('persons.create', {
      ...fields,
      role: 'prisoner',
      status: 'convicted',
    });
    await harness.call('addresses.create', {
      personId: person.id,
      lines: [`Учреждение ҰҚ-${161 + i}/2`, 'Өндіріс көшесі, 12', 'Теміртау қ., Қарағанды облысы'],
      postcode: '101400',
      validFrom: '2024-05-01',
    });
  }
  const { page, errors } = await harness.openApp('#/persons');
  await page.getByRole('heading', { name: 'Prisoners', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Export addresses…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export addresses' });
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain('The 3 prisoners listed');
  await dialog.getByLabel('Everyone with the tag').check();
  await dialog.getByLabel('Tag', { exact: true }).selectOption('хат кеші');
  await harness.screenshot(page, 'export-addresses');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('addresses - хат кеші - team.csv');
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.startsWith('\ufeffName,Native name')).toBe(true);
  expect(csv).toContain('Дәурен Сейітқали');
  expect(csv).toContain('Аружан Нұрбекова');
  expect(csv).toContain('Учреждение ҰҚ-161/2');
  expect(csv).not.toContain('Тимур');
  await expect.poll(() => dialog.innerText()).toContain('2 addresses written.');
  await harness.screenshot(page, 'export-addresses-saved');

  // The same persons on DL envelopes, in Cyrillic as the Kazakh post reads them.
  await dialog.getByLabel('File').selectOption('envelope-dl');
  const printing = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const envelopes = await printing;
  expect(envelopes.suggestedFilename()).toBe('envelopes - хат кеші - team.pdf');
  const pdf = await envelopes.path();
  const { stdout: info } = await run('/usr/bin/pdfinfo', [pdf]);
  expect(info).toMatch(/Pages:\s+2\b/);
  expect(info).toContain('623.622 x 311.811 pts');
  const { stdout: printed } = await run('/usr/bin/pdftotext', ['-enc', 'UTF-8', pdf, '-']);
  expect(printed).toContain('Дәурен Сейітқали');
  expect(printed).toContain('Өндіріс көшесі, 12');
  expect(errors).toEqual([]);
});
