/**
 * The prisoners list sorted and filtered by status, facility, region and tag, with the
 * figures counted in the archive; and a facility's page with who is held there now.
 */
import { afterEach, beforeAll, afterAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { dayFromToday } from './dates';
import { startHarness, type Harness } from './harness';

let harness: Harness;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  harness = await startHarness();
  await seed();
});

afterEach(async () => {
  for (const item of opened.splice(0)) await item.close();
});

afterAll(async () => {
  await harness?.close();
});

// Fictional people and places.
const PEOPLE = {
  aigul: { name: 'Aigül Tölegen', nativeName: 'Айгүл Төлеген' },
  bolat: { name: 'Bolat Jaqsybekov', nativeName: 'Болат Жақсыбеков' },
  erlan: { name: 'Erlan Ğabdullin', nativeName: 'Ерлан Ғабдуллин' },
  gani: { name: 'Ğani Üsenov', nativeName: 'Ғани Үсенов' },
};

let colonyId = '';

async function seed(): Promise<void> {
  const colony = await harness.call('facilities.create', {
    code: 'УГ-999/7',
    name: 'Ақтау-Сай colony',
    type: 'colony',
    regime: 'general',
    region: 'Ақтау-Сай region',
    addressLines: ['ул. Жеңіс, 4', 'г. Ақтау-Сай'],
    postcode: '130000',
    letterRules: { language: 'Russian or Kazakh', eLetterService: 'Zonatelecom' },
  });
  colonyId = colony.id;
  const centre = await harness.call('facilities.create', {
    code: 'ЕЦ-999/1',
    name: 'Көкжиек detention centre',
    region: 'Көкжиек region',
  });
  const aigul = await harness.call('persons.create', {
    ...PEOPLE.aigul,
    status: 'pre-trial',
    tags: ['blogger'],
  });
  const bolat = await harness.call('persons.create', {
    ...PEOPLE.bolat,
    status: 'convicted',
    tags: ['union'],
  });
  const erlan = await harness.call('persons.create', {
    ...PEOPLE.erlan,
    status: 'convicted',
    tags: ['blogger'],
  });
  await harness.call('persons.create', { ...PEOPLE.gani, status: 'released' });

  // Erlan was moved from the centre to the colony; Bolat is in the colony; Aigül in the centre.
  await harness.call('addresses.create', {
    personId: erlan.id,
    facilityId: centre.id,
    validFrom: '2022-01-10',
    validTo: '2023-03-01',
  });
  for (const [person, facility] of [
    [erlan, colony],
    [bolat, colony],
    [aigul, centre],
  ] as const) {
    await harness.call('addresses.create', {
      personId: person.id,
      facilityId: facility.id,
      validFrom: '2023-03-01',
    });
  }
  await harness.call('cases.create', { personId: erlan.id, arrestDate: dayFromToday(-900) });
  await harness.call('cases.create', { personId: aigul.id, arrestDate: dayFromToday(-40) });
  await harness.call('cases.create', { personId: bolat.id, arrestDate: dayFromToday(-300) });
  for (const sentOn of [dayFromToday(-60), dayFromToday(-20)]) {
    await harness.call('letters.create', {
      personId: bolat.id,
      direction: 'out',
      status: 'sent',
      sentOn,
    });
  }
  await harness.call('letters.create', {
    personId: aigul.id,
    direction: 'out',
    status: 'sent',
    sentOn: dayFromToday(-10),
  });
}

async function open(hash: string) {
  const app = await harness.openApp(hash);
  opened.push(app.context);
  return app;
}

async function names(page: Page): Promise<string[]> {
  return page.locator('.prisoners-table tbody tr td:first-child a').allInnerTexts();
}

test('the prisoners list sorts by its columns and filters by status, facility, region and tag', async () => {
  const app = await open('#/persons');
  const { page } = app;
  const table = page.locator('.prisoners-table');
  await expect
    .poll(() => names(page))
    .toEqual([PEOPLE.aigul.name, PEOPLE.bolat.name, PEOPLE.erlan.name, PEOPLE.gani.name]);

  // The figures counted in the archive.
  const bolatRow = table.locator('tbody tr', { hasText: PEOPLE.bolat.name });
  const cells = await bolatRow.locator('td').allInnerTexts();
  expect(cells[1]).toBe('Convicted');
  expect(cells[2]).toContain('УГ-999/7 — Ақтау-Сай colony');
  expect(cells[3]).toBe('300');
  expect(cells[5]).toBe('2');

  // Longest in detention first, then turned round.
  await page.getByRole('button', { name: 'Days in detention' }).click();
  await expect
    .poll(() => names(page))
    .toEqual([PEOPLE.erlan.name, PEOPLE.bolat.name, PEOPLE.aigul.name, PEOPLE.gani.name]);
  expect(
    await page.getByRole('columnheader', { name: 'Days in detention' }).getAttribute('aria-sort'),
  ).toBe('descending');
  expect(page.url()).toContain('sort=days&order=desc');
  await page.getByRole('button', { name: 'Days in detention' }).click();
  await expect
    .poll(() => names(page))
    .toEqual([PEOPLE.aigul.name, PEOPLE.bolat.name, PEOPLE.erlan.name, PEOPLE.gani.name]);

  // Never written to first, then the oldest last letter.
  await page.getByRole('button', { name: 'Last letter sent' }).click();
  await expect
    .poll(() => names(page))
    .toEqual([PEOPLE.erlan.name, PEOPLE.gani.name, PEOPLE.bolat.name, PEOPLE.aigul.name]);

  // Filters, one on top of another; the address keeps them over a reload.
  await page.getByLabel('Status').selectOption('convicted');
  await expect.poll(() => names(page)).toEqual([PEOPLE.erlan.name, PEOPLE.bolat.name]);
  await page.getByLabel('Tag').selectOption('blogger');
  await expect.poll(() => names(page)).toEqual([PEOPLE.erlan.name]);
  await page.reload();
  await expect.poll(() => names(page)).toEqual([PEOPLE.erlan.name]);
  expect(await page.getByLabel('Tag').inputValue()).toBe('blogger');
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect.poll(() => names(page)).toHaveLength(4);

  await page.getByLabel('Region').selectOption('Көкжиек region');
  await expect.poll(() => names(page)).toEqual([PEOPLE.aigul.name]);
  await page.getByLabel('Region').selectOption('');
  await page.getByLabel('Facility').selectOption({ label: 'УГ-999/7 — Ақтау-Сай colony' });
  // Still by the last letter: Erlan was never written to.
  await expect.poll(() => names(page)).toEqual([PEOPLE.erlan.name, PEOPLE.bolat.name]);
  await harness.screenshot(page, 'prisoners-filtered');
  expect(app.errors).toEqual([]);
});

test('a facility page shows its address, its rules and who is held there', async () => {
  const app = await open('#/facilities');
  const { page } = app;
  const row = page.locator('tbody tr', { hasText: 'УГ-999/7' });
  await expect.poll(() => row.innerText()).toContain('Ақтау-Сай region');
  expect(await row.locator('td').last().innerText()).toBe('2');
  await harness.screenshot(page, 'facilities');

  await row.getByRole('link', { name: 'УГ-999/7' }).click();
  await page.waitForURL(new RegExp(`#/facilities/${encodeURIComponent(colonyId)}$`));
  const heldNow = page.getByRole('region', { name: 'Held here now' });
  await expect.poll(() => heldNow.innerText()).toContain(PEOPLE.bolat.name);
  expect(await heldNow.innerText()).toContain(PEOPLE.erlan.nativeName);
  expect(await heldNow.innerText()).not.toContain(PEOPLE.aigul.name);
  expect(await page.getByRole('region', { name: 'Address' }).innerText()).toContain('ул. Жеңіс, 4');
  expect(await page.getByRole('region', { name: 'Rules for letters' }).innerText()).toContain(
    'Zonatelecom',
  );
  await harness.screenshot(page, 'facility');

  // The centre keeps Erlan in its history.
  await page.goto(`${harness.server.url}#/facilities`);
  await page.locator('tbody tr', { hasText: 'ЕЦ-999/1' }).getByRole('link').click();
  const before = page.getByRole('region', { name: 'Held here before' });
  await expect.poll(() => before.innerText()).toContain(PEOPLE.erlan.name);
  expect(await page.getByRole('region', { name: 'Held here now' }).innerText()).toContain(
    PEOPLE.aigul.name,
  );
  expect(app.errors).toEqual([]);
});

test('a facility is added to the registry and edited in the window', async () => {
  const app = await open('#/facilities');
  const { page } = app;
  await page.getByRole('button', { name: 'Add facility' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a facility' });
  // The code is required, in plain words.
  await dialog.getByRole('button', { name: 'Add facility' }).click();
  await dialog.getByText('The facility code is required.').waitFor();
  await dialog.getByLabel('Code (required)').fill('ЕЦ-166/9');
  await dialog.getByLabel('Name', { exact: true }).fill('Рудненская колония');
  await dialog.getByLabel('Type', { exact: true }).fill('колония');
  await dialog
    .getByLabel('Postal address')
    .fill('Учреждение ЕЦ-166/9\nг. Рудный, ул. Тәуелсіздік, 9\nҚостанай облысы');
  await dialog.getByLabel('Who may write').fill('Родственники и адвокат');
  await harness.screenshot(page, 'facility-add');
  await dialog.getByRole('button', { name: 'Add facility' }).click();
  await page.getByRole('heading', { level: 1, name: /ЕЦ-166\/9/ }).waitFor();
  expect(await page.getByRole('region', { name: 'Address' }).innerText()).toContain(
    'г. Рудный, ул. Тәуелсіздік, 9',
  );

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const editing = page.getByRole('dialog', { name: 'Edit the facility' });
  await editing.getByLabel('Region').fill('Қостанай облысы');
  await editing.getByRole('button', { name: 'Save facility' }).click();
  await editing.waitFor({ state: 'detached' });
  await expect.poll(() => page.locator('.person-meta').innerText()).toContain('Қостанай облысы');
  await harness.screenshot(page, 'facility-edited');
  const stored = (await harness.call('facilities.list', {})).items.find(
    (facility) => facility.code === 'ЕЦ-166/9',
  );
  expect(stored).toMatchObject({
    name: 'Рудненская колония',
    region: 'Қостанай облысы',
    addressLines: ['Учреждение ЕЦ-166/9', 'г. Рудный, ул. Тәуелсіздік, 9', 'Қостанай облысы'],
    letterRules: { whoMayWrite: 'Родственники и адвокат' },
  });
  expect(app.errors).toEqual([]);
});
