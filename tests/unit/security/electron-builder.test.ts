import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources?: string };
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; category: string; maintainer: string; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
}

const config = yaml.load(
  readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'),
) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('org.casefile.app');
    expect(config.productName).toBe('Casefile');
    expect(config.directories.output).toBe('dist');
  });

  it('packs only the built app, in an asar archive', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['out/**', 'package.json']);
    for (const folder of ['src', 'tests', 'bench']) {
      expect(config.files).toContain(`!${folder}/**`);
    }
  });

  it('burns the fuses that close the ways around the sandbox', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('builds an AppImage and a deb, an NSIS installer and a dmg, all with the icon', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>$/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    for (const platform of [config.linux, config.win, config.mac]) {
      expect(platform.icon).toBe('resources/icon.png');
    }
  });

  it('has an icon that is a 512×512 PNG', () => {
    const png = readFileSync(path.join(ROOT, 'resources', 'icon.png'));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('is accepted by electron-builder’s own configuration schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as {
      DebugLogger: new (on: boolean) => unknown;
    };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(
      validateConfiguration(
        { ...config, linux: { ...config.linux, bogus: 1 } },
        new DebugLogger(false),
      ),
    ).rejects.toThrow(/configuration/i);
  });

  it('does not rebuild native modules after every install', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(Object.values(manifest.scripts).join('\n')).not.toContain('install-app-deps');
    expect(manifest.scripts.postinstall).toBeUndefined();
  });
});
