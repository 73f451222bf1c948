import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const SRC = path.join(ROOT, 'src');

/** Where the module `name` (or one of its subpaths) is imported, required or loaded. */
function importsOf(name: string): RegExp {
  const module = `['"\`]${name.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}(?:/[^'"\`]*)?['"\`]`;
  return new RegExp(
    `(?:\\bfrom\\s*${module}|\\bimport\\s*${module}|\\bimport\\s*\\(\\s*${module}|\\brequire\\s*\\(\\s*${module}|\\bimport\\s+\\w+\\s*=\\s*require\\s*\\(\\s*${module})`,
  );
}

const ELECTRON = importsOf('electron');
const REACT = [importsOf('react'), importsOf('react-dom')];

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(?:[cm]?[jt]sx?)$/.test(entry) && !entry.endsWith('.d.ts') ? [full] : [];
  });
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

describe('the import patterns', () => {
  it.each([
    ["import { app } from 'electron';", true],
    ['import { app } from "electron"', true],
    ["import type { Session } from 'electron';", true],
    ["import * as electron from 'electron'", true],
    ["import 'electron';", true],
    ["const e = require('electron');", true],
    ['const e = require ( "electron" )', true],
    ["const e = await import('electron');", true],
    ["import { ipcRenderer } from 'electron/renderer';", true],
    ["export { app } from 'electron';", true],
    ['import electron = require("electron");', true],
    ["import { x } from 'electron-vite';", false],
    ["import { x } from './electron';", false],
    ["import { x } from '../main/electron/menu';", false],
    ['// Electron passes only the message', false],
    ["const name = 'electron';", false],
  ])('%s imports electron: %s', (line, expected) => {
    expect(ELECTRON.test(line)).toBe(expected);
  });

  it.each([
    ["import { useState } from 'react';", true],
    ["import { createRoot } from 'react-dom/client';", true],
    ["import { jsx } from 'react/jsx-runtime';", true],
    ["const React = require('react')", true],
    ["import { x } from 'react-hooks-helper';", false],
    ["import { x } from './react';", false],
    ["import { x } from '@vitejs/plugin-react';", false],
  ])('%s imports react: %s', (line, expected) => {
    expect(REACT.some((pattern) => pattern.test(line))).toBe(expected);
  });
});

describe('the layers of docs/DESIGN.md', () => {
  it('loads electron only in src/main/electron and src/preload', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files
      .map(relative)
      .filter((file) => !file.startsWith('src/main/electron/') && !file.startsWith('src/preload/'))
      .filter((file) => ELECTRON.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps React and the DOM out of the domain, the contract and the command line', () => {
    const folders = [
      'src/main/archive',
      'src/main/search',
      'src/main/api',
      'src/main/serve',
      'src/main/sample',
      'src/main/importers',
      'src/main/security',
      'src/main/dossier',
      'src/main/workspace',
      'src/main/desktop',
      'src/shared',
      'src/cli',
    ];
    const files = folders.flatMap((folder) => sourceFiles(path.join(ROOT, folder)));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files
      .map(relative)
      .filter((file) =>
        REACT.some((pattern) => pattern.test(readFileSync(path.join(ROOT, file), 'utf8'))),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps the security policy free of Electron, so that it is tested as it runs', () => {
    const files = sourceFiles(path.join(SRC, 'main', 'security'));
    expect(files.map(relative)).toEqual(
      expect.arrayContaining([
        'src/main/security/permissions.ts',
        'src/main/security/url-trust.ts',
        'src/main/security/window-options.ts',
      ]),
    );
    for (const file of files)
      expect(readFileSync(file, 'utf8')).not.toMatch(/\bimport\b[^;]*\bfrom\s*['"](?!\.)/);
  });
});
