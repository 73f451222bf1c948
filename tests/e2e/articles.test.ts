/** Writing an article and linking the persons it mentions. */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

test('a new article with a mentioned person is saved and can be edited', async () => {
  // Fictional people.
  const aliya = await harness.call('persons.create', {
    name: 'Aliya Kasymkyzy',
    nativeName: 'Әлия Қасымқызы',
  });
  await harness.call('persons.create', { name: 'Bolat Serikuly', nativeName: 'Болат Серікұлы' });

  const app = await harness.openApp('#/articles');
  const { page } = app;
  await page.getByText('No articles are in this archive yet.').waitFor();
  await page.getByRole('link', { name: 'New article' }).click();
  const form = page.getByRole('form', { name: 'New article' });
  await form.getByLabel('Title (required)').fill('Әлия Қасымқызы: the appeal hearing is set');
  await form.getByLabel('Date').fill('03.05.2024');
  await form.getByLabel('Source').fill('Campaign bulletin');
  await form.getByLabel('Language').fill('en');
  await form
    .getByLabel('Text')
    .fill('The appeal court will hear the case on 20 May.\n\nWrite to her.');
  await form.getByLabel('Find a person').fill('қасым');
  await form.getByLabel(/Aliya Kasymkyzy/).check();
  await form.getByRole('button', { name: 'Add article' }).click();

  await page.waitForURL(/#\/articles\/(?!new)[^/]+$/);
  const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2]);
  const saved = await harness.call('articles.get', { id });
  expect(saved).toMatchObject({
    title: 'Әлия Қасымқызы: the appeal hearing is set',
    date: '2024-05-03',
    source: 'Campaign bulletin',
    language: 'en',
    body: 'The appeal court will hear the case on 20 May.\n\nWrite to her.',
    personIds: [aliya.id],
  });

  // The editor shows the saved article; a change is saved in place.
  await page.reload();
  const edit = page.getByRole('form', { name: 'Edit article' });
  await expect.poll(() => edit.getByLabel('Date').inputValue()).toBe('03.05.2024');
  expect(await edit.locator('.chip').innerText()).toContain('Aliya Kasymkyzy');
  await edit.getByLabel('Author').fill('Campaign team');
  await edit.getByLabel('Author').press('Enter');
  await page.getByText(/^Saved at/).waitFor();
  expect((await harness.call('articles.get', { id })).author).toBe('Campaign team');
  await harness.screenshot(page, 'article-editor');

  await page.getByRole('link', { name: 'Articles', exact: true }).first().click();
  const row = page.locator('tbody tr', { hasText: 'the appeal hearing is set' });
  await expect.poll(() => row.count()).toBe(1);
  expect(await row.innerText()).toContain('3 May 2024');
  expect(await row.innerText()).toContain('Campaign bulletin');
  expect(app.errors).toEqual([]);
});
