import { describe, expect, it } from 'vitest';
import {
  chooseAppBase,
  isAppUrl,
  isRequestAllowed,
  isTrustedSender,
  shouldAllowNavigation,
} from '../../../src/main/security/url-trust';

const ROOT = 'file:///opt/Casefile/resources/app.asar/out/renderer';
const PROD = `${ROOT}/index.html`;
const DEV = 'http://localhost:5173/';
const WIN = 'file:///C:/Program%20Files/Casefile/resources/app.asar/out/renderer/index.html';

/** Hostile or foreign URLs that no check may ever accept, whatever the app base. */
const ALWAYS_REFUSED = [
  undefined,
  null,
  '',
  'not a url',
  'https://example.org/',
  'http://example.org/index.html',
  'https://attacker.example/out/renderer/index.html',
  'http://127.0.0.1:8080/',
  'http://127.0.0.1:5174/',
  'http://localhost:5174/',
  'http://localhost.attacker.example:5173/',
  'javascript:alert(1)',
  ' javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\nscript:alert(1)',
  'vbscript:msgbox(1)',
  'chrome://settings',
  'chrome://gpu',
  'chrome-extension://abcdef/page.html',
  'chrome-devtools://devtools/bundled/inspector.html',
  'about:blank',
  'about:srcdoc',
  'view-source:file:///etc/passwd',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/drivers/etc/hosts',
  'file://attacker.example/share/out/renderer/index.html',
  'file://192.168.1.5/opt/Casefile/resources/app.asar/out/renderer/index.html',
  `${ROOT}/../../../../etc/passwd`,
  `${ROOT}/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd`,
  `${ROOT}/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd`,
  `${ROOT}/.%2e/.%2e/.%2e/.%2e/etc/passwd`,
  `${ROOT}/..%2f..%2f..%2f..%2fetc%2fpasswd`,
  `${ROOT}/..%5c..%5c..%5c..%5cetc%5cpasswd`,
  `${ROOT}/%252e%252e/%252e%252e/etc/passwd`,
  `${ROOT}/index.html%00.png`,
  `${ROOT}/assets/x.js%0a`,
  `${ROOT}-evil/index.html`,
  'file:///opt/Casefile/resources/app.asar/out/renderer2/index.html',
  'file:////opt/Casefile/resources/app.asar/out/renderer/index.html',
  'ftp://example.org/file',
  'ws://example.org/socket',
  'wss://example.org/socket',
  'blob:https://example.org/0b9f6a46-5f5a-4b8e-9d8e-000000000000',
  'blob:http://localhost:5174/0b9f6a46-5f5a-4b8e-9d8e-000000000000',
  'mailto:someone@example.org',
  'tel:+10000000',
  'sms:+10000000',
  'intent://scan/#Intent;scheme=zxing;end',
  'smb://server/share',
  'ms-settings:',
  'casefile://anything',
  'http://user:password@localhost:5173/',
  'http://localhost:5173@attacker.example/',
  'https://localhost:5173/',
];

describe('isAppUrl and shouldAllowNavigation', () => {
  const allowed: [string, string][] = [
    [PROD, PROD],
    [`${PROD}#/persons`, PROD],
    [`${PROD}#/persons/p1?tab=letters`, PROD],
    [`${PROD}?x=1`, PROD],
    [`${ROOT}/./index.html`, PROD],
    [`${ROOT}/assets/../index.html`, PROD],
    [DEV, DEV],
    ['http://localhost:5173/#/search?q=Temirkhanov', DEV],
    ['http://localhost:5173/index.html', DEV],
    [WIN, WIN],
    [WIN.replace('file:///C:', 'file:///c:'), WIN],
  ];
  it.each(allowed)('allows the app page %s (base %s)', (url, base) => {
    expect(isAppUrl(url, base)).toBe(true);
    expect(shouldAllowNavigation(url, base)).toBe(true);
  });

  const refusedInProduction = [
    ...ALWAYS_REFUSED,
    `${ROOT}/assets/index-abc123.js`,
    `${ROOT}/`,
    ROOT,
    DEV,
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'blob:file:///0b9f6a46-5f5a-4b8e-9d8e-000000000000',
    'devtools://devtools/bundled/devtools_app.html',
  ];
  it.each(refusedInProduction.map((url) => [url]))('refuses %s in production', (url) => {
    expect(isAppUrl(url, PROD)).toBe(false);
    expect(shouldAllowNavigation(url, PROD)).toBe(false);
  });

  const refusedInDevelopment = [...ALWAYS_REFUSED, PROD, 'http://localhost:5173/src/main.tsx'];
  it.each(refusedInDevelopment.map((url) => [url]))('refuses %s in development', (url) => {
    expect(shouldAllowNavigation(url, DEV)).toBe(false);
  });

  it.each([
    [`${PROD}`, 'not a url'],
    [PROD, ''],
    [PROD, 'javascript:alert(1)'],
    [PROD, 'data:text/html,x'],
    [PROD, 'file:///opt/Casefile/out/renderer/'],
    ['http://user:pw@localhost:5173/', 'http://user:pw@localhost:5173/'],
  ])('refuses everything when the app base %s is unusable (%s)', (url, base) => {
    expect(isAppUrl(url, base)).toBe(false);
    expect(isRequestAllowed(url, base)).toBe(false);
  });
});

describe('isRequestAllowed', () => {
  const allowedInProduction = [
    PROD,
    `${PROD}#/persons`,
    `${ROOT}/assets/index-BxY1_2.js`,
    `${ROOT}/assets/index-Cd3e.css`,
    `${ROOT}/assets/fonts/DejaVuSans-a1b2.woff2`,
    `${ROOT}/favicon.svg`,
    'devtools://devtools/bundled/devtools_app.html',
    'data:image/png;base64,iVBORw0KGgo=',
    'blob:file:///0b9f6a46-5f5a-4b8e-9d8e-000000000000',
  ];
  it.each(allowedInProduction.map((url) => [url]))('allows %s in production', (url) => {
    expect(isRequestAllowed(url, PROD)).toBe(true);
  });

  it.each([
    `${WIN.replace('index.html', 'assets/index-abc.js')}`,
    `${WIN.replace('index.html', 'assets/index-abc.js').replace('file:///C:', 'file:///c:')}`,
  ])('allows the app files on Windows: %s', (url) => {
    expect(isRequestAllowed(url, WIN)).toBe(true);
  });

  const refusedInProduction = [
    ...ALWAYS_REFUSED,
    `${ROOT}/`,
    `${ROOT}/assets/x.js::$DATA`,
    `${ROOT}/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js`,
    'file:///opt/Casefile/resources/app.asar/out/main/index.js',
    'file:///opt/Casefile/resources/app.asar/out/preload/index.cjs',
    'file:///opt/Casefile/resources/app.asar/package.json',
    'file:///home/secretary/.config/Casefile/archive/data/person/0.json',
    DEV,
    'http://localhost:5173/@vite/client',
    'ws://localhost:5173/',
    'file:///C:/Program%20Files/Casefile/resources/app.asar/out/renderer/index.html',
  ];
  it.each(refusedInProduction.map((url) => [url]))('cancels %s in production', (url) => {
    expect(isRequestAllowed(url, PROD)).toBe(false);
  });

  const allowedInDevelopment = [
    DEV,
    'http://localhost:5173/@vite/client',
    'http://localhost:5173/src/main.tsx?t=1700000000',
    'http://localhost:5173/@fs/work/main/node_modules/.vite/deps/react.js',
    'ws://localhost:5173/?token=abc',
    'blob:http://localhost:5173/0b9f6a46-5f5a-4b8e-9d8e-000000000000',
    'devtools://devtools/bundled/devtools_app.html',
  ];
  it.each(allowedInDevelopment.map((url) => [url]))('allows %s in development', (url) => {
    expect(isRequestAllowed(url, DEV)).toBe(true);
  });

  const refusedInDevelopment = [
    ...ALWAYS_REFUSED,
    PROD,
    `${ROOT}/assets/index-abc.js`,
    'wss://localhost:5173/',
    'ws://localhost:5174/',
    'ws://user:pw@localhost:5173/',
    'ws://127.0.0.1:5173/',
    'blob:file:///0b9f6a46-5f5a-4b8e-9d8e-000000000000',
  ];
  it.each(refusedInDevelopment.map((url) => [url]))('cancels %s in development', (url) => {
    expect(isRequestAllowed(url, DEV)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it.each([
    [PROD, true, PROD, true],
    [`${PROD}#/persons/p1`, true, PROD, true],
    [PROD, false, PROD, false],
    [undefined, true, PROD, false],
    [null, true, PROD, false],
    ['', true, PROD, false],
    ['about:blank', true, PROD, false],
    ['data:text/html,<script>casefile.persons.list({})</script>', true, PROD, false],
    ['https://attacker.example/', true, PROD, false],
    [`${ROOT}/assets/index-abc.js`, true, PROD, false],
    [`${ROOT}/%2e%2e/%2e%2e/x/index.html`, true, PROD, false],
    ['devtools://devtools/bundled/devtools_app.html', true, PROD, false],
    [DEV, true, DEV, true],
    [DEV, false, DEV, false],
    ['http://localhost:5174/', true, DEV, false],
    [PROD, true, DEV, false],
  ] as const)('sender %s (main frame %s, base %s) trusted: %s', (url, main, base, trusted) => {
    expect(isTrustedSender(url, main, base)).toBe(trusted);
  });

  it('refuses a main frame flag that is not exactly true', () => {
    expect(isTrustedSender(PROD, 1 as unknown as boolean, PROD)).toBe(false);
    expect(isTrustedSender(PROD, 'yes' as unknown as boolean, PROD)).toBe(false);
  });
});

describe('chooseAppBase', () => {
  const built = PROD;
  it.each([
    [false, 'http://localhost:5173', 'http://localhost:5173/'],
    [false, 'http://127.0.0.1:5173/', 'http://127.0.0.1:5173/'],
    [false, 'http://[::1]:5173/', 'http://[::1]:5173/'],
    [false, undefined, built],
    [false, '', built],
    [false, 'not a url', built],
    [false, 'https://attacker.example/', built],
    [false, 'http://localhost.attacker.example:5173/', built],
    [false, 'http://user:pw@localhost:5173/', built],
    [false, 'file:///tmp/evil/index.html', built],
    [false, 'javascript:alert(1)', built],
    [true, 'http://localhost:5173', built],
    [true, 'https://attacker.example/', built],
  ] as const)('packaged %s with dev URL %s loads %s', (isPackaged, devServerUrl, expected) => {
    expect(chooseAppBase({ isPackaged, devServerUrl, rendererIndexUrl: built })).toBe(expected);
  });
});
