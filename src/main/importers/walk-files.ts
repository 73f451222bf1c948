/**
 * The files an import is given: named files as they are, folders walked (sorted, so that
 * an import is repeatable), hidden files and folders left out, symbolic links to folders
 * not followed (a link back up would never end).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface WalkResult {
  readonly files: string[];
  readonly missing: string[];
}

export async function walkFiles(
  paths: readonly string[],
  signal?: AbortSignal,
): Promise<WalkResult> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const resolved = path.resolve(file);
    if (!seen.has(resolved)) {
      seen.add(resolved);
      files.push(file);
    }
  };
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => null);
    if (!stat) missing.push(given);
    else if (stat.isDirectory()) await walkFolder(given, add, signal);
    else add(given);
  }
  return { files, missing };
}

async function walkFolder(
  folder: string,
  add: (file: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  signal?.throwIfAborted();
  const entries = await fs.readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await walkFolder(full, add, signal);
    else if (entry.isFile()) add(full);
    else if (entry.isSymbolicLink()) {
      const stat = await fs.stat(full).catch(() => null);
      if (stat?.isFile()) add(full);
    }
  }
}
