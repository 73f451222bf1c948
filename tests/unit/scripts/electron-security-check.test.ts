import { describe, expect, it } from 'vitest';
import {
  checkBuiltApp,
  webPreferenceBlocks,
  type BuiltFile,
} from '../../../scripts/electron-security-check';

const SAFE_PREFERENCES = `webPreferences: { preload: join(dir, "index.cjs"), contextIsolation: true,
  sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true,
  allowRunningInsecureContent: false, webviewTag: false, experimentalFeatures: false, enableBlinkFeatures: "" }`;
const SAFE_MAIN = `const window = new electron.BrowserWindow({ width: 1280, ${SAFE_PREFERENCES} });
session.setPermissionRequestHandler((_, __, answer) => answer(false));
contents.on("will-navigate", guard); contents.on("will-attach-webview", (e) => e.preventDefault());
contents.setWindowOpenHandler(() => ({ action: "deny" }));
headers["Content-Security-Policy"] = [policy];
window.loadURL(appBase);`;
const SAFE_PRELOAD = `electron.contextBridge.exposeInMainWorld("casefile", bridge);`;
const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'";
const SAFE_PAGE = `<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="${POLICY}" />
<script type="module" crossorigin src="./assets/index.js"></script></head><body><div id="root"></div></body></html>`;

function app(overrides: { main?: string; preload?: string; page?: string } = {}): BuiltFile[] {
  return [
    { path: 'main/index.js', text: overrides.main ?? SAFE_MAIN },
    { path: 'main/extraction-worker.js', text: 'parentPort.on("message", run);' },
    { path: 'preload/index.cjs', text: overrides.preload ?? SAFE_PRELOAD },
    { path: 'renderer/index.html', text: overrides.page ?? SAFE_PAGE },
  ];
}

const highs = (files: BuiltFile[]) =>
  checkBuiltApp(files)
    .filter((finding) => finding.severity === 'high')
    .map((finding) => finding.message);

describe('the static check of the built app', () => {
  it('finds nothing in a hardened app', () => {
    expect(checkBuiltApp(app())).toEqual([]);
  });

  it.each([
    ['sandbox off', SAFE_MAIN.replace('sandbox: true', 'sandbox: false'), /sandbox/],
    ['sandbox off, minified', SAFE_MAIN.replace('sandbox: true', 'sandbox:!1'), /sandbox/],
    [
      'isolation off',
      SAFE_MAIN.replace('contextIsolation: true', 'contextIsolation: false'),
      /context isolation|contextIsolation/,
    ],
    [
      'Node in the page',
      SAFE_MAIN.replace('nodeIntegration: false', 'nodeIntegration: true'),
      /Node integration|nodeIntegration/,
    ],
    [
      'Node in workers',
      SAFE_MAIN.replace('nodeIntegrationInWorker: false', 'nodeIntegrationInWorker: !0'),
      /Node integration/,
    ],
    [
      'web security off',
      SAFE_MAIN.replace('webSecurity: true', 'webSecurity: false'),
      /web security|webSecurity/,
    ],
    ['a setting left out', SAFE_MAIN.replace('webSecurity: true,', ''), /webSecurity to nothing/],
    [
      'no preferences',
      'new BrowserWindow({ width: 800 }); setPermissionRequestHandler; will-navigate; setWindowOpenHandler; Content-Security-Policy',
      /without webPreferences/,
    ],
    [
      'insecure content',
      SAFE_MAIN.replace('allowRunningInsecureContent: false', 'allowRunningInsecureContent: true'),
      /insecure content/,
    ],
    ['webview', SAFE_MAIN.replace('webviewTag: false', 'webviewTag: true'), /webview/],
    [
      'Blink features',
      SAFE_MAIN.replace('enableBlinkFeatures: ""', 'enableBlinkFeatures: "CSSVariables2"'),
      /Blink/,
    ],
    [
      'a remote page',
      SAFE_MAIN.replace('loadURL(appBase)', 'loadURL("https://casefile.example.org/app")'),
      /remote address/,
    ],
    [
      'a protocol-relative page',
      SAFE_MAIN.replace('loadURL(appBase)', "loadURL('//cdn.example.org')"),
      /remote address/,
    ],
    [
      'no permission handler',
      SAFE_MAIN.replace('setPermissionRequestHandler', 'setSomethingElse'),
      /permission/,
    ],
    [
      'new windows allowed',
      SAFE_MAIN.replace('setWindowOpenHandler', 'onWindowOpen'),
      /New windows/,
    ],
    [
      'certificate errors ignored',
      `${SAFE_MAIN}\napp.commandLine.appendSwitch("--ignore-certificate-errors");`,
      /command line/,
    ],
  ])('main: %s is high', (_, main, expected) => {
    expect(highs(app({ main }))).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it.each([
    [
      'ipcRenderer handed to the page',
      'contextBridge.exposeInMainWorld("ipc", ipcRenderer)',
      /ipcRenderer/,
    ],
    ['eval of a string', `${SAFE_PRELOAD} eval(message.code);`, /evaluates strings/],
    ['Function of a string', `${SAFE_PRELOAD} new Function(message.code)();`, /evaluates strings/],
    ['no contextBridge', 'window.casefile = bridge;', /exposes nothing/],
  ])('preload: %s is high', (_, preload, expected) => {
    expect(highs(app({ preload }))).toEqual(
      expect.arrayContaining([expect.stringMatching(expected)]),
    );
  });

  it('preload: a constant Function probe is medium, not high', () => {
    const findings = checkBuiltApp(
      app({ preload: `${SAFE_PRELOAD} try { new Function(""); } catch {}` }),
    );
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'medium', file: 'preload/index.cjs' }),
    ]);
  });

  it.each([
    ['no policy', SAFE_PAGE.replace(/<meta[^>]+>/, ''), /no Content-Security-Policy/],
    [
      'inline scripts allowed',
      SAFE_PAGE.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
      /lets scripts in/,
    ],
    [
      'eval allowed',
      SAFE_PAGE.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"),
      /lets scripts in/,
    ],
    [
      'scripts from a CDN',
      SAFE_PAGE.replace("script-src 'self'", "script-src 'self' https://cdn.example.org"),
      /lets scripts in/,
    ],
    [
      'an open default',
      SAFE_PAGE.replace("default-src 'none'", "default-src 'self'"),
      /default-src/,
    ],
    [
      'a remote script tag',
      SAFE_PAGE.replace('./assets/index.js', 'https://cdn.example.org/react.js'),
      /loads a script from/,
    ],
    [
      'inline script',
      SAFE_PAGE.replace('<div id="root">', '<script>window.x = 1</script><div id="root">'),
      /inline script/,
    ],
  ])('page: %s is high', (_, page, expected) => {
    expect(highs(app({ page }))).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('says so when a part of the build is missing', () => {
    expect(highs(app().filter((file) => !file.path.startsWith('preload/')))).toEqual([
      'No built preload was found to check.',
    ]);
  });

  it('reads nested preference objects whole', () => {
    expect(webPreferenceBlocks('x = { webPreferences: { a: { b: 1 }, sandbox: true } }')).toEqual([
      '{ a: { b: 1 }, sandbox: true }',
    ]);
  });
});
