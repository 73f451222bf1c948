import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  ELECTRON_PATH_MARKER,
  ELECTRON_PROBE_SCRIPT,
  ELECTRON_PROBE_TIMEOUT_MS,
  chooseLauncher,
  electronEnv,
  electronPathFrom,
  needsBuild,
  type ElectronProbe,
} from '../../../scripts/start-plan.js';

const FOUND = `${ELECTRON_PATH_MARKER}/repo/node_modules/electron/dist/electron\n`;
const DESKTOP = { platform: 'linux' as const, env: { DISPLAY: ':0' } };

describe('needsBuild', () => {
  it.each([
    [undefined, 100, true],
    [100, undefined, true],
    [undefined, undefined, true],
    [100, 200, true],
    [200, 100, false],
    [100, 100, false],
  ])('built at %s, sources at %s: build %s', (output, input, expected) => {
    expect(needsBuild(output, input)).toBe(expected);
  });
});

describe('electronPathFrom', () => {
  it.each([
    ['', ''],
    ['Downloading Electron binary...\n', ''],
    [FOUND, '/repo/node_modules/electron/dist/electron'],
    [`Downloading Electron binary...\n${FOUND}`, '/repo/node_modules/electron/dist/electron'],
    [`\r\n${ELECTRON_PATH_MARKER}C:\\repo\\electron.exe\r\n`, 'C:\\repo\\electron.exe'],
  ])('reads %j as %j', (stdout, expected) => {
    expect(electronPathFrom(stdout)).toBe(expected);
  });
});

describe('chooseLauncher', () => {
  const probe = (overrides: Partial<ElectronProbe>): ElectronProbe => ({
    exitCode: 0,
    timedOut: false,
    stdout: FOUND,
    ...overrides,
  });

  it('opens the Electron window when its program is there and a display is', () => {
    expect(chooseLauncher({ probe: probe({}), ...DESKTOP })).toEqual({
      kind: 'electron',
      electronPath: '/repo/node_modules/electron/dist/electron',
    });
    for (const platform of ['darwin', 'win32'] as const) {
      expect(chooseLauncher({ probe: probe({}), platform, env: {} }).kind).toBe('electron');
    }
    expect(
      chooseLauncher({ probe: probe({}), platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })
        .kind,
    ).toBe('electron');
  });

  it.each([
    [
      'the download failed',
      probe({ exitCode: 1, stdout: 'Downloading Electron binary...\n' }),
      'could not be downloaded',
    ],
    ['the probe could not run', probe({ exitCode: null, stdout: '' }), 'could not be downloaded'],
    ['it printed no path', probe({ stdout: '' }), 'could not be downloaded'],
    ['a path but a failure', probe({ exitCode: 1 }), 'could not be downloaded'],
    [
      'the download timed out',
      probe({ exitCode: null, timedOut: true, stdout: '' }),
      'took too long',
    ],
  ])('falls back to the browser when %s', (_why, result, reason) => {
    const launcher = chooseLauncher({ probe: result, ...DESKTOP });
    expect(launcher.kind).toBe('browser');
    if (launcher.kind !== 'browser') return;
    expect(launcher.sentence).toContain(reason);
    expect(launcher.serveArgs).toEqual(['serve', '--open']);
  });

  it('falls back to serving without opening a browser where there is no display', () => {
    const launcher = chooseLauncher({ probe: probe({}), platform: 'linux', env: {} });
    expect(launcher).toMatchObject({ kind: 'browser', serveArgs: ['serve'] });
    if (launcher.kind === 'browser') expect(launcher.sentence).toContain('no graphical display');
  });

  it('says why in exactly one plain sentence that leads into the address', () => {
    const launcher = chooseLauncher({ probe: probe({ exitCode: 1, stdout: '' }), ...DESKTOP });
    if (launcher.kind !== 'browser') throw new Error('expected the browser');
    expect(launcher.sentence).toBe(
      "Electron's desktop window cannot start here (its program could not be downloaded), so Casefile opens in your browser instead:",
    );
    expect(launcher.sentence.split(/[.!?](\s|$)/).length).toBe(1);
  });
});

describe('the Electron probe', () => {
  it('waits long enough for a download but not forever', () => {
    expect(ELECTRON_PROBE_TIMEOUT_MS).toBeGreaterThanOrEqual(60_000);
    expect(ELECTRON_PROBE_TIMEOUT_MS).toBeLessThanOrEqual(120_000);
  });

  it('prints the marker and the path it is given', () => {
    const script = ELECTRON_PROBE_SCRIPT.replace("require('electron')", "'/fake/electron'");
    expect(script).not.toBe(ELECTRON_PROBE_SCRIPT);
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(electronPathFrom(result.stdout)).toBe('/fake/electron');
  });

  it('never starts Electron as plain Node', () => {
    const env = electronEnv({ PATH: '/usr/bin', ELECTRON_RUN_AS_NODE: '1' });
    expect(env).toEqual({ PATH: '/usr/bin' });
  });
});
