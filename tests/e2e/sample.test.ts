/** The fictional sample archive: opened from the welcome screen, and left again. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

test('"Open the sample archive" shows the sample prisoners, and one can go back', async () => {
  const app = await harness.openApp();
  const { page } = app;
  await page.getByRole('button', { name: 'Open the sample archive' }).click();

  const banner = page.getByRole('region', { name: 'Sample archive' });
  await banner.waitFor({ timeout: 60_000 });
  expect(await banner.innerText()).toContain('You are looking at the fictional sample archive');
  // The sample opens on its dashboard; its prisoners are one click away.
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  await harness.screenshot(page, 'sample-dashboard');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Prisoners' })
    .click();
  await page.getByRole('heading', { name: 'Prisoners', level: 1 }).waitFor();
  const rows = page.locator('tbody tr');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);

  const info = await harness.call('archive.info', {});
  expect(info.isSample).toBe(true);
  const prisoners = await harness.call('persons.list', { role: 'prisoner', limit: 10_000 });
  expect(await rows.count()).toBe(Math.min(prisoners.total, 500));
  const first = prisoners.items.map((person) => person.name).sort((a, b) => a.localeCompare(b))[0];
  expect(await rows.first().innerText()).toContain(first);
  await harness.screenshot(page, 'sample-archive');

  // The top bar fits a 1280-pixel window in both languages, the switch of language included.
  const overflow = `document.documentElement.scrollWidth - document.documentElement.clientWidth`;
  expect(await page.evaluate(overflow)).toBe(0);
  expect(await page.getByLabel('Language').isVisible()).toBe(true);
  await page.getByLabel('Language').selectOption('ru');
  await page.getByRole('heading', { name: 'Заключённые', level: 1 }).waitFor();
  expect(await page.evaluate(overflow)).toBe(0);
  const languageBox = await page.getByLabel('Язык').boundingBox();
  expect(languageBox && languageBox.x + languageBox.width).toBeLessThanOrEqual(1280);
  await harness.screenshot(page, 'sample-archive-ru');
  await page.getByLabel('Язык').selectOption('en');

  // A sample prisoner's page opens like any other.
  await rows.first().locator('a').click();
  await expect.poll(() => page.locator('.person-header').innerText()).toContain(first);
  await harness.screenshot(page, 'sample-prisoner');

  // Back to one's own archive, which is still empty.
  await banner.getByRole('button', { name: 'Back to my archive' }).click();
  await page.getByRole('heading', { name: 'Welcome to Casefile' }).waitFor();
  expect(await banner.count()).toBe(0);
  expect((await harness.call('archive.info', {})).isSample).toBe(false);
  expect(app.errors).toEqual([]);
});
