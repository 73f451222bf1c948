import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Archive } from '../../../src/main/archive/archive';
import { verifyArchive } from '../../../src/main/archive/verify';
import { exportBundle } from '../../../src/main/dossier/archive-bundle';
import { importBundle } from '../../../src/main/importers/bundle-merge';
import type { BundleManifest } from '../../../src/main/archive/bundle-format';
import { caught, makeTempDir, removeDir, snapshotData } from '../archive/helpers';

const CHEAP_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

/** One clock for every archive of a test, so that edits are ordered as they are made. */
function sharedClock(): () => Date {
  let now = Date.parse('2026-03-01T09:00:00.000Z');
  return () => new Date((now += 60_000));
}

async function fillSource(archive: Archive): Promise<{ personId: string; articleId: string }> {
  const person = await archive.create('person', {
    name: 'Aigerim Nurpeisova',
    nativeName: 'Әйгерім Нұрпейісова',
    aliases: ['Aigerim Nurpeissova'],
    role: 'prisoner',
    status: 'pre-trial',
  });
  await archive.create('person', {
    name: 'Qairat Zhanibekov',
    nativeName: 'Қайрат Жәнібеков',
    role: 'lawyer',
  });
  const facility = await archive.create('facility', {
    code: 'ЕЦ-166/5',
    name: 'Жауқазын колониясы',
    country: 'KZ',
  });
  await archive.create('address', {
    personId: person.id,
    facilityId: facility.id,
    lines: ['Өскемен қ., ЕЦ-166/5'],
    country: 'KZ',
  });
  const scan = Buffer.from('%PDF-1.4 Үкім — ойдан шығарылған құжат\n');
  const hash = await archive.blobs.put(scan);
  const attachment = await archive.create('attachment', {
    hash,
    originalName: 'үкім.pdf',
    mediaType: 'application/pdf',
    size: scan.length,
  });
  await archive.create('document', {
    title: 'Үкім, Өскемен қалалық соты',
    docType: 'verdict',
    personIds: [person.id],
    attachmentIds: [attachment.id],
    text: 'Сот Нұрпейісоваға қатысты үкім шығарды. Ғ қ ң ө ұ ү һ і.',
  });
  const article = await archive.create('article', {
    title: 'Шұғыл әрекет: Әйгерімге хат жазыңыз',
    body: 'Ұзақ мәтін '.repeat(500),
    personIds: [person.id],
  });
  return { personId: person.id, articleId: article.id };
}

function entriesOf(bundle: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bundle);
}

function manifestOf(files: Record<string, Uint8Array>): BundleManifest {
  return JSON.parse(strFromU8(files['manifest.json'])) as BundleManifest;
}

function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('the archive bundle', () => {
  let dir: string;
  let clock: () => Date;
  const open: Archive[] = [];

  async function archiveAt(name: string, options: { encryptWith?: string; now?: () => Date } = {}) {
    const archive = await Archive.open(path.join(dir, name), {
      create: true,
      now: clock,
      ...options,
    });
    open.push(archive);
    return archive;
  }

  beforeEach(async () => {
    dir = await makeTempDir('bundle');
    clock = sharedClock();
  });

  afterEach(async () => {
    for (const archive of open.splice(0)) await archive.close();
    await removeDir(dir);
  });

  it('round-trips: export, import into an empty archive, export again gives the same records and files', async () => {
    const source = await archiveAt('source');
    await fillSource(source);
    const first = await exportBundle(source);
    expect(first.encrypted).toBe(false);
    expect(first.files).toBe(1);

    const target = await archiveAt('target');
    const report = await importBundle(target, first.bytes);
    expect(report).toMatchObject({ added: 7, updated: 0, unchanged: 0, filesAdded: 1 });
    expect(report.conflicts).toEqual([]);
    expect(await verifyArchive(target)).toEqual([]);

    const second = await exportBundle(target);
    const a = entriesOf(first.bytes);
    const b = entriesOf(second.bytes);
    const names = (files: Record<string, Uint8Array>) =>
      Object.keys(files)
        .filter((name) => name !== 'manifest.json')
        .sort();
    expect(names(b)).toEqual(names(a));
    expect(names(a)).toContain('records/000001.jsonl');
    for (const name of names(a)) expect(hashOf(b[name])).toBe(hashOf(a[name]));
    expect(manifestOf(b).entries).toEqual(manifestOf(a).entries);
    expect(manifestOf(a).counts).toMatchObject({ person: 2, attachment: 1, document: 1 });
    // The article's long body travels inline, in the JSONL format.
    expect(strFromU8(a['records/000001.jsonl'])).toContain('Ұзақ мәтін');

    // Importing the same bundle again changes nothing.
    const again = await importBundle(target, first.bytes);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 7, filesAdded: 0 });
  });

  it('never takes a copy dated in the future, and never shares a record more widely than before', async () => {
    const source = await archiveAt('source');
    const { personId, articleId } = await fillSource(source);
    const article = await source.get('article', articleId);
    const { id: _ai, createdAt: _ac, updatedAt: _au, ...articleFields } = article;
    await source.update('article', articleId, { ...articleFields, sharing: 'private' });
    const target = await archiveAt('target');
    await importBundle(target, (await exportBundle(source)).bytes);
    await source.close();

    // The source's clock runs years ahead: its edit of the person must not win.
    const ahead = await archiveAt('source', { now: () => new Date('2031-01-01T00:00:00Z') });
    const person = await ahead.get('person', personId);
    const { id: _i, createdAt: _c, updatedAt: _u, ...personFields } = person;
    await ahead.update('person', personId, { ...personFields, notes: 'Болашақтан.' });
    // Its later edit of the article also makes it public.
    await ahead.update('article', articleId, {
      ...articleFields,
      title: 'Жаңа тақырып',
      sharing: 'public',
    });
    const report = await importBundle(target, (await exportBundle(ahead)).bytes);
    expect(report.conflicts.map((c) => [c.kind, c.winner, c.reason])).toEqual(
      expect.arrayContaining([
        ['person', 'archive', 'future'],
        ['article', 'archive', 'future'],
      ]),
    );
    expect((await target.get('person', personId)).notes).not.toBe('Болашақтан.');
    expect((await target.get('article', articleId)).sharing).toBe('private');
  });

  it('takes a later edit but keeps this archive’s narrower sharing, and says so', async () => {
    const source = await archiveAt('source');
    const { articleId } = await fillSource(source);
    const article = await source.get('article', articleId);
    const { id: _ai, createdAt: _ac, updatedAt: _au, ...articleFields } = article;
    await source.update('article', articleId, { ...articleFields, sharing: 'private' });
    const target = await archiveAt('target');
    await importBundle(target, (await exportBundle(source)).bytes);
    await source.update('article', articleId, {
      ...articleFields,
      title: 'Жаңа тақырып',
      sharing: 'public',
    });
    const report = await importBundle(target, (await exportBundle(source)).bytes);
    expect(report.updated).toBe(1);
    expect(report.conflicts).toEqual([
      expect.objectContaining({ kind: 'article', winner: 'bundle', reason: 'sharing' }),
    ]);
    const merged = await target.get('article', articleId);
    expect(merged).toMatchObject({ title: 'Жаңа тақырып', sharing: 'private' });
    expect(await verifyArchive(target)).toEqual([]);
  });

  it('merges by id: an edit made on one side only updates; edits on both sides are conflicts, the later wins', async () => {
    const source = await archiveAt('source');
    const { personId, articleId } = await fillSource(source);
    const target = await archiveAt('target');
    await importBundle(target, (await exportBundle(source)).bytes);

    // The person is edited in the target first, then in the source: the source's is later.
    const person = await target.get('person', personId);
    const { id: _i, createdAt: _c, updatedAt: _u, ...personFields } = person;
    await target.update('person', personId, { ...personFields, notes: 'Адвокат келді.' });
    await source.update('person', personId, { ...personFields, notes: 'Хат жетті.' });
    // The article is edited in the source first, then in the target: the target's is later.
    const article = await source.get('article', articleId);
    const { id: _ai, createdAt: _ac, updatedAt: _au, ...articleFields } = article;
    await source.update('article', articleId, { ...articleFields, title: 'Жаңа тақырып' });
    await target.update('article', articleId, { ...articleFields, title: 'Басқа тақырып' });
    // A facility edited in the source only, and a person added there.
    const facility = source.storedAll('facility')[0];
    const { id: _fi, createdAt: _fc, updatedAt: _fu, ...facilityFields } = facility;
    await source.update('facility', facility.id, { ...facilityFields, region: 'Шығыс Қазақстан' });
    await source.create('person', { name: 'Dana Ilyasova', nativeName: 'Дана Ілиясова' });

    const report = await importBundle(target, (await exportBundle(source)).bytes);
    expect(report).toMatchObject({ added: 1, updated: 2, unchanged: 5, filesAdded: 0 });
    expect(report.conflicts).toHaveLength(2);
    const personConflict = report.conflicts.find((c) => c.kind === 'person');
    expect(personConflict).toMatchObject({
      id: personId,
      title: 'Aigerim Nurpeisova',
      winner: 'bundle',
    });
    expect(Date.parse(personConflict!.bundleUpdatedAt)).toBeGreaterThan(
      Date.parse(personConflict!.archiveUpdatedAt),
    );
    expect(report.conflicts.find((c) => c.kind === 'article')).toMatchObject({
      id: articleId,
      title: 'Басқа тақырып',
      winner: 'archive',
    });
    expect((await target.get('person', personId)).notes).toBe('Хат жетті.');
    expect((await target.get('article', articleId)).title).toBe('Басқа тақырып');
    expect(target.stored('facility', facility.id).region).toBe('Шығыс Қазақстан');
    expect(target.storedAll('person').map((p) => p.name)).toContain('Dana Ilyasova');
    expect(await verifyArchive(target)).toEqual([]);

    // Back the other way: the person is now the same on both sides; the article's later
    // copy (the target's) comes back as the bundle's and wins.
    const back = await importBundle(source, (await exportBundle(target)).bytes);
    expect(back.conflicts.map((c) => [c.kind, c.winner])).toEqual([['article', 'bundle']]);
    expect(back).toMatchObject({ added: 0, updated: 1 });
    expect((await source.get('article', articleId)).title).toBe('Басқа тақырып');
    expect(await verifyArchive(source)).toEqual([]);
  });

  describe('refuses a hostile or broken bundle with one sentence, leaving the archive untouched', () => {
    let target: Archive;
    let good: Uint8Array;

    beforeEach(async () => {
      const source = await archiveAt('source');
      await fillSource(source);
      good = (await exportBundle(source)).bytes;
      target = await archiveAt('target');
      await target.create('person', { name: 'Serik Omarov', nativeName: 'Серік Омаров' });
    });

    async function expectRefused(bytes: Uint8Array, message: RegExp): Promise<void> {
      const before = await snapshotData(target.dir);
      const counts = target.info.counts;
      const error = await caught(() => importBundle(target, bytes));
      expect(error.message).toMatch(message);
      // One plain sentence (or two short ones), no stack, no JSON.
      expect(error.message).not.toMatch(/\n|at .*\.ts|\{/);
      expect(await snapshotData(target.dir)).toEqual(before);
      expect(target.info.counts).toEqual(counts);
      expect(await verifyArchive(target)).toEqual([]);
    }

    /** The good bundle with some entries changed, the manifest's hashes kept or remade. */
    function altered(
      change: (files: Record<string, Uint8Array>) => void,
      options: { rehash?: boolean } = {},
    ): Uint8Array {
      const files = entriesOf(good);
      change(files);
      if (options.rehash) {
        const manifest = manifestOf(files);
        manifest.entries = manifest.entries.map((entry) => ({
          ...entry,
          size: files[entry.path].length,
          sha256: hashOf(files[entry.path]),
        }));
        files['manifest.json'] = strToU8(JSON.stringify(manifest));
      }
      return zipSync(files);
    }

    it.each([
      ['../../etc/passwd', /points outside its folder/],
      ['records/../../evil.jsonl', /points outside its folder/],
      ['/tmp/evil', /points outside its folder/],
      ['blobs\\..\\evil', /points outside its folder/],
      ['C:/Windows/evil.dll', /points outside its folder/],
      ['notes.txt', /never has/],
    ])('an entry named %s', async (name, message) => {
      await expectRefused(
        altered((files) => {
          files[name] = strToU8('evil');
        }),
        message,
      );
    });

    it('a zip bomb by its declared sizes, before inflating anything', async () => {
      const bytes = Buffer.from(altered(() => undefined));
      // Declare 3 GB unpacked for the records part in the central directory.
      const name = Buffer.from('records/000001.jsonl');
      const at = bytes.indexOf(Buffer.concat([Buffer.from([0x50, 0x4b, 0x01, 0x02])]), 0);
      let entry = at;
      while (entry >= 0) {
        const nameLength = bytes.readUInt16LE(entry + 28);
        if (bytes.subarray(entry + 46, entry + 46 + nameLength).equals(name)) break;
        entry = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), entry + 4);
      }
      expect(entry).toBeGreaterThan(0);
      bytes.writeUInt32LE(3_000_000_000, entry + 24);
      await expectRefused(bytes, /built to explode|more than the .* allowed/);
    });

    it('a part that unpacks to more than it declares', async () => {
      const blob = 'blobs/' + '0'.repeat(64);
      const files = entriesOf(good);
      files[blob] = new Uint8Array(4 * 1024 * 1024);
      const manifest = manifestOf(files);
      // The manifest and the central directory both claim 1,000 bytes; the data holds 4 MiB.
      manifest.entries.push({ path: blob, size: 1000, sha256: hashOf(files[blob]) });
      manifest.files += 1;
      files['manifest.json'] = strToU8(JSON.stringify(manifest));
      const bytes = Buffer.from(zipSync(files, { level: 9 }));
      const name = Buffer.from(blob);
      let entry = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      while (entry >= 0) {
        const nameLength = bytes.readUInt16LE(entry + 28);
        if (bytes.subarray(entry + 46, entry + 46 + nameLength).equals(name)) break;
        entry = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), entry + 4);
      }
      expect(entry).toBeGreaterThan(0);
      bytes.writeUInt32LE(1000, entry + 24);
      await expectRefused(bytes, /unpacks to more than it declares/);
    });

    it('a part that does not match its hash', async () => {
      await expectRefused(
        altered((files) => {
          const text = strFromU8(files['records/000001.jsonl']);
          files['records/000001.jsonl'] = strToU8(text.replace('Aigerim', 'Aygerim'));
        }),
        /does not match its hash/,
      );
    });

    it('an attachment file swapped for another, with the manifest remade', async () => {
      await expectRefused(
        altered(
          (files) => {
            const blob = Object.keys(files).find((name) => name.startsWith('blobs/'))!;
            files[blob] = strToU8('%PDF-1.4 басқа файл');
          },
          { rehash: true },
        ),
        /does not match its name/,
      );
    });

    it('a record that fails its schema, even with the hashes remade', async () => {
      await expectRefused(
        altered(
          (files) => {
            const text = strFromU8(files['records/000001.jsonl']);
            files['records/000001.jsonl'] = strToU8(
              text.replace('"role":"prisoner"', '"role":"warden"'),
            );
          },
          { rehash: true },
        ),
        /Line 1 of the bundle’s records\/000001.jsonl is not a valid person \(role:/,
      );
    });

    it('a record that links to nothing', async () => {
      await expectRefused(
        altered(
          (files) => {
            const text = strFromU8(files['records/000001.jsonl']);
            const lines = text.trimEnd().split('\n');
            // Drop the facility: the address still names it.
            files['records/000001.jsonl'] = strToU8(
              lines.filter((line) => !line.startsWith('{"kind":"facility"')).join('\n'),
            );
            const manifest = manifestOf(files);
            manifest.counts.facility = 0;
            files['manifest.json'] = strToU8(JSON.stringify(manifest));
          },
          { rehash: true },
        ),
        /names a facility .* neither in the bundle nor in this archive/,
      );
    });

    it('a file cut short', async () => {
      await expectRefused(good.subarray(0, Math.floor(good.length / 2)), /damaged/);
    });

    it('a file that is not a ZIP at all', async () => {
      await expectRefused(strToU8('Бұл архив емес.\n'), /not a Casefile archive bundle/);
    });

    it('a ZIP without a manifest', async () => {
      await expectRefused(
        altered((files) => {
          delete files['manifest.json'];
        }),
        /has no manifest/,
      );
    });
  });

  describe('from an encrypted archive', () => {
    it('is sealed with a passphrase: no plaintext inside, and only that passphrase opens it', async () => {
      const source = await archiveAt('source', { encryptWith: 'түнгі кітапхана 2026' });
      await fillSource(source);
      const refused = await caught(() => exportBundle(source));
      expect(refused.code).toBe('passphrase-required');

      const bundle = await exportBundle(source, {
        passphrase: 'ортақ құпия сөз',
        scryptCost: CHEAP_SCRYPT,
      });
      expect(bundle.encrypted).toBe(true);
      const bytes = Buffer.from(bundle.bytes);
      for (const plain of ['Aigerim', 'manifest.json', 'records/', 'PDF-1.4'])
        expect(bytes.includes(Buffer.from(plain))).toBe(false);

      const target = await archiveAt('target');
      expect((await caught(() => importBundle(target, bundle.bytes))).code).toBe(
        'passphrase-required',
      );
      expect(
        (await caught(() => importBundle(target, bundle.bytes, { passphrase: 'басқа сөз 123' })))
          .code,
      ).toBe('wrong-passphrase');
      const flipped = Buffer.from(bundle.bytes);
      flipped[flipped.length - 40] ^= 1;
      expect(
        (await caught(() => importBundle(target, flipped, { passphrase: 'ортақ құпия сөз' }))).code,
      ).toBe('wrong-passphrase');
      expect(target.info.counts.person).toBe(0);

      const report = await importBundle(target, bundle.bytes, { passphrase: 'ортақ құпия сөз' });
      expect(report.added).toBe(7);
      expect(await verifyArchive(target)).toEqual([]);
    });

    it('refuses a header that asks for gigabytes of key derivation, before deriving', async () => {
      const header = Buffer.from(
        JSON.stringify({
          format: 'casefile-bundle-sealed',
          kdf: { name: 'scrypt', N: 2 ** 20, r: 32, p: 16 },
          salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
        }),
      );
      const length = Buffer.alloc(2);
      length.writeUInt16BE(header.length);
      const forged = Buffer.concat([
        Buffer.from('CFB\u0001', 'latin1'),
        length,
        header,
        Buffer.alloc(64),
      ]);
      const target = await archiveAt('target');
      const refused = await caught(() =>
        importBundle(target, forged, { passphrase: 'ортақ құпия сөз' }),
      );
      expect(refused.code).toBe('validation');
      expect(refused.message).toMatch(/damaged/);
    });
  });
});
