/** Reads from an open archive what one person's timeline is built from. */
import type { Archive } from '../archive/archive';
import { buildPersonTimeline, type TimelineEntry } from './timeline';

export async function readPersonTimeline(
  archive: Archive,
  personId: string,
): Promise<TimelineEntry[]> {
  await archive.whenLoaded(['event', 'letter', 'article', 'document']);
  archive.stored('person', personId); // a person that is not there is "not found", not empty
  const of = <K extends 'event' | 'case' | 'address' | 'letter' | 'article' | 'document'>(
    kind: K,
  ) => archive.list(kind, { personId }).items;
  const cases = of('case');
  const caseIds = new Set(cases.map((record) => record.id));
  const documents = new Map(of('document').map((document) => [document.id, document]));
  // A court document filed under one of the person's cases belongs on their timeline even
  // when nobody listed the person on it.
  if (caseIds.size > 0) {
    for (const document of archive.storedAll('document')) {
      if (document.caseId && caseIds.has(document.caseId)) documents.set(document.id, document);
    }
  }
  return buildPersonTimeline({
    events: of('event'),
    cases,
    addresses: of('address'),
    facilities: archive.storedAll('facility'),
    letters: of('letter'),
    articles: of('article'),
    documents: [...documents.values()],
  });
}
