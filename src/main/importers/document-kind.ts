/**
 * The kind of a court or official document, read off the words its heading uses. Court
 * papers in Kazakhstan are in Russian or Kazakh and name their kind in capitals at the top.
 */
import type { DOCUMENT_TYPES } from '../../shared/records';

type DocumentType = (typeof DOCUMENT_TYPES)[number];

// (JavaScript's \b knows only ASCII letters, hence (?<!\p{L}) before Cyrillic words.)

/** Looked for in this order: a verdict quotes the indictment, not the other way round. */
const HEADINGS: readonly (readonly [RegExp, DocumentType])[] = [
  [/(?<!\p{L})(?:приговор|үкім)|\bverdict\b|\bjudgment\b/iu, 'verdict'],
  [
    /обвинительн\p{L}* (?:заключени|акт)|айыптау (?:қорытынды|актісі)|\bindictment\b/iu,
    'indictment',
  ],
  [/апелляционн\p{L}* (?:жалоб|определени|постановлени)|апелляциялық|\bappeal\b/iu, 'appeal'],
  [/постановлени|определени|қаулы|ұйғарым|\bruling\b|\bdecision\b/iu, 'ruling'],
  [/медицинск|эпикриз|диагноз|медициналық|\bmedical\b/iu, 'medical'],
  [
    /(?:ответ|ответа) на (?:ваше|обращени|жалоб)|(?<!\p{L})исх\.|жауап хат|official reply/iu,
    'official-reply',
  ],
];

/** The kind of a document from its first lines; "other" when nothing says. */
export function documentKindOf(text: string): DocumentType {
  const head = text.slice(0, 1500);
  for (const [pattern, kind] of HEADINGS) if (pattern.test(head)) return kind;
  return 'other';
}
