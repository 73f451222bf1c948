import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Archive } from '../../../src/main/archive/archive';

describe('records of a person', () => {
  let dir: string;
  let archive: Archive;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-links-'));
    archive = await Archive.open(path.join(dir, 'archive'), { create: true });
  });

  afterEach(async () => {
    await archive.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('lists a person’s records through every change and after reopening', async () => {
    const dana = await archive.create('person', {
      name: 'Dana Seitkali',
      nativeName: 'Дана Сейтқали',
    });
    const erlan = await archive.create('person', { name: 'Erlan Omarov' });
    const letter = await archive.create('letter', { personId: dana.id, summary: 'Хат' });
    await archive.create('letter', { personId: erlan.id, summary: 'Other' });
    const article = await archive.create('article', {
      title: 'Both',
      personIds: [dana.id, erlan.id],
    });
    expect(archive.list('letter', { personId: dana.id }).items.map((r) => r.id)).toEqual([
      letter.id,
    ]);
    expect(archive.list('article', { personId: erlan.id }).items.map((r) => r.id)).toEqual([
      article.id,
    ]);

    await archive.update('letter', letter.id, { personId: erlan.id, summary: 'Moved' });
    expect(archive.list('letter', { personId: dana.id }).total).toBe(0);
    expect(archive.list('letter', { personId: erlan.id }).total).toBe(2);

    await archive.remove('article', article.id);
    expect(archive.list('article', { personId: dana.id }).total).toBe(0);

    await archive.addMany([
      {
        kind: 'event',
        label: '1',
        record: {
          id: 'evt1',
          personId: dana.id,
          date: '2024-01-02',
          type: 'arrest',
          createdAt: '2024-01-02T00:00:00.000Z',
          updatedAt: '2024-01-02T00:00:00.000Z',
        },
      },
    ]);
    expect(archive.list('event', { personId: dana.id }).items.map((r) => r.id)).toEqual(['evt1']);

    const at = archive.dir;
    await archive.close();
    archive = await Archive.open(at);
    expect(archive.list('letter', { personId: erlan.id }).total).toBe(2);
    expect(archive.list('event', { personId: dana.id }).total).toBe(1);
  });
});
