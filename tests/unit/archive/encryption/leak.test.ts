import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Archive } from '../../../../src/main/archive/archive';
import { encryptArchive } from '../../../../src/main/archive/encryption/convert';
import { exportBundle } from '../../../../src/main/dossier/archive-bundle';
import { ImportJobs } from '../../../../src/main/importers/import-jobs';
import { SearchService } from '../../../../src/main/search/search-service';
import { listFiles, makeTempDir, removeDir } from '../helpers';
import { PASSPHRASE, fillArchive } from './fixture';

/**
 * The ways a word can sit in a file in plaintext: UTF-8, UTF-16 (both orders), and base64 of
 * its UTF-8 at each of the three alignments (the middle of the encoding does not depend on
 * what precedes it).
 */
function plaintextForms(word: string): Buffer[] {
  const utf8 = Buffer.from(word, 'utf8');
  const utf16le = Buffer.from(word, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  const base64 = [0, 1, 2].map((shift) => {
    const encoded = Buffer.concat([Buffer.alloc(shift), utf8]).toString('base64');
    const start = Math.ceil((shift * 4) / 3) + 1;
    return Buffer.from(encoded.slice(start, encoded.length - 4), 'latin1');
  });
  return [utf8, utf16le, utf16be, ...base64];
}

async function filesHolding(root: string, words: readonly string[]): Promise<string[]> {
  const forms = words.flatMap((word) => plaintextForms(word).map((form) => ({ word, form })));
  const found: string[] = [];
  for (const file of await listFiles(root)) {
    const bytes = await fs.readFile(path.join(root, file));
    for (const { word, form } of forms) {
      if (bytes.includes(form)) found.push(`${file}: ${word} (${form.toString('latin1')})`);
    }
  }
  return found;
}

describe('an encrypted archive leaks no plaintext', () => {
  let scratch: string;
  let temporary: string;
  let savedTmpdir: string | undefined;
  /** A name no file could hold by chance. */
  const canary = `Qanatbek${randomBytes(6).toString('hex')}`;
  const cyrillic = 'Қанатбекқызы Жұлдызай';

  beforeEach(async () => {
    scratch = await makeTempDir('leak');
    temporary = path.join(scratch, 'tmp');
    await fs.mkdir(temporary);
    savedTmpdir = process.env.TMPDIR;
    process.env.TMPDIR = temporary;
  });

  afterEach(async () => {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
    await removeDir(scratch);
  });

  it('the search terms show that the check finds a plaintext archive’s words', async () => {
    const dir = path.join(scratch, 'plain');
    const archive = await Archive.open(dir, { create: true, name: `Group ${canary}` });
    await fillArchive(archive, scratch, `${canary} ${cyrillic}`);
    await archive.backup();
    const bundle = await exportBundle(archive);
    await fs.writeFile(path.join(dir, 'plain.casefile'), bundle.bytes);
    await archive.close();
    const found = (await filesHolding(dir, [canary, cyrillic])).join('\n');
    // An unsealed bundle shows the name (in the picture it carries as it is).
    expect(found).toMatch(/^plain\.casefile: /m);
    // Shards, backups, the text store and the PNG's comment all hold the name in plaintext.
    expect(found).toMatch(/^data\/persons\/000001\.json/m);
    expect(found).toMatch(/^backups\/.*\/data\/persons\/000001\.json/m);
    expect(found).toMatch(/^text\/[0-9a-f]{64}\.txt/m);
    expect(found).toMatch(/^blobs\/[0-9a-f]{2}\/[0-9a-f]{64}: Qanatbek/m);
    expect(found).toMatch(/^archive\.json/m);
  });

  it('through records, texts, attachments, backups, a bundle, search, conversion and the temporary folder', async () => {
    const created = path.join(scratch, 'created');
    const archive = await Archive.open(created, {
      create: true,
      name: `Group ${canary}`,
      encryptWith: PASSPHRASE,
    });
    const filled = await fillArchive(archive, scratch, `${canary} ${cyrillic}`);
    await archive.update('person', filled.personId, {
      name: `Zhuldyzai ${canary}`,
      notes: `Moved to the colony near Öskemen; ${cyrillic} still writes.`,
    });
    await archive.backup();
    // The archive carried away as a bundle: sealed, like everything else it writes.
    const bundle = await exportBundle(archive, { passphrase: 'Алатау етегінде 2026' });
    await fs.writeFile(path.join(scratch, 'archive.casefile'), bundle.bytes);
    const search = await SearchService.open(archive);
    await search.ready();
    const hits = await search.search({ query: canary, limit: 10 });
    expect(hits.hits.length).toBeGreaterThan(0);
    await search.close();
    await archive.close();

    // An archive that was plain first, then encrypted in place.
    const converted = path.join(scratch, 'converted');
    const plain = await Archive.open(converted, { create: true, name: `Group ${canary}` });
    await fillArchive(plain, scratch, `${canary} ${cyrillic}`);
    await plain.backup();
    await plain.close();
    await encryptArchive(converted, PASSPHRASE);
    const reopened = await Archive.open(converted, { passphrase: PASSPHRASE });
    const afterConversion = await SearchService.open(reopened);
    await afterConversion.ready();
    await afterConversion.close();
    await reopened.close();

    expect(await listFiles(created)).not.toContain('index/search.sqlite');
    expect(await filesHolding(scratch, [canary, cyrillic, 'Өмірзақова', 'ұлттық әдебиет'])).toEqual(
      [],
    );
  });

  it('through a file the window sends for import, while it waits and after', async () => {
    const dir = path.join(scratch, 'imported');
    const archive = await Archive.open(dir, { create: true, encryptWith: PASSPHRASE });
    const imports = new ImportJobs({ workers: 0 });
    const text = new TextEncoder().encode(
      `Хат\n\n${cyrillic} (${canary}) хат жазды: ұлттық әдебиет туралы.\n`,
    );
    const job = await imports.begin([{ name: `${canary}.txt`, size: text.length }]);
    await imports.receive(job.jobId, 0, 0, text.subarray(0, 20));
    await imports.receive(job.jobId, 0, 20, text.subarray(20));
    // The file waits in the temporary folder, and is not readable there.
    expect((await listFiles(temporary)).length).toBeGreaterThan(0);
    expect(await filesHolding(temporary, [cyrillic, 'ұлттық әдебиет'])).toEqual([]);
    // Nor is its name, which is the canary.
    expect((await listFiles(temporary)).filter((file) => file.includes(canary))).toEqual([]);

    imports.start(archive, job.jobId);
    const done = await imports.settled(job.jobId);
    expect(done.failed).toEqual([]);
    expect(done.created).toHaveLength(1);
    expect(archive.stored('article', done.created[0].id).title).toBe('Хат');
    await archive.close();
    expect(await listFiles(temporary)).toEqual([]);
    expect(await filesHolding(scratch, [cyrillic, 'ұлттық әдебиет'])).toEqual([]);
  });
});
