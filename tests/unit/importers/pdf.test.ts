import { describe, expect, it } from 'vitest';
import { extractPdf, MESSAGES } from '../../../src/main/importers/extract-pdf';
import type { DocumentDraft } from '../../../src/main/importers/drafts';
import { makePdf } from './fixtures';

const PAGES = [
  'ПОСТАНОВЛЕНИЕ о продлении срока содержания под стражей\n12 марта 2024 года суд продлил срок содержания под стражей Нұрлана Кушакбаева до 10 июня 2024 года.',
  'Екінші бет: Ерлан Сейтқали, ЕЦ-166/5, қаулы өз күшіне енді.',
];

describe('PDF extraction', () => {
  it('reads the text of each page, Kazakh letters included, and guesses kind and date', async () => {
    const { draft, warnings } = await extractPdf(await makePdf({ pages: PAGES }), 'ruling.pdf');
    const doc = draft as DocumentDraft;
    expect(doc.kind).toBe('document');
    expect(doc.pages).toHaveLength(2);
    expect(doc.pages![0]).toContain('Нұрлана Кушакбаева');
    expect(doc.pages![1]).toContain('Ерлан Сейтқали, ЕЦ-166/5');
    expect(doc).toMatchObject({
      title: 'ПОСТАНОВЛЕНИЕ о продлении срока содержания под стражей',
      docType: 'ruling',
      date: '2024-03-12',
      needsOcr: false,
    });
    expect(warnings).toEqual([]);
  });

  it('keeps a PDF without a text layer and marks it for OCR', async () => {
    const { draft } = await extractPdf(
      await makePdf({ pages: ['', ''], picturesOnly: true, title: 'Скан хаты' }),
      'scan-01.pdf',
    );
    expect(draft).toMatchObject({ kind: 'document', text: '', needsOcr: true, title: 'Скан хаты' });
  });

  it('refuses an encrypted PDF with a sentence saying what to do', async () => {
    const locked = await makePdf({ pages: PAGES, userPassword: 'qupiya-soz' });
    await expect(extractPdf(locked, 'locked.pdf')).rejects.toThrow(MESSAGES.encrypted);
  });

  it('refuses a truncated PDF', async () => {
    const whole = await makePdf({ pages: PAGES });
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    await expect(extractPdf(cut, 'cut.pdf')).rejects.toThrow(MESSAGES.truncated);
  });

  it('refuses a corrupt PDF and a file that only claims to be one', async () => {
    const whole = await makePdf({ pages: PAGES });
    const scrambled = Buffer.from(whole);
    for (let at = 20; at < scrambled.length - 40; at += 1)
      scrambled[at] = (scrambled[at] * 7 + 13) & 0xff;
    await expect(extractPdf(scrambled, 'bad.pdf')).rejects.toThrow(MESSAGES.damaged);
    await expect(
      extractPdf(Buffer.from('%PDF-1.7\nnot really\n%%EOF\n'), 'fake.pdf'),
    ).rejects.toThrow(MESSAGES.damaged);
    await expect(extractPdf(Buffer.from('<html>not a pdf</html>'), 'page.pdf')).rejects.toThrow(
      MESSAGES.notPdf,
    );
  });

  it('never runs the JavaScript a PDF carries, and still reads its text', async () => {
    const marker = '__casefileFixtureScriptRan';
    const script = `globalThis.${marker} = true; this.${marker} = true; app.alert("hello");`;
    const { draft, warnings } = await extractPdf(
      await makePdf({ pages: PAGES, openScript: script }),
      'js.pdf',
    );
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
    expect((draft as DocumentDraft).text).toContain('Кушакбаева');
    expect(warnings).toContain(MESSAGES.javascript);
  });
});
