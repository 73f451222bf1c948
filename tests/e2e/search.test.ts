/** The search box in the top bar: results as one types, grouped by kind, keyboard-driven. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

test('part of a Cyrillic name finds the person, and Enter opens the page', async () => {
  // Fictional people.
  const aliya = await harness.call('persons.create', {
    name: 'Aliya Kasymkyzy',
    nativeName: 'Әлия Қасымқызы',
    status: 'convicted',
  });
  const bolat = await harness.call('persons.create', {
    name: 'Bolat Serikuly',
    nativeName: 'Болат Серікұлы',
    status: 'pre-trial',
  });
  const article = await harness.call('articles.create', {
    title: 'Болат Серікұлы: арест продлён ещё на два месяца',
    date: '2024-05-03',
    source: 'Campaign bulletin',
    personIds: [bolat.id],
  });

  const app = await harness.openApp('#/persons');
  const { page } = app;
  await page.locator('tbody tr').first().waitFor();
  const box = page.getByRole('combobox', { name: 'Search the archive' });

  // Ctrl+K puts the keyboard in the search box from anywhere.
  await page.locator('body').click();
  await page.keyboard.press('Control+k');
  await expect
    .poll(() => box.evaluate((element) => element === element.ownerDocument.activeElement))
    .toBe(true);

  await page.keyboard.type('Қасым');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  const option = listbox.getByRole('option', { name: /Aliya Kasymkyzy/ });
  await option.waitFor();
  expect(await box.getAttribute('aria-expanded')).toBe('true');
  expect(await listbox.getByRole('group', { name: 'People' }).count()).toBe(1);
  expect(await option.getAttribute('aria-selected')).toBe('true');
  await harness.screenshot(page, 'search-dropdown');

  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`#/persons/${aliya.id}$`));
  await expect.poll(() => page.locator('.person-header').innerText()).toContain('Әлия Қасымқызы');
  expect(await listbox.isVisible()).toBe(false);

  // Two kinds of hit: ↓ moves from the person to the article and round to the person;
  // ↑ from the first hit chooses none (Enter would show all results), ↑ again the last.
  await box.fill('Болат');
  const personOption = listbox.getByRole('option', { name: /Bolat Serikuly/ });
  const articleOption = listbox.getByRole('option', { name: /арест продлён/ });
  await articleOption.waitFor();
  const groups = listbox.getByRole('group');
  expect(await groups.evaluateAll((nodes) => nodes.map((node) => node.textContent))).toEqual([
    expect.stringMatching(/^People/),
    expect.stringMatching(/^Articles/),
  ]);
  expect(await personOption.getAttribute('aria-selected')).toBe('true');
  await box.press('ArrowDown');
  expect(await articleOption.getAttribute('aria-selected')).toBe('true');
  expect(await box.getAttribute('aria-activedescendant')).toBe(
    await articleOption.getAttribute('id'),
  );
  await box.press('ArrowDown');
  expect(await personOption.getAttribute('aria-selected')).toBe('true');
  await box.press('ArrowUp');
  expect(await listbox.locator('[role=option][aria-selected=true]').count()).toBe(0);
  expect(await box.getAttribute('aria-activedescendant')).toBeNull();
  await box.press('ArrowUp');
  expect(await articleOption.getAttribute('aria-selected')).toBe('true');
  await box.press('Enter');
  await page.waitForURL(new RegExp(`#/articles/${article.id}$`));
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).innerText())
    .toContain('арест продлён');

  // Esc closes the list and a second Esc clears the box.
  await box.fill('Серік');
  await personOption.waitFor();
  await box.press('Escape');
  await expect.poll(() => listbox.isVisible()).toBe(false);
  await box.press('Escape');
  expect(await box.inputValue()).toBe('');

  expect(app.errors).toEqual([]);
});

/** Resolves when the page has the archive's answer to `query` (typed in the search box). */
function answerTo(page: Page, query: string) {
  return page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/search.query') &&
      (response.request().postData() ?? '').includes(JSON.stringify(query)),
  );
}

test('a Cyrillic surname and a Latin typo both find the Latin-named prisoner first', async () => {
  // Fictional people: a prisoner and a near namesake.
  const nurlan = await harness.call('persons.create', {
    name: 'Nurlan Kushakbaev',
    nativeName: 'Нұрлан Кушакбаев',
    status: 'pre-trial',
  });
  await harness.call('persons.create', {
    name: 'Serik Kushenov',
    nativeName: 'Серік Кушенов',
    status: 'convicted',
  });

  const app = await harness.openApp('#/persons');
  const { page } = app;
  await page.locator('tbody tr').first().waitFor();
  const box = page.getByRole('combobox', { name: 'Search the archive' });
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  const firstOption = listbox.getByRole('option').first();

  // (a) The surname in Cyrillic: the prisoner whose name is written in Latin comes first.
  await page.keyboard.press('Control+k');
  const cyrillic = answerTo(page, 'Кушакбаев');
  await page.keyboard.type('Кушакбаев');
  await cyrillic;
  await expect.poll(() => firstOption.innerText()).toContain('Nurlan Kushakbaev');
  expect(await firstOption.getAttribute('aria-selected')).toBe('true');
  expect(await box.getAttribute('aria-activedescendant')).toBe(
    await firstOption.getAttribute('id'),
  );
  await harness.screenshot(page, 'search-cyrillic');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`#/persons/${nurlan.id}$`));
  await expect.poll(() => page.locator('.person-header').innerText()).toContain('Нұрлан Кушакбаев');

  // (b) A typo in the Latin spelling: still him, first.
  const typo = answerTo(page, 'Kushakbeav');
  await box.fill('Kushakbeav');
  await typo;
  await expect.poll(() => firstOption.innerText()).toContain('Nurlan Kushakbaev');
  expect(await firstOption.getAttribute('aria-selected')).toBe('true');
  await harness.screenshot(page, 'search-typo');

  // With no hit chosen, Enter opens the full results page, where he is first too.
  await box.press('ArrowUp');
  expect(await box.getAttribute('aria-activedescendant')).toBeNull();
  await box.press('Enter');
  await page.waitForURL(/#\/search\?q=Kushakbeav$/);
  const results = page.getByRole('listbox', { name: /best match first/ });
  const firstRow = results.getByRole('option').first();
  await expect.poll(() => firstRow.innerText()).toContain('Nurlan Kushakbaev');
  expect(await firstRow.textContent()).toContain('Person');
  expect(await page.locator('.results-count').innerText()).toBe('1 result');
  // The part of the name that matched is marked.
  expect(await firstRow.locator('mark').innerText()).toBe('Kushakbaev');

  // The keyboard works in the list: focus it, Enter opens the person.
  await results.focus();
  expect(await firstRow.getAttribute('aria-selected')).toBe('true');
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`#/persons/${nurlan.id}$`));

  expect(app.errors).toEqual([]);
});

test('nothing found: the closest names are offered, and one opens the person', async () => {
  const nurlan = await harness.call('persons.create', {
    name: 'Nurlan Kushakbaev',
    nativeName: 'Нұрлан Кушакбаев',
    status: 'pre-trial',
  });
  await harness.call('persons.create', {
    name: 'Serik Kushenov',
    nativeName: 'Серік Кушенов',
    status: 'convicted',
  });

  const app = await harness.openApp('#/persons');
  const { page } = app;
  await page.locator('tbody tr').first().waitFor();
  const box = page.getByRole('combobox', { name: 'Search the archive' });
  const listbox = page.getByRole('listbox', { name: 'Search results' });

  // A misspelt name in quotes must match as written, so nothing matches; the box offers
  // the closest name instead.
  await box.click();
  const quoted = answerTo(page, '"Kushakbeav"');
  await box.fill('"Kushakbeav"');
  await quoted;
  await expect.poll(() => listbox.innerText()).toContain('Did you mean');
  expect(await listbox.getByRole('option').first().innerText()).toContain('Nurlan Kushakbaev');

  // The results page says so in words and links the suggestion.
  await box.press('ArrowUp');
  await box.press('Enter');
  await page.waitForURL(/#\/search\?q=%22Kushakbeav%22$/);
  const empty = page.locator('.search-empty');
  await expect.poll(() => empty.innerText()).toContain('Nothing found for “"Kushakbeav"”');
  expect(await empty.innerText()).toContain('Did you mean: Nurlan Kushakbaev');
  await harness.screenshot(page, 'search-did-you-mean');

  // A filter that leaves nothing: the same offer, and a way back without filters.
  await page.goto(`${harness.server.url}#/search?q=Kushakbaev&kind=document`);
  await expect
    .poll(() => empty.innerText())
    .toContain('Nothing found for “Kushakbaev” with these filters.');
  expect(await empty.getByRole('button', { name: 'Search without filters' }).count()).toBe(1);
  await empty.getByRole('link', { name: 'Nurlan Kushakbaev' }).click();
  await page.waitForURL(new RegExp(`#/persons/${nurlan.id}$`));
  await expect.poll(() => page.locator('.person-header').innerText()).toContain('Нұрлан Кушакбаев');

  expect(app.errors).toEqual([]);
});
