import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../../fixtures/run-cli';

const PASSPHRASE = 'Алатау етегінде көктем';
const PERSON = { name: 'Dauren Syzdyqbaiuly', nativeName: 'Дәурен Сыздықбайұлы' };

describe('casefile init --encrypted, encrypt, decrypt and passphrase', () => {
  let dir: string;
  let archive: string;
  const saved = { ...process.env };

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-cli-crypt-'));
    archive = path.join(dir, 'archive');
  });

  afterEach(async () => {
    for (const name of [
      'CASEFILE_PASSPHRASE',
      'CASEFILE_NEW_PASSPHRASE',
      'CASEFILE_RECOVERY_KEY',
    ]) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('creates an encrypted archive, shows its recovery key once, and every command needs the passphrase', async () => {
    process.env.CASEFILE_PASSPHRASE = PASSPHRASE;
    const init = await cli(['init', '--encrypted', '--archive', archive]);
    expect(init.code).toBe(0);
    expect(init.out).toContain(`Created an empty encrypted archive in ${archive}.`);
    expect(init.out).toMatch(/^ {2}([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/m);
    const added = await cli([
      'add',
      'person',
      '--archive',
      archive,
      '--json',
      JSON.stringify(PERSON),
    ]);
    expect(added.code).toBe(0);
    expect(
      (await fs.readFile(path.join(archive, 'data/persons/000001.json'))).includes(
        Buffer.from('Дәурен'),
      ),
    ).toBe(false);

    process.env.CASEFILE_PASSPHRASE = 'Алатау етегінде қыс';
    const wrong = await cli(['list', 'persons', '--archive', archive]);
    expect(wrong).toMatchObject({ code: 1, out: '' });
    expect(wrong.err).toMatch(/^The passphrase is wrong\./);

    delete process.env.CASEFILE_PASSPHRASE;
    // No terminal in tests: the command says how to give the passphrase.
    const none = await cli(['search', 'Дәурен', '--archive', archive]);
    expect(none.code).toBe(2);
    expect(none.err).toBe(
      'This needs a secret that is typed in a terminal; from a script, set CASEFILE_PASSPHRASE.\n',
    );

    process.env.CASEFILE_PASSPHRASE = PASSPHRASE;
    const found = await cli(['search', 'Даурен', '--archive', archive]);
    expect(found.code).toBe(0);
    expect(found.out).toContain('Dauren Syzdyqbaiuly');
  });

  it('encrypts an archive, changes its passphrase, and decrypts it with the same records', async () => {
    await cli(['init', '--archive', archive]);
    await cli(['add', 'person', '--archive', archive, '--json', JSON.stringify(PERSON)]);
    const before = (await cli(['list', 'persons', '--json', '--archive', archive])).out;

    process.env.CASEFILE_PASSPHRASE = PASSPHRASE;
    const encrypted = await cli(['encrypt', '--archive', archive]);
    expect(encrypted.code).toBe(0);
    expect(encrypted.out).toContain(`Encrypted the archive in ${archive}`);
    expect(encrypted.out).toMatch(/^ {2}([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/m);
    expect((await cli(['list', 'persons', '--json', '--archive', archive])).out).toBe(before);

    process.env.CASEFILE_NEW_PASSPHRASE = 'Көк шалғын, ақ бұлт';
    expect(await cli(['passphrase', '--archive', archive])).toMatchObject({
      code: 0,
      out: 'The passphrase is changed. The recovery key stays the same.\n',
    });
    expect((await cli(['list', 'persons', '--archive', archive])).code).toBe(1);

    process.env.CASEFILE_PASSPHRASE = 'Көк шалғын, ақ бұлт';
    const decrypted = await cli(['decrypt', '--archive', archive]);
    expect(decrypted.code).toBe(0);
    delete process.env.CASEFILE_PASSPHRASE;
    expect((await cli(['list', 'persons', '--json', '--archive', archive])).out).toBe(before);
    expect(await cli(['verify', '--archive', archive])).toMatchObject({ code: 0 });
  });

  it('sets a new passphrase with the recovery key when the old one is forgotten', async () => {
    process.env.CASEFILE_PASSPHRASE = PASSPHRASE;
    const init = await cli(['init', '--encrypted', '--archive', archive]);
    const key = /^ {2}(([0-9A-Z]{4}-){7}[0-9A-Z]{4})$/m.exec(init.out)![1];
    delete process.env.CASEFILE_PASSPHRASE;
    process.env.CASEFILE_RECOVERY_KEY = key.replace(/-/g, ' ').toLowerCase();
    process.env.CASEFILE_NEW_PASSPHRASE = 'Ұмытылмайтын жаңа сөз';
    expect(await cli(['passphrase', '--recovery', '--archive', archive])).toMatchObject({
      code: 0,
    });
    process.env.CASEFILE_PASSPHRASE = 'Ұмытылмайтын жаңа сөз';
    expect(await cli(['list', 'persons', '--archive', archive])).toMatchObject({
      code: 0,
      out: 'No persons yet.\n',
    });
    process.env.CASEFILE_RECOVERY_KEY = 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH';
    const wrong = await cli(['passphrase', '--recovery', '--archive', archive]);
    expect(wrong).toMatchObject({
      code: 1,
      err: 'That recovery key does not open this archive.\n',
    });
  });

  it('refuses a passphrase that is too short, and changes nothing', async () => {
    await cli(['init', '--archive', archive]);
    process.env.CASEFILE_PASSPHRASE = 'қысқа';
    const result = await cli(['encrypt', '--archive', archive]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/at least 8 characters/);
    delete process.env.CASEFILE_PASSPHRASE;
    expect((await cli(['list', 'persons', '--archive', archive])).code).toBe(0);
  });
});
