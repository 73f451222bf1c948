/**
 * The window's menu: New, Open, Import and Export of archives in the File menu, and the
 * usual Edit and View menus. Every failure is shown as a message box with a plain sentence.
 */
import { promises as fs } from 'node:fs';
import { BrowserWindow, Menu, dialog, type MenuItemConstructorOptions } from 'electron';
import { CasefileError } from '../../shared/errors';
import type { ArchiveSession } from '../api/archive-session';
import { exportJsonl, importJsonl } from '../archive/jsonl';

export interface MenuContext {
  readonly session: ArchiveSession;
  readonly window: () => BrowserWindow | undefined;
  readonly isPackaged: boolean;
  readonly quit: () => void;
}

/** How many problem lines an import summary lists before it says "and N more". */
const PROBLEMS_SHOWN = 10;

export function buildMenu(context: MenuContext): Menu {
  const run = (action: (window: BrowserWindow) => Promise<void>) => () => {
    const window = context.window();
    if (!window) return;
    action(window).catch((error: unknown) => showError(window, error));
  };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New archive…', click: run((window) => chooseArchive(window, context, 'new')) },
      {
        label: 'Open archive…',
        accelerator: 'CmdOrCtrl+O',
        click: run((window) => chooseArchive(window, context, 'open')),
      },
      { type: 'separator' },
      {
        // The window's own import page: its picker and drop take any number of files.
        label: 'Import files…',
        accelerator: 'CmdOrCtrl+I',
        click: run(async (window) => {
          await window.webContents.executeJavaScript("location.hash = '#/import'");
        }),
      },
      { label: 'Import records (JSONL)…', click: run((window) => importFile(window, context)) },
      { label: 'Export records (JSONL)…', click: run((window) => exportFile(window, context)) },
      { type: 'separator' },
      { label: 'Quit', accelerator: 'CmdOrCtrl+Q', click: () => context.quit() },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { role: 'reload' },
      ...(context.isPackaged ? [] : [{ role: 'toggleDevTools' } as const]),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  // On macOS the first menu is always the application's own (About, Hide, Quit).
  const appMenu: MenuItemConstructorOptions[] =
    process.platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return Menu.buildFromTemplate([...appMenu, file, edit, view]);
}

async function chooseArchive(
  window: BrowserWindow,
  context: MenuContext,
  mode: 'new' | 'open',
): Promise<void> {
  const choice = await dialog.showOpenDialog(window, {
    title: mode === 'new' ? 'Choose an empty folder for the new archive' : 'Open an archive folder',
    buttonLabel: mode === 'new' ? 'Create archive here' : 'Open archive',
    properties:
      mode === 'new'
        ? ['openDirectory', 'createDirectory', 'promptToCreate']
        : ['openDirectory', 'createDirectory'],
  });
  if (choice.canceled || choice.filePaths.length === 0) return;
  const dir = choice.filePaths[0];
  if (mode === 'new' && (await hasEntries(dir))) {
    throw new CasefileError(
      'conflict',
      `The folder ${dir} is not empty. Choose an empty folder for a new archive, or use Open archive.`,
    );
  }
  await context.session.switchTo(dir, { makeMain: true });
  // The page holds the old archive's records: start it afresh on the new one.
  window.webContents.reload();
}

async function importFile(window: BrowserWindow, context: MenuContext): Promise<void> {
  const choice = await dialog.showOpenDialog(window, {
    title: 'Import records',
    buttonLabel: 'Import',
    properties: ['openFile'],
    filters: [{ name: 'Casefile records (JSONL)', extensions: ['jsonl'] }],
  });
  if (choice.canceled || choice.filePaths.length === 0) return;
  const text = await fs.readFile(choice.filePaths[0], 'utf8');
  const report = await importJsonl(context.session.current, text);
  const lines = report.problems
    .slice(0, PROBLEMS_SHOWN)
    .map((problem) => `Line ${problem.line}: ${problem.message}`);
  if (report.problems.length > PROBLEMS_SHOWN) {
    lines.push(`…and ${report.problems.length - PROBLEMS_SHOWN} more.`);
  }
  await dialog.showMessageBox(window, {
    type: report.problems.length ? 'warning' : 'info',
    title: 'Import',
    message: `${count(report.added, 'record')} imported.`,
    detail: report.problems.length
      ? `${count(report.problems.length, 'line')} could not be imported:\n${lines.join('\n')}`
      : undefined,
  });
  window.webContents.reload();
}

async function exportFile(window: BrowserWindow, context: MenuContext): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const choice = await dialog.showSaveDialog(window, {
    title: 'Export all records',
    buttonLabel: 'Export',
    defaultPath: `casefile-export-${today}.jsonl`,
    filters: [{ name: 'Casefile records (JSONL)', extensions: ['jsonl'] }],
  });
  if (choice.canceled || !choice.filePath) return;
  const text = await exportJsonl(context.session.current);
  await fs.writeFile(choice.filePath, text, 'utf8');
  const records = text === '' ? 0 : text.split('\n').length - 1;
  await dialog.showMessageBox(window, {
    type: 'info',
    title: 'Export',
    message: `${count(records, 'record')} exported to ${choice.filePath}.`,
  });
}

async function hasEntries(dir: string): Promise<boolean> {
  try {
    return (await fs.readdir(dir)).length > 0;
  } catch {
    return false;
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function showError(window: BrowserWindow, error: unknown): void {
  if (!(error instanceof CasefileError)) console.error(error);
  const message =
    error instanceof CasefileError
      ? error.message
      : error instanceof Error && 'code' in error && typeof error.code === 'string'
        ? `The file could not be read or written (${error.code}).`
        : 'Something went wrong inside Casefile. The details are in its log.';
  void dialog.showMessageBox(window, { type: 'error', title: 'Casefile', message });
}
