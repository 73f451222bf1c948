/**
 * Opening with the large collections read in the background: the small ones answer at
 * once, reads of a large kind wait for it, changes wait for everything, and a damaged file
 * among the large ones is still restored and reported.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Archive, LOADED_IN_BACKGROUND } from '../../../src/main/archive/archive';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { createDispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';
import { SearchService } from '../../../src/main/search/search-service';
import { makeTempDir, removeDir } from './helpers';

const LETTERS = 2_500;

describe('opening with the large collections read in the background', () => {
  let template: string;
  let root: string;
  let dir: string;
  let personId: string;
  let opened: { close(): Promise<void> } | null = null;

  // One archive of 2,500 letters is written once; each test works on a copy of it.
  beforeAll(async () => {
    template = path.join(await makeTempDir('background-template'), 'archive');
    const archive = await Archive.open(template, { create: true, name: 'Background' });
    personId = (await archive.create('person', { name: 'Әлия Сейітқызы', role: 'prisoner' })).id;
    const stamp = new Date(Date.UTC(2024, 0, 1)).toISOString();
    const report = await archive.addMany(
      Array.from({ length: LETTERS }, (_, index) => ({
        kind: 'letter' as const,
        label: `letter ${index}`,
        record: {
          id: `let_${index}`,
          personId,
          direction: 'out',
          status: 'sent',
          sentOn: '2024-03-12',
          summary: `Хат №${index}: қолдау білдіреміз, күтеміз.`,
          tags: [],
          sharing: 'team',
          createdAt: stamp,
          updatedAt: stamp,
        },
      })),
    );
    expect(report.problems).toEqual([]);
    await archive.close();
  });

  afterAll(async () => {
    await removeDir(path.dirname(template));
  });

  beforeEach(async () => {
    root = await makeTempDir('background');
    dir = path.join(root, 'archive');
    await fs.cp(template, dir, { recursive: true });
  });

  afterEach(async () => {
    await opened?.close();
    opened = null;
    await removeDir(root);
  });

  it('answers for persons before the letters are read, and for letters once they are', async () => {
    const archive = await Archive.open(dir, { loadInBackground: true });
    opened = archive;
    expect(archive.isLoading).toBe(true);
    expect(archive.info.loading).toEqual({ done: expect.any(Number), total: 9 });
    expect(archive.stored('person', personId).name).toBe('Әлия Сейітқызы');
    // Asking for letters too early is a mistake of the caller, not an empty answer.
    expect(() => archive.count('letter')).toThrow(/still being read/);

    await archive.whenLoaded(['letter']);
    expect(archive.count('letter')).toBe(LETTERS);
    expect(archive.list('letter', { personId, limit: 3 }).total).toBe(LETTERS);
    await archive.whenLoaded();
    expect(archive.isLoading).toBe(false);
    expect(archive.info.loading).toBeUndefined();
    for (const kind of LOADED_IN_BACKGROUND) expect(() => archive.count(kind)).not.toThrow();
  });

  it('a change made while letters are read waits for them, so its link checks see them', async () => {
    const archive = await Archive.open(dir, { loadInBackground: true });
    opened = archive;
    // Deleting the person must be refused: 2,500 letters point to it, none read yet.
    const refused = archive.remove('person', personId);
    await expect(refused).rejects.toMatchObject({ code: 'conflict' });
    const letter = await archive.create('letter', {
      personId,
      direction: 'in',
      status: 'delivered',
      receivedOn: '2024-04-02',
      summary: 'Жауап келді.',
    });
    expect(archive.count('letter')).toBe(LETTERS + 1);
    await archive.close();
    opened = null;
    const reopened = await Archive.open(dir);
    opened = reopened;
    expect(reopened.stored('letter', letter.id).summary).toBe('Жауап келді.');
  });

  it('restores a damaged letters file found in the background and reports it', async () => {
    const shard = path.join(dir, 'data/letters/000001.json');
    await fs.writeFile(shard, (await fs.readFile(shard)).subarray(0, 100));
    const archive = await Archive.open(dir, { loadInBackground: true });
    opened = archive;
    await archive.whenLoaded();
    expect(archive.info.recoveries).toEqual([
      expect.objectContaining({ file: 'data/letters/000001.json' }),
    ]);
    expect(archive.count('letter')).toBe(LETTERS);
  });

  it('a letters file that cannot be read fails the calls that need it, and close still works', async () => {
    const shard = path.join(dir, 'data/letters/000002.json');
    await fs.rm(path.join(dir, 'backups'), { recursive: true });
    await fs.writeFile(shard, 'not json at all');
    const archive = await Archive.open(dir, { loadInBackground: true });
    await archive.whenLoaded().catch(() => undefined);
    // With no backup, the damaged copy is set aside and the rest read: nothing throws.
    expect(archive.info.recoveries[0]).toMatchObject({ file: 'data/letters/000002.json' });
    expect(archive.count('letter')).toBeLessThan(LETTERS);
    await archive.close();
    const again = await Archive.open(dir);
    await again.close();
  });

  it('finds names while the letters are still being read, and full text once they are', async () => {
    const archive = await Archive.open(dir, { loadInBackground: true });
    opened = archive;
    const search = await SearchService.open(archive);
    try {
      const early = await search.search({ query: 'Seiitkyzy', limit: 20 });
      expect(archive.isLoaded('letter')).toBe(false);
      expect(early.hits.map((hit) => hit.kind)).toEqual(['person']);
      expect(early.indexing.state).toBe('building');

      await search.ready();
      const later = await search.search({ query: 'Seiitkyzy', limit: 20 });
      expect(later.hits[0]).toMatchObject({ kind: 'person', id: personId });
      expect(later.hits.filter((hit) => hit.kind === 'letter')).toHaveLength(19);
      expect(later.indexing.state).toBe('ready');
      const words = await search.search({ query: 'білдіреміз', limit: 5 });
      expect(words.total).toBeGreaterThan(0);
    } finally {
      await search.close();
    }
  });

  it('through the API: the prisoners list answers at once, letters and search once read', async () => {
    const session = await ArchiveSession.start(dir, { create: false, loadInBackground: true });
    opened = session;
    const dispatch = createDispatch(handlers, { session });
    const info = await dispatch('archive.info', {});
    expect(info).toMatchObject({ ok: true, value: { loading: { total: 9 } } });
    const status = await dispatch('search.status', {});
    expect(status).toMatchObject({ ok: true, value: { state: 'building' } });

    const prisoners = await dispatch('persons.list', { role: 'prisoner' });
    expect(prisoners).toMatchObject({ ok: true, value: { total: 1 } });
    const letters = await dispatch('letters.list', { personId, limit: 5 });
    expect(letters).toMatchObject({ ok: true, value: { total: LETTERS } });
    const found = await dispatch('search.query', { query: 'Сейітқызы' });
    const hits = (found as { value: { hits: { kind: string; id: string }[] } }).value.hits;
    expect(hits[0]).toMatchObject({ kind: 'person', id: personId });
    // The person's letters come with them: the search saw the letters read in the background.
    expect(hits.filter((hit) => hit.kind === 'letter').length).toBeGreaterThan(0);
    const after = await dispatch('archive.info', {});
    expect(after).toMatchObject({ ok: true, value: { counts: { letter: LETTERS } } });
    expect((after as { value: { loading?: unknown } }).value.loading).toBeUndefined();
  });
});
