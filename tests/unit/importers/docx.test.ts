import { describe, expect, it, vi } from 'vitest';
import mammoth from 'mammoth';
import { DOCX_MESSAGES, extractDocx } from '../../../src/main/importers/extract-docx';
import { DEFAULT_LIMITS } from '../../../src/main/importers/limits';
import { readZipDirectory } from '../../../src/main/importers/zip-directory';
import { makeDocx, makeZipBombDocx, withDeclaredSizes } from './fixtures';

describe('DOCX extraction', () => {
  it('reads the paragraphs of a Word document', async () => {
    const bytes = makeDocx([
      'ПРИГОВОР',
      'именем Республики Казахстан',
      '5 апреля 2024 года суд признал Ғалыма Төлеуова виновным.',
    ]);
    const { draft } = await extractDocx(bytes, 'verdict.docx', DEFAULT_LIMITS);
    expect(draft).toMatchObject({
      kind: 'document',
      title: 'ПРИГОВОР',
      docType: 'verdict',
      date: '2024-04-05',
    });
    expect((draft as { text: string }).text).toContain('Ғалыма Төлеуова');
  });

  it('refuses a zip bomb from its declared sizes, before anything is unpacked', async () => {
    const bomb = makeZipBombDocx();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const unpack = vi.spyOn(mammoth, 'extractRawText');
    await expect(extractDocx(bomb, 'bomb.docx', DEFAULT_LIMITS)).rejects.toThrow(
      /built to explode/,
    );
    // Declaring more than the limit in all is refused too, whatever the ratio.
    const huge = withDeclaredSizes(makeDocx(['Мәтін']), (name, real) =>
      name === 'word/document.xml' ? 600 * 1024 * 1024 : real,
    );
    await expect(extractDocx(huge, 'huge.docx', DEFAULT_LIMITS)).rejects.toThrow(
      /would unpack to 600 MB/,
    );
    expect(unpack).not.toHaveBeenCalled();
    unpack.mockRestore();
  });

  it('refuses a zip whose parts unpack to more than they declare', async () => {
    const lying = withDeclaredSizes(
      makeDocx(['Бұл мәтін ұзынырақ, ол жалған өлшем жариялайды.']),
      () => 10,
    );
    expect(readZipDirectory(lying).every((entry) => entry.uncompressedSize === 10)).toBe(true);
    await expect(extractDocx(lying, 'lying.docx', DEFAULT_LIMITS)).rejects.toThrow(
      /more than it declares/,
    );
  });

  it('refuses what is not a Word document', async () => {
    await expect(
      extractDocx(Buffer.from('Просто текст'), 'a.docx', DEFAULT_LIMITS),
    ).rejects.toThrow(DOCX_MESSAGES.notZip);
    const { zipSync, strToU8 } = await import('fflate');
    const otherZip = zipSync({ 'readme.txt': strToU8('Сәлем') });
    await expect(extractDocx(otherZip, 'b.docx', DEFAULT_LIMITS)).rejects.toThrow(
      DOCX_MESSAGES.notWord,
    );
    const truncated = makeDocx(['Мәтін']).subarray(0, 60);
    await expect(extractDocx(truncated, 'c.docx', DEFAULT_LIMITS)).rejects.toThrow(/damaged/);
  });
});
