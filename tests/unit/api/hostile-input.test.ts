/**
 * Every API entry, fed generated input of any shape: the answer is a result or a plain
 * validation / not-found / conflict error — never an internal error — and a refused call
 * leaves the archive's files as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { API_NAMES, type ApiName } from '../../../src/shared/api';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';

/** Entries that switch to another archive: their input is empty, and they are tested elsewhere. */
const SWITCHING: readonly ApiName[] = ['archive.openSample', 'archive.openMain'];
const EXPECTED_ERRORS = ['validation', 'not-found', 'conflict'];

async function digestOfFiles(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of ['data', 'text', 'blobs']) {
    const entries = await fs.readdir(path.join(dir, folder), { recursive: true });
    for (const entry of entries.sort()) {
      const file = path.join(dir, folder, entry);
      if (!(await fs.stat(file)).isFile()) continue;
      hash.update(entry).update(await fs.readFile(file));
    }
  }
  return hash.digest('hex');
}

/** Strings that have broken parsers before: prototype keys, controls, scripts, Kazakh letters. */
const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '=HYPERLINK("http://example.invalid")',
    'Қ'.repeat(600),
    'ә ғ қ ң ө ұ ү һ і',
    '\u0000\u202e\ud800',
    '2024-02-30',
    'per_' + 'x'.repeat(300),
  ),
);

/** Any JSON-like value, with hostile strings and the field names the API uses. */
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(
        hostileString,
        fc.constantFrom('id', 'name', 'personId', 'fields', 'limit', 'query', 'kinds', 'date'),
      ),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

describe('every API entry under generated hostile input', () => {
  let root: string;
  let session: ArchiveSession;
  let dispatch: Dispatch;
  let personId: string;
  const internal: unknown[] = [];

  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-hostile-'));
    session = await ArchiveSession.start(path.join(root, 'archive'));
    dispatch = createDispatch(handlers, { session }, (error) => internal.push(error));
    const created = await dispatch('persons.create', {
      name: 'Dana Seitqazy',
      nativeName: 'Дана Сейітқазы',
    });
    personId = (created as { value: { id: string } }).value.id;
  });

  afterAll(async () => {
    await session.close();
    await fs.rm(root, { recursive: true, force: true });
  });

  for (const name of API_NAMES.filter((entry) => !SWITCHING.includes(entry))) {
    it(`${name}: a result or a plain error, and nothing written when refused`, async () => {
      const writes = /\.(create|update|delete)$/.test(name);
      const input = fc.oneof(
        hostileValue,
        // Near misses: the right shape with one hostile field.
        fc.record({ id: fc.oneof(fc.constant(personId), hostileString), fields: hostileValue }),
        fc.record({
          name: hostileString,
          personId: fc.oneof(fc.constant(personId), hostileString),
        }),
      );
      await fc.assert(
        fc.asyncProperty(input, async (raw) => {
          const before = writes ? await digestOfFiles(session.current.dir) : '';
          const answer = await dispatch(name, raw);
          if (answer.ok) return;
          expect(EXPECTED_ERRORS).toContain(answer.error.code);
          expect(answer.error.message).toMatch(/^[A-ZА-ЯЁ"].{2,}/u);
          expect(answer.error.message).not.toMatch(/\n\s+at /);
          if (writes) expect(await digestOfFiles(session.current.dir)).toBe(before);
        }),
        { numRuns: writes ? 40 : 80, seed: 20261128 },
      );
      expect(internal).toEqual([]);
    });
  }
});
