/** A data file damaged while Casefile was closed is restored, and the user is told where. */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness';

let harness: Harness;

beforeEach(async () => {
  harness = await startHarness();
});

afterEach(async () => {
  await harness?.close();
});

test('a restored file is reported in a notice that can be dismissed', async () => {
  const person = await harness.call('persons.create', {
    name: 'Aliya Kasymkyzy',
    nativeName: 'Әлия Қасымқызы',
  });

  let damaged = '';
  await harness.restartServer(async () => {
    // Closing the archive took a backup; now the live file is overwritten with garbage.
    const folder = path.join(harness.archiveDir, 'data', 'persons');
    const [file] = (await readdir(folder)).filter((name) => name.endsWith('.json'));
    damaged = `data/persons/${file}`;
    await writeFile(path.join(folder, file), '{"records": [ half a file');
  });

  const info = await harness.call('archive.info', {});
  expect(info.recoveries).toHaveLength(1);

  const app = await harness.openApp('#/persons');
  const { page } = app;
  const notice = page.locator('.banner-warning');
  await notice.waitFor();
  const text = await notice.innerText();
  expect(text).toContain('A damaged file was found when the archive was opened.');
  expect(text).toContain(damaged);
  expect(text).toContain(info.recoveries[0].movedTo);
  expect(text).toContain('was restored from the backup');
  // The record came back from the backup.
  await expect.poll(() => page.locator('tbody tr', { hasText: 'Әлия Қасымқызы' }).count()).toBe(1);
  expect((await harness.call('persons.get', { id: person.id })).name).toBe('Aliya Kasymkyzy');
  await harness.screenshot(page, 'recovery-notice');

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => notice.count()).toBe(0);
  expect(app.errors).toEqual([]);
});
