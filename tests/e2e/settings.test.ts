/**
 * The settings page: the theme follows the system until one is chosen, and the choice is
 * kept over a reload; the days without a letter change what the dashboard lists.
 */
import type { Page } from 'playwright-core';
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

// Fictional prisoners.
const LONG_QUIET = { name: 'Dariğa Seitqali', nativeName: 'Дариға Сейітқали' };
const LATELY_WRITTEN = { name: 'Ğalym Nūrjan', nativeName: 'Ғалым Нұржан' };

async function seed(): Promise<void> {
  for (const [person, daysAgo] of [
    [LONG_QUIET, 45],
    [LATELY_WRITTEN, 20],
  ] as const) {
    const created = await harness.call('persons.create', { ...person, status: 'pre-trial' });
    await harness.call('letters.create', {
      personId: created.id,
      direction: 'out',
      status: 'sent',
      sentOn: dayFromToday(-daysAgo),
    });
  }
}

const theme = (page: Page) => page.locator('html').getAttribute('data-theme');
const background = (page: Page) =>
  page.evaluate('getComputedStyle(document.documentElement).backgroundColor') as Promise<string>;

test('the theme follows the system until one is chosen, and the choice is kept', async () => {
  await seed();
  const { page, errors } = await harness.openApp();
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await theme(page)).toBe('light');
  const light = await background(page);
  expect(light).toBe('rgb(244, 245, 247)');

  // The system turns dark: so does the app, at once.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => theme(page)).toBe('dark');
  expect(await background(page)).toBe('rgb(18, 22, 28)');
  await harness.screenshot(page, 'dashboard-dark');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  expect(await page.getByRole('radio', { name: 'As the system' }).isChecked()).toBe(true);
  await harness.screenshot(page, 'settings-dark');

  // Light chosen: it stays light though the system is dark, also after a reload.
  await page.getByRole('radio', { name: 'Light' }).check();
  expect(await theme(page)).toBe('light');
  await page.reload();
  await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
  expect(await theme(page)).toBe('light');
  expect(await background(page)).toBe(light);
  expect(await page.getByRole('radio', { name: 'Light' }).isChecked()).toBe(true);
  await harness.screenshot(page, 'settings-light');

  // Dark chosen while the system is light.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('radio', { name: 'Dark' }).check();
  expect(await theme(page)).toBe('dark');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Prisoners' })
    .click();
  await page.locator('tbody tr', { hasText: LONG_QUIET.name }).waitFor();
  await harness.screenshot(page, 'prisoners-dark');
  expect(errors).toEqual([]);
});

test('the days without a letter change what the dashboard lists', async () => {
  await seed();
  const { page, errors } = await harness.openApp();
  const quiet30 = page.getByRole('region', { name: 'No letter for more than 30 days' });
  await expect.poll(() => quiet30.innerText()).toContain(LONG_QUIET.name);
  expect(await quiet30.innerText()).not.toContain(LATELY_WRITTEN.name);

  await page.goto(`${harness.server.url}#/settings`);
  const days = page.getByLabel('No letter for more than (days)');
  await days.waitFor();
  expect(await days.inputValue()).toBe('30');

  // A number that cannot be days is refused in plain words, and nothing is saved.
  await days.fill('2,5');
  await days.press('Enter');
  await page.getByText('Write a whole number of days from 1 to 3650.').waitFor();
  expect(await harness.call('settings.get', {})).toEqual({ quietDays: 30, returnAddress: [] });

  await days.fill('14');
  // The return address printed on envelopes, a line per line, blank lines dropped.
  await page
    .getByLabel('Return address on envelopes')
    .fill('«Свобода» кампаниясы\n\nа/я 17, Алматы 050000\nҚазақстан');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  expect(await harness.call('settings.get', {})).toEqual({
    quietDays: 14,
    returnAddress: ['«Свобода» кампаниясы', 'а/я 17, Алматы 050000', 'Қазақстан'],
  });
  await harness.screenshot(page, 'settings-return-address');

  // The sample archive opens from here too, once the own archive is no longer empty.
  await page
    .getByRole('region', { name: 'The sample archive' })
    .getByRole('button', { name: 'Open the sample archive' })
    .click();
  await page.getByRole('region', { name: 'Sample archive' }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Back to my archive' }).click();
  await page.getByRole('region', { name: 'Sample archive' }).waitFor({ state: 'detached' });

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  const quiet14 = page.getByRole('region', { name: 'No letter for more than 14 days' });
  await expect.poll(() => quiet14.innerText()).toContain(LATELY_WRITTEN.name);
  expect(await quiet14.innerText()).toContain(LONG_QUIET.name);
  expect(errors).toEqual([]);
});
