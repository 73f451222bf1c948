/**
 * "Open in another program": the readable copy lives in a private folder, only while needed.
 * The desktop shell's opener is replaced by one that records what it was asked to open.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArchiveSession } from '../../../src/main/api/archive-session';
import { createDispatch } from '../../../src/main/api/dispatch';
import { handlers } from '../../../src/main/api/handlers';
import {
  COPY_FOLDER_PREFIX,
  ExternalCopies,
  openableName,
  safeFileName,
} from '../../../src/main/desktop/external-copies';
import { makePdf } from '../importers/fixtures';

const isWindows = process.platform === 'win32';

describe('copies opened in another program', () => {
  let dir: string;
  let temp: string;
  let session: ArchiveSession;
  let opened: { file: string; bytes: Buffer; mode: number; folderMode: number }[];

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'casefile-copies-'));
    temp = path.join(dir, 'tmp');
    await fs.mkdir(temp);
    session = await ArchiveSession.start(path.join(dir, 'archive'));
    opened = [];
  });

  afterEach(async () => {
    await session.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  const recordingOpener = async (file: string) => {
    opened.push({
      file,
      bytes: await fs.readFile(file),
      mode: (await fs.stat(file)).mode & 0o777,
      folderMode: (await fs.stat(path.dirname(file))).mode & 0o777,
    });
  };

  async function storedPdf() {
    const pdf = await makePdf({ pages: ['Ерлан Сейтқалиға қатысты үкім.'] });
    const hash = await session.current.blobs.put(pdf);
    const attachment = await session.current.create('attachment', {
      hash,
      originalName: 'үкім: 2024/03.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
    });
    return { pdf, attachment };
  }

  it('opens the very file, in a folder only its owner reads, and removes it when the archive closes', async () => {
    const copies = new ExternalCopies(recordingOpener, temp);
    session.onClose(() => copies.removeAll());
    const dispatch = createDispatch(handlers, { session, desktop: { copies } }, () => undefined);
    const { pdf, attachment } = await storedPdf();

    expect(await dispatch('attachments.openExternally', { id: attachment.id })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(opened).toHaveLength(1);
    expect(opened[0].bytes.equals(pdf)).toBe(true);
    expect(path.basename(opened[0].file)).toBe('үкім_ 2024_03.pdf');
    if (!isWindows) {
      expect(opened[0].mode).toBe(0o600);
      expect(opened[0].folderMode).toBe(0o700);
    }
    expect(await fs.readdir(temp)).toHaveLength(1);

    await session.close();
    expect(await fs.readdir(temp)).toEqual([]);
    session = await ArchiveSession.start(path.join(dir, 'archive'));
  });

  it('is refused in a browser, where no program may be started, with what to do instead', async () => {
    const dispatch = createDispatch(handlers, { session }, () => undefined);
    const { attachment } = await storedPdf();
    expect(await dispatch('attachments.openExternally', { id: attachment.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/desktop app.*Save a copy/) },
    });
  });

  it('tells in plain words when no program would open it', async () => {
    const copies = new ExternalCopies(async () => {
      throw new Error('No application is registered for this kind of file');
    }, temp);
    const dispatch = createDispatch(handlers, { session, desktop: { copies } }, () => undefined);
    const { attachment } = await storedPdf();
    expect(await dispatch('attachments.openExternally', { id: attachment.id })).toMatchObject({
      ok: false,
      error: {
        code: 'io',
        message:
          'The file could not be opened in another program (No application is registered for this kind of file).',
      },
    });
    await copies.removeAll();
    expect(await fs.readdir(temp)).toEqual([]);
  });

  it('names the copy for its media type, so a name from a bundle cannot start a program', async () => {
    const copies = new ExternalCopies(recordingOpener, temp);
    const dispatch = createDispatch(handlers, { session, desktop: { copies } }, () => undefined);
    const pdf = await makePdf({ pages: ['Хат.'] });
    const hash = await session.current.blobs.put(pdf);
    const disguised = await session.current.create('attachment', {
      hash,
      originalName: 'хат.pdf.exe',
      mediaType: 'application/pdf',
      size: pdf.length,
    });
    const program = await session.current.create('attachment', {
      hash,
      originalName: 'хат.desktop',
      mediaType: 'application/x-desktop',
      size: pdf.length,
    });

    expect(await dispatch('attachments.openExternally', { id: disguised.id })).toMatchObject({
      ok: true,
    });
    expect(path.basename(opened[0].file)).toBe('хат.pdf.exe.pdf');
    expect(await dispatch('attachments.openExternally', { id: program.id })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: expect.stringMatching(/Save a copy/) },
    });
    expect(opened).toHaveLength(1);
    await copies.removeAll();
  });

  it('keeps a name whose extension is its media type’s', () => {
    expect(openableName('скан.JPEG', 'image/jpeg')).toBe('скан.JPEG');
    expect(openableName('скан', 'image/tiff')).toBe('скан.tif');
    expect(openableName('note.txt.lnk', 'text/plain')).toBe('note.txt.lnk.txt');
    expect(openableName('page.html', 'text/html')).toBeUndefined();
  });

  it('removes at the next start the copies a crash left, and nothing else', async () => {
    await fs.mkdir(path.join(temp, `${COPY_FOLDER_PREFIX}0123456789abcdef`));
    await fs.writeFile(path.join(temp, `${COPY_FOLDER_PREFIX}0123456789abcdef`, 'хат.pdf'), 'x');
    await fs.mkdir(path.join(temp, 'someone-elses-folder'));
    await fs.writeFile(path.join(temp, `${COPY_FOLDER_PREFIX}a-file-not-a-folder`), 'x');
    expect(await ExternalCopies.removeLeftovers(temp)).toBe(1);
    expect((await fs.readdir(temp)).sort()).toEqual(
      [`${COPY_FOLDER_PREFIX}a-file-not-a-folder`, 'someone-elses-folder'].sort(),
    );
  });

  it('makes one safe file name of any attachment name', () => {
    expect(safeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(safeFileName('C:\\Windows\\хат.pdf')).toBe('C__Windows_хат.pdf');
    expect(safeFileName('  . ')).toBe('attachment');
    expect(safeFileName('шағым?.pdf')).toBe('шағым_.pdf');
    expect(safeFileName(`${'ә'.repeat(300)}.pdf`).length).toBe(150);
  });
});
