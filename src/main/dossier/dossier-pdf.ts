/**
 * The dossier as an A4 PDF: a cover (names in both scripts, status, days in detention, the
 * contents), then one section per page group, with the person's name above and "Page n of m",
 * the export date and the archive's name below every page.
 */
import type { DossierMeta, DossierModel } from './dossier-model';
import {
  ADDRESS_HISTORY_COLUMNS,
  DOCUMENT_COLUMNS,
  LETTER_COLUMNS,
  NONE,
  RELATION_COLUMNS,
  SECTIONS,
  TIMELINE_COLUMNS,
  addressHistoryRows,
  articleMeta,
  caseFields,
  caseHeading,
  correspondenceFields,
  coverFacts,
  documentRows,
  envelopeLines,
  exportDay,
  facilityFields,
  footerLine,
  headerLine,
  letterRow,
  letterRuleFields,
  levelLine,
  personFields,
  relationRows,
  timelineRows,
  type SectionKey,
} from './dossier-text';
import { LEVEL_LABELS } from './labels';
import { dossierFontPaths } from './pdf-fonts';
import { COLOURS, PdfFlow } from './pdf-flow';

export async function dossierPdf(model: DossierModel, meta: DossierMeta): Promise<Buffer> {
  // Loaded on first use: only exports need pdfkit, not every start of the app.
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = dossierFontPaths();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 60, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    // Naming the font here keeps pdfkit from loading Helvetica, which the text never uses.
    font: fonts.regular,
    info: {
      Title: `Dossier: ${model.person.name}`,
      Producer: 'Casefile',
      Creator: 'Casefile',
      // pdfkit otherwise stamps the current time and derives the file id from it.
      CreationDate: meta.exportedAt,
    },
  });

  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const flow = new PdfFlow(doc, fonts);
  const contentsTop = cover(flow, model, meta);
  const pages = {} as Record<SectionKey, number>;
  pages.person = flow.section(SECTIONS.person);
  personSection(flow, model);
  pages.address = flow.section(SECTIONS.address);
  addressSection(flow, model);
  pages.cases = flow.section(SECTIONS.cases);
  casesSection(flow, model);
  pages.timeline = flow.section(SECTIONS.timeline);
  listOrNone(flow, model.timeline.length, () => flow.table(TIMELINE_COLUMNS, timelineRows(model)));
  pages.correspondence = flow.section(SECTIONS.correspondence);
  correspondenceSection(flow, model);
  pages.articles = flow.section(SECTIONS.articles);
  articlesSection(flow, model);
  pages.documents = flow.section(SECTIONS.documents);
  listOrNone(flow, model.documents.length, () => flow.table(DOCUMENT_COLUMNS, documentRows(model)));

  contents(flow, contentsTop, pages);
  flow.stampPages({ header: headerLine(model), footer: footerLine(model, meta) });
  doc.end();
  return finished;
}

/** Draws the cover and returns where the contents go (written once page numbers are known). */
function cover(flow: PdfFlow, model: DossierModel, meta: DossierMeta): number {
  const doc = flow.doc;
  const person = model.person;
  flow.use('bold', 9, COLOURS.muted);
  doc.text('DOSSIER', flow.left, 60, { width: flow.width, characterSpacing: 2 });
  flow.use('bold', 9, COLOURS.accent);
  doc.text(`${LEVEL_LABELS[model.level].toUpperCase()} LEVEL`, flow.left, 60, {
    width: flow.width,
    align: 'right',
    characterSpacing: 1,
  });

  doc.y = 130;
  flow.use('bold', 26, COLOURS.text);
  doc.text(person.name, flow.left, doc.y, { width: flow.width });
  if (person.nativeName) {
    flow.gap(2);
    flow.use('regular', 20, COLOURS.text);
    doc.text(person.nativeName, flow.left, doc.y, { width: flow.width });
  }
  if (person.aliases.length) {
    flow.gap(6);
    flow.use('regular', 10, COLOURS.muted);
    doc.text(`Also written: ${person.aliases.join('; ')}`, flow.left, doc.y, { width: flow.width });
  }
  flow.gap(22);

  const facts = coverFacts(model).filter(([, value]) => value);
  if (facts.length) {
    const top = doc.y;
    const rowHeight = 19;
    const height = facts.length * rowHeight + 16;
    doc.rect(flow.left, top, flow.width, height).fill(COLOURS.shade);
    doc.rect(flow.left, top, 3, height).fill(COLOURS.accent);
    facts.forEach(([label, value], index) => {
      const y = top + 10 + index * rowHeight;
      flow.use('regular', 9, COLOURS.muted);
      doc.text(label, flow.left + 16, y + 1.5, { width: 110, lineBreak: false });
      flow.use(label === 'Status' || label === 'In detention' ? 'bold' : 'regular', 11);
      doc.text(flow.fitted(value!, flow.width - 150), flow.left + 130, y, {
        width: flow.width - 146,
        lineBreak: false,
      });
    });
    doc.y = top + height;
  }
  const contentsTop = doc.y + 30;

  const bottom = doc.page.height - doc.page.margins.bottom - 40;
  flow.use('regular', 9, COLOURS.muted);
  doc.text(levelLine(model), flow.left, bottom, { width: flow.width });
  doc.text(`Exported ${exportDay(meta)} from the archive “${meta.archiveName}”.`, {
    width: flow.width,
  });
  return contentsTop;
}

function contents(flow: PdfFlow, top: number, pages: Record<SectionKey, number>): void {
  const doc = flow.doc;
  doc.switchToPage(doc.bufferedPageRange().start);
  flow.use('bold', 11, COLOURS.accent);
  doc.text('Contents', flow.left, top, { width: flow.width });
  let y = doc.y + 6;
  for (const key of Object.keys(SECTIONS) as SectionKey[]) {
    const page = String(pages[key] + 1);
    flow.use('regular', 10);
    doc.text(SECTIONS[key], flow.left, y, { width: flow.width - 40, lineBreak: false });
    doc.text(page, flow.left + flow.width - 40, y, { width: 40, align: 'right', lineBreak: false });
    const nameEnd = flow.left + doc.widthOfString(SECTIONS[key]) + 6;
    const pageStart = flow.left + flow.width - doc.widthOfString(page) - 6;
    doc
      .moveTo(nameEnd, y + 9)
      .lineTo(pageStart, y + 9)
      .dash(1, { space: 2.5 })
      .lineWidth(0.6)
      .strokeColor(COLOURS.rule)
      .stroke()
      .undash();
    y += 17;
  }
}

function listOrNone(flow: PdfFlow, length: number, draw: () => void): void {
  if (length === 0) flow.paragraph(NONE, 'italic', 9.5, COLOURS.muted);
  else draw();
}

function personSection(flow: PdfFlow, model: DossierModel): void {
  flow.fields(personFields(model));
  flow.subheading('Relations');
  listOrNone(flow, model.relations.length, () =>
    flow.table(RELATION_COLUMNS, relationRows(model), 9),
  );
  if (model.person.notes.trim()) {
    flow.subheading('Notes');
    flow.paragraph(model.person.notes);
  }
}

function addressSection(flow: PdfFlow, model: DossierModel): void {
  const address = model.currentAddress;
  flow.subheading('Write to');
  if (!address) {
    flow.paragraph(NONE, 'italic', 9.5, COLOURS.muted);
  } else {
    const doc = flow.doc;
    const lines = envelopeLines(address).join('\n');
    flow.use('regular', 11.5);
    const height = doc.heightOfString(lines, { width: flow.width - 32, lineGap: 2 }) + 24;
    flow.ensure(height);
    const top = doc.y;
    doc
      .rect(flow.left, top, flow.width, height)
      .lineWidth(0.8)
      .strokeColor(COLOURS.accent)
      .stroke();
    flow.use('regular', 11.5);
    doc.text(lines, flow.left + 16, top + 12, { width: flow.width - 32, lineGap: 2 });
    doc.y = top + height + 8;
    if (address.lines.length && address.linesLatin.length) {
      flow.fields([['In Latin letters', address.linesLatin.join('\n')]]);
    }
    flow.fields([['Since', address.validFrom]]);
    if (address.facility) {
      flow.subheading('Facility');
      flow.fields(facilityFields(address.facility));
      flow.subheading('Rules for letters');
      const rules = letterRuleFields(address.facility);
      if (rules.some(([, value]) => value)) flow.fields(rules);
      else flow.paragraph(NONE, 'italic', 9.5, COLOURS.muted);
    }
  }
  flow.subheading('Earlier addresses');
  listOrNone(flow, model.addressHistory.length, () =>
    flow.table(ADDRESS_HISTORY_COLUMNS, addressHistoryRows(model)),
  );
}

function casesSection(flow: PdfFlow, model: DossierModel): void {
  listOrNone(flow, model.cases.length, () => {
    for (const entry of model.cases) {
      flow.subheading(caseHeading(entry));
      flow.fields(caseFields(entry));
      flow.gap(4);
    }
  });
}

function correspondenceSection(flow: PdfFlow, model: DossierModel): void {
  listOrNone(flow, model.correspondence.total, () => {
    flow.fields(correspondenceFields(model));
    flow.subheading('Latest letters');
    flow.table(LETTER_COLUMNS, model.correspondence.latest.map(letterRow));
    flow.paragraph(
      'Every letter is listed in the timeline; the ZIP bundle holds them all in letters.csv.',
      'italic',
      8.5,
      COLOURS.muted,
    );
  });
}

function articlesSection(flow: PdfFlow, model: DossierModel): void {
  listOrNone(flow, model.articles.length, () => {
    for (const article of model.articles) {
      flow.use('bold', 10.5);
      flow.ensure(flow.doc.heightOfString(article.title, { width: flow.width }) + 40);
      flow.doc.text(article.title, flow.left, flow.doc.y, { width: flow.width });
      const meta = articleMeta(article);
      if (meta) flow.paragraph(meta, 'regular', 8.5, COLOURS.muted);
      if (article.url) flow.paragraph(article.url, 'regular', 8, COLOURS.muted);
      flow.paragraph(article.excerpt, 'regular', 9);
      flow.gap(6);
    }
  });
}
