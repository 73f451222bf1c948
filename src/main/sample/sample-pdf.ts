/**
 * Makes the PDF files of the sample archive's court documents, so that the sample shows
 * real attachments whose Cyrillic and Kazakh text can be opened, extracted and searched.
 *
 * The font is DejaVu Sans from the `dejavu-fonts-ttf` package: the PDF standard fonts have
 * no Cyrillic, and DejaVu covers the Kazakh letters (ә ғ қ ң ө ұ ү һ і) as well.
 */
import { createRequire } from 'node:module';

export interface SamplePdfContent {
  /** Shown as the PDF's title in viewers' document properties. */
  readonly title: string;
  /**
   * The whole text of the file: the first paragraph is set as a heading, the others as
   * body text. Paragraphs are separated by a blank line; single newlines stay line breaks.
   */
  readonly text: string;
  /**
   * Written into the PDF as its creation date. pdfkit otherwise stamps the current time and
   * derives the file id from it, so a fixed date is what makes equal input give equal bytes.
   */
  readonly createdAt: Date;
}

const FONT_FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
} as const;

/** Absolute paths of the DejaVu Sans files, found the way Node finds any dependency. */
export function samplePdfFontPaths(): { regular: string; bold: string } {
  const require = createRequire(import.meta.url);
  return { regular: require.resolve(FONT_FILES.regular), bold: require.resolve(FONT_FILES.bold) };
}

/** Splits a document text into the paragraphs the PDF sets one by one. */
export function pdfParagraphs(text: string): string[] {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

/** Renders the text as an A4 PDF and returns its bytes. */
export async function makeSamplePdf(content: SamplePdfContent): Promise<Buffer> {
  // Loaded on first use: only creating the sample needs pdfkit, not every start of the app.
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = samplePdfFontPaths();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 64, right: 64 },
    // Naming the font here keeps pdfkit from loading Helvetica, which the text never uses.
    font: fonts.regular,
    info: {
      Title: content.title,
      Producer: 'Casefile',
      Creator: 'Casefile sample archive',
      CreationDate: content.createdAt,
    },
  });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('heading', fonts.bold);

  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const [heading, ...body] = pdfParagraphs(content.text);
  doc
    .font('heading')
    .fontSize(12.5)
    .text(heading ?? content.title, { align: 'center' });
  doc.moveDown(1.2);
  doc.font('body').fontSize(10.5);
  for (const paragraph of body) {
    doc.text(paragraph, { align: 'justify', lineGap: 1.5 });
    doc.moveDown(0.7);
  }
  doc.end();
  return finished;
}
