// The Electron shell's wiring, with Electron replaced by stand-ins that record what the
// shell asked of it: which handlers it installed and what they answer.
import { EventEmitter } from 'node:events';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_NAMES, channelOf } from '../../../src/shared/api';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { contentSecurityPolicy } from '../../../src/main/security/content-security-policy';

type Handler = (event: unknown, input: unknown) => unknown;
const handled = new Map<string, Handler>();

const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(async () => ({ response: 0 })),
};

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: Handler) => handled.set(channel, handler) },
  Menu: { buildFromTemplate: (template: unknown) => template },
  dialog,
}));

const { registerIpc } = await import('../../../src/main/electron/ipc');
const { hardenSession, hardenWebContents } = await import('../../../src/main/electron/hardening');
const { buildMenu } = await import('../../../src/main/electron/menu');

const PROD = 'file:///opt/Casefile/resources/app.asar/out/renderer/index.html';
const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('registerIpc', () => {
  const dispatch = vi.fn(async (name: string, input: unknown) => ({
    ok: true as const,
    value: { name, input },
  }));

  beforeEach(() => {
    handled.clear();
    dispatch.mockClear();
    registerIpc(dispatch, PROD);
  });

  it('handles exactly one channel per entry of the API table', () => {
    expect([...handled.keys()].sort()).toEqual(API_NAMES.map(channelOf).sort());
  });

  it("passes the app page's calls to dispatch under the entry's name", async () => {
    const input = { id: 'p1' };
    await expect(
      handled.get(channelOf('persons.get'))!(frame(`${PROD}#/persons/p1`), input),
    ).resolves.toEqual({
      ok: true,
      value: { name: 'persons.get', input },
    });
  });

  it.each([
    ['another page', frame('https://attacker.example/')],
    ['a sub-frame of the app', frame(PROD, { url: PROD })],
    ['a frame that is gone', { senderFrame: null }],
    ['an event without a frame', {}],
    [
      'a frame that throws when read',
      {
        get senderFrame() {
          throw new Error('Render frame was disposed');
        },
      },
    ],
  ])('answers unauthorized to %s, without dispatching', async (_who, event) => {
    const answer = await handled.get(channelOf('persons.list'))!(event, {});
    expect(answer).toEqual({ ok: false, error: expect.objectContaining({ code: 'unauthorized' }) });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

/** A stand-in session that keeps the handlers the shell installs. */
function fakeSession() {
  const installed: Record<string, (...args: never[]) => unknown> = {};
  const keep = (name: string) => (handler: (...args: never[]) => unknown) => {
    installed[name] = handler;
  };
  return {
    installed,
    session: {
      webRequest: { onBeforeRequest: keep('beforeRequest'), onHeadersReceived: keep('headers') },
      setPermissionRequestHandler: keep('permissionRequest'),
      setPermissionCheckHandler: keep('permissionCheck'),
      setDevicePermissionHandler: keep('device'),
      setDisplayMediaRequestHandler: keep('displayMedia'),
    },
  };
}

describe('hardenSession', () => {
  it('cancels every request but those for the app files', () => {
    const { installed, session } = fakeSession();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    hardenSession(session as never, PROD, false);
    const decide = (url: string) => {
      const callback = vi.fn();
      (installed.beforeRequest as (d: unknown, c: unknown) => void)({ url }, callback);
      return callback.mock.calls[0][0];
    };
    expect(decide(PROD.replace('index.html', 'assets/index-abc.js'))).toEqual({ cancel: false });
    expect(decide('https://example.org/track.gif')).toEqual({ cancel: true });
    expect(decide('http://127.0.0.1:9/')).toEqual({ cancel: true });
  });

  it('refuses every permission request and check, device and screen capture', () => {
    const { installed, session } = fakeSession();
    hardenSession(session as never, PROD, false);
    const granted = vi.fn();
    (installed.permissionRequest as (...a: unknown[]) => void)({}, 'media', granted, {
      requestingUrl: PROD,
    });
    expect(granted).toHaveBeenCalledWith(false);
    expect(
      (installed.permissionCheck as (...a: unknown[]) => unknown)({}, 'clipboard-read', PROD, {}),
    ).toBe(false);
    expect(
      (installed.device as (...a: unknown[]) => unknown)({ deviceType: 'usb', origin: PROD }),
    ).toBe(false);
    const streams = vi.fn();
    (installed.displayMedia as (...a: unknown[]) => void)({}, streams);
    expect(streams).toHaveBeenCalledWith(null);
  });

  it('adds the Content-Security-Policy header to responses, but not to the developer tools', () => {
    const { installed, session } = fakeSession();
    hardenSession(session as never, PROD, false);
    const answer = (url: string) => {
      const callback = vi.fn();
      (installed.headers as (d: unknown, c: unknown) => void)(
        { url, responseHeaders: { 'Content-Type': ['text/html'] } },
        callback,
      );
      return callback.mock.calls[0][0];
    };
    expect(answer(PROD)).toEqual({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [contentSecurityPolicy('header')],
      },
    });
    expect(answer('devtools://devtools/bundled/devtools_app.html')).toEqual({});
  });

  it("leaves the dev server's page without the header (its hot reload runs inline code)", () => {
    const { installed, session } = fakeSession();
    hardenSession(session as never, 'http://localhost:5173/', true);
    expect(installed.headers).toBeUndefined();
    expect(installed.beforeRequest).toBeDefined();
  });
});

describe('hardenWebContents', () => {
  function created() {
    const app = new EventEmitter();
    hardenWebContents(app as never, PROD);
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    app.emit('web-contents-created', {}, contents);
    return contents;
  }
  const event = (url?: string) => ({ url, preventDefault: vi.fn() });

  it.each(['will-navigate', 'will-redirect'])('%s stays on the app page', (name) => {
    const contents = created();
    const away = event('https://attacker.example/');
    contents.emit(name, away);
    expect(away.preventDefault).toHaveBeenCalled();
    const home = event(`${PROD}#/persons`);
    contents.emit(name, home);
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses webviews and new windows', () => {
    const contents = created();
    const attach = event();
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
    const open = contents.setWindowOpenHandler.mock.calls[0][0] as (d: unknown) => unknown;
    expect(open({ url: PROD })).toEqual({ action: 'deny' });
    expect(open({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });
});

interface Item {
  label?: string;
  role?: string;
  type?: string;
  click?: () => void;
  submenu?: Item[];
}

describe('buildMenu', () => {
  let dir: string;
  let session: ArchiveSession;
  const reload = vi.fn();
  const executeJavaScript = vi.fn(async () => undefined);
  const window = { webContents: { reload, executeJavaScript } };

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-menu-'));
    session = await ArchiveSession.start(path.join(dir, 'archive'));
    reload.mockClear();
    dialog.showMessageBox.mockClear();
  });

  afterEach(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const menu = (isPackaged: boolean) =>
    buildMenu({
      session,
      window: () => window as never,
      isPackaged,
      quit: vi.fn(),
    }) as unknown as Item[];
  const item = (items: Item[], label: string) =>
    items.flatMap((top) => top.submenu ?? []).find((entry) => entry.label === label)!;
  /** Clicks a menu item and waits for the message box it ends with. */
  const click = async (entry: Item) => {
    entry.click!();
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalled());
    return (dialog.showMessageBox.mock.calls[0] as unknown[])[1] as {
      type: string;
      message: string;
      detail?: string;
    };
  };

  it('has File, Edit and View, with the developer tools only in development', () => {
    const items = menu(true);
    expect(items.map((top) => top.label ?? top.role)).toEqual(
      process.platform === 'darwin'
        ? ['appMenu', '&File', '&Edit', '&View']
        : ['&File', '&Edit', '&View'],
    );
    const labels = items
      .find((top) => top.label === '&File')!
      .submenu!.map((entry) => entry.label ?? entry.type);
    expect(labels).toEqual([
      'New archive…',
      'Open archive…',
      'separator',
      'Import files…',
      'Import records (JSONL)…',
      'Export records (JSONL)…',
      'separator',
      'Quit',
    ]);
    const roles = (packaged: boolean) =>
      menu(packaged)
        .flatMap((top) => top.submenu ?? [])
        .map((entry) => entry.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['copy', 'paste', 'reload']));
  });

  it('opens the window’s own import page for files, without loading anything else', async () => {
    item(menu(true), 'Import files…').click!();
    await vi.waitFor(() => expect(executeJavaScript).toHaveBeenCalledTimes(1));
    expect(executeJavaScript).toHaveBeenCalledWith("location.hash = '#/import'");
    expect(reload).not.toHaveBeenCalled();
  });

  it('imports a JSONL file and says what it added and what it could not', async () => {
    const file = path.join(dir, 'records.jsonl');
    await fs.writeFile(
      file,
      [
        '{"kind":"person","name":"Ada Example","role":"prisoner","sharing":"team"}',
        'not json',
        '{"kind":"person","name":"Bo Example","role":"relative","sharing":"team"}',
      ].join('\n'),
    );
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const box = await click(item(menu(true), 'Import records (JSONL)…'));
    expect(box.message).toBe('2 records imported.');
    expect(box.detail).toBe('1 line could not be imported:\nLine 2: not valid JSON');
    expect(reload).toHaveBeenCalled();
  });

  it('exports every record to the chosen file', async () => {
    await session.current.create('person', {
      name: 'Ada Example',
      role: 'prisoner',
      sharing: 'team',
    });
    const file = path.join(dir, 'out.jsonl');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const box = await click(item(menu(true), 'Export records (JSONL)…'));
    expect(box.message).toBe(`1 record exported to ${file}.`);
    expect(JSON.parse((await fs.readFile(file, 'utf8')).trim())).toMatchObject({
      kind: 'person',
      name: 'Ada Example',
    });
  });

  it('refuses to make a new archive in a folder that holds other files', async () => {
    const busy = path.join(dir, 'busy');
    await fs.mkdir(busy);
    await fs.writeFile(path.join(busy, 'notes.txt'), 'x');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [busy] });
    const box = await click(item(menu(true), 'New archive…'));
    expect(box).toMatchObject({ type: 'error', message: expect.stringContaining('is not empty') });
    expect(session.current.dir).toBe(path.join(dir, 'archive'));
    expect(reload).not.toHaveBeenCalled();
  });

  it('switches to a new archive and reloads the window', async () => {
    const fresh = path.join(dir, 'fresh');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [fresh] });
    item(menu(true), 'New archive…').click!();
    await vi.waitFor(() => expect(reload).toHaveBeenCalled());
    expect(session.current.dir).toBe(fresh);
  });
});
