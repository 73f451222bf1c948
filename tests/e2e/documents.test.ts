/**
 * Court documents in the window: an imported ruling has its own page, its PDF is shown
 * inside the app page by page and saved as a copy unchanged, its fields are edited, and it
 * is reached from the list, the prisoner's page, the timeline and search. A scan without a
 * text layer says so.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { makePdf } from '../unit/importers/fixtures';
import { answerNextDialog, startHarness, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

const RULING_PAGES = [
  'Алматы қаласы Медеу аудандық сотының қаулысы, 12 наурыз 2024 жыл. Ерлан Сейтқали қамауда ұстау мерзімі ұзартылды.',
  'Қаулыға шағым беруге болады. Судья Ә. Құрманғалиева.',
];

test('a ruling imported as a PDF: its page, its pages shown inside the app, a copy saved, its fields edited', async () => {
  const erlan = await harness.call('persons.create', {
    name: 'Erlan Seitkali',
    nativeName: 'Ерлан Сейтқали',
    role: 'prisoner',
  });
  const ruling = await makePdf({ pages: RULING_PAGES, title: 'Қаулы' });
  const scan = await makePdf({ pages: ['', ''], picturesOnly: true, title: 'скан-хат' });

  const { page, errors } = await harness.openApp('#/documents');
  await page.getByText('No documents are in this archive yet.').waitFor();
  await harness.screenshot(page, 'documents-1-empty');

  // Imported as a user does, and the person it names accepted.
  await page.getByRole('link', { name: 'Import documents…' }).click();
  await page.locator('input[type=file]').setInputFiles([
    { name: 'қаулы-2024-03-12.pdf', mimeType: 'application/pdf', buffer: ruling },
    { name: 'скан-хат.pdf', mimeType: 'application/pdf', buffer: scan },
  ]);
  const suggestion = page.getByRole('listitem', { name: /^Erlan Seitkali in / });
  await suggestion.getByRole('button', { name: 'Accept' }).click({ timeout: 60_000 });
  await suggestion.getByText('Linked').waitFor();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Documents' })
    .click();
  const rows = page.locator('table tbody tr');
  await expect.poll(() => rows.count()).toBe(2);
  expect(await rows.filter({ hasText: 'скан-хат' }).innerText()).toContain('no text');
  await harness.screenshot(page, 'documents-2-list');

  const rulingRow = rows.filter({ hasNotText: 'скан-хат' });
  const title = (await rulingRow.locator('a').innerText()).trim();
  await rulingRow.locator('a').click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  expect(await page.getByLabel('Text').inputValue()).toContain('Ерлан Сейтқали');
  const documentUrl = page.url();

  // Back with a change not saved asks first; staying keeps the page and what was typed.
  await page.getByLabel('Court').fill('Медеу');
  let asked = answerNextDialog(page, false);
  await page.goBack();
  expect(await asked).toBe('You have changes that are not saved. Leave without saving them?');
  await expect.poll(() => page.url()).toBe(documentUrl);
  expect(await page.getByLabel('Court').inputValue()).toBe('Медеу');
  expect(await page.getByRole('heading', { level: 1, name: title }).isVisible()).toBe(true);
  // Agreeing leaves for the list; Forward comes back to the document as it was saved.
  asked = answerNextDialog(page, true);
  await page.goBack();
  await asked;
  await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  expect(await page.getByLabel('Court').inputValue()).toBe('');

  // The PDF, shown inside the app, a page at a time.
  const files = page.getByRole('region', { name: 'Original files' });
  await files.getByText('қаулы-2024-03-12.pdf').waitFor();
  await files.getByRole('button', { name: 'Show' }).click();
  const status = files.getByRole('toolbar', { name: 'Pages' }).getByRole('status');
  await expect.poll(() => status.innerText(), { timeout: 30_000 }).toBe('Page 1 of 2');
  const canvas = files.getByRole('img', { name: 'қаулы-2024-03-12.pdf, page 1' });
  await expect.poll(() => canvas.getAttribute('data-drawn'), { timeout: 30_000 }).toBe('yes');
  // Drawn: the canvas holds dark pixels of the text, not only white paper.
  const inked = await canvas.evaluate(
    `(() => { const c = document.querySelector('canvas.pdf-page');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let dark = 0; for (let i = 0; i < d.length; i += 4) if (d[i] < 100) dark++; return dark; })()`,
  );
  expect(inked).toBeGreaterThan(500);
  await page.evaluate(`document.querySelector('.attachments-panel').scrollIntoView()`);
  await harness.screenshot(page, 'documents-3-pdf-page-1');
  await files.getByRole('button', { name: 'Next page' }).click();
  await expect.poll(() => status.innerText()).toBe('Page 2 of 2');
  await expect
    .poll(() =>
      files.getByRole('img', { name: 'қаулы-2024-03-12.pdf, page 2' }).getAttribute('data-drawn'),
    )
    .toBe('yes');

  // A copy saved is the very file imported.
  const downloading = page.waitForEvent('download');
  await files.getByRole('button', { name: 'Save a copy…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('қаулы-2024-03-12.pdf');
  expect((await readFile(await download.path())).equals(ruling)).toBe(true);

  // Edited: a wrong date is refused in words, a right one saved.
  await page.getByLabel('Type').selectOption('ruling');
  await page.getByLabel('Court').fill('Медеу аудандық соты');
  await page.getByLabel('Date').fill('31.02.2024');
  await page.getByRole('button', { name: 'Save document' }).click();
  await page.locator('.field-error').first().waitFor();
  expect(await page.locator('.field-error').first().innerText()).toMatch(/date/i);
  await page.getByLabel('Date').fill('12.03.2024');
  await page.getByRole('button', { name: 'Save document' }).click();
  await page.getByText(/^Saved at /).waitFor();
  const documents = await harness.call('documents.list', { personId: erlan.id });
  expect(documents.items).toHaveLength(1);
  expect(documents.items[0]).toMatchObject({
    docType: 'ruling',
    court: 'Медеу аудандық соты',
    date: '2024-03-12',
  });
  const documentId = documents.items[0].id;

  // From the prisoner's page: the list of documents and the timeline both lead to it.
  await page.goto(`${harness.server.url}#/persons/${erlan.id}`);
  const linked = page.getByRole('region', { name: 'Documents and articles' });
  await linked.getByRole('link', { name: title }).waitFor();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await timeline.getByRole('link', { name: title }).click();
  await page.waitForURL(new RegExp(`#/documents/${documentId}$`));

  // From search: a word of the ruling finds it, and the hit opens its page.
  await page.goto(`${harness.server.url}#/search?q=Құрманғалиева`);
  await page.locator('.results').getByText(title).first().click();
  await page.waitForURL(new RegExp(`#/documents/${documentId}$`));

  // The scan says it has no text, and how to give it some.
  await page.goto(`${harness.server.url}#/documents`);
  await rows.filter({ hasText: 'скан-хат' }).locator('a').click();
  await page
    .getByRole('note')
    .getByText(/scan without a text layer/)
    .waitFor();
  await harness.screenshot(page, 'documents-4-scan');
  await page.getByLabel('Text').fill('Хат: Ерлан Сейтқали колониядан жазды.');
  await page.getByRole('button', { name: 'Save document' }).click();
  await page.getByText(/^Saved at /).waitFor();
  expect(await page.getByRole('note').count()).toBe(0);
  expect(await page.getByLabel('Tags').inputValue()).toBe('');
  expect(errors).toEqual([]);
}, 180_000);

test('a scan attached to a letter on the prisoner page: shown inside the app, refused when not a scan, deleted', async () => {
  const aigul = await harness.call('persons.create', {
    name: 'Aigul Nurbekova',
    nativeName: 'Айгүл Нұрбекова',
    role: 'prisoner',
  });
  await harness.call('letters.create', {
    personId: aigul.id,
    direction: 'in',
    receivedOn: '2024-06-03',
    status: 'delivered',
    summary: 'Колониядан хат',
  });
  const scan = await makePdf({ pages: ['Сәлем! Мен аманмын. Айгүл Нұрбекова, 2024 жыл.'] });

  const { page, errors } = await harness.openApp(`#/persons/${aigul.id}`);
  const log = page.getByRole('region', { name: 'Correspondence log' });
  await log.getByRole('button', { name: 'Scans of the letter of 3 Jun 2024: 0' }).click();
  await log.getByText('No scan is kept with this letter yet.').waitFor();

  // A text file named like a picture is refused in words; nothing is attached.
  await log.getByLabel('Choose a scan of the letter').setInputFiles({
    name: 'сурет.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('not a picture at all'),
  });
  await log
    .getByRole('alert')
    .getByText(/not a PDF, JPEG, PNG or TIFF scan/)
    .waitFor();

  await log.getByLabel('Choose a scan of the letter').setInputFiles({
    name: 'хат-2024-06-03.pdf',
    mimeType: 'application/pdf',
    buffer: scan,
  });
  const scans = log.getByRole('region', { name: 'Scans of this letter' });
  await scans.getByText('хат-2024-06-03.pdf').waitFor();
  await log.getByRole('button', { name: 'Scans of the letter of 3 Jun 2024: 1' }).waitFor();
  expect(
    await log.getByRole('button', { name: 'Scans of the letter of 3 Jun 2024: 1' }).innerText(),
  ).toBe('Scans (1)');
  await scans.getByRole('button', { name: 'Show' }).click();
  await expect
    .poll(
      () =>
        scans.getByRole('img', { name: 'хат-2024-06-03.pdf, page 1' }).getAttribute('data-drawn'),
      {
        timeout: 30_000,
      },
    )
    .toBe('yes');
  await page.evaluate(`document.querySelector('.letter-scans-row').scrollIntoView()`);
  await harness.screenshot(page, 'documents-5-letter-scan');

  const letters = await harness.call('letters.list', { personId: aigul.id });
  expect(letters.items[0].scanIds).toHaveLength(1);
  await scans.getByRole('button', { name: 'Delete хат-2024-06-03.pdf' }).click();
  await log.getByText('No scan is kept with this letter yet.').waitFor();
  expect((await harness.call('letters.list', { personId: aigul.id })).items[0].scanIds).toEqual([]);
  expect(errors).toEqual([]);
}, 120_000);
