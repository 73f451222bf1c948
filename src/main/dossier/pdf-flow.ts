/**
 * Page layout for exported PDFs on top of pdfkit: headings, label/value rows, tables whose
 * rows never split across pages (the header row repeats), paragraphs, and the running
 * header and footer stamped on every page once the page count is known.
 */
import type { FontName } from './pdf-fonts';

export const COLOURS = {
  text: '#1d232b',
  muted: '#5d6673',
  accent: '#1f4e79',
  rule: '#c9d1db',
  shade: '#eef2f6',
} as const;

/** A table cell never holds more than this: a row taller than a page cannot be kept whole. */
const CELL_LIMIT = 900;

export interface Column {
  readonly title: string;
  /** Share of the text width, all columns adding up to 1. */
  readonly share: number;
}

export interface PageMarks {
  /** Top of every page but the first. */
  readonly header: string;
  /** Bottom left of every page; the bottom right says "Page n of m". */
  readonly footer: string;
}

export class PdfFlow {
  /**
   * `fonts` are file paths, and text is set with `doc.font(path)`: pdfkit caches an open font
   * by the name it was asked for, and a name registered for the file it was created with is
   * never cached, so every switch to it would parse the whole font file again.
   */
  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly fonts: Readonly<Record<FontName, string>>,
  ) {}

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** The index of the page being written, from 0. */
  get pageIndex(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  use(font: FontName, size: number, colour: string = COLOURS.text): this {
    this.doc.font(this.fonts[font]).fontSize(size).fillColor(colour);
    return this;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  /**
   * A section heading: the first starts the page after the cover, the others follow the
   * section before, on a new page only when little of this one is left. Returns the page.
   */
  section(title: string): number {
    if (this.pageIndex === 0) this.doc.addPage();
    else {
      this.gap(16);
      this.ensure(140);
    }
    this.use('bold', 16, COLOURS.accent);
    this.doc.text(title, this.left, this.doc.y, { width: this.width });
    this.rule(COLOURS.accent, 1.2);
    this.gap(10);
    return this.pageIndex;
  }

  subheading(title: string): void {
    this.ensure(60);
    this.gap(6);
    this.use('bold', 11.5, COLOURS.accent);
    this.doc.text(title, this.left, this.doc.y, { width: this.width });
    this.gap(4);
  }

  rule(colour: string = COLOURS.rule, thickness = 0.6): void {
    const y = this.doc.y + 2;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(thickness)
      .strokeColor(colour)
      .stroke();
    this.doc.y = y + 2;
  }

  paragraph(text: string, font: FontName = 'regular', size = 9.5, colour: string = COLOURS.text) {
    if (!text.trim()) return;
    this.use(font, size, colour);
    this.ensure(this.doc.currentLineHeight(true) * 2);
    this.doc.text(text.trim(), this.left, this.doc.y, { width: this.width, lineGap: 1.5 });
    this.gap(4);
  }

  /** Label/value rows; rows with no value are left out. */
  fields(rows: readonly (readonly [string, string | undefined])[]): void {
    const labelWidth = 120;
    const valueWidth = this.width - labelWidth;
    for (const [label, raw] of rows) {
      const value = raw?.trim() ? clip(raw.trim()) : undefined;
      if (!value) continue;
      this.use('regular', 9.5);
      const height = this.textHeight(value, valueWidth, 1);
      this.ensure(height + 4);
      const y = this.doc.y;
      this.use('regular', 8.5, COLOURS.muted);
      this.doc.text(label, this.left, y + 1, { width: labelWidth - 8 });
      this.use('regular', 9.5);
      this.doc.text(value, this.left + labelWidth, y, { width: valueWidth, lineGap: 1 });
      this.doc.y = y + height + 4;
    }
  }

  /** A table; each row is kept on one page, and the header row starts every page it spans. */
  table(columns: readonly Column[], rows: readonly (readonly string[])[], size = 8.5): void {
    const widths = columns.map((column) => column.share * this.width);
    const pad = 3;
    const heightOf = (cells: readonly string[], font: FontName) => {
      this.use(font, size);
      return Math.max(...cells.map((cell, i) => this.textHeight(cell, widths[i] - 2 * pad, 0.5)));
    };
    // pdfkit measures a text by laying it out, as costly as setting it: each row once.
    const drawRow = (cells: readonly string[], font: FontName, shaded: boolean, height: number) => {
      const y = this.doc.y;
      if (shaded) {
        this.doc.rect(this.left, y, this.width, height).fill(COLOURS.shade);
      }
      let x = this.left;
      cells.forEach((cell, i) => {
        this.use(font, size, font === 'bold' ? COLOURS.accent : COLOURS.text);
        this.doc.text(cell, x + pad, y + pad, { width: widths[i] - 2 * pad, lineGap: 0.5 });
        x += widths[i];
      });
      this.doc.y = y + height;
      this.rule();
    };
    const header = columns.map((column) => column.title);
    const headerHeight = heightOf(header, 'bold') + 2 * pad;
    this.ensure(headerHeight + 34);
    drawRow(header, 'bold', true, headerHeight);
    for (const row of rows) {
      const cells = row.map(clip);
      const height = heightOf(cells, 'regular') + 2 * pad;
      if (this.doc.y + height + 4 > this.bottom) {
        this.doc.addPage();
        drawRow(header, 'bold', true, headerHeight);
      }
      drawRow(cells, 'regular', false, height);
    }
    this.gap(6);
  }

  /** Writes the header and footer on every page; call once, after the last page. */
  stampPages(marks: PageMarks): void {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index += 1) {
      this.doc.switchToPage(index);
      const margins = this.doc.page.margins;
      const savedBottom = margins.bottom;
      // pdfkit starts a new page for text below the bottom margin; the footer sits there.
      margins.bottom = 0;
      const footerY = this.doc.page.height - savedBottom + 24;
      if (index > range.start) {
        this.use('regular', 8, COLOURS.muted);
        this.doc.text(this.fitted(marks.header, this.width), this.left, 30, {
          width: this.width,
          lineBreak: false,
        });
      }
      this.doc
        .moveTo(this.left, footerY - 6)
        .lineTo(this.left + this.width, footerY - 6)
        .lineWidth(0.5)
        .strokeColor(COLOURS.rule)
        .stroke();
      this.use('regular', 8, COLOURS.muted);
      const pageLabel = `Page ${index - range.start + 1} of ${range.count}`;
      const labelWidth = this.doc.widthOfString(pageLabel) + 2;
      const footerWidth = this.width - labelWidth - 12;
      this.doc.text(this.fitted(marks.footer, footerWidth), this.left, footerY, {
        width: footerWidth,
        lineBreak: false,
      });
      this.doc.text(pageLabel, this.left + this.width - labelWidth, footerY, {
        width: labelWidth,
        lineBreak: false,
      });
      margins.bottom = savedBottom;
    }
  }

  /**
   * The height of a text set in the current font at `width`. Most table cells are one short
   * line, which measuring by width alone tells without pdfkit's costlier line wrapping.
   */
  textHeight(text: string, width: number, lineGap: number): number {
    const oneLine = this.doc.currentLineHeight(true) + lineGap;
    if (!text || (!text.includes('\n') && this.doc.widthOfString(text) <= width)) return oneLine;
    return Math.max(this.doc.heightOfString(text, { width, lineGap }), oneLine);
  }

  /** The text, cut with "…" where it would not fit on one line of `width` in the current font. */
  fitted(text: string, width: number): string {
    if (this.doc.widthOfString(text) <= width) return text;
    let end = text.length;
    while (end > 0 && this.doc.widthOfString(`${text.slice(0, end)}…`) > width) end -= 1;
    return `${text.slice(0, end).trimEnd()}…`;
  }
}

function clip(text: string): string {
  return text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT - 1).trimEnd()}…` : text;
}
