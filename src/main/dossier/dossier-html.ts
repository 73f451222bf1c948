/**
 * The dossier as one self-contained, printable HTML file: styles inline, no scripts, no
 * images, nothing fetched from anywhere (a Content-Security-Policy says so too), and every
 * piece of archive text escaped. It says what the PDF says (see dossier-text.ts).
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
  letterRow,
  letterRuleFields,
  levelLine,
  personFields,
  relationRows,
  timelineRows,
  type Row,
  type SectionKey,
} from './dossier-text';
import { cssString, escapeHtml as h } from './html-escape';
import { LEVEL_LABELS } from './labels';

const STYLE = `
  @page { size: A4; margin: 16mm 15mm 18mm; }
  * { box-sizing: border-box; }
  body { margin: 0 auto; max-width: 190mm; padding: 12mm 0; color: #1d232b;
    font: 10pt/1.45 "DejaVu Sans", "Noto Sans", "Segoe UI", Arial, sans-serif; }
  h1 { font-size: 24pt; margin: 0; line-height: 1.15; }
  h2 { color: #1f4e79; font-size: 15pt; border-bottom: 1.5px solid #1f4e79;
    margin: 28px 0 10px; padding-bottom: 3px; break-after: avoid; }
  h3 { color: #1f4e79; font-size: 11pt; margin: 16px 0 6px; break-after: avoid; }
  .kicker { display: flex; justify-content: space-between; font-size: 8pt; font-weight: bold;
    letter-spacing: 0.15em; color: #5d6673; margin-bottom: 28px; }
  .kicker .level { color: #1f4e79; }
  .native { font-size: 19pt; margin: 2px 0 0; }
  .muted { color: #5d6673; }
  .small { font-size: 8.5pt; }
  .none { color: #5d6673; font-style: italic; }
  .facts { background: #eef2f6; border-left: 3px solid #1f4e79; padding: 8px 14px; margin: 18px 0; }
  dl { display: grid; grid-template-columns: 9.5em 1fr; gap: 3px 12px; margin: 0 0 8px; }
  dt { color: #5d6673; font-size: 8.5pt; padding-top: 1px; }
  dd { margin: 0; white-space: pre-line; }
  .facts dd { font-size: 11pt; }
  .envelope { border: 1px solid #1f4e79; padding: 10px 16px; font-size: 11.5pt;
    white-space: pre-line; margin: 4px 0 10px; }
  table { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 4px 0 10px; }
  thead { display: table-header-group; }
  th { background: #eef2f6; color: #1f4e79; text-align: left; }
  th, td { padding: 3px 4px; border-bottom: 0.6px solid #c9d1db; vertical-align: top;
    white-space: pre-line; }
  tr { break-inside: avoid; }
  article { margin: 0 0 12px; break-inside: avoid; }
  article h3 { color: #1d232b; font-size: 10.5pt; margin: 0; }
  nav ol { padding-left: 1.4em; }
  footer { margin-top: 28px; border-top: 0.6px solid #c9d1db; padding-top: 6px; }
`;

export function dossierHtml(model: DossierModel, meta: DossierMeta): string {
  const person = model.person;
  const sections: Record<SectionKey, string> = {
    person: personSection(model),
    address: addressSection(model),
    cases: casesSection(model),
    timeline: listOrNone(model.timeline.length, () => table(TIMELINE_COLUMNS, timelineRows(model))),
    correspondence: correspondenceSection(model),
    articles: articlesSection(model),
    documents: listOrNone(model.documents.length, () =>
      table(DOCUMENT_COLUMNS, documentRows(model)),
    ),
  };
  const keys = Object.keys(SECTIONS) as SectionKey[];
  // Printed pages carry the archive, the date and the page number like the PDF's do.
  const pageBox = `@page { @bottom-left { content: ${cssString(footerLine(model, meta))}; font-size: 7.5pt; color: #5d6673; }
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt; color: #5d6673; } }`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(`Dossier: ${person.name}`)}</title>
<style>${STYLE}${pageBox}</style>
</head>
<body>
<header>
<div class="kicker"><span>DOSSIER</span><span class="level">${h(LEVEL_LABELS[model.level].toUpperCase())} LEVEL</span></div>
<h1>${h(person.name)}</h1>
${person.nativeName ? `<p class="native">${h(person.nativeName)}</p>` : ''}
${person.aliases.length ? `<p class="muted">Also written: ${h(person.aliases.join('; '))}</p>` : ''}
<div class="facts">${fields(coverFacts(model))}</div>
<p class="muted small">${h(levelLine(model))}</p>
</header>
<nav><h3>Contents</h3><ol>${keys
    .map((key) => `<li><a href="#${key}">${h(SECTIONS[key])}</a></li>`)
    .join('')}</ol></nav>
${keys.map((key) => `<section id="${key}">\n<h2>${h(SECTIONS[key])}</h2>\n${sections[key]}\n</section>`).join('\n')}
<footer class="muted small">${h(`Exported ${exportDay(meta)} from the archive “${meta.archiveName}”.`)}</footer>
</body>
</html>
`;
}

function fields(rows: readonly Row[]): string {
  const shown = rows.filter(([, value]) => value?.trim());
  if (shown.length === 0) return '';
  return `<dl>${shown.map(([label, value]) => `<dt>${h(label)}</dt><dd>${h(value!.trim())}</dd>`).join('')}</dl>`;
}

function table(
  columns: readonly { readonly title: string; readonly share: number }[],
  rows: readonly (readonly string[])[],
): string {
  const head = columns
    .map(
      (column) => `<th style="width:${(column.share * 100).toFixed(0)}%">${h(column.title)}</th>`,
    )
    .join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${h(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function listOrNone(length: number, render: () => string): string {
  return length === 0 ? `<p class="none">${h(NONE)}</p>` : render();
}

function personSection(model: DossierModel): string {
  const notes = model.person.notes.trim();
  return [
    fields(personFields(model)),
    '<h3>Relations</h3>',
    listOrNone(model.relations.length, () => table(RELATION_COLUMNS, relationRows(model))),
    notes ? `<h3>Notes</h3><p style="white-space: pre-line">${h(notes)}</p>` : '',
  ].join('\n');
}

function addressSection(model: DossierModel): string {
  const address = model.currentAddress;
  const parts = ['<h3>Write to</h3>'];
  if (!address) {
    parts.push(`<p class="none">${h(NONE)}</p>`);
  } else {
    parts.push(`<div class="envelope">${h(envelopeLines(address).join('\n'))}</div>`);
    parts.push(
      fields([
        ['In Latin letters', address.lines.length ? address.linesLatin.join('\n') : undefined],
        ['Since', address.validFrom],
      ]),
    );
    if (address.facility) {
      const rules = letterRuleFields(address.facility);
      parts.push('<h3>Facility</h3>', fields(facilityFields(address.facility)));
      parts.push(
        '<h3>Rules for letters</h3>',
        rules.some(([, value]) => value) ? fields(rules) : `<p class="none">${h(NONE)}</p>`,
      );
    }
  }
  parts.push(
    '<h3>Earlier addresses</h3>',
    listOrNone(model.addressHistory.length, () =>
      table(ADDRESS_HISTORY_COLUMNS, addressHistoryRows(model)),
    ),
  );
  return parts.join('\n');
}

function casesSection(model: DossierModel): string {
  return listOrNone(model.cases.length, () =>
    model.cases
      .map((entry) => `<h3>${h(caseHeading(entry))}</h3>\n${fields(caseFields(entry))}`)
      .join('\n'),
  );
}

function correspondenceSection(model: DossierModel): string {
  return listOrNone(model.correspondence.total, () =>
    [
      fields(correspondenceFields(model)),
      '<h3>Latest letters</h3>',
      table(LETTER_COLUMNS, model.correspondence.latest.map(letterRow)),
      '<p class="muted small">Every letter is listed in the timeline; the ZIP bundle holds them all in letters.csv.</p>',
    ].join('\n'),
  );
}

function articlesSection(model: DossierModel): string {
  return listOrNone(model.articles.length, () =>
    model.articles
      .map((article) => {
        const meta = articleMeta(article);
        return [
          '<article>',
          `<h3>${h(article.title)}</h3>`,
          meta ? `<div class="muted small">${h(meta)}</div>` : '',
          article.url ? `<div class="muted small">${h(article.url)}</div>` : '',
          `<p>${h(article.excerpt)}</p>`,
          '</article>',
        ].join('');
      })
      .join('\n'),
  );
}
