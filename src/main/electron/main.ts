/**
 * The desktop app's main process: one instance, one sandboxed window on the default
 * archive, the API over IPC, and the rules of ./hardening.ts on everything it shows.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow, Menu, app, dialog, session as electronSession, shell } from 'electron';
import { CasefileError } from '../../shared/errors';
import { ArchiveSession } from '../api/archive-session';
import { createDispatch } from '../api/dispatch';
import { handlers } from '../api/handlers';
import { defaultArchiveDir } from '../archive/locations';
import { ExternalCopies } from '../desktop/external-copies';
import { chooseAppBase } from '../security/url-trust';
import { mainWindowOptions } from '../security/window-options';
import { hardenSession, hardenWebContents } from './hardening';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';

const here = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD = path.join(here, '..', 'preload', 'index.cjs');
const RENDERER_INDEX = path.join(here, '..', 'renderer', 'index.html');

const appBase = chooseAppBase({
  isPackaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  rendererIndexUrl: pathToFileURL(RENDERER_INDEX).href,
});
const isDevServer = !appBase.startsWith('file:');

let mainWindow: BrowserWindow | undefined;
let archiveSession: ArchiveSession | undefined;

app.enableSandbox();
hardenWebContents(app, appBase);

if (!app.requestSingleInstanceLock()) {
  // Another Casefile is running: its 'second-instance' handler brings its window forward.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', closeArchiveThenQuit);
  app.whenReady().then(start, (error: unknown) => fail(error));
}

async function start(): Promise<void> {
  hardenSession(electronSession.defaultSession, appBase, isDevServer);
  try {
    archiveSession = await ArchiveSession.start(
      defaultArchiveDir(process.platform, process.env, os.homedir()),
      // An encrypted archive waits for its passphrase on the window's unlock screen.
      { loadInBackground: true, unlockInPage: true },
    );
  } catch (error) {
    fail(error);
    return;
  }
  const session = archiveSession;
  // Readable copies handed to other programs go when the archive closes or locks; those a
  // crash left behind go now.
  await ExternalCopies.removeLeftovers();
  const copies = new ExternalCopies(openWithSystem);
  session.onClose(() => copies.removeAll());
  registerIpc(createDispatch(handlers, { session, desktop: { copies } }), appBase);
  Menu.setApplicationMenu(
    buildMenu({
      session,
      window: () => mainWindow,
      isPackaged: app.isPackaged,
      quit: () => app.quit(),
    }),
  );
  createWindow();
}

function createWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(PRELOAD, { devTools: !app.isPackaged }));
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  // The very URL the trust checks compare against, in development and when built alike.
  window.loadURL(appBase).catch((error: unknown) => fail(error));
}

/** Opens a file in the program the system chooses for it (a PDF reader, an image viewer). */
async function openWithSystem(file: string): Promise<void> {
  const problem = await shell.openPath(file);
  if (problem) throw new Error(problem);
}

/** Shows why the app cannot go on, in a plain dialog, and quits with the archive closed. */
function fail(error: unknown): void {
  if (!(error instanceof CasefileError)) console.error(error);
  const message =
    error instanceof CasefileError
      ? error.message
      : 'Casefile could not start. The details are in its log.';
  dialog.showErrorBox('Casefile', message);
  const session = archiveSession;
  archiveSession = undefined;
  void (session ? session.close() : Promise.resolve())
    .catch((closeError: unknown) => console.error(closeError))
    .finally(() => app.exit(1));
}

/** Waits for the archive to finish its writes and release its lock before the app exits. */
function closeArchiveThenQuit(event: Electron.Event): void {
  if (!archiveSession) return;
  event.preventDefault();
  const session = archiveSession;
  archiveSession = undefined;
  session
    .close()
    .catch((error: unknown) => console.error(error))
    .finally(() => app.quit());
}
