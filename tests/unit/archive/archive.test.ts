import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';
import { sha256 } from '../../../src/main/archive/content-stores';
import { caught, listFiles, makeTempDir, removeDir, snapshotData, stamp } from './helpers';

describe('Archive', () => {
  let root: string;
  let dir: string;
  let archive: Archive;

  beforeEach(async () => {
    root = await makeTempDir('archive');
    dir = path.join(root, 'archive');
    archive = await Archive.open(dir, { create: true, name: 'Test' });
  });

  afterEach(async () => {
    await archive.close();
    await removeDir(root);
  });

  async function reopen(): Promise<Archive> {
    await archive.close();
    archive = await Archive.open(dir);
    return archive;
  }

  it('creates the folder layout and an archive.json', async () => {
    for (const folder of ['data', 'text', 'blobs', 'index', 'backups']) {
      expect((await fs.stat(path.join(dir, folder))).isDirectory()).toBe(true);
    }
    const manifest = JSON.parse(await fs.readFile(path.join(dir, 'archive.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'casefile-archive', formatVersion: 1, name: 'Test' });
    expect(archive.info.counts.person).toBe(0);
  });

  it('creates, reads, updates and removes a record', async () => {
    const person = await archive.create('person', {
      name: 'Zhanbolat Temirkhanov',
      role: 'journalist',
    });
    expect(person.id).toMatch(/^per_/);
    expect(person.createdAt).toBe(person.updatedAt);
    expect(await archive.get('person', person.id)).toEqual(person);

    const updated = await archive.update('person', person.id, {
      name: 'Zhanbolat Temirkhanov',
      status: 'convicted',
    });
    expect(updated).toMatchObject({ id: person.id, status: 'convicted', role: 'prisoner' });
    expect(updated.createdAt).toBe(person.createdAt);
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(person.updatedAt));

    await reopen();
    expect(await archive.get('person', person.id)).toEqual(updated);
    expect(await archive.remove('person', person.id)).toEqual(updated);
    expect(archive.has('person', person.id)).toBe(false);
    await reopen();
    expect(archive.has('person', person.id)).toBe(false);
    expect((await caught(() => archive.get('person', person.id))).code).toBe('not-found');
  });

  it('keeps Cyrillic and Kazakh letters exactly, across a reopen', async () => {
    const person = await archive.create('person', {
      name: 'Aigerim Nurtaeva',
      nativeName: 'Әйгерім Нұртаева',
      aliases: ['ә ғ қ ң ө ұ ү һ і', 'Ә Ғ Қ Ң Ө Ұ Ү Һ І', 'Айгерим Нуртаева'],
    });
    const facility = await archive.create('facility', { code: 'ЕЦ-166/5', region: 'Қарағанды' });
    const article = await archive.create('article', {
      title: 'Сот қамау мерзімін ұзартты',
      body: 'Һәмит Үсенов: «Іңкәр Өмірқұлова ғана қалды».\n'.repeat(50),
      personIds: [person.id],
    });
    await reopen();
    expect(await archive.get('person', person.id)).toEqual(person);
    expect(await archive.get('facility', facility.id)).toEqual(facility);
    expect(await archive.get('article', article.id)).toEqual(article);
  });

  it('refuses invalid fields with a validation error naming each field, and writes nothing', async () => {
    const person = await archive.create('person', { name: 'Zhanbolat Temirkhanov' });
    await archive.create('letter', { personId: person.id, summary: 'first' });
    await archive.create('article', { title: 'A', body: 'body' });
    const before = await snapshotData(dir);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(3);

    const createError = await caught(() =>
      archive.create('person', {
        name: '',
        birthDate: '2020-02-31',
        role: 'warden',
        aliases: ['fine', 'two\nlines'],
      }),
    );
    expect(createError.code).toBe('validation');
    expect(createError.details?.fields?.map((field) => field.path).sort()).toEqual([
      'aliases.1',
      'birthDate',
      'name',
      'role',
    ]);

    const updateError = await caught(() =>
      archive.update('person', person.id, { name: 'Z', birthDate: '2021-02-29' }),
    );
    expect(updateError).toMatchObject({
      code: 'validation',
      details: { fields: [{ path: 'birthDate' }] },
    });
    const facilityError = await caught(() =>
      archive.create('facility', { code: 'ЕЦ-166/5', country: 'Kazakhstan' }),
    );
    expect(facilityError.details?.fields?.[0].path).toBe('country');
    const letterError = await caught(() =>
      archive.create('letter', { personId: person.id, status: 'burnt', sentOn: '2023-04-31' }),
    );
    expect(letterError.details?.fields?.map((field) => field.path).sort()).toEqual([
      'sentOn',
      'status',
    ]);

    expect(await snapshotData(dir)).toEqual(before);
    expect(await archive.get('person', person.id)).toEqual(person);
    expect(archive.count('person')).toBe(1);
  });

  it('refuses links to records that do not exist, and writes nothing', async () => {
    const person = await archive.create('person', { name: 'Zhanbolat Temirkhanov' });
    const letter = await archive.create('letter', { personId: person.id });
    const before = await snapshotData(dir);

    const dangling = await caught(() => archive.create('letter', { personId: 'per_missing' }));
    expect(dangling).toMatchObject({
      code: 'validation',
      details: { fields: [{ path: 'personId' }] },
    });
    expect(dangling.message).toContain('per_missing');

    const relation = await caught(() =>
      archive.create('person', {
        name: 'Relative',
        role: 'relative',
        relations: [
          { personId: person.id, type: 'wife of' },
          { personId: 'per_nobody', type: 'sister of' },
        ],
      }),
    );
    expect(relation.details?.fields).toEqual([
      { path: 'relations.1.personId', message: expect.stringContaining('per_nobody') },
    ]);

    const reply = await caught(() =>
      archive.update('letter', letter.id, { personId: person.id, inReplyTo: 'let_nowhere' }),
    );
    expect(reply.details?.fields?.[0].path).toBe('inReplyTo');
    const mentions = await caught(() =>
      archive.create('article', { title: 'T', body: 'new text', personIds: [person.id, 'x'] }),
    );
    expect(mentions.details?.fields?.[0].path).toBe('personIds.1');

    expect(await snapshotData(dir)).toEqual(before);
    expect(archive.count('letter')).toBe(1);
    expect(await archive.get('letter', letter.id)).toEqual(letter);
  });

  it('refuses to delete a person that letters point to, with a conflict', async () => {
    const person = await archive.create('person', { name: 'Zhanbolat Temirkhanov' });
    const letters = [
      await archive.create('letter', { personId: person.id }),
      await archive.create('letter', { personId: person.id }),
    ];
    const before = await snapshotData(dir);
    const conflict = await caught(() => archive.remove('person', person.id));
    expect(conflict.code).toBe('conflict');
    expect(conflict.message).toContain('2 letters');
    expect(conflict.details?.linkedFrom).toEqual(
      letters.map((letter) => ({ kind: 'letter', id: letter.id, field: 'personId' })),
    );
    expect(await snapshotData(dir)).toEqual(before);
    expect(archive.has('person', person.id)).toBe(true);

    for (const letter of letters) await archive.remove('letter', letter.id);
    await archive.remove('person', person.id);
    expect(archive.count('person')).toBe(0);
  });

  it('a person may point to itself and still be deleted', async () => {
    const person = await archive.create('person', { name: 'A' }, 'per_self');
    await archive.update('person', person.id, {
      name: 'A',
      relations: [{ personId: 'per_self', type: 'same as' }],
    });
    await archive.remove('person', person.id);
    expect(archive.count('person')).toBe(0);
  });

  it('refuses an id that is taken, and answers not-found for a missing one', async () => {
    await archive.create('person', { name: 'A' }, 'per_1');
    expect((await caught(() => archive.create('person', { name: 'B' }, 'per_1'))).code).toBe(
      'conflict',
    );
    expect((await caught(() => archive.update('person', 'per_2', { name: 'B' }))).code).toBe(
      'not-found',
    );
    expect((await caught(() => archive.remove('letter', 'let_1'))).code).toBe('not-found');
  });

  it('keeps article bodies and document text in text/<sha256>.txt, not in data/', async () => {
    const body = `${'Campaign news: the court extended the detention. '.repeat(100)}Қазақ тілі.`;
    const article = await archive.create('article', { title: 'Detention extended', body });
    const hash = sha256(body);
    expect(await fs.readFile(path.join(dir, 'text', `${hash}.txt`), 'utf8')).toBe(body);
    expect(archive.stored('article', article.id)).toMatchObject({ textHash: hash });
    expect(archive.stored('article', article.id)).not.toHaveProperty('body');
    for (const file of await listFiles(dir, 'data')) {
      expect(await fs.readFile(path.join(dir, file), 'utf8')).not.toContain('court extended');
    }
    expect((await archive.get('article', article.id)).body).toBe(body);

    const document = await archive.create('document', {
      title: 'Verdict',
      docType: 'verdict',
      text: 'ПРИГОВОР именем Республики Казахстан',
    });
    expect(await archive.texts.get(sha256('ПРИГОВОР именем Республики Казахстан'))).toBe(
      'ПРИГОВОР именем Республики Казахстан',
    );
    expect((await archive.get('document', document.id)).text).toBe(
      'ПРИГОВОР именем Республики Казахстан',
    );

    // The same text twice is one file; an empty body has none.
    await archive.create('article', { title: 'Reprint', body });
    const empty = await archive.create('article', { title: 'No body yet' });
    expect(archive.stored('article', empty.id)).not.toHaveProperty('textHash');
    expect((await archive.get('article', empty.id)).body).toBe('');
    expect(await listFiles(dir, 'text')).toHaveLength(2);

    const edited = await archive.update('article', article.id, { title: 'Edited', body: 'short' });
    expect(archive.stored('article', article.id)).toMatchObject({ textHash: sha256('short') });
    await reopen();
    expect(await archive.get('article', article.id)).toEqual(edited);
  });

  it('addMany takes links that point forward within the batch and reports broken ones per item', async () => {
    const existing = await archive.create('person', { name: 'Existing' });
    const at = stamp();
    const meta = { createdAt: at, updatedAt: at };
    const result = await archive.addMany([
      // Letters listed before the person they point to.
      { kind: 'letter', label: 'line 1', record: { id: 'l1', personId: 'p1', ...meta } },
      {
        kind: 'letter',
        label: 'line 2',
        record: { id: 'l2', personId: 'p1', inReplyTo: 'l1', ...meta },
      },
      {
        kind: 'person',
        label: 'line 3',
        record: { id: 'p1', name: 'Zhanbolat Temirkhanov', ...meta },
      },
      { kind: 'letter', label: 'line 4', record: { id: 'l3', personId: 'p404', ...meta } },
      // Points to l3, which is refused: refused too.
      {
        kind: 'letter',
        label: 'line 5',
        record: { id: 'l4', personId: existing.id, inReplyTo: 'l3', ...meta },
      },
      { kind: 'person', label: 'line 6', record: { id: 'p2', name: '', ...meta } },
      { kind: 'person', label: 'line 7', record: { id: 'p1', name: 'Duplicate', ...meta } },
      {
        kind: 'article',
        label: 'line 8',
        record: { id: 'a1', title: 'Mentions', body: 'Text', personIds: ['p1'], ...meta },
      },
      { kind: 'person', label: 'line 9', record: { id: existing.id, name: 'Taken', ...meta } },
    ]);
    expect(result.added).toEqual([
      { kind: 'letter', id: 'l1' },
      { kind: 'letter', id: 'l2' },
      { kind: 'person', id: 'p1' },
      { kind: 'article', id: 'a1' },
    ]);
    const byLabel = Object.fromEntries(result.problems.map((p) => [p.label, p.message]));
    expect(Object.keys(byLabel).sort()).toEqual(['line 4', 'line 5', 'line 6', 'line 7', 'line 9']);
    expect(byLabel['line 4']).toMatch(/^personId names a person \(p404\) that does not exist/);
    expect(byLabel['line 5']).toMatch(/^inReplyTo names a letter \(l3\) that was not imported/);
    expect(byLabel['line 6']).toMatch(/^name: /);
    expect(byLabel['line 7']).toMatch(/already exists/);
    expect(byLabel['line 9']).toMatch(/already exists/);

    await reopen();
    expect(archive.has('letter', 'l3')).toBe(false);
    expect(archive.has('letter', 'l4')).toBe(false);
    expect(await archive.get('letter', 'l2')).toMatchObject({ personId: 'p1', inReplyTo: 'l1' });
    expect(await archive.get('article', 'a1')).toMatchObject({ body: 'Text', createdAt: at });
    await expect(archive.get('person', 'p1')).resolves.toMatchObject({
      name: 'Zhanbolat Temirkhanov',
    });
  });

  it('addMany writes link targets before the records that point to them', async () => {
    const person = await archive.create('person', { name: 'Existing' });
    const at = stamp();
    const meta = { createdAt: at, updatedAt: at };
    const hash = await archive.blobs.put(new TextEncoder().encode('photo'));
    const batch = [
      {
        kind: 'event',
        label: 'event',
        record: {
          id: 'e1',
          personId: 'p1',
          date: '2024-01-01',
          source: { kind: 'letter', id: 'l1' },
          ...meta,
        },
      },
      {
        kind: 'person',
        label: 'person',
        record: { id: 'p1', name: 'New', photoId: 'att1', ...meta },
      },
      { kind: 'letter', label: 'letter', record: { id: 'l1', personId: person.id, ...meta } },
      {
        kind: 'attachment',
        label: 'photo',
        record: {
          id: 'att1',
          hash,
          originalName: 'p.jpg',
          mediaType: 'image/jpeg',
          size: 5,
          ...meta,
        },
      },
    ] as const;
    // The process dies while writing one collection: what is on disk must hold together.
    for (const failing of ['data/attachments/', 'data/letters/']) {
      const files = archive.files;
      const write = files.writeAtomic.bind(files);
      files.writeAtomic = async (relative, data) => {
        if (relative.startsWith(failing)) throw new Error('killed');
        return write(relative, data);
      };
      await expect(archive.addMany(batch)).rejects.toThrow('killed');
      files.writeAtomic = write;
      await archive.close();
      archive = await Archive.open(dir);
      for (const kind of ['person', 'letter', 'event', 'attachment'] as const) {
        for (const record of archive.storedAll(kind)) {
          expect(archive.brokenLinks(kind, record as never), `${failing}: ${kind}`).toEqual([]);
        }
      }
      expect(archive.has('event', 'e1')).toBe(false);
      if (failing === 'data/attachments/') expect(archive.has('person', 'p1')).toBe(false);
      else expect(archive.has('attachment', 'att1')).toBe(true);
      await archive.close();
      await removeDir(dir);
      archive = await Archive.open(dir, { create: true });
      await archive.create('person', { name: 'Existing' }, person.id);
      await archive.blobs.put(new TextEncoder().encode('photo'));
    }
  });

  it('after a crash, removes the temporary files it left anywhere in the archive', async () => {
    await archive.create('person', { name: 'A' });
    await archive.create('article', { title: 'T', body: 'text' });
    await archive.close();
    const leftovers = [
      'archive.json.0a1b2c3d4e5f.tmp',
      'data/persons/000001.json.0a1b2c3d4e5f.tmp',
      'data/persons/000002.json.0a1b2c3d4e5f.tmp',
      `text/${'c'.repeat(64)}.txt.0a1b2c3d4e5f.tmp`,
      `blobs/ab/${'a'.repeat(64)}.0a1b2c3d4e5f.tmp`,
    ];
    for (const file of leftovers) {
      await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await fs.writeFile(path.join(dir, file), 'half writ');
    }
    // The crash that left them also left its lock, naming a process that no longer runs.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    await fs.writeFile(
      path.join(dir, '.lock'),
      JSON.stringify({ pid: dead, hostname: os.hostname(), since: stamp() }),
    );
    archive = await Archive.open(dir);
    expect((await listFiles(dir)).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(archive.count('person')).toBe(1);
    expect((await archive.get('article', archive.storedAll('article')[0].id)).body).toBe('text');
  });

  it('lists records by person, paged', async () => {
    const a = await archive.create('person', { name: 'A' });
    const b = await archive.create('person', { name: 'B' });
    for (let n = 0; n < 5; n += 1) await archive.create('letter', { personId: a.id });
    await archive.create('letter', { personId: b.id });
    await archive.create('article', { title: 'both', personIds: [a.id, b.id] });
    expect(archive.list('letter', { personId: a.id }).total).toBe(5);
    expect(archive.list('letter', { personId: a.id, limit: 2, offset: 4 }).items).toHaveLength(1);
    expect(archive.list('article', { personId: b.id }).total).toBe(1);
  });

  it('refuses changes after close, and a folder that is not an archive', async () => {
    await archive.close();
    expect((await caught(() => archive.create('person', { name: 'A' }))).message).toBe(
      'This archive has been closed.',
    );
    archive = await Archive.open(dir);
    const empty = path.join(root, 'empty');
    await fs.mkdir(empty);
    expect((await caught(() => Archive.open(empty))).code).toBe('not-an-archive');
    await fs.writeFile(path.join(empty, 'notes.txt'), 'mine');
    expect((await caught(() => Archive.open(empty, { create: true }))).code).toBe('not-an-archive');
    expect(await listFiles(empty)).toEqual(['notes.txt']);
  });
});
