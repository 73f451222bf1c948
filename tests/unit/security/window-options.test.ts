import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../src/main/security/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['spellcheck', false],
    ['navigateOnDragDrop', false],
    ['experimentalFeatures', false],
    ['enableBlinkFeatures', ''],
    ['safeDialogs', true],
    ['devTools', false],
  ] as const)('sets webPreferences.%s to %s', (name, value) => {
    expect(options.webPreferences[name]).toBe(value);
  });

  it('uses the given preload and nothing that would load other code', () => {
    expect(options.webPreferences.preload).toBe('/app/out/preload/index.cjs');
    expect(Object.keys(options.webPreferences).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'enableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });

  it('opens a hidden, titled window of a usable size', () => {
    expect(options).toMatchObject({
      width: 1280,
      height: 800,
      show: false,
      title: 'Casefile',
    });
    expect(options.minWidth).toBeGreaterThanOrEqual(900);
    expect(options.minWidth).toBeLessThanOrEqual(1000);
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('opens the developer tools only when asked, and never loosens anything else', () => {
    const dev = mainWindowOptions('/p.cjs', { devTools: true });
    expect(dev.webPreferences.devTools).toBe(true);
    expect({ ...dev.webPreferences, devTools: false, preload: '' }).toEqual({
      ...options.webPreferences,
      preload: '',
    });
  });

  it('returns a fresh object each time, so a caller cannot change the next window', () => {
    const first = mainWindowOptions('/p.cjs') as { webPreferences: { sandbox: boolean } };
    first.webPreferences.sandbox = false;
    expect(mainWindowOptions('/p.cjs').webPreferences.sandbox).toBe(true);
  });
});
