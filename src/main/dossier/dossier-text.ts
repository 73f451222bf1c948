/**
 * The words of a dossier, shared by its PDF and HTML renderings: section titles, label/value
 * rows and table rows made from the model. The renderers only lay them out, so the two
 * formats always say the same thing.
 */
import type {
  AddressEntry,
  ArticleEntry,
  CaseEntry,
  DossierMeta,
  DossierModel,
  FacilityEntry,
  LetterEntry,
} from './dossier-model';
import { facilityLabel, placeOf as placeOfAddress } from '../workspace/timeline';
import { calendarDay } from './calendar-days';
import {
  CASE_STATUS_LABELS,
  CHANNEL_LABELS,
  DIRECTION_LABELS,
  DOCUMENT_TYPE_LABELS,
  LETTER_STATUS_LABELS,
  LEVEL_LABELS,
  ROLE_LABELS,
  STATUS_LABELS,
} from './labels';
import { LEVEL_DESCRIPTIONS } from './sharing';
import { shorten } from './text-shortening';

export type Row = readonly [label: string, value: string | undefined];

export const SECTIONS = {
  person: 'Person',
  address: 'Address',
  cases: 'Cases',
  timeline: 'Timeline',
  correspondence: 'Correspondence',
  articles: 'Articles',
  documents: 'Documents',
} as const;
export type SectionKey = keyof typeof SECTIONS;

/** What an empty section says: true at every level, so it tells nothing about what is left out. */
export const NONE = 'None in this export.';

export function count(value: number): string {
  return value.toLocaleString('en-GB');
}

export function plural(value: number, one: string, many = `${one}s`): string {
  return `${count(value)} ${value === 1 ? one : many}`;
}

export function exportDay(meta: DossierMeta): string {
  return calendarDay(meta.exportedAt);
}

export function levelLine(model: DossierModel): string {
  return `Sharing level: ${LEVEL_LABELS[model.level]}. This export holds ${LEVEL_DESCRIPTIONS[model.level]}.`;
}

export function footerLine(model: DossierModel, meta: DossierMeta): string {
  return `${meta.archiveName} · exported ${exportDay(meta)} · ${LEVEL_LABELS[model.level].toLowerCase()} level`;
}

export function headerLine(model: DossierModel): string {
  const { name, nativeName } = model.person;
  return nativeName ? `${name} · ${nativeName}` : name;
}

export function detentionText(model: DossierModel): string | undefined {
  const span = model.person.detention;
  if (!span) return undefined;
  return span.until
    ? `${plural(span.days, 'day')} (${span.since} to ${span.until})`
    : `${plural(span.days, 'day')} (since ${span.since})`;
}

export function statusText(model: DossierModel): string | undefined {
  return model.person.status ? STATUS_LABELS[model.person.status] : undefined;
}

export function placeOf(address: AddressEntry): string {
  return placeOfAddress(address.facility, address);
}

/** The short facts of the cover. */
export function coverFacts(model: DossierModel): Row[] {
  const letters = model.correspondence;
  return [
    ['Status', statusText(model)],
    ['In detention', detentionText(model)],
    ['Born', model.person.birthDate],
    ['Held at', model.currentAddress ? placeOf(model.currentAddress) : undefined],
    ['Cases', model.cases.length ? count(model.cases.length) : undefined],
    [
      'Letters',
      letters.total
        ? `${count(letters.total)} (${count(letters.out)} out, ${count(letters.in)} in)`
        : undefined,
    ],
    ['Articles', model.articles.length ? count(model.articles.length) : undefined],
    ['Documents', model.documents.length ? count(model.documents.length) : undefined],
  ];
}

export function personFields(model: DossierModel): Row[] {
  const person = model.person;
  return [
    ['Name', person.name],
    ['Native name', person.nativeName],
    ['Also written', person.aliases.join('; ')],
    ['Born', person.birthDate],
    ['Role', ROLE_LABELS[person.role]],
    ['Status', statusText(model)],
    ['In detention', detentionText(model)],
    ['Tags', person.tags.join(', ')],
  ];
}

export const RELATION_COLUMNS = [
  { title: 'Name', share: 0.32 },
  { title: 'Native name', share: 0.3 },
  { title: 'Role', share: 0.14 },
  { title: 'Relation', share: 0.24 },
] as const;

export function relationRows(model: DossierModel): string[][] {
  return model.relations.map((relation) => [
    relation.name,
    relation.nativeName ?? '',
    ROLE_LABELS[relation.role],
    `${relation.type} ${model.person.name}`,
  ]);
}

/** The address as it goes on an envelope: native lines, then postcode and country. */
export function envelopeLines(address: AddressEntry): string[] {
  const lines = address.lines.length ? address.lines : address.linesLatin;
  return [...lines, address.postcode ?? '', address.country].filter(Boolean);
}

export function facilityFields(facility: FacilityEntry): Row[] {
  return [
    ['Code', facility.code],
    ['Name', facility.name],
    ['Type', [facility.type, facility.regime].filter(Boolean).join(', ')],
    ['Region', [facility.region, facility.country].filter(Boolean).join(', ')],
    ['Postal address', facility.postalLines.join('\n')],
  ];
}

export function letterRuleFields(facility: FacilityEntry): Row[] {
  const rules = facility.letterRules;
  return [
    ['Language', rules.language],
    ['Who may write', rules.whoMayWrite],
    ['E-letter service', rules.eLetterService],
    ['Notes', rules.notes],
  ];
}

export const ADDRESS_HISTORY_COLUMNS = [
  { title: 'From', share: 0.14 },
  { title: 'To', share: 0.14 },
  { title: 'Facility', share: 0.3 },
  { title: 'Address', share: 0.42 },
] as const;

export function addressHistoryRows(model: DossierModel): string[][] {
  return model.addressHistory.map((address) => [
    address.validFrom ?? '',
    address.validTo ?? '',
    address.facility ? facilityLabel(address.facility) : '',
    envelopeLines(address).join(', '),
  ]);
}

export function caseHeading(entry: CaseEntry): string {
  return `${entry.title} — ${CASE_STATUS_LABELS[entry.status]}`;
}

export function caseFields(entry: CaseEntry): Row[] {
  const fine = entry.sentence?.fine;
  return [
    [
      'Charges',
      entry.charges
        .map((charge) =>
          charge.text ? `Art. ${charge.article}: ${charge.text}` : `Art. ${charge.article}`,
        )
        .join('\n'),
    ],
    ['Court', entry.court],
    ['Judge', entry.judge],
    [
      'Lawyer',
      entry.lawyer &&
        (entry.lawyer.nativeName
          ? `${entry.lawyer.name} (${entry.lawyer.nativeName})`
          : entry.lawyer.name),
    ],
    ['Arrested', entry.arrestDate],
    [
      'Custody extended',
      entry.detentionExtensions
        .map((extension) =>
          extension.decidedOn
            ? `until ${extension.until} (decided ${extension.decidedOn})`
            : `until ${extension.until}`,
        )
        .join('\n'),
    ],
    ['Hearings', entry.hearingDates.join(', ')],
    ['Verdict', entry.verdictDate],
    ['Appeal', entry.appealDate],
    [
      'Sentence',
      [entry.sentence?.term, fine ? `fine of ${count(fine.amount)} ${fine.currency}` : '']
        .filter(Boolean)
        .join('; '),
    ],
    ['Notes', entry.notes],
  ];
}

export const TIMELINE_COLUMNS = [
  { title: 'Date', share: 0.14 },
  { title: 'What', share: 0.16 },
  { title: 'Details', share: 0.7 },
] as const;

export function timelineRows(model: DossierModel): string[][] {
  return model.timeline.map((entry) => [entry.date, entry.what, entry.text]);
}

export function correspondenceFields(model: DossierModel): Row[] {
  const summary = model.correspondence;
  return [
    ['Letters', count(summary.total)],
    ['Out / in', `${count(summary.out)} out, ${count(summary.in)} in`],
    [
      'By status',
      summary.byStatus
        .filter((entry) => entry.count > 0)
        .map((entry) => `${LETTER_STATUS_LABELS[entry.status]} ${count(entry.count)}`)
        .join(' · '),
    ],
  ];
}

export const LETTER_COLUMNS = [
  { title: 'Date', share: 0.14 },
  { title: 'Dir.', share: 0.07 },
  { title: 'Channel', share: 0.15 },
  { title: 'Status', share: 0.12 },
  { title: 'Summary', share: 0.52 },
] as const;

export function letterRow(letter: LetterEntry): string[] {
  return [
    letter.date ?? '',
    DIRECTION_LABELS[letter.direction],
    CHANNEL_LABELS[letter.channel],
    LETTER_STATUS_LABELS[letter.status],
    shorten(
      [letter.writer ? `${letter.writer}:` : '', letter.summary].filter(Boolean).join(' '),
      300,
    ),
  ];
}

export function articleMeta(article: ArticleEntry): string {
  return [article.date, article.source, article.author, article.language]
    .filter(Boolean)
    .join(' · ');
}

export const DOCUMENT_COLUMNS = [
  { title: 'Date', share: 0.13 },
  { title: 'Type', share: 0.14 },
  { title: 'Title', share: 0.45 },
  { title: 'Files', share: 0.28 },
] as const;

export function documentRows(model: DossierModel): string[][] {
  return model.documents.map((document) => [
    document.date ?? '',
    DOCUMENT_TYPE_LABELS[document.docType],
    [document.title, document.court, document.caseTitle && `Case: ${document.caseTitle}`]
      .filter(Boolean)
      .join('\n'),
    document.files.map((file) => file.originalName).join('\n'),
  ]);
}
