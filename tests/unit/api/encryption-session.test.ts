import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { createDispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';
import { makeTempDir, removeDir } from '../archive/helpers';

const PASSPHRASE = 'Сырдария жағасында көктем';

describe('an encrypted archive in a window session', () => {
  let scratch: string;
  let dir: string;

  beforeEach(async () => {
    scratch = await makeTempDir('session-crypt');
    dir = path.join(scratch, 'archive');
    const archive = await Archive.open(dir, { create: true, encryptWith: PASSPHRASE });
    await archive.create('person', {
      name: 'Aigerim Tölegenqyzy',
      nativeName: 'Әйгерім Төлегенқызы',
    });
    await archive.close();
  });

  afterEach(async () => {
    await removeDir(scratch);
  });

  it('starts locked, refuses every call until unlocked, then answers', async () => {
    const session = await ArchiveSession.start(dir, { unlockInPage: true, loadInBackground: true });
    const dispatch = createDispatch(handlers, { session });
    expect(await dispatch('encryption.status', {})).toEqual({
      ok: true,
      value: { encrypted: true, locked: true, lockAfterMinutes: 15 },
    });
    for (const name of ['archive.info', 'persons.list', 'search.query', 'search.status']) {
      const envelope = await dispatch(name, name === 'search.query' ? { query: 'Әйгерім' } : {});
      expect(envelope).toMatchObject({ ok: false, error: { code: 'passphrase-required' } });
    }
    expect(await dispatch('encryption.unlock', { passphrase: 'Сырдария' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
    const unlocked = await dispatch('encryption.unlock', { passphrase: PASSPHRASE });
    expect(unlocked).toMatchObject({ ok: true, value: { counts: { person: 1 } } });
    const found = await dispatch('search.query', { query: 'Айгерим' });
    expect(found).toMatchObject({ ok: true, value: { hits: [{ title: 'Aigerim Tölegenqyzy' }] } });

    expect(await dispatch('encryption.lock', {})).toMatchObject({
      ok: true,
      value: { locked: true },
    });
    expect(await dispatch('persons.list', {})).toMatchObject({
      ok: false,
      error: { code: 'passphrase-required' },
    });
    await session.close();
    // Locked means closed: another process may open the archive now.
    const other = await Archive.open(dir, { passphrase: PASSPHRASE });
    await other.close();
  });

  it('locks by itself after the idle time, and any call restarts the countdown', async () => {
    const session = await ArchiveSession.start(dir, {
      passphrase: PASSPHRASE,
      lockAfterMinutes: 0.02, // 1.2 s
    });
    const dispatch = createDispatch(handlers, { session });
    for (let i = 0; i < 4; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await dispatch('persons.list', {})).toMatchObject({ ok: true });
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await dispatch('encryption.status', {})).toMatchObject({
      ok: true,
      value: { locked: true },
    });
    await session.close();
  });

  it('leaves an archive that is not encrypted open, whatever is asked', async () => {
    const plainDir = path.join(scratch, 'plain');
    const session = await ArchiveSession.start(plainDir, {
      unlockInPage: true,
      lockAfterMinutes: 0.001,
    });
    const dispatch = createDispatch(handlers, { session });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await dispatch('encryption.lock', {})).toEqual({
      ok: true,
      value: { encrypted: false, locked: false, lockAfterMinutes: null },
    });
    expect(await dispatch('persons.list', {})).toMatchObject({ ok: true });
    expect(await dispatch('encryption.unlock', { passphrase: 'anything at all' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await session.close();
  });
});
