/** An empty archive greets the user with what Casefile is and two ways to begin. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { focusedLabel, startHarness, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

test('an empty archive shows the welcome screen', async () => {
  const app = await harness.openApp();
  const { page } = app;

  await expect
    .poll(() => page.getByRole('heading', { name: 'Welcome to Casefile' }).isVisible())
    .toBe(true);
  expect(await page.locator('.welcome-lead').innerText()).toMatch(/Casefile keeps everything/);
  expect(await page.getByRole('button', { name: 'Add the first prisoner' }).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Open the sample archive' }).isVisible()).toBe(
    true,
  );
  // The search box is there from the start, with a label.
  expect(await page.getByRole('combobox', { name: 'Search the archive' }).isVisible()).toBe(true);
  expect(await page.title()).toMatch(/Casefile/);

  await harness.screenshot(page, 'welcome');

  // The first button opens the form with its first field focused; Esc closes it.
  await page.getByRole('button', { name: 'Add the first prisoner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a prisoner' });
  await dialog.waitFor();
  await expect.poll(() => focusedLabel(page)).toBe('Name in Latin letters (required)');
  await harness.screenshot(page, 'add-prisoner-form');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await page.getByRole('heading', { name: 'Welcome to Casefile' }).isVisible()).toBe(true);

  expect(app.errors).toEqual([]);
});
