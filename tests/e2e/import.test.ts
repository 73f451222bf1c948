/**
 * Import in the window: a court document (a real PDF made by pdfkit) and an HTML article
 * dropped onto the window, imported with a report, the suggested person accepted, and the
 * document found on that person's page.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { makePdf } from '../unit/importers/fixtures';
import { startHarness, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

const ARTICLE_HTML = `<!doctype html><html lang="ru"><head><meta charset="utf-8">
<title>Суд над Ерланом Сейтқали снова отложен</title></head><body><article>
<h1>Суд над Ерланом Сейтқали снова отложен</h1>
<p>Алматы. Заседание по делу Ерлана Сейтқали перенесли на июнь: судья заболел.</p>
<p>Родные просят писать ему письма в СИЗО, передачи принимают по вторникам.</p>
</article></body></html>`;

interface DroppedFile {
  readonly name: string;
  readonly type: string;
  readonly base64: string;
}

/** Drags files onto the page the way a file manager does: enter, over, then drop. */
async function dragFiles(page: Page, files: readonly DroppedFile[], drop: boolean) {
  await page.evaluate(
    ({ files, drop }) => {
      const transfer = new DataTransfer();
      for (const file of files) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: file.type }));
      }
      const target = document.querySelector('main') ?? document.body;
      const fire = (type: string) =>
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
      fire('dragenter');
      fire('dragover');
      if (drop) fire('drop');
    },
    { files, drop },
  );
}

test('dropped files are imported, and an accepted person lists the document', async () => {
  const aigul = await harness.call('persons.create', {
    name: 'Aigul Nurbekova',
    nativeName: 'Айгүл Нұрбекова',
    role: 'prisoner',
  });
  const erlan = await harness.call('persons.create', {
    name: 'Erlan Seitkali',
    nativeName: 'Ерлан Сейтқали',
    role: 'prisoner',
  });
  const pdf = await makePdf({
    title: 'Приговор по делу Нұрбековой',
    pages: [
      'Алматы, 12 марта 2024 года. Приговор. Суд признал Айгүл Нұрбекову виновной и ' +
        'назначил наказание сроком на пять лет с отбыванием в колонии общего режима.',
    ],
  });
  const files: DroppedFile[] = [
    { name: 'Приговор Нұрбековой.pdf', type: 'application/pdf', base64: pdf.toString('base64') },
    {
      name: 'сейтқали-суд.html',
      type: 'text/html',
      base64: Buffer.from(ARTICLE_HTML).toString('base64'),
    },
  ];

  const { page, errors } = await harness.openApp('#/persons');
  await dragFiles(page, files, false);
  const overlay = page.getByText(/Drop to import into/);
  await overlay.waitFor();
  await harness.screenshot(page, 'import-1-drop-overlay');

  await dragFiles(page, files, true);
  await page.waitForURL(/#\/import$/);
  const report = page.getByRole('region', { name: 'Report' });
  await report.waitFor({ timeout: 60_000 });
  expect(await overlay.count()).toBe(0);
  await expect.poll(() => report.innerText()).toContain('2 records created');
  const text = await report.innerText();
  expect(text).toContain('Приговор Нұрбековой.pdf');
  expect(text).toContain('Суд над Ерланом Сейтқали снова отложен');

  const review = page.getByRole('region', { name: 'Persons mentioned' });
  const aigulSuggestion = review.getByRole('listitem', { name: /^Aigul Nurbekova in / });
  await aigulSuggestion.waitFor();
  expect(await aigulSuggestion.innerText()).toContain('Нұрбекову');
  await harness.screenshot(page, 'import-2-report-and-review');

  await aigulSuggestion.getByRole('button', { name: 'Accept' }).click();
  await aigulSuggestion.getByText('Linked').waitFor();
  const erlanSuggestion = review.getByRole('listitem', { name: /^Erlan Seitkali in / });
  await erlanSuggestion.getByRole('button', { name: 'Reject' }).click();
  await erlanSuggestion.getByText('Rejected').waitFor();
  await harness.screenshot(page, 'import-3-decided');

  const linked = await harness.call('documents.list', { personId: aigul.id });
  expect(linked.items.map((doc) => doc.title)).toHaveLength(1);
  // Dated from its text, so that it takes its place on the person's timeline.
  expect(linked.items[0].date).toBe('2024-03-12');
  expect((await harness.call('articles.list', { personId: erlan.id })).total).toBe(0);

  await aigulSuggestion.getByRole('link', { name: 'Aigul Nurbekova' }).click();
  await page.waitForURL(/#\/persons\//);
  await page.getByText(linked.items[0].title).first().waitFor();
  await harness.screenshot(page, 'import-4-person-page');

  // The same files again: the archive holds them, so both are skipped, with the reason.
  await page.goto(`${harness.server.url}#/import`);
  await page.getByRole('button', { name: 'Choose files…' }).waitFor();
  await harness.screenshot(page, 'import-0-empty');
  await dragFiles(page, files, true);
  await expect.poll(() => report.innerText(), { timeout: 60_000 }).toContain('2 files skipped');
  expect(await report.innerText()).toMatch(/already holds this file/);
  expect(errors).toEqual([]);
}, 120_000);

test('pasted text becomes an article with a guessed title, and bad files are told', async () => {
  const dana = await harness.call('persons.create', {
    name: 'Dana Abenova',
    nativeName: 'Дана Әбенова',
    role: 'prisoner',
  });
  const { page, errors } = await harness.openApp('#/import');
  const paste = page.getByRole('form', { name: 'Paste text as an article' });
  await paste
    .getByLabel('Text')
    .fill('# Дана Әбенова колониядан хат жазды\n\nДана Әбенова денсаулығы жақсы екенін жазды.');
  expect(await paste.getByLabel('Title').inputValue()).toBe('Дана Әбенова колониядан хат жазды');
  await paste.getByLabel('Title').fill('Хат колониядан');
  await harness.screenshot(page, 'import-5-paste');
  await paste.getByRole('button', { name: 'Add article' }).click();
  const suggestion = page.getByRole('listitem', { name: /^Dana Abenova in Хат колониядан/ });
  await suggestion.getByRole('button', { name: 'Accept' }).click();
  await suggestion.getByText('Linked').waitFor();
  const articles = await harness.call('articles.list', { personId: dana.id });
  expect(articles.items.map((article) => article.title)).toEqual(['Хат колониядан']);

  await page.getByRole('button', { name: 'Import more files' }).click();
  await page.locator('input[type=file]').setInputFiles([
    { name: 'бос.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    { name: 'кесте.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') },
    {
      name: 'жаңалық.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# Жаңалық\n\nДана Әбенова ауыстырылды.'),
    },
  ]);
  const report = page.getByRole('region', { name: 'Report' });
  await expect
    .poll(() => report.innerText(), { timeout: 60_000 })
    .toContain('1 record created · 0 files skipped · 2 files not imported');
  const text = await report.innerText();
  expect(text).toContain('бос.txt — This file is empty.');
  expect(text).toMatch(/кесте\.xlsx — .+\./);
  await harness.screenshot(page, 'import-6-bad-files');
  expect(errors).toEqual([]);
}, 120_000);

test('a long import shows n of m and the file last done, and Cancel stops it', async () => {
  const { page, errors } = await harness.openApp('#/import');
  const files = Array.from({ length: 120 }, (_, i) => ({
    name: `хабарлама-${String(i).padStart(3, '0')}.md`,
    mimeType: 'text/markdown',
    buffer: Buffer.from(
      `# Хабарлама ${i}\n\n${'Қамаудағы адамдарға хат жазыңыз. '.repeat(400 + i)}`,
    ),
  }));
  await page.locator('input[type=file]').setInputFiles(files);
  const progress = page.getByRole('status').filter({ hasText: /of 120 files/ });
  await progress.getByText(/^Last done: хабарлама-\d{3}\.md$/).waitFor({ timeout: 60_000 });
  await harness.screenshot(page, 'import-7-progress');
  await progress.getByRole('button', { name: 'Cancel' }).click();
  const report = page.getByRole('region', { name: 'Report' });
  await report.getByText(/Files already imported stay in the archive/).waitFor({ timeout: 60_000 });
  const counts = (await report.innerText()).match(
    /(\d+) records? created · 0 files skipped · 0 files not imported · (\d+) files? not reached/,
  );
  expect(counts).not.toBeNull();
  const [created, notReached] = [Number(counts?.[1]), Number(counts?.[2])];
  expect(created + notReached).toBe(120);
  expect(notReached).toBeGreaterThan(0);
  expect((await harness.call('articles.list', {})).total).toBe(created);
  await harness.screenshot(page, 'import-8-cancelled');
  expect(errors).toEqual([]);
}, 120_000);
