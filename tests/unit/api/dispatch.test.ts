import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { API_NAMES, apiTable } from '../../../src/shared/api';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';

async function dataFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(relative: string) {
    for (const entry of await fs.readdir(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) await walk(child);
      else out[child] = await fs.readFile(path.join(dir, child), 'utf8');
    }
  }
  await walk('data');
  await walk('text');
  return out;
}

describe('dispatch', () => {
  let dir: string;
  let session: ArchiveSession;
  let dispatch: Dispatch;
  const logged: unknown[] = [];

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-dispatch-'));
    session = await ArchiveSession.start(path.join(dir, 'archive'));
    dispatch = createDispatch(handlers, { session }, (error) => logged.push(error));
  });

  afterEach(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('has a handler for every entry of the table and nothing else', () => {
    expect(Object.keys(handlers).sort()).toEqual([...API_NAMES].sort());
    for (const name of API_NAMES) expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('creates and reads back a person with Cyrillic and Kazakh letters', async () => {
    const created = await dispatch('persons.create', {
      name: 'Aigerim Nurtaeva',
      nativeName: 'Әйгерім Нұртаева',
      aliases: ['Aygerim Nurtayeva', 'Айгерим Нуртаева'],
      birthDate: '1990-04-12',
    });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const person = created.value as {
      id: string;
      nativeName: string;
      sharing: string;
      tags: string[];
    };
    expect(person.nativeName).toBe('Әйгерім Нұртаева');
    expect(person.sharing).toBe('team');
    expect(person.tags).toEqual([]);
    const read = await dispatch('persons.get', { id: person.id });
    expect(read).toEqual({ ok: true, value: person });
  });

  it('answers invalid input with a validation error per field and writes nothing', async () => {
    await dispatch('persons.create', { name: 'Serik Abenov' });
    const before = await dataFiles(session.current.dir);
    const result = await dispatch('persons.create', {
      name: '',
      birthDate: '2020-02-31',
      role: 'spy',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    const paths = result.error.details?.fields?.map((field) => field.path).sort();
    expect(paths).toEqual(['birthDate', 'name', 'role']);
    const birth = result.error.details?.fields?.find((field) => field.path === 'birthDate');
    expect(birth?.message).toBe('This date does not exist in the calendar.');
    expect(await dataFiles(session.current.dir)).toEqual(before);
  });

  it('refuses a letter for a person who is not in the archive, and writes nothing', async () => {
    const before = await dataFiles(session.current.dir);
    const result = await dispatch('letters.create', { personId: 'per_nobody', summary: 'Hello' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await dataFiles(session.current.dir)).toEqual(before);
  });

  it('rejects unknown calls and non-object input plainly', async () => {
    expect(await dispatch('persons.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-call' },
    });
    expect(await dispatch('persons.create', 'Serik')).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await dispatch('__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-call' },
    });
  });

  it('keeps stack traces of unexpected failures in the log, not in the answer', async () => {
    const failing = createDispatch(
      {
        ...handlers,
        'archive.info': async () => {
          throw new Error('secret internal detail at /home/x');
        },
      },
      { session },
      (error) => logged.push(error),
    );
    const result = await failing('archive.info', {});
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(JSON.stringify(result)).not.toContain('at /');
    expect(logged.length).toBeGreaterThan(0);
  });

  it('updates replace all editable fields, and deleting returns the whole record', async () => {
    const created = await dispatch('articles.create', {
      title: 'Urgent action',
      body: 'Жаз хат! '.repeat(100),
    });
    if (!created.ok) throw new Error(created.error.message);
    const article = created.value as {
      id: string;
      body: string;
      createdAt: string;
      updatedAt: string;
    };
    const updated = await dispatch('articles.update', {
      id: article.id,
      fields: { title: 'Urgent action (updated)' },
    });
    if (!updated.ok) throw new Error(updated.error.message);
    expect(updated.value).toMatchObject({
      title: 'Urgent action (updated)',
      body: '',
      createdAt: article.createdAt,
    });
    const list = await dispatch('articles.list', {});
    if (!list.ok) throw new Error(list.error.message);
    expect((list.value as { items: object[] }).items[0]).not.toHaveProperty('body');
    const deleted = await dispatch('articles.delete', { id: article.id });
    expect(deleted).toMatchObject({
      ok: true,
      value: { deleted: { id: article.id, title: 'Urgent action (updated)' } },
    });
    expect(await dispatch('articles.get', { id: article.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('validates every entry input with its schema (empty object gives a value or a validation error)', async () => {
    for (const name of API_NAMES) {
      if (name === 'archive.openSample') continue;
      const result = await dispatch(name, {});
      if (!result.ok) expect(['validation', 'not-found']).toContain(result.error.code);
      expect(apiTable[name].input).toBeDefined();
    }
  });
});
