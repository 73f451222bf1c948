/** The archive's settings through the API: read, changed, kept in archive.json, bad input refused. */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';

const run = promisify(execFile);

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
    expect(await dispatch('settings.get', {})).toEqual({
      ok: true,
      value: { quietDays: 30, returnAddress: [] },
    });
    expect(await dispatch('settings.update', { quietDays: 14 })).toEqual({
      ok: true,
      value: { quietDays: 14, returnAddress: [] },
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
    expect(await dispatch('settings.get', {})).toEqual({
      ok: true,
      value: { quietDays: 30, returnAddress: [] },
    });
  });

  it('keeps a return address, prints it on envelopes, and refuses one too long', async () => {
    const lines = ['«Свобода» кампаниясы', 'а/я 17, Алматы 050000', 'Қазақстан'];
    expect(await dispatch('settings.update', { returnAddress: lines })).toMatchObject({
      ok: true,
      value: { quietDays: 30, returnAddress: lines },
    });
    for (const returnAddress of [Array(9).fill('жол'), ['бір\nекі'], ['x'.repeat(201)], ['']]) {
      expect(await dispatch('settings.update', { returnAddress })).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      });
    }
    expect((await dispatch('settings.get', {})) as unknown).toMatchObject({
      value: { returnAddress: lines },
    });

    const person = await session.current.create('person', {
      name: 'Erlan Seitkali',
      nativeName: 'Ерлан Сейтқали',
    });
    await session.current.create('address', {
      personId: person.id,
      lines: ['Учреждение ЕЦ-166/5', 'г. Рудный'],
      country: 'KZ',
    });
    const started = await dispatch('export.start', {
      what: 'addresses',
      personIds: [person.id],
      layout: 'envelope-dl',
      level: 'team',
    });
    expect(started.ok).toBe(true);
    const jobId = (started as { value: { jobId: string } }).value.jobId;
    let job = (await dispatch('export.status', { jobId })) as { value: { state: string } };
    while (job.value.state === 'working') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (await dispatch('export.status', { jobId })) as { value: { state: string } };
    }
    const chunk = (await dispatch('export.chunk', { jobId, offset: 0 })) as {
      value: { base64: string; nextOffset: number | null };
    };
    expect(chunk.value.nextOffset).toBeNull();
    const pdf = path.join(dir, 'envelopes.pdf');
    await fs.writeFile(pdf, Buffer.from(chunk.value.base64, 'base64'));
    const { stdout } = await run('/usr/bin/pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    expect(stdout).toContain('«Свобода» кампаниясы');
    expect(stdout).toContain('а/я 17, Алматы 050000');
    expect(stdout).toContain('ЕЦ-166/5');
  });
});
