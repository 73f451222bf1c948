/**
 * Nothing the user saved is lost if the process is killed at any instant (docs/DESIGN.md:
 * Storage). A child process writes to one archive in a loop and reports each change once
 * its promise has resolved; it is killed with SIGKILL at a random moment, again and again on
 * the same archive, and after each kill the archive must open and hold every acknowledged
 * change, with whole files, no temporary files and no broken links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { Archive } from '../../../src/main/archive/archive';
import { verifyArchive } from '../../../src/main/archive/verify';
import { RECORD_KINDS, type AnyRecord, type RecordKind } from '../../../src/shared/records';
import { listFiles, makeTempDir, removeDir, REPO_ROOT } from './helpers';
import { mulberry32 } from '../../fixtures/seeded-random';

const KILLS = Number(process.env.CASEFILE_CRASH_KILLS ?? 200);
const SEED = Number(process.env.CASEFILE_CRASH_SEED ?? Date.now() % 1_000_000);
/** A full check (every text file read back and hashed, every record against its schema) every N kills. */
const FULL_CHECK_EVERY = 25;

interface Expected {
  kind: RecordKind;
  id: string;
  /** The newest acknowledged revision (see crash-writer.ts). */
  rev: number;
  /** sha-256 of an article's body. */
  sha?: string;
}

interface Op {
  kind: RecordKind;
  id: string;
  op: 'create' | 'update' | 'delete';
  rev: number;
  sha?: string;
}

function parseOp(words: string[]): Op {
  const [kind, id, op, rev, sha] = words;
  return { kind: kind as RecordKind, id, op: op as Op['op'], rev: Number(rev), sha };
}

/** The revision a stored person or letter carries, or 0 for kinds that carry none. */
function revOf(kind: RecordKind, record: unknown): number {
  const r = record as { notes?: string; summary?: string };
  const text = kind === 'person' ? r.notes : kind === 'letter' ? r.summary : undefined;
  const match = /^rev:(\d+)/.exec(text ?? '');
  return match ? Number(match[1]) : 0;
}

/** Runs the writer until a random moment after its first acknowledgement, then kills it. */
async function runAndKill(
  script: string,
  dir: string,
  seed: number,
  firstRev: number,
  delayMs: number,
): Promise<{ lines: string[]; killed: boolean; stderr: string }> {
  const child = spawn(process.execPath, [script, dir, String(seed), String(firstRev)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  let timer: NodeJS.Timeout | undefined;
  let killed = false;
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    if (!timer && line.startsWith('ack ')) {
      timer = setTimeout(() => {
        killed = child.kill('SIGKILL');
      }, delayMs);
    }
  });
  // Also stop a writer that never acknowledges anything.
  const watchdog = setTimeout(() => child.kill('SIGKILL'), 20_000);
  // 'close' comes after the output has been read to its end.
  await new Promise((resolve) => child.once('close', resolve));
  clearTimeout(watchdog);
  clearTimeout(timer);
  return { lines, killed, stderr };
}

describe('crash safety', () => {
  let root: string;
  let dir: string;
  let script: string;

  beforeAll(async () => {
    root = await makeTempDir('crash');
    dir = path.join(root, 'archive');
    // One bundle, run by plain node: a start-up in milliseconds rather than a second.
    script = path.join(root, 'crash-writer.mjs');
    await build({
      entryPoints: [path.join(REPO_ROOT, 'tests/fixtures/crash-writer.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
    });
    const archive = await Archive.open(dir, { create: true, name: 'Crash test' });
    await archive.close();
  });

  afterAll(async () => {
    await removeDir(root);
  });

  it(`keeps every acknowledged change through ${KILLS} kills at random moments`, async () => {
    const random = mulberry32(SEED);
    const expected = new Map<string, Expected>();
    const deleted = new Set<string>();
    let acksChecked = 0;
    let recordsChecked = 0;
    let uncertain = 0;
    const started = Date.now();

    for (let kill = 0; kill < KILLS; kill += 1) {
      const firstRev = (kill + 1) * 1_000_000;
      const delay = 20 + Math.floor(random() * 381);
      const run = await runAndKill(script, dir, Math.floor(random() * 2 ** 31), firstRev, delay);
      const context = `kill ${kill + 1} (seed ${SEED}, delay ${delay} ms)`;
      expect(run.killed, `${context}: the writer stopped by itself: ${run.stderr}`).toBe(true);
      expect(
        run.lines.some((line) => line.startsWith('error')),
        context,
      ).toBe(false);

      // What was acknowledged must be there; what was begun but not acknowledged may be either way.
      const pending = new Map<string, Op>();
      for (const line of run.lines) {
        const [word, ...rest] = line.split(' ');
        const op = parseOp(rest);
        const key = `${op.kind}:${op.id}`;
        if (word === 'begin') pending.set(key, op);
        else if (word === 'ack') {
          pending.delete(key);
          acksChecked += 1;
          if (op.op === 'delete') {
            expected.delete(key);
            deleted.add(key);
          } else {
            expected.set(key, { kind: op.kind, id: op.id, rev: op.rev, sha: op.sha });
          }
        }
      }
      uncertain += pending.size;

      const archive = await Archive.open(dir);
      try {
        expect(archive.recoveries, context).toEqual([]);
        const leftovers = (await listFiles(dir)).filter((file) => file.endsWith('.tmp'));
        expect(leftovers, `${context}: temporary files left after open`).toEqual([]);
        for (const file of await listFiles(dir)) {
          if (!file.endsWith('.json')) continue;
          const text = await fs.readFile(path.join(dir, file), 'utf8');
          expect(() => JSON.parse(text), `${context}: ${file} does not parse`).not.toThrow();
        }

        for (const [key, want] of [...expected]) {
          const maybe = pending.get(key);
          if (!archive.has(want.kind, want.id)) {
            expect(maybe?.op, `${context}: acknowledged ${key} is missing`).toBe('delete');
            expected.delete(key);
            deleted.add(key);
            continue;
          }
          const stored = archive.stored(want.kind, want.id);
          const rev = revOf(want.kind, stored);
          if (want.kind === 'person' || want.kind === 'letter') {
            if (rev !== want.rev) {
              // Only the change in flight may have gone further.
              expect(maybe, `${context}: ${key} has rev ${rev}, acknowledged ${want.rev}`).toEqual(
                expect.objectContaining({ op: 'update', rev }),
              );
              expect(rev).toBeGreaterThan(want.rev);
              want.rev = rev;
            }
          }
          if (want.sha) {
            expect((stored as { textHash?: string }).textHash, `${context}: ${key}`).toBe(want.sha);
          }
          recordsChecked += 1;
        }
        for (const key of deleted) {
          const [kind, id] = key.split(':') as [RecordKind, string];
          expect(archive.has(kind, id), `${context}: deleted ${key} came back`).toBe(false);
        }
        // Nothing else is there but what the change in flight may have added.
        for (const kind of RECORD_KINDS) {
          for (const record of archive.storedAll(kind)) {
            const key = `${kind}:${record.id}`;
            if (!expected.has(key)) {
              expect(pending.get(key)?.op, `${context}: unexpected ${key}`).toBe('create');
              expected.set(key, { kind, id: record.id, rev: revOf(kind, record) });
            }
            expect(
              archive.brokenLinks(kind, record as unknown as AnyRecord),
              `${context}: ${key}`,
            ).toEqual([]);
          }
        }
        if ((kill + 1) % FULL_CHECK_EVERY === 0 || kill === KILLS - 1) {
          expect(await verifyArchive(archive), context).toEqual([]);
        }
      } finally {
        await archive.close();
      }
    }

    const counts = Object.fromEntries(
      RECORD_KINDS.map((kind) => [
        kind,
        [...expected.values()].filter((want) => want.kind === kind).length,
      ]),
    );
    console.log(
      `crash safety: ${KILLS} kills (seed ${SEED}) in ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
        `${acksChecked} acknowledged writes checked, ${recordsChecked} record checks, ` +
        `${uncertain} changes in flight at a kill, ${deleted.size} deletions; final ${JSON.stringify(counts)}`,
    );
    expect(acksChecked).toBeGreaterThan(KILLS);
  }, 300_000);
});
