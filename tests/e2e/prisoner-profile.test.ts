/**
 * The prisoner page's header and profile as a campaign uses them: a photo chosen from disk
 * shown in the header (a file that is not an image refused), the age and the days in
 * detention, a relation added with the person picker and seen on both persons' pages, and
 * the notes set to private so that the preview of a public dossier says they are left out.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';

const run = promisify(execFile);
// Evaluated through the debugging protocol: the app's CSP forbids injected script tags.
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's serious and critical findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) {
    await page.evaluate(AXE_SOURCE);
  }
  return (await page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }).then((result) => result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
  )) as string[];
}
let harness: Harness;
let scratch: string;

beforeEach(async () => {
  harness = await startHarness();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'casefile-profile-e2e-'));
});

afterEach(async () => {
  await harness?.close();
  await rm(scratch, { recursive: true, force: true });
});

// Fictional people.
const PRISONER = { name: 'Nurlan Kushakbaev', nativeName: 'Нұрлан Құшақбаев' };
const WIFE = { name: 'Gulnara Kushakbaeva', nativeName: 'Гүлнар Құшақбаева' };

/** Whole years from an ISO birth date to an ISO day. */
function yearsBetween(birth: string, today: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm > bm || (tm === bm && td >= bd) ? 0 : 1);
}

test('photo, age and days in detention in the header; a relation on both pages; notes left out of a public dossier', async () => {
  const prisoner = await harness.call('persons.create', {
    ...PRISONER,
    birthDate: '1983-04-12',
    role: 'prisoner',
    status: 'pre-trial',
    notes: 'Құпия: his health, for the team only.',
    sharing: 'public',
  });
  const wife = await harness.call('persons.create', {
    ...WIFE,
    role: 'relative',
    sharing: 'public',
  });
  await harness.call('events.create', {
    personId: prisoner.id,
    date: '2024-02-01',
    type: 'arrest',
    text: 'Detained in Shymkent.',
    sharing: 'public',
  });
  const figures = await harness.call('workspace.profile', { personId: prisoner.id });
  const age = yearsBetween('1983-04-12', figures.today);
  expect(figures.daysInDetention).toBeGreaterThan(300);

  const { page, errors } = await harness.openApp(`#/persons/${prisoner.id}`);
  const header = page.locator('.person-header');
  await expect.poll(() => header.innerText()).toContain(PRISONER.nativeName);

  // ---- age and days in detention, in the language's numbers
  await expect.poll(() => header.innerText()).toContain(`Age ${age} years`);
  const headerText = await header.innerText();
  expect(headerText).toContain(
    `In detention ${figures.daysInDetention!.toLocaleString('en-GB')} days since 1 Feb 2024`,
  );

  // ---- no photo yet: the initials stand in
  expect(
    await header.getByRole('img', { name: `No photo of ${PRISONER.name} yet` }).innerText(),
  ).toBe('NK');

  // ---- a file named .jpg that is not an image is refused by its bytes
  const fake = path.join(scratch, 'portrait.jpg');
  await writeFile(fake, 'MZ this is a program, not a photo');
  const fileInput = header.locator('input[type=file]');
  await fileInput.setInputFiles(fake);
  await expect
    .poll(() => header.getByRole('alert').innerText())
    .toBe('This file is not a JPEG or PNG image. Choose a photo saved as .jpg or .png.');

  // ---- a real PNG becomes the photo, shown from a blob: URL
  const png = path.join(scratch, 'Нұрлан.png');
  await run('/usr/bin/convert', ['-size', '120x150', 'gradient:#c9a27e-#5b3a29', png]);
  await fileInput.setInputFiles(png);
  const photo = header.getByRole('img', { name: `Photo of ${PRISONER.name}` });
  await expect
    .poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBe(120);
  expect(await photo.getAttribute('src')).toMatch(/^blob:/);
  expect(await header.getByRole('alert').count()).toBe(0);
  const stored = await harness.call('persons.get', { id: prisoner.id });
  expect(stored.photoId).toBeDefined();
  expect(await harness.call('attachments.get', { id: stored.photoId! })).toMatchObject({
    mediaType: 'image/png',
    originalName: 'Нұрлан.png',
  });
  await page.screenshot({ path: '/tmp/casefile-profile-photo.png' });
  expect(await seriousViolations(page)).toEqual([]);

  // ---- a relation, with the person picker and a suggested word
  const profile = page.locator('.profile');
  await profile.getByRole('button', { name: 'Add relation' }).click();
  const form = profile.getByRole('group', { name: 'Add relation' });
  await form.getByLabel('Find a person').fill('Gulnara');
  await form.getByRole('checkbox', { name: new RegExp(WIFE.name) }).check();
  await form.getByRole('button', { name: 'wife', exact: true }).click();
  expect(await form.getByLabel(`Who they are to ${PRISONER.name}`).inputValue()).toBe('wife');
  await page.screenshot({ path: '/tmp/casefile-profile-relation-form.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole('button', { name: 'Add relation' }).click();
  const relation = profile.locator('.relation-list li', { hasText: WIFE.name });
  await expect.poll(() => relation.innerText()).toContain('wife');
  expect((await harness.call('persons.get', { id: prisoner.id })).relations).toEqual([
    { personId: wife.id, type: 'wife' },
  ]);

  // The relation is a link to her page, which shows it the other way round.
  await relation.getByRole('link', { name: WIFE.name }).click();
  await expect.poll(() => page.locator('.person-header').innerText()).toContain(WIFE.nativeName);
  const namedBy = page.getByRole('list', { name: 'Named by others' });
  await expect
    .poll(async () => (await namedBy.innerText()).replace(/\s+/g, ' '))
    .toContain(`Named as “wife” by ${PRISONER.name} ${PRISONER.nativeName}`);
  await page.screenshot({ path: '/tmp/casefile-profile-named-by.png' });
  await namedBy.getByRole('link', { name: PRISONER.name }).click();
  await expect
    .poll(() => page.locator('.person-header').innerText())
    .toContain(PRISONER.nativeName);

  // ---- the notes made private; a public dossier's preview says they stay out
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Edit profile' });
  const groups = edit.getByRole('group', { name: 'Sharing of each part of the profile' });
  expect(await groups.getByLabel('Notes').inputValue()).toBe('');
  await page.screenshot({ path: '/tmp/casefile-profile-edit.png' });
  expect(await seriousViolations(page)).toEqual([]);
  await groups.getByLabel('Notes').selectOption('private');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(() => edit.count()).toBe(0);
  await expect.poll(() => profile.innerText()).toContain('Notes: Private');
  expect((await harness.call('persons.get', { id: prisoner.id })).fieldSharing).toEqual({
    notes: 'private',
  });

  await page.getByRole('button', { name: 'Export dossier…' }).click();
  const dialog = page.getByRole('dialog', { name: `Export the dossier of ${PRISONER.name}` });
  await dialog.getByLabel('Sharing level').selectOption('public');
  const preview = dialog.getByRole('region', { name: 'What this level leaves out' });
  await expect
    .poll(() => preview.innerText())
    .toContain('Left out of the profile at the level “public”: Notes.');
  await page.screenshot({ path: '/tmp/casefile-profile-export-preview.png' });
  // Private notes stay out of a team dossier too, and are in a private one.
  await dialog.getByLabel('Sharing level').selectOption('team');
  await expect
    .poll(() => preview.innerText())
    .toContain('Left out of the profile at the level “team”: Notes.');
  await dialog.getByLabel('Sharing level').selectOption('private');
  await expect.poll(() => preview.innerText()).toContain('Nothing is left out');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // ---- the photo removed: the initials are back
  await header.getByRole('button', { name: 'Remove photo' }).click();
  await expect
    .poll(() => header.getByRole('img', { name: `No photo of ${PRISONER.name} yet` }).count())
    .toBe(1);
  expect((await harness.call('persons.get', { id: prisoner.id })).photoId).toBeUndefined();

  // ---- in Russian: the age and the days with Russian plurals and numbers
  await page.getByLabel('Language').selectOption('ru');
  const years = { one: 'год', few: 'года', many: 'лет', other: 'года' }[
    new Intl.PluralRules('ru').select(age) as 'one' | 'few' | 'many' | 'other'
  ];
  await expect.poll(() => header.innerText()).toContain(`Возраст ${age} ${years}`);
  expect((await header.innerText()).replace(/\s/g, ' ')).toContain(
    `Под стражей ${figures.daysInDetention!.toLocaleString('ru').replace(/\s/g, ' ')}`,
  );
  // The relation keeps the user's own word; the words around it are Russian.
  const relationsRu = await page.locator('.relations').innerText();
  expect(relationsRu).toContain('wife');
  expect(relationsRu).toContain('Добавить связь');
  await page.screenshot({ path: '/tmp/casefile-profile-ru.png' });
  expect(errors).toEqual([]);
});
