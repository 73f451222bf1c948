/**
 * The interface in Russian: chosen in the top bar, kept over a reload, with dates and
 * plurals written the Russian way; and a browser set to Russian starts in Russian.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { dayFromToday } from './dates';
import { startHarness, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

// A fictional prisoner.
const PRISONER = { name: 'Qanat Äbdiqadyr', nativeName: 'Қанат Әбдіқадыр' };

async function seed(): Promise<string> {
  const person = await harness.call('persons.create', { ...PRISONER, status: 'pre-trial' });
  await harness.call('letters.create', {
    personId: person.id,
    direction: 'out',
    status: 'sent',
    sentOn: dayFromToday(-42),
  });
  await harness.call('cases.create', { personId: person.id, arrestDate: '2024-03-14' });
  await harness.call('documents.create', {
    title: 'Қаулы: бұлтартпау шарасы',
    docType: 'ruling',
    date: '2024-03-15',
    court: 'Алматы аудандық соты',
    personIds: [person.id],
    tags: ['needs-ocr'],
  });
  return person.id;
}

/**
 * Words in Latin letters left on a Russian page: an English string not put through the
 * dictionary. The prisoner's Latin name, the app's name, the archive's folder name, the
 * language's own name in the switch, the keys' names, file formats' names (PDF) and the
 * archive bundle's file extension (.casefile) are not words to translate.
 */
function latinWordsLeft(text: string): string[] {
  const allowed = new Set([
    ...PRISONER.name.split(' '),
    'Casefile',
    'casefile',
    'PDF',
    'archive',
    'English',
    'Ctrl',
    'Enter',
    'Esc',
    'Home',
    'End',
  ]);
  const words = text.match(/[A-Za-zÄäÖöÜü]{2,}/g) ?? [];
  return [...new Set(words.filter((word) => !allowed.has(word)))];
}

test('switching to Russian shows the pages in Russian, and the choice is kept', async () => {
  // The check finds an English word among Russian ones.
  expect(latinWordsLeft('Переписка · 3 письма · Show more')).toEqual(['Show', 'more']);
  const personId = await seed();
  const app = await harness.openApp();
  const { page } = app;
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();

  await page.getByLabel('Language').selectOption('ru');
  await page.getByRole('heading', { name: 'Сводка', level: 1 }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  const nav = page.getByRole('navigation', { name: 'Основное' });
  expect(await nav.innerText()).toContain('Заключённые');
  const quiet = page.getByRole('region', { name: 'Без письма больше 30 дней' });
  // Russian plurals: 42 дня.
  expect(await quiet.innerText()).toContain('42 дня');
  await harness.screenshot(page, 'dashboard-ru');

  // A reload keeps Russian.
  await page.reload();
  await page.getByRole('heading', { name: 'Сводка', level: 1 }).waitFor();

  await nav.getByRole('link', { name: 'Заключённые' }).click();
  await page.getByRole('heading', { name: 'Заключённые', level: 1 }).waitFor();
  const row = page.locator('tbody tr', { hasText: PRISONER.name });
  await expect.poll(() => row.innerText()).toContain('Под стражей до суда');
  expect(await page.getByRole('button', { name: 'Дней под стражей' }).isVisible()).toBe(true);
  await harness.screenshot(page, 'prisoners-ru');

  await page.goto(`${harness.server.url}#/persons/${encodeURIComponent(personId)}`);
  await page.getByRole('heading', { name: 'Переписка' }).waitFor();
  // Dates are written by Intl for Russian: "… 2024 г.".
  const letters = await page.locator('.letters-table').innerText();
  expect(letters).toMatch(/\d{4} г\./);
  await harness.screenshot(page, 'person-ru');
  // The log with its three actions a letter fits the page in Russian.
  expect(
    await page.evaluate(
      `document.documentElement.scrollWidth - document.documentElement.clientWidth`,
    ),
  ).toBe(0);
  expect(latinWordsLeft(await page.locator('body').innerText())).toEqual([]);

  // The search results and the settings speak Russian too.
  await page.goto(`${harness.server.url}#/search?q=${encodeURIComponent('Қанат')}`);
  await page.locator('.hit').first().waitFor();
  await harness.screenshot(page, 'search-ru');
  expect(latinWordsLeft(await page.locator('body').innerText())).toEqual([]);
  // The documents, their list and a document's page.
  await page.goto(`${harness.server.url}#/documents`);
  await page.getByRole('heading', { name: 'Документы', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Қаулы: бұлтартпау шарасы' }).click();
  await page.getByRole('heading', { name: 'Исходные файлы' }).waitFor();
  await harness.screenshot(page, 'document-ru');
  expect(latinWordsLeft(await page.locator('body').innerText())).toEqual([]);
  await page.goto(`${harness.server.url}#/settings`);
  await page.getByRole('heading', { name: 'Настройки', level: 1 }).waitFor();
  expect(latinWordsLeft(await page.locator('body').innerText())).toEqual([]);
  // A refusal from main is said in Russian too.
  await page.getByLabel('Обратный адрес на конвертах').fill('ж'.repeat(201));
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await page.getByText('Строка обратного адреса — не больше 200 символов.').waitFor();
  await page.getByLabel('Обратный адрес на конвертах').fill('');
  await page.getByRole('radio', { name: 'Тёмная' }).check();
  await harness.screenshot(page, 'settings-ru-dark');
  expect(app.errors).toEqual([]);
});

test('a browser set to Russian starts in Russian', async () => {
  await seed();
  const context = await harness.browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'ru-RU',
  });
  try {
    const page = await context.newPage();
    await page.goto(harness.server.url);
    await page.getByRole('heading', { name: 'Сводка', level: 1 }).waitFor();
    expect(await page.getByLabel('Язык').inputValue()).toBe('ru');
  } finally {
    await context.close();
  }
});
