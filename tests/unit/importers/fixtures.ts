/**
 * Files for the importer tests, made at test time by the tools that make such files in
 * life: pdfkit for PDFs, a zip of WordprocessingML for DOCX, RFC 5322 text for e-mail,
 * iconv-lite for text in old Russian encodings. All names are invented.
 */
import PDFDocument from 'pdfkit';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { samplePdfFontPaths } from '../../../src/main/sample/sample-pdf';

export interface PdfOptions {
  /** The text of each page. */
  readonly pages?: readonly string[];
  readonly userPassword?: string;
  /** A script run when the file opens (in a viewer that runs scripts). */
  readonly openScript?: string;
  /** Shapes only, as a scan without a text layer looks to a text extractor. */
  readonly picturesOnly?: boolean;
  readonly title?: string;
}

export function makePdf(options: PdfOptions = {}): Promise<Buffer> {
  const font = samplePdfFontPaths().regular;
  const doc = new PDFDocument({
    font,
    info: { Title: options.title ?? 'Fixture', CreationDate: new Date(Date.UTC(2024, 2, 12)) },
    ...(options.userPassword
      ? { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner` }
      : {}),
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  if (options.openScript) {
    // pdfkit writes a String object as a PDF string; the action runs the script on open.
    const action = doc.ref({ S: 'JavaScript', JS: new String(options.openScript) });
    (action as unknown as { end(): void }).end();
    (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data.OpenAction = action;
  }
  const pages = options.pages ?? ['Бірінші бет.'];
  pages.forEach((text, index) => {
    if (index > 0) doc.addPage();
    if (options.picturesOnly) {
      doc.rect(60, 60, 300, 120).fill('#444');
      doc.circle(200, 400, 80).fill('#999');
    } else {
      doc.fontSize(12).text(text);
    }
  });
  doc.end();
  return done;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function documentXml(paragraphs: readonly string[]): string {
  const body = paragraphs
    .map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
}

/** A minimal Word document: the three parts Word itself needs, one paragraph each line. */
export function makeDocx(
  paragraphs: readonly string[],
  extraParts: Record<string, Uint8Array> = {},
): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(PACKAGE_RELS),
      'word/document.xml': strToU8(documentXml(paragraphs)),
      ...extraParts,
    },
    { level: 9 },
  );
}

/** A real zip bomb: a Word document with a part of 64 MB of zeros, some 64 KB packed. */
export function makeZipBombDocx(): Uint8Array {
  return makeDocx(['Жарылғыш құжат.'], { 'word/media/padding.bin': new Uint8Array(64 << 20) });
}

const CENTRAL_ENTRY = 0x02014b50;

/** Rewrites the uncompressed size every central directory entry declares. */
export function withDeclaredSizes(zip: Uint8Array, size: (name: string, real: number) => number) {
  const copy = new Uint8Array(zip);
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 <= copy.length; at += 1) {
    if (view.getUint32(at, true) !== CENTRAL_ENTRY) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = Buffer.from(copy.subarray(at + 46, at + 46 + nameLength)).toString('utf8');
    view.setUint32(at + 24, size(name, view.getUint32(at + 24, true)), true);
  }
  return copy;
}

export function cp1251(text: string): Buffer {
  return iconv.encode(text, 'windows-1251');
}

export function koi8r(text: string): Buffer {
  return iconv.encode(text, 'koi8-r');
}

export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const body = iconv.encode(text, endian === 'le' ? 'utf-16le' : 'utf-16be');
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}

export interface EmailOptions {
  readonly from: string;
  readonly to?: string;
  readonly subject: string;
  readonly date: string;
  readonly body: string;
  readonly attachment?: { name: string; type: string; bytes: Uint8Array };
}

/** RFC 2047 encoded word, as mail programs write non-ASCII headers. */
function encodedWord(text: string): string {
  return /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;
}

/** An e-mail message as RFC 5322 text, with a MIME attachment when one is given. */
export function makeEmail(options: EmailOptions): Buffer {
  const [name, address] = options.from.split('|');
  const headers = [
    `From: ${encodedWord(name)} <${address}>`,
    `To: ${options.to ?? 'support@example.org'}`,
    `Subject: ${encodedWord(options.subject)}`,
    `Date: ${options.date}`,
    'Message-ID: <fixture-1@example.org>',
    'MIME-Version: 1.0',
  ];
  const textPart = [
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    wrap(Buffer.from(options.body).toString('base64')),
  ];
  if (!options.attachment) return Buffer.from([...headers, ...textPart, ''].join('\r\n'));
  const boundary = '----=_casefile_fixture';
  const attachment = options.attachment;
  return Buffer.from(
    [
      ...headers,
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      'This is a multi-part message in MIME format.',
      `--${boundary}`,
      ...textPart,
      `--${boundary}`,
      `Content-Type: ${attachment.type}; name="${attachment.name}"`,
      `Content-Disposition: attachment; filename="${attachment.name}"`,
      'Content-Transfer-Encoding: base64',
      '',
      wrap(Buffer.from(attachment.bytes).toString('base64')),
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  );
}

function wrap(base64: string): string {
  return base64.match(/.{1,76}/g)?.join('\r\n') ?? '';
}
