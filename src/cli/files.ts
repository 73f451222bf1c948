/** Reading user-named files for the CLI, with plain errors for the usual mistakes. */
import { promises as fs } from 'node:fs';
import { UsageError } from './output';

const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

/**
 * Reads a file's bytes; refuses a missing file, a folder, and a file over `maxBytes`
 * (`limit` says that size in words).
 */
export async function readUserFile(
  file: string,
  maxBytes = MAX_INPUT_BYTES,
  limit = '1 GB',
): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new UsageError(`There is no file ${file}.`);
  }
  if (stat.isDirectory()) throw new UsageError(`${file} is a folder, not a file.`);
  if (stat.size > maxBytes) throw new UsageError(`${file} is larger than ${limit}.`);
  return fs.readFile(file);
}

/** Reads a UTF-8 text file; refuses missing files, folders, huge files and other encodings. */
export async function readUtf8File(file: string): Promise<string> {
  const bytes = await readUserFile(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file} is not UTF-8 text.`);
  }
}
