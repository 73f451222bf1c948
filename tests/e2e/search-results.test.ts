/**
 * The full results page: filters kept in the address (so Back undoes them), counts, and a
 * windowed list that holds thousands of hits with only a screenful of rows in the page.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ApiOutput } from '../../src/shared/api';
import { startHarness, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

function resultsList(page: Page): Locator {
  return page.getByRole('listbox', { name: /best match first/ });
}

/** The count the page says, once it says the one expected (the answer may be on its way). */
async function expectCount(page: Page, text: string): Promise<void> {
  const timeout = 10_000;
  await expect.poll(() => page.locator('.results-count').innerText(), { timeout }).toBe(text);
  await expect
    .poll(() => page.locator('.results').getAttribute('aria-busy'), { timeout })
    .toBe('false');
}

function searchParams(page: Page): URLSearchParams {
  const hash = new URL(page.url()).hash;
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
}

test('kind, person and date filters narrow the results, live in the address, and Back undoes them', async () => {
  // Fictional people and records; "candlelight" is the word searched for.
  const nurlan = await harness.call('persons.create', {
    name: 'Nurlan Kushakbaev',
    nativeName: 'Нұрлан Кушакбаев',
    status: 'pre-trial',
  });
  const serik = await harness.call('persons.create', {
    name: 'Serik Kushenov',
    nativeName: 'Серік Кушенов',
    status: 'convicted',
  });
  for (const sentOn of ['2024-02-01', '2024-03-15', '2024-05-20', '2024-08-01']) {
    await harness.call('letters.create', {
      personId: nurlan.id,
      direction: 'out',
      status: 'sent',
      sentOn,
      summary: `Photos from the candlelight vigil of ${sentOn}`,
    });
  }
  await harness.call('letters.create', {
    personId: serik.id,
    direction: 'out',
    status: 'sent',
    sentOn: '2024-04-10',
    summary: 'A card about the candlelight vigil',
  });
  for (const [title, date] of [
    ['Vigil for Nurlan Kushakbaev', '2024-01-10'],
    ['Second vigil outside the court', '2024-06-01'],
  ] as const) {
    await harness.call('articles.create', {
      title,
      date,
      source: 'Campaign bulletin',
      body: 'Supporters held a candlelight vigil outside the court.',
      personIds: [nurlan.id],
    });
  }
  await harness.call('events.create', {
    personId: nurlan.id,
    date: '2024-04-01',
    type: 'other',
    text: 'Candlelight vigil at the prison gate',
  });

  const app = await harness.openApp('#/search?q=candlelight');
  const { page } = app;
  await expectCount(page, '8 results');
  expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toContain(
    'one list, best match first',
  );
  const list = resultsList(page);
  // Each row: kind, title, date, and the snippet with the word marked.
  const articleRow = list.getByRole('option', { name: /Second vigil outside the court/ });
  await expect.poll(() => articleRow.innerText(), { timeout: 10_000 }).toContain('1 Jun 2024');
  expect(await articleRow.textContent()).toContain('Article');
  expect(await articleRow.locator('mark').first().innerText()).toBe('candlelight');
  const eventRow = list.getByRole('option', { name: /Other event/ });
  expect(await eventRow.innerText()).toContain('1 Apr 2024');
  expect(await eventRow.innerText()).toContain('Nurlan Kushakbaev');
  await harness.screenshot(page, 'search-results');

  // Kind: letters only.
  await page.getByRole('button', { name: 'Letters', exact: true }).click();
  await expectCount(page, '5 results');
  expect(searchParams(page).getAll('kind')).toEqual(['letter']);
  expect(
    await page.getByRole('button', { name: 'Letters', exact: true }).getAttribute('aria-pressed'),
  ).toBe('true');
  const letterRows = list.getByRole('option');
  expect(await letterRows.first().innerText()).toMatch(/Letter to (Nurlan Kushakbaev|Serik)/);

  // Person: chosen by typing part of the name in the picker.
  const personBox = page.getByRole('combobox', { name: 'Person' });
  await personBox.fill('kushak');
  await page.getByRole('listbox', { name: 'Person' }).getByRole('option').first().waitFor();
  expect(await personBox.getAttribute('aria-expanded')).toBe('true');
  await harness.screenshot(page, 'search-person-picker');
  await personBox.press('Enter');
  await expectCount(page, '4 results');
  expect(searchParams(page).get('person')).toBe(nurlan.id);
  expect(await personBox.inputValue()).toBe('Nurlan Kushakbaev');

  // Dates, one day-first and one ISO.
  const from = page.getByRole('textbox', { name: 'From' });
  const to = page.getByRole('textbox', { name: 'To' });
  await from.fill('01.03.2024');
  await to.fill('2024-05-31');
  await to.press('Enter');
  await expectCount(page, '2 results');
  const params = searchParams(page);
  expect(params.get('from')).toBe('2024-03-01');
  expect(params.get('to')).toBe('2024-05-31');
  expect(params.getAll('kind')).toEqual(['letter']);
  expect(params.get('q')).toBe('candlelight');
  const dates = await list
    .getByRole('option')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('.hit-date')?.textContent));
  expect(dates.sort()).toEqual(['15 Mar 2024', '20 May 2024']);
  expect(await from.inputValue()).toBe('01.03.2024');
  await harness.screenshot(page, 'search-filtered');

  // An impossible date is pointed out where it was typed, and nothing changes.
  const before = page.url();
  await from.fill('31.02.2024');
  await from.press('Enter');
  const fromError = page.locator('.field', { has: from }).locator('.field-error');
  await expect.poll(() => fromError.innerText()).toBe('This date does not exist in the calendar.');
  expect(await from.getAttribute('aria-invalid')).toBe('true');
  expect(page.url()).toBe(before);
  await harness.screenshot(page, 'search-invalid-date');

  // Back: the filters before the dates, then before the person, then before the kind.
  await page.goBack();
  await expectCount(page, '4 results');
  expect(searchParams(page).get('from')).toBeNull();
  expect(await from.inputValue()).toBe('');
  expect(await fromError.count()).toBe(0);
  await page.goBack();
  await expectCount(page, '5 results');
  expect(await personBox.inputValue()).toBe('');
  await page.goBack();
  await expectCount(page, '8 results');
  expect(
    await page.getByRole('button', { name: 'All', exact: true }).getAttribute('aria-pressed'),
  ).toBe('true');
  await page.goForward();
  await expectCount(page, '5 results');

  expect(app.errors).toEqual([]);
});

test('1,500 letters: the count, a windowed list, and the last rows at the end', async () => {
  const nurlan = await harness.call('persons.create', {
    name: 'Nurlan Kushakbaev',
    nativeName: 'Нұрлан Кушакбаев',
    status: 'pre-trial',
  });
  const TOTAL = 1500;
  const CHUNK = 50;
  for (let start = 0; start < TOTAL; start += CHUNK) {
    await Promise.all(
      Array.from({ length: CHUNK }, (_, offset) => {
        const number = start + offset + 1;
        return harness.call('letters.create', {
          personId: nurlan.id,
          direction: 'out',
          status: 'sent',
          sentOn: `2023-${String(1 + (number % 12)).padStart(2, '0')}-${String(1 + (number % 28)).padStart(2, '0')}`,
          summary: `Parcel number ${number} with warm socks and marigold seeds`,
        });
      }),
    );
  }
  const answer = await harness.call('search.query', { query: 'marigold', limit: 5000 });
  expect(answer.total).toBe(TOTAL);

  const app = await harness.openApp('#/search?q=marigold');
  const { page } = app;
  await expectCount(page, '1,500 results');
  const list = resultsList(page);
  const rows = list.getByRole('option');
  // Far fewer rows in the page than results: only those in view and a few around them.
  const rendered = await rows.count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  expect(await rows.first().getAttribute('aria-setsize')).toBe(String(TOTAL));
  expect(await rows.first().getAttribute('aria-posinset')).toBe('1');
  await harness.screenshot(page, 'search-many');

  // Scrolling to the end shows the last rows, still with few rows in the page.
  await list.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  const lastRow = list.locator(`[role=option][aria-posinset="${TOTAL}"]`);
  await lastRow.waitFor();
  expect(await lastRow.isVisible()).toBe(true);
  expect(await lastRow.innerText()).toContain('marigold');
  expect(await list.locator('[role=option][aria-posinset="1"]').count()).toBe(0);
  expect(await rows.count()).toBeLessThan(60);
  const listBox = await list.boundingBox();
  const lastBox = await lastRow.boundingBox();
  expect(listBox && lastBox && lastBox.y + lastBox.height <= listBox.y + listBox.height + 1).toBe(
    true,
  );
  await harness.screenshot(page, 'search-many-end');

  // The keyboard: Home to the first, End to the last, ↑ ↓ between, Enter opens.
  await list.focus();
  await page.keyboard.press('Home');
  const selected = list.locator('[role=option][aria-selected=true]');
  await expect.poll(() => selected.getAttribute('aria-posinset')).toBe('1');
  expect(await list.getAttribute('aria-activedescendant')).toBe(await selected.getAttribute('id'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => selected.getAttribute('aria-posinset')).toBe('3');
  await page.keyboard.press('End');
  await expect.poll(() => selected.getAttribute('aria-posinset')).toBe(String(TOTAL));
  expect(await selected.isVisible()).toBe(true);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => selected.getAttribute('aria-posinset')).toBe(String(TOTAL - 1));
  await harness.screenshot(page, 'search-many-keyboard');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`#/persons/${nurlan.id}$`));
  await page.goBack();
  await expectCount(page, '1,500 results');

  // The box at the top shows a few as one types, and offers all of them.
  const box = page.getByRole('combobox', { name: 'Search the archive' });
  await box.fill('marigold');
  const showAll = page.getByRole('button', { name: /^Show all/ });
  await expect
    .poll(() => showAll.innerText(), { timeout: 10_000 })
    .toBe('Show all results for “marigold”');
  const dropdown = page.getByRole('listbox', { name: 'Search results' });
  expect(await dropdown.getByRole('group', { name: 'Letters' }).count()).toBe(1);
  expect(await dropdown.getByRole('option').count()).toBeLessThanOrEqual(20);
  await harness.screenshot(page, 'search-many-dropdown');

  expect(app.errors).toEqual([]);
});

test('while the index is being built: a quiet progress line, then the search runs again', async () => {
  const nurlan = await harness.call('persons.create', {
    name: 'Nurlan Kushakbaev',
    nativeName: 'Нұрлан Кушакбаев',
    status: 'pre-trial',
  });
  await harness.call('letters.create', {
    personId: nurlan.id,
    direction: 'out',
    status: 'sent',
    sentOn: '2024-03-15',
    summary: 'Photos from the candlelight vigil',
  });
  const app = await harness.openApp('#/persons');
  const { page } = app;

  // The archive answers as it does during a rebuild: names only, and the progress; the
  // progress is then asked for every second until the index is ready.
  let queries = 0;
  await page.route('**/api/search.query', async (route) => {
    queries += 1;
    const response = await route.fetch().catch(() => null);
    if (!response) return; // The page has closed.
    const envelope = (await response.json()) as { ok: true; value: ApiOutput<'search.query'> };
    if (queries === 1) {
      const hits = envelope.value.hits.filter((hit) => hit.kind === 'person');
      envelope.value = {
        ...envelope.value,
        hits,
        total: hits.length,
        indexing: { state: 'building', done: 400, total: 1000 },
      };
    }
    await route.fulfill({ response, json: envelope });
  });
  let statuses = 0;
  await page.route('**/api/search.status', async (route) => {
    statuses += 1;
    if (statuses === 1) {
      await route.fulfill({
        json: { ok: true, value: { state: 'building', done: 700, total: 1000 } },
      });
    } else {
      await route.continue();
    }
  });

  await page.evaluate(`window.location.hash = '#/search?q=Kushakbaev'`);
  const line = page.getByRole('status').filter({ hasText: 'Still indexing' });
  await expect
    .poll(() => line.innerText(), { timeout: 5_000 })
    .toBe('Still indexing: 40% — names can be searched already');
  expect(await page.locator('.results-count').innerText()).toBe('1 result');
  await harness.screenshot(page, 'search-indexing');
  await expect
    .poll(() => line.innerText(), { timeout: 5_000 })
    .toBe('Still indexing: 70% — names can be searched already');

  // Ready: the line goes, and the search has run again with the full index.
  await expectCount(page, '2 results');
  expect(await line.count()).toBe(0);
  expect(queries).toBe(2);
  expect(statuses).toBe(2);
  await page.waitForTimeout(1_500);
  expect(statuses).toBe(2);

  expect(app.errors).toEqual([]);
});
