/**
 * Printable mail: one envelope per address (DL 220×110 mm or C5 229×162 mm), or sheets of
 * A4 labels, 3 across and 8 down (70×37 mm each), with DejaVu Sans so that Cyrillic and the
 * Kazakh letters print. The recipient goes in the lower right of an envelope, where postal
 * sorting looks; the sender's return address, when known, in the upper left.
 */
import type { MailLayout } from '../../shared/api';
import type { MailAddress } from './mail-addresses';
import { dossierFontPaths } from './pdf-fonts';

const MM = 72 / 25.4;
const ENVELOPES = {
  'envelope-dl': { width: 220 * MM, height: 110 * MM, size: 12 },
  'envelope-c5': { width: 229 * MM, height: 162 * MM, size: 14 },
} as const;
const LABEL = { columns: 3, rows: 8, width: 70 * MM, height: (297 / 8) * MM, padding: 5 * MM };

export interface MailPdfOptions {
  readonly layout: MailLayout;
  /** The sender's return address, line by line; left off the envelope when empty. */
  readonly sender?: readonly string[];
  readonly createdAt: Date;
}

type Doc = PDFKit.PDFDocument;

export async function mailPdf(
  addresses: readonly MailAddress[],
  options: MailPdfOptions,
): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = dossierFontPaths();
  const doc = new PDFDocument({
    autoFirstPage: false,
    font: fonts.regular,
    info: {
      Title: options.layout === 'labels-a4' ? 'Address labels' : 'Envelopes',
      Producer: 'Casefile',
      Creator: 'Casefile',
      CreationDate: options.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  if (options.layout === 'labels-a4') labels(doc, addresses);
  else envelopes(doc, addresses, options.layout, options.sender ?? []);
  doc.end();
  return finished;
}

function envelopes(
  doc: Doc,
  addresses: readonly MailAddress[],
  layout: Exclude<MailLayout, 'labels-a4'>,
  sender: readonly string[],
): void {
  const { width, height, size } = ENVELOPES[layout];
  const margin = 12 * MM;
  for (const address of addresses) {
    doc.addPage({ size: [width, height], margin: 0 });
    if (sender.length) {
      doc.font('regular').fontSize(size - 3);
      doc.text(sender.join('\n'), margin, margin, { width: width * 0.45, lineGap: 1 });
    }
    const left = width * 0.45;
    const boxWidth = width - left - margin;
    const top = height * (layout === 'envelope-dl' ? 0.38 : 0.45);
    fitted(doc, address, left, top, boxWidth, height - top - margin, size);
  }
}

function labels(doc: Doc, addresses: readonly MailAddress[]): void {
  const perPage = LABEL.columns * LABEL.rows;
  addresses.forEach((address, index) => {
    if (index % perPage === 0) doc.addPage({ size: 'A4', margin: 0 });
    const cell = index % perPage;
    const x = (cell % LABEL.columns) * LABEL.width + LABEL.padding;
    const y = Math.floor(cell / LABEL.columns) * LABEL.height + LABEL.padding;
    fitted(
      doc,
      address,
      x,
      y,
      LABEL.width - 2 * LABEL.padding,
      LABEL.height - 2 * LABEL.padding,
      9,
    );
  });
}

/**
 * Writes the lines in the box, the recipient's name in bold when it leads, shrinking the type until
 * everything fits: a long colony address must never run off a label onto the next one.
 */
function fitted(
  doc: Doc,
  address: MailAddress,
  x: number,
  y: number,
  width: number,
  height: number,
  size: number,
): void {
  const [first, ...rest] = address.lines;
  const firstFont = address.recipientFirst ? 'bold' : 'regular';
  let points = size;
  const heightAt = (at: number) =>
    doc.font(firstFont).fontSize(at).heightOfString(first, { width }) +
    doc.font('regular').fontSize(at).heightOfString(rest.join('\n'), { width, lineGap: 0.5 });
  while (points > 5 && heightAt(points) > height) points -= 0.5;
  doc.font(firstFont).fontSize(points).text(first, x, y, { width, height, lineBreak: true });
  doc
    .font('regular')
    .fontSize(points)
    .text(rest.join('\n'), x, doc.y, { width, lineGap: 0.5, height: y + height - doc.y });
}
