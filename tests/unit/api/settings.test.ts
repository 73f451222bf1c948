/** The archive's settings through the API: read, changed, kept in archive.json, bad input refused. */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';

describe('settings', () => {
  let dir: string;
  let session: ArchiveSession;
  let dispatch: Dispatch;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-settings-'));
    session = await ArchiveSession.start(path.join(dir, 'archive'));
    dispatch = createDispatch(handlers, { session }, () => undefined);
  });

  afterEach(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('starts at thirty quiet days, and a change is kept in archive.json and used by the dashboard', async () => {
    expect(await dispatch('settings.get', {})).toEqual({ ok: true, value: { quietDays: 30 } });
    expect(await dispatch('settings.update', { quietDays: 14 })).toEqual({
      ok: true,
      value: { quietDays: 14 },
    });
    const manifest = JSON.parse(
      await fs.readFile(path.join(session.current.dir, 'archive.json'), 'utf8'),
    ) as { settings: Record<string, unknown> };
    // The other settings stay as they were.
    expect(manifest.settings).toMatchObject({ quietDays: 14, backupsKept: 10 });
    const dashboard = await dispatch('workspace.dashboard', {});
    expect(dashboard).toMatchObject({ ok: true, value: { quietDays: 14 } });
  });

  it('refuses days that are not a whole number from 1 to 3650, and changes nothing', async () => {
    const before = await fs.readFile(path.join(session.current.dir, 'archive.json'), 'utf8');
    for (const quietDays of [0, -5, 2.5, 4000, '30']) {
      const result = await dispatch('settings.update', { quietDays });
      expect(result, String(quietDays)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(await fs.readFile(path.join(session.current.dir, 'archive.json'), 'utf8')).toBe(before);
    expect(await dispatch('settings.get', {})).toEqual({ ok: true, value: { quietDays: 30 } });
  });
});
