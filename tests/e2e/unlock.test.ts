/**
 * An encrypted archive in serve mode: the page asks for the passphrase before anything of
 * the archive is shown, says so plainly when it is wrong, and locks again when left unused.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  SCREENSHOT_DIR,
  VIEWPORT,
  launchBrowser,
  runCli,
  startServer,
  type ServerProcess,
} from './harness';

const PASSPHRASE = 'Іле өзенінің жағасында';

let root: string;
let browser: Browser;
let server: ServerProcess | undefined;
const saved = {
  passphrase: process.env.CASEFILE_PASSPHRASE,
  lockAfter: process.env.CASEFILE_LOCK_AFTER,
};

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'casefile-e2e-unlock-'));
  browser = await launchBrowser();
});

afterEach(async () => {
  await browser?.close().catch(() => undefined);
  await server?.stop();
  process.env.CASEFILE_PASSPHRASE = saved.passphrase;
  if (saved.passphrase === undefined) delete process.env.CASEFILE_PASSPHRASE;
  process.env.CASEFILE_LOCK_AFTER = saved.lockAfter;
  if (saved.lockAfter === undefined) delete process.env.CASEFILE_LOCK_AFTER;
  await rm(root, { recursive: true, force: true });
});

test('the page unlocks an encrypted archive with its passphrase and locks it after idle minutes', async () => {
  const archiveDir = path.join(root, 'archive');
  const env = { ...process.env, CASEFILE_PASSPHRASE: PASSPHRASE };
  const created = await runCli(['init', '--encrypted', '--archive', archiveDir], env);
  expect(created.code, created.output).toBe(0);
  const person = JSON.stringify({ name: 'Merey Baqytzhanqyzy', nativeName: 'Мерей Бақытжанқызы' });
  const added = await runCli(['add', 'person', '--archive', archiveDir, '--json', person], env);
  expect(added.code, added.output).toBe(0);

  // No passphrase for the server: the page has to ask. It locks after 6 s unused.
  delete process.env.CASEFILE_PASSPHRASE;
  process.env.CASEFILE_LOCK_AFTER = '0.1';
  server = await startServer(archiveDir);
  expect(server.output()).toContain('The archive is encrypted: enter its passphrase in the page.');

  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.url}#/persons`);

  const field = page.getByLabel('Passphrase');
  await field.waitFor();
  expect(await page.locator('h1').innerText()).toBe('This archive is encrypted');
  expect(await page.locator('.top-bar').count()).toBe(0);
  expect(await page.evaluate('document.activeElement && document.activeElement.type')).toBe(
    'password',
  );
  expect(await page.content()).not.toContain('Мерей');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'unlock-screen.png') });

  await field.fill('Іле өзені');
  await field.press('Enter');
  const error = page.locator('.field-error');
  await error.waitFor();
  expect(await error.innerText()).toContain('That passphrase is wrong.');
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'unlock-wrong-passphrase.png') });

  await field.fill(PASSPHRASE);
  await field.press('Enter');
  await page.locator('.top-bar .brand-name').waitFor();
  await page.getByText('Merey Baqytzhanqyzy').first().waitFor();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'unlock-opened.png') });

  // Left alone, the archive locks itself and the page stops showing its records.
  await page.getByLabel('Passphrase').waitFor({ timeout: 20_000 });
  expect(await page.getByText('Merey Baqytzhanqyzy').count()).toBe(0);
  expect(pageErrors).toEqual([]);
});
