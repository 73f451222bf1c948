/** How the CLI speaks: results on stdout, one plain sentence per error on stderr. */
import type { Writable } from 'node:stream';

export interface CliIo {
  readonly out: Writable;
  readonly err: Writable;
  readonly readStdin: () => Promise<string>;
}

export function line(stream: Writable, text = ''): void {
  stream.write(`${text}\n`);
}

export function json(stream: Writable, value: unknown): void {
  stream.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** A usage mistake: told in one sentence, exit code 2. */
export class UsageError extends Error {}

export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
