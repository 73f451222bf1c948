/**
 * The dashboard as the home page: the prisoner nobody has written to for 45 days is listed,
 * the one written to last week is not; the unanswered letter and the coming hearing are
 * there, and each name leads to the prisoner's page.
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

// Fictional people and places.
const OVERDUE = { name: 'Nurlan Qajyrbekov', nativeName: 'Нұрлан Қажырбеков' };
const WRITTEN_TO = { name: 'Saule Ömirzaq', nativeName: 'Сәуле Өмірзақ' };

async function seed(): Promise<void> {
  const overdue = await harness.call('persons.create', { ...OVERDUE, status: 'pre-trial' });
  const writtenTo = await harness.call('persons.create', { ...WRITTEN_TO, status: 'convicted' });
  await harness.call('letters.create', {
    personId: overdue.id,
    direction: 'out',
    channel: 'registered-post',
    status: 'delivered',
    sentOn: dayFromToday(-45),
  });
  await harness.call('letters.create', {
    personId: writtenTo.id,
    direction: 'out',
    status: 'sent',
    sentOn: dayFromToday(-7),
  });
  await harness.call('cases.create', {
    personId: overdue.id,
    court: 'Көкжиек city court',
    arrestDate: '2023-02-11',
    hearingDates: [dayFromToday(5)],
    status: 'trial',
  });
}

test('the dashboard lists the prisoner without a letter for 45 days', async () => {
  await seed();
  const app = await harness.openApp();
  const { page } = app;

  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
  const quiet = page.getByRole('region', { name: 'No letter for more than 30 days' });
  await expect.poll(() => quiet.innerText()).toContain(OVERDUE.name);
  const quietText = await quiet.innerText();
  expect(quietText).toContain(OVERDUE.nativeName);
  expect(quietText).toContain('45 days');
  expect(quietText).not.toContain(WRITTEN_TO.name);

  const awaiting = page.getByRole('region', { name: 'Waiting for a reply for more than 30 days' });
  expect(await awaiting.innerText()).toContain(OVERDUE.name);
  expect(await awaiting.innerText()).toContain('Registered post');

  const upcoming = page.getByRole('region', { name: 'The next 30 days' });
  expect(await upcoming.innerText()).toContain('Hearing, Көкжиек city court');
  expect(await upcoming.innerText()).toContain('in 5 days');

  const recent = page.getByRole('region', { name: 'Recently changed' });
  expect(await recent.innerText()).toContain(WRITTEN_TO.name);

  await harness.screenshot(page, 'dashboard');

  // A name leads to the prisoner's page.
  await quiet.getByRole('link', { name: OVERDUE.name }).click();
  await expect.poll(() => page.locator('.person-header').innerText()).toContain(OVERDUE.nativeName);
  expect(app.errors).toEqual([]);
});

test('a dashboard with nothing due says so, and what to do', async () => {
  const person = await harness.call('persons.create', { ...WRITTEN_TO, status: 'convicted' });
  await harness.call('letters.create', {
    personId: person.id,
    direction: 'out',
    status: 'sent',
    sentOn: dayFromToday(-3),
  });
  const app = await harness.openApp('#/');
  const { page } = app;
  const quiet = page.getByRole('region', { name: 'No letter for more than 30 days' });
  await expect
    .poll(() => quiet.innerText())
    .toContain('Every prisoner has had a letter in the last 30 days.');
  expect(await page.getByRole('region', { name: 'The next 30 days' }).innerText()).toContain(
    'Nothing in the next 30 days.',
  );
  await harness.screenshot(page, 'dashboard-nothing-due');
  expect(app.errors).toEqual([]);
});
