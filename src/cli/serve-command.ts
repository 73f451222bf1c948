/**
 * `casefile serve`: the real UI in a browser, against the real main-process code, on
 * 127.0.0.1 with a random token. Builds the interface first if it has not been built.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ArchiveSession } from '../main/api/archive-session';
import { createDispatch } from '../main/api/dispatch';
import { handlers } from '../main/api/handlers';
import { startServer } from '../main/serve/http-server';
import { line, type CliIo } from './output';
import { PASSPHRASE_VARIABLE } from './passphrase-prompt';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RENDERER_DIR = path.join(REPO_ROOT, 'out', 'renderer');

export async function serve(
  archiveDir: string,
  options: { port: number; open: boolean; lockAfterMinutes?: number },
  io: CliIo,
): Promise<number> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    line(io.out, 'Building the interface (needed once)…');
    await run(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
      REPO_ROOT,
    );
  }
  const session = await ArchiveSession.start(archiveDir, {
    create: true,
    loadInBackground: true,
    // An encrypted archive waits for its passphrase in the page, unless a script gave it.
    unlockInPage: true,
    passphrase: process.env[PASSPHRASE_VARIABLE] || undefined,
    lockAfterMinutes: options.lockAfterMinutes,
  });
  const server = await startServer({
    dispatch: createDispatch(handlers, { session }),
    rendererDir: RENDERER_DIR,
    port: options.port,
  }).catch(async (error: unknown) => {
    await session.close();
    throw error;
  });
  line(io.out, `Casefile is serving the archive in ${path.resolve(archiveDir)}`);
  if (session.encryption.locked)
    line(io.out, 'The archive is encrypted: enter its passphrase in the page.');
  line(io.out, `Open ${server.url}`);
  line(io.out, 'Press Ctrl+C to stop.');
  if (options.open) openInBrowser(server.url);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await session.close();
  line(io.out, 'Stopped; the archive is closed.');
  return 0;
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error('the interface could not be built (npm run build shows why)')),
    );
  });
}

/** Asks the desktop to open the URL; a failure only means the user opens it by hand. */
function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}
