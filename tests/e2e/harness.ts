/**
 * End-to-end harness: a temporary archive, the real `casefile serve` process on it, and
 * headless Chromium driving the built interface. Every page collects console errors and
 * uncaught exceptions (a Content-Security-Policy violation is one), so that a test can
 * assert there were none.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { ApiInput, ApiName, ApiOutput } from '../../src/shared/api';
import type { Envelope } from '../../src/shared/errors';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(REPO_ROOT, 'bin', 'casefile.js');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');
const CHROMIUM = process.env.CASEFILE_CHROMIUM ?? '/usr/bin/chromium';
const SERVER_START_MS = 90_000;

export const VIEWPORT = { width: 1280, height: 800 } as const;

/** A running `casefile serve` process. */
export interface ServerProcess {
  /** The URL it printed, token included. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** Everything it wrote, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** A page of the app with the errors it has logged so far. */
export interface AppPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught exceptions, in order. */
  readonly errors: string[];
}

export interface Harness {
  readonly browser: Browser;
  /** The archive folder the server serves (the sample archive goes beside it). */
  readonly archiveDir: string;
  readonly server: ServerProcess;
  /** Opens the app in a fresh browser context; `hash` is the route, such as `#/persons`. */
  openApp(hash?: string): Promise<AppPage>;
  /**
   * Stops the server and starts a new process on the same archive folder; `whileStopped`
   * runs in between (to damage a file, for instance).
   */
  restartServer(whileStopped?: () => Promise<void>): Promise<ServerProcess>;
  /** Calls the API directly, as a script would, with the server's token. */
  call<N extends ApiName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. Install it: apt-get install -y chromium`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Starts `casefile serve` on `archiveDir` and waits for the URL it prints. */
export async function startServer(archiveDir: string): Promise<ServerProcess> {
  const child = spawn(process.execPath, [CLI, 'serve', '--archive', archiveDir, '--port', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', BROWSER: 'none' },
  });
  let output = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`casefile serve printed no URL within ${SERVER_START_MS} ms:\n${output}`));
    }, SERVER_START_MS);
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`casefile serve exited (code ${code}) before printing a URL:\n${output}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  }).catch(async (error: unknown) => {
    await stopChild(child, exited);
    throw error;
  });

  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    output: () => output,
    stop: () => stopChild(child, exited),
  };
}

/** Asks the server to stop (it closes the archive on SIGTERM); kills it if it hangs. */
async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function startHarness(): Promise<Harness> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'casefile-e2e-'));
  const archiveDir = path.join(root, 'archive');
  const browser = await launchBrowser();
  let server: ServerProcess;
  try {
    server = await startServer(archiveDir);
  } catch (error) {
    await browser.close();
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  const contexts: BrowserContext[] = [];

  const harness: Harness = {
    browser,
    archiveDir,
    get server() {
      return server;
    },
    async openApp(hash = '') {
      const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      await page.goto(`${server.url}${hash}`);
      await page.locator('.top-bar .brand-name').waitFor();
      return { page, context, errors };
    },
    async restartServer(whileStopped) {
      await server.stop();
      await whileStopped?.();
      server = await startServer(archiveDir);
      return server;
    },
    async call(name, input) {
      const response = await fetch(`${server.origin}/api/${name}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      const envelope = (await response.json()) as Envelope<ApiOutput<typeof name>>;
      if (!envelope.ok) throw new Error(`${name} failed: ${envelope.error.message}`);
      return envelope.value;
    },
    async screenshot(page, name) {
      await mkdir(SCREENSHOT_DIR, { recursive: true });
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * The label of the focused form control, to check where the keyboard is. (Written as a
 * string: it runs in the page, and the tests are typed without the DOM library.)
 */
export async function focusedLabel(page: Page): Promise<string> {
  const label: unknown = await page.evaluate(
    `document.activeElement && document.activeElement.labels && document.activeElement.labels[0]
      ? document.activeElement.labels[0].textContent
      : ''`,
  );
  return typeof label === 'string' ? label : '';
}

/** The text of the focused element (a button's caption, for instance). */
export async function focusedText(page: Page): Promise<string> {
  const text: unknown = await page.evaluate(
    `document.activeElement ? (document.activeElement.textContent || '').trim() : ''`,
  );
  return typeof text === 'string' ? text : '';
}

/** Runs a `casefile` command in its own process; never throws, so the caller asserts the code. */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env,
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/** Answers the next confirm() with `accept`, and gives back what it asked. */
export function answerNextDialog(page: Page, accept: boolean): Promise<string> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    });
  });
}
