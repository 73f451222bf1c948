import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const PRELOAD = path.join(ROOT, 'out', 'preload', 'index.cjs');
const PAGE = path.join(ROOT, 'out', 'renderer', 'index.html');
const BUILT = existsSync(PRELOAD) && existsSync(PAGE);

if (!BUILT) {
  console.warn('Skipping the checks of the built app: out/ is missing (run `npm run build`).');
}

describe.skipIf(!BUILT)('the built preload (out/preload/index.cjs)', () => {
  const code = BUILT ? readFileSync(PRELOAD, 'utf8') : '';

  it('is a CommonJS script, as a sandboxed preload must be', () => {
    expect(code).not.toMatch(/^\s*import\s*[\w{*'"]/m);
    expect(code).not.toMatch(/^\s*export\s/m);
    expect(code).not.toMatch(/\bimport\.meta\b/);
    expect(code).toMatch(/require\(\s*["']electron["']\s*\)/);
  });

  it('requires nothing but electron: everything else is bundled in', () => {
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('exposes window.casefile through the context bridge, and nothing else', () => {
    const exposed = [...code.matchAll(/exposeInMainWorld\(\s*["']([^"']+)["']/g)].map((m) => m[1]);
    expect(exposed).toEqual(['casefile']);
    expect(code).not.toMatch(/exposeInIsolatedWorld/);
  });

  it('hands the page no raw IPC', () => {
    expect(code).not.toMatch(/ipcRenderer\.(send|sendSync|on|once|postMessage)\b/);
  });
});

describe.skipIf(!BUILT)('the built page (out/renderer/index.html)', () => {
  const html = BUILT ? readFileSync(PAGE, 'utf8') : '';
  const meta = html.match(
    /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i,
  );
  const policy = meta?.[1] ?? '';
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values] as const),
  );

  it('carries a Content-Security-Policy meta tag before anything else in its head', () => {
    expect(meta).not.toBeNull();
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it("runs only the app's own scripts", () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain("'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('has no inline scripts or inline event handlers for the policy to break', () => {
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('loads its files relative to itself, from nowhere else', () => {
    const sources = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/^(\.\/(?!\.)|data:,$)/);
  });
});

describe.skipIf(!BUILT)('the built main process (out/main)', () => {
  const MAIN_DIR = path.join(ROOT, 'out', 'main');

  it('ships the search index builder as a worker file that the bundled search finds', async () => {
    const { builderWorkerPath } = await import('../../../src/main/search/search-service');
    const worker = path.join(MAIN_DIR, 'index-builder-worker.js');
    expect(existsSync(worker)).toBe(true);
    // Wherever the bundler put the search code (the main bundle or a shared chunk), the path
    // it computes must be the file that exists.
    const chunks = existsSync(path.join(MAIN_DIR, 'chunks'))
      ? readdirSync(path.join(MAIN_DIR, 'chunks')).map((name) =>
          path.join(MAIN_DIR, 'chunks', name),
        )
      : [];
    const holder = [path.join(MAIN_DIR, 'index.js'), ...chunks].find((file) =>
      readFileSync(file, 'utf8').includes('index-builder-worker'),
    );
    expect(holder).toBeDefined();
    expect(builderWorkerPath(holder!)).toBe(worker);
  });
});
