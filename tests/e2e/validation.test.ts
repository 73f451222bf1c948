/**
 * Invalid input is refused with a sentence next to the field it concerns, the form stays
 * open with what was typed, and nothing reaches the archive.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { answerNextDialog, focusedLabel, startHarness, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

/** The inline error of the field whose label is `label`. */
function errorOf(scope: Locator, label: string): Locator {
  return scope
    .locator('.field', { has: scope.page().getByText(label, { exact: true }) })
    .locator('.field-error');
}

test('an impossible birth date is explained inline and nothing is saved', async () => {
  const app = await harness.openApp();
  const { page } = app;
  await page.getByRole('button', { name: 'Add the first prisoner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a prisoner' });
  await dialog.getByLabel('Name in Latin letters (required)').fill('Bolat Serikuly');
  await dialog.getByLabel('Native name').fill('Болат Серікұлы');

  // A date that is written correctly but does not exist: the archive refuses it.
  await dialog.getByLabel('Birth date').fill('31.02.2020');
  await dialog.getByLabel('Birth date').press('Enter');
  const error = errorOf(dialog, 'Birth date');
  await expect.poll(() => error.innerText()).toBe('This date does not exist in the calendar.');
  expect(await dialog.getByLabel('Birth date').getAttribute('aria-invalid')).toBe('true');
  expect(await dialog.getByLabel('Birth date').inputValue()).toBe('31.02.2020');
  expect(await focusedLabel(page)).toBe('Birth date');
  // Only that field is marked.
  expect(await dialog.locator('.field-error').count()).toBe(1);
  await harness.screenshot(page, 'invalid-birth-date');

  // A date written in a way Casefile cannot read says which ways it can.
  await dialog.getByLabel('Birth date').fill('2020/02/31');
  await dialog.getByLabel('Birth date').press('Enter');
  await expect
    .poll(() => error.innerText())
    .toBe('Write the date as dd.mm.yyyy or yyyy-mm-dd, for example 03.05.2017.');

  // A missing name is refused by the archive in its own words.
  await dialog.getByLabel('Birth date').fill('');
  await dialog.getByLabel('Name in Latin letters (required)').fill('   ');
  await dialog.getByLabel('Name in Latin letters (required)').press('Enter');
  await expect
    .poll(() => errorOf(dialog, 'Name in Latin letters (required)').innerText())
    .toBe('The name is required.');

  // What was typed is asked about before it is dropped.
  const asked = answerNextDialog(page, true);
  await page.keyboard.press('Escape');
  expect(await asked).toBe('You have changes that are not saved. Leave without saving them?');
  await dialog.waitFor({ state: 'detached' });
  expect((await harness.call('persons.list', {})).total).toBe(0);
  await page.reload();
  await page.getByRole('heading', { name: 'Welcome to Casefile' }).waitFor();
  expect(app.errors).toEqual([]);
});

test('an article without a title and with an impossible date is not saved', async () => {
  const app = await harness.openApp('#/articles/new');
  const { page } = app;
  const form = page.getByRole('form', { name: 'New article' });
  await form.getByLabel('Date').fill('2024-02-30');
  await form.getByLabel('Source').fill('Азаттық');
  await form.getByRole('button', { name: 'Add article' }).click();

  await expect
    .poll(() => errorOf(form, 'Title (required)').innerText())
    .toBe('The title is required.');
  expect(await errorOf(form, 'Date').innerText()).toBe('This date does not exist in the calendar.');
  expect(await form.getByLabel('Source').inputValue()).toBe('Азаттық');
  expect(await focusedLabel(page)).toBe('Title (required)');
  expect(page.url()).toMatch(/#\/articles\/new$/);
  expect((await harness.call('articles.list', {})).total).toBe(0);
  await harness.screenshot(page, 'invalid-article');
  expect(app.errors).toEqual([]);
});

test('an invalid edit keeps the saved profile unchanged', async () => {
  const person = await harness.call('persons.create', {
    name: 'Bolat Serikuly',
    nativeName: 'Болат Серікұлы',
    birthDate: '1985-11-02',
  });
  const app = await harness.openApp(`#/persons/${person.id}`);
  const { page } = app;
  await page.locator('.profile').getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit profile' });
  expect(await dialog.getByLabel('Birth date').inputValue()).toBe('02.11.1985');
  await dialog.getByLabel('Birth date').fill('29.02.2023');
  await dialog.getByLabel('Birth date').press('Enter');
  await expect
    .poll(() => errorOf(dialog, 'Birth date').innerText())
    .toBe('This date does not exist in the calendar.');
  const asked = answerNextDialog(page, true);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await asked).toBe('You have changes that are not saved. Leave without saving them?');
  await dialog.waitFor({ state: 'detached' });
  expect(await page.locator('.profile').innerText()).toContain('2 Nov 1985');
  expect((await harness.call('persons.get', { id: person.id })).birthDate).toBe('1985-11-02');
  expect(app.errors).toEqual([]);
});
