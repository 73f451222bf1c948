/**
 * A prisoner's record from the first keystroke to disk and back: adding the person, an
 * address, a transfer and a letter through the interface, then finding all of it again
 * after a reload and after the server process has been restarted on the same archive.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { focusedText, startHarness, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

// Fictional people and places.
const NAME = 'Aliya Kasymkyzy';
const NATIVE = 'Әлия Қасымқызы';
const FIRST_ADDRESS = ['Учреждение ЕЦ-999/1', 'ул. Тәуелсіздік, 12', 'г. Көкжиек'];
const SECOND_ADDRESS = ['Учреждение УГ-999/7', 'ул. Жеңіс, 4', 'г. Ақтау-Сай'];
const SECOND_LATIN = ['Uchrezhdenie UG-999/7', 'ul. Zhenis, 4', 'g. Aktau-Sai'];
const SUMMARY = 'Открытка ко дню рождения: birthday card and photos of the vigil';

async function expectPrisonerPage(page: Page): Promise<void> {
  const header = page.locator('.person-header');
  await expect.poll(() => header.innerText()).toContain(NATIVE);
  const headerText = await header.innerText();
  expect(headerText).toContain(NAME);
  expect(headerText).toContain('Pre-trial detention');
  expect(headerText).toContain('Aliya Qasymqyzy');
  expect(await page.locator('.profile').innerText()).toContain('14 Mar 1991');

  // The current address is the one after the transfer, on an envelope in both scripts.
  const current = page.locator('.current-address');
  await expect.poll(() => current.innerText()).toContain(SECOND_ADDRESS[0]);
  const currentText = await current.innerText();
  for (const line of [...SECOND_ADDRESS, ...SECOND_LATIN, 'Казахстан', 'Kazakhstan']) {
    expect(currentText).toContain(line);
  }
  expect(currentText).toContain('since 10 Jun 2024');

  // The first address is history now, closed on the day of the transfer.
  const history = page.locator('.address-history');
  expect(await history.innerText()).toContain('1 Feb 2024 – 10 Jun 2024');
  expect(await history.innerText()).toContain(FIRST_ADDRESS[0]);

  const row = page.locator('tr', { hasText: SUMMARY });
  await expect.poll(() => row.count()).toBe(1);
  const rowText = await row.innerText();
  expect(rowText).toContain('Out');
  expect(rowText).toContain('Post');
  expect(rowText).toContain('Sent');
}

test('a prisoner, an address, a transfer and a letter survive a reload and a restart', async () => {
  const app = await harness.openApp();
  const { page } = app;

  // The person, from the welcome screen.
  await page.getByRole('button', { name: 'Add the first prisoner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a prisoner' });
  await dialog.getByLabel('Name in Latin letters (required)').fill(NAME);
  await dialog.getByLabel('Native name').fill(NATIVE);
  await dialog.getByLabel('Other spellings').fill('Aliya Qasymqyzy\nАлия Касымкызы');
  await dialog.getByLabel('Status').selectOption('pre-trial');
  await dialog.getByLabel('Tags').fill('blogger, Көкжиек');
  await dialog.getByLabel('Birth date').fill('14.03.1991');
  await dialog.getByLabel('Birth date').press('Enter');
  await page.waitForURL(/#\/persons\/[^/]+$/);
  const personId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
  await expect.poll(() => page.locator('.person-header').innerText()).toContain(NATIVE);
  expect(await dialog.count()).toBe(0);

  // The first address.
  await page.getByRole('button', { name: 'Add address' }).click();
  let form = page.getByRole('form', { name: 'Add an address' });
  await form.getByLabel('Address in the native script').fill(FIRST_ADDRESS.join('\n'));
  await form.getByLabel('Postcode').fill('070000');
  await form.getByLabel('Valid from').fill('01.02.2024');
  await form.getByRole('button', { name: 'Add address' }).click();
  await expect.poll(() => page.locator('.current-address').innerText()).toContain(FIRST_ADDRESS[0]);

  // A transfer: a new address that closes the previous one.
  await page.getByRole('button', { name: 'Add address' }).click();
  form = page.getByRole('form', { name: 'Add an address' });
  expect(await form.getByLabel(/This is a transfer: close the previous address/).isChecked()).toBe(
    true,
  );
  await form.getByLabel('Address in the native script').fill(SECOND_ADDRESS.join('\n'));
  await form.getByLabel('Address in Latin letters').fill(SECOND_LATIN.join('\n'));
  await form.getByLabel('Postcode').fill('130000');
  await form.getByLabel('Valid from').fill('2024-06-10');
  await form.getByLabel('Valid from').press('Enter');
  await expect
    .poll(() => page.locator('.current-address').innerText())
    .toContain(SECOND_ADDRESS[0]);

  // A letter, with the defaults: out, today, by post, sent, to the current address.
  await page.getByRole('button', { name: 'New letter' }).click();
  form = page.getByRole('form', { name: 'New letter' });
  expect(await form.getByLabel('Channel').inputValue()).toBe('post');
  expect(await form.getByLabel('Status', { exact: true }).inputValue()).toBe('sent');
  expect(await form.getByLabel('Sent on').inputValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
  expect(await form.innerText()).toContain(`Sent to: ${SECOND_ADDRESS.join(', ')}`);
  await form.getByLabel('Summary').fill(SUMMARY);
  await form.getByLabel('Summary').press('Control+Enter');
  await expect.poll(() => page.locator('tr', { hasText: SUMMARY }).count()).toBe(1);

  await expectPrisonerPage(page);

  // A reload reads everything back from the server.
  await page.reload();
  await expectPrisonerPage(page);
  await harness.screenshot(page, 'prisoner-page');
  expect(app.errors).toEqual([]);

  // A new server process on the same archive folder reads it back from disk.
  await harness.restartServer();
  const again = await harness.openApp(`#/persons/${encodeURIComponent(personId)}`);
  await expectPrisonerPage(again.page);

  // The letter kept the address it was sent to.
  await again.page.getByRole('button', { name: /^Edit the letter of/ }).click();
  const edit = again.page.getByRole('form', { name: 'Edit letter' });
  expect(await edit.innerText()).toContain(`Sent to: ${SECOND_ADDRESS.join(', ')}`);
  expect(await edit.getByLabel('Summary').inputValue()).toBe(SUMMARY);
  await harness.screenshot(again.page, 'edit-letter');
  await edit.getByLabel('Summary').press('Escape');
  await expect.poll(() => edit.count()).toBe(0);
  // The keyboard is back where the log's forms open.
  expect(await focusedText(again.page)).toBe('New letter');

  // And the list of prisoners shows where the prisoner is held.
  await again.page.getByRole('link', { name: 'Prisoners', exact: true }).first().click();
  const row = again.page.locator('tbody tr', { hasText: NAME });
  await expect.poll(() => row.count()).toBe(1);
  expect(await row.innerText()).toContain(NATIVE);
  expect(await row.innerText()).toContain('Uchrezhdenie UG-999/7');
  await harness.screenshot(again.page, 'prisoners-list');
  expect(again.errors).toEqual([]);
});

test('deleting a letter can be undone', async () => {
  const person = await harness.call('persons.create', { name: NAME, nativeName: NATIVE });
  await harness.call('letters.create', {
    personId: person.id,
    direction: 'in',
    channel: 'via-lawyer',
    receivedOn: '2024-07-01',
    status: 'delivered',
    summary: 'Хат from the colony',
  });
  const app = await harness.openApp(`#/persons/${person.id}`);
  const { page } = app;
  const row = page.locator('tr', { hasText: 'Хат from the colony' });
  await expect.poll(() => row.count()).toBe(1);

  await page.getByRole('button', { name: 'Delete the letter of 1 Jul 2024' }).click();
  await expect.poll(() => row.count()).toBe(0);
  expect((await harness.call('letters.list', { personId: person.id })).total).toBe(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => row.count()).toBe(1);
  const letters = await harness.call('letters.list', { personId: person.id });
  expect(letters.items.map((letter) => letter.summary)).toEqual(['Хат from the colony']);
  expect(await row.innerText()).toContain('Via lawyer');
  expect(app.errors).toEqual([]);
});
