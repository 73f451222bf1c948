/**
 * The keyboard shortcuts: "?" lists them in a dialog that keeps focus inside and gives it
 * back on Esc; "g" then a letter goes to a section; letters typed in a box stay text.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { focusedText, startHarness, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

test('"?" lists the shortcuts, Esc closes the list, and "g" then a letter moves around', async () => {
  await harness.call('persons.create', {
    name: 'Janar Mūqametqyzy',
    nativeName: 'Жанар Мұқаметқызы',
  });
  const { page, errors } = await harness.openApp();
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();

  // Focus on a link of the top bar, to see it come back.
  const prisonersLink = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Prisoners' });
  await prisonersLink.focus();
  await page.keyboard.press('Shift+?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  const list = await dialog.innerText();
  expect(list).toContain('Go to the dashboard');
  expect(list).toContain('Search the archive');
  await harness.screenshot(page, 'shortcuts-help');

  // Tab stays inside the dialog: the page behind it is inert.
  for (let step = 0; step < 4; step += 1) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(
      `document.querySelector('dialog[open]').contains(document.activeElement) || document.activeElement === document.body`,
    );
    expect(inside).toBe(true);
  }
  // "g" then "p" does nothing while the list is open.
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  expect(page.url()).not.toContain('#/persons');

  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await focusedText(page)).toBe('Prisoners');

  // "g" then "p": the prisoners; "g" then "s": the settings; "g" then "d": back home.
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await page.getByRole('heading', { name: 'Prisoners', level: 1 }).waitFor();
  await page.keyboard.press('g');
  await page.keyboard.press('o');
  await page.getByRole('heading', { name: 'Documents', level: 1 }).waitFor();
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();

  // In a text box the same letters are only text.
  const days = page.getByLabel('No letter for more than (days)');
  await days.focus();
  await page.keyboard.press('g');
  await page.keyboard.press('d');
  await page.keyboard.type('?');
  expect(await page.getByRole('heading', { name: 'Settings', level: 1 }).isVisible()).toBe(true);
  expect(await page.getByRole('dialog').count()).toBe(0);
  expect(await days.inputValue()).toContain('gd?');

  await page.keyboard.press('Escape');
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('g');
  await page.keyboard.press('d');
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  expect(errors).toEqual([]);
});

test('the list of shortcuts is in Russian when the interface is', async () => {
  const { page } = await harness.openApp();
  await page.getByLabel('Language').selectOption('ru');
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+?');
  const dialog = page.getByRole('dialog', { name: 'Сочетания клавиш' });
  await dialog.waitFor();
  expect(await dialog.innerText()).toContain('Перейти к сводке');
  await page.emulateMedia({ colorScheme: 'dark' });
  await harness.screenshot(page, 'shortcuts-help-ru-dark');
});
