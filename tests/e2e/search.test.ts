/** The search box in the top bar: results as one types, grouped by kind, keyboard-driven. */
import { afterEach, beforeEach, expect, test } from 'vitest';
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

  // Two kinds of hit: ↓ moves from the person to the article, Enter opens the article.
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
  await box.press('ArrowDown');
  expect(await personOption.getAttribute('aria-selected')).toBe('true');
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
