/**
 * Exports through the API table: the preview of what a level leaves out, dossiers and
 * address lists made in the background and fetched in slices, and redaction holding all
 * the way: a marker in private records reaches no byte the window receives.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { callOrThrow, createDispatch, type Dispatch } from '../../../src/main/api/dispatch';
import { CHUNK_BYTES } from '../../../src/main/api/export-jobs';
import { handlers } from '../../../src/main/api/handlers';
import type { ExportJob } from '../../../src/shared/api';
import { NOW, PRISONER, buildPrisonerArchive, pdfText, tempDir } from '../dossier/fixture';

const MARKER = 'ҚҰПИЯ-private-7f3a';

describe('exports through the API', () => {
  let dir: string;
  let session: ArchiveSession;
  let dispatch: Dispatch;

  beforeAll(async () => {
    dir = await tempDir('casefile-export-api-');
    const archive = await buildPrisonerArchive(dir);
    // Private records with the marker in their text, linked from the public prisoner.
    await archive.create(
      'letter',
      {
        personId: PRISONER.id,
        direction: 'in',
        writer: PRISONER.name,
        sentOn: '2025-01-20',
        channel: 'post',
        summary: `Сәлем! ${MARKER} — about the new lawyer.`,
        sharing: 'private',
      },
      'l-private',
    );
    await archive.create(
      'address',
      {
        personId: PRISONER.id,
        lines: [`Алматы қ., ${MARKER} көшесі, 3`],
        validFrom: '2025-02-20',
        sharing: 'private',
      },
      'a-private',
    );
    // A large file so that the ZIP needs more than one slice.
    const big = Buffer.alloc(CHUNK_BYTES + 300_000);
    for (let i = 0; i < big.length; i += 1) big[i] = (i * 2654435761) >>> 24;
    const hash = await archive.blobs.put(big);
    await archive.create(
      'attachment',
      {
        hash,
        originalName: 'Тергеу хаттамасы.bin',
        mediaType: 'application/octet-stream',
        size: big.length,
        sharing: 'public',
      },
      'att-big',
    );
    await archive.create(
      'document',
      {
        personIds: [PRISONER.id],
        caseId: 'c-main',
        title: 'Тергеу хаттамасы (протокол)',
        date: '2025-01-05',
        attachmentIds: ['att-big'],
        sharing: 'public',
      },
      'd-big',
    );
    await archive.close();
    session = await ArchiveSession.start(path.join(dir, 'archive'), { now: () => NOW });
    dispatch = createDispatch(handlers, { session }, () => undefined);
  });

  afterAll(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function finished(job: ExportJob): Promise<ExportJob> {
    let status = job;
    for (let tries = 0; status.state === 'working'; tries += 1) {
      if (tries > 600) throw new Error('The export did not finish in time.');
      await new Promise((resolve) => setTimeout(resolve, 25));
      status = await callOrThrow(dispatch, 'export.status', { jobId: job.jobId });
    }
    return status;
  }

  async function download(jobId: string): Promise<{ bytes: Buffer; slices: number }> {
    const parts: Buffer[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const slice: { base64: string; nextOffset: number | null } = await callOrThrow(
        dispatch,
        'export.chunk',
        { jobId, offset },
      );
      parts.push(Buffer.from(slice.base64, 'base64'));
      offset = slice.nextOffset;
    }
    return { bytes: Buffer.concat(parts), slices: parts.length };
  }

  it('previews what each level leaves out, by kind and by title', async () => {
    const publicView = await callOrThrow(dispatch, 'export.preview', {
      personId: PRISONER.id,
      level: 'public',
    });
    expect(publicView.personShared).toBe(true);
    expect(publicView.counts).toMatchObject({ letter: 2, address: 2, person: 1 });
    expect(publicView.leftOut.map((record) => record.id)).toEqual(
      expect.arrayContaining(['l-private', 'a-private', 'p-wife']),
    );
    expect(publicView.leftOut.find((record) => record.id === 'p-wife')?.title).toBe(
      'Aizhan Ungirbayeva',
    );
    const teamView = await callOrThrow(dispatch, 'export.preview', {
      personId: PRISONER.id,
      level: 'team',
    });
    expect(teamView.leftOut.map((record) => record.id).sort()).toEqual(['a-private', 'l-private']);
    const privateView = await callOrThrow(dispatch, 'export.preview', {
      personId: PRISONER.id,
      level: 'private',
    });
    expect(privateView.leftOut).toEqual([]);
  });

  it('says a person below the level cannot be exported, and refuses unknown levels', async () => {
    const wife = await callOrThrow(dispatch, 'export.preview', {
      personId: 'p-wife',
      level: 'public',
    });
    expect(wife.personShared).toBe(false);
    expect(
      await dispatch('export.preview', { personId: PRISONER.id, level: 'everyone' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(
      await dispatch('export.start', {
        what: 'dossier',
        personId: 'p-nobody',
        level: 'team',
        format: 'pdf',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const refused = await finished(
      await callOrThrow(dispatch, 'export.start', {
        what: 'dossier',
        personId: 'p-wife',
        level: 'public',
        format: 'pdf',
      }),
    );
    expect(refused.state).toBe('failed');
    expect(refused.error).toMatch(/marked team/);
  });

  it('makes a public PDF dossier with the Kazakh names and none of the private marker', async () => {
    const started = await callOrThrow(dispatch, 'export.start', {
      what: 'dossier',
      personId: PRISONER.id,
      level: 'public',
      format: 'pdf',
    });
    expect(started.state).toBe('working');
    const done = await finished(started);
    expect(done).toMatchObject({
      state: 'done',
      mediaType: 'application/pdf',
      fileName: 'Galymzhan Ungirbayev - public.pdf',
    });
    const { bytes } = await download(done.jobId);
    expect(bytes.byteLength).toBe(done.bytes);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes, dir);
    expect(text).toContain('Ғалымжан Үңгірбаев');
    expect(text).not.toContain(MARKER);
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
  });

  it('delivers a large ZIP in several slices, whole, without the marker in any entry', async () => {
    const done = await finished(
      await callOrThrow(dispatch, 'export.start', {
        what: 'dossier',
        personId: PRISONER.id,
        level: 'team',
        format: 'zip',
      }),
    );
    expect(done.state).toBe('done');
    const { bytes, slices } = await download(done.jobId);
    expect(slices).toBeGreaterThan(1);
    expect(bytes.byteLength).toBe(done.bytes);
    const entries = unzipSync(new Uint8Array(bytes));
    const names = Object.keys(entries);
    expect(names.some((name) => name.endsWith('Тергеу хаттамасы.bin'))).toBe(true);
    for (const [name, content] of Object.entries(entries)) {
      expect(name).not.toContain(MARKER);
      expect(Buffer.from(content).includes(Buffer.from(MARKER)), name).toBe(false);
    }
    const pdf = entries['dossier.pdf'];
    expect(await pdfText(pdf, dir)).not.toContain(MARKER);
    // Once discarded, the bytes are gone and saying so is plain.
    expect(await callOrThrow(dispatch, 'export.discard', { jobId: done.jobId })).toEqual({
      discarded: true,
    });
    expect(await dispatch('export.chunk', { jobId: done.jobId, offset: 0 })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/Export again/) },
    });
  });

  it('makes an HTML dossier at the private level that does carry the private letter', async () => {
    const done = await finished(
      await callOrThrow(dispatch, 'export.start', {
        what: 'dossier',
        personId: PRISONER.id,
        level: 'private',
        format: 'html',
      }),
    );
    const html = (await download(done.jobId)).bytes.toString('utf8');
    expect(html).toContain('Үңгірбаев');
    expect(html).toContain(MARKER);
  });

  it('lists addresses by tag as formula-safe CSV, leaving the private address out', async () => {
    const done = await finished(
      await callOrThrow(dispatch, 'export.start', {
        what: 'addresses',
        level: 'team',
        tag: 'Letters-Evening',
      }),
    );
    expect(done).toMatchObject({
      state: 'done',
      fileName: 'addresses - Letters-Evening - team.csv',
      summary: { written: 1 },
    });
    const csv = (await download(done.jobId)).bytes.toString('utf8');
    expect(csv.startsWith('\ufeffName,')).toBe(true);
    expect(csv).toContain('Ғалымжан Үңгірбаев');
    expect(csv).toContain('Теміртау');
    expect(csv).not.toContain(MARKER);
    const none = await finished(
      await callOrThrow(dispatch, 'export.start', {
        what: 'addresses',
        level: 'team',
        tag: 'no-such-tag',
      }),
    );
    expect(none).toMatchObject({ state: 'failed', error: 'No person has the tag "no-such-tag".' });
  });
  it('prints C5 envelopes for a tag as a PDF, with the Kazakh address and no private one', async () => {
    const done = await finished(
      await callOrThrow(dispatch, 'export.start', {
        what: 'addresses',
        level: 'public',
        tag: 'blogger',
        layout: 'envelope-c5',
      }),
    );
    expect(done).toMatchObject({
      state: 'done',
      fileName: 'envelopes - blogger - public.pdf',
      mediaType: 'application/pdf',
      summary: { written: 1 },
    });
    const { bytes } = await download(done.jobId);
    const text = await pdfText(bytes, dir);
    expect(text).toContain('Үңгірбаев Ғалымжан Һәкімұлы');
    expect(text).not.toContain(MARKER);
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
  });
});
