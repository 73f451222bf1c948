/**
 * A simple matcher over the short fields of every record: each word of the query must
 * begin a word of the record (after normalisation). Names rank above titles, titles above
 * other text. It keeps the search box useful until the full search engine replaces it.
 */
import type { SearchHit } from '../../shared/api';
import { RECORD_KINDS, titleOf, type AnyRecord, type RecordKind } from '../../shared/records';
import type { Archive } from '../archive/archive';
import { normalise, wordKeys, words } from './normalise';

interface Field {
  readonly text: string;
  readonly weight: number;
}

function fieldsOf(kind: RecordKind, record: Record<string, unknown>): Field[] {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  switch (kind) {
    case 'person':
      return [
        { text: text(record.name), weight: 1 },
        { text: text(record.nativeName), weight: 1 },
        ...((record.aliases as string[]) ?? []).map((alias) => ({ text: alias, weight: 0.9 })),
        { text: text(record.notes), weight: 0.3 },
      ];
    case 'facility':
      return [
        { text: text(record.code), weight: 0.9 },
        { text: text(record.name), weight: 0.8 },
        { text: text(record.region), weight: 0.4 },
      ];
    case 'article':
    case 'document':
      return [
        { text: text(record.title), weight: 0.7 },
        { text: text(record.source), weight: 0.3 },
      ];
    case 'letter':
      return [
        { text: text(record.summary), weight: 0.5 },
        { text: text(record.trackingNumber), weight: 0.6 },
      ];
    case 'event':
      return [{ text: text(record.text), weight: 0.5 }];
    case 'case':
      return [
        { text: text(record.title), weight: 0.6 },
        { text: text(record.court), weight: 0.4 },
        ...((record.charges as { article: string; text?: string }[]) ?? []).map((charge) => ({
          text: `${charge.article} ${charge.text ?? ''}`,
          weight: 0.5,
        })),
      ];
    case 'address':
      return [
        { text: ((record.lines as string[]) ?? []).join(', '), weight: 0.4 },
        { text: ((record.linesLatin as string[]) ?? []).join(', '), weight: 0.4 },
      ];
    case 'attachment':
      return [{ text: text(record.originalName), weight: 0.4 }];
  }
}

/** Every query word (any of its keys) begins some word of the field (any of its keys). */
function matches(queryWords: string[][], fieldText: string): boolean {
  const fieldKeys = words(fieldText).flatMap(wordKeys);
  return queryWords.every((keys) =>
    keys.some((key) => fieldKeys.some((word) => word.startsWith(key))),
  );
}

function snippetOf(text: string, queryWords: string[][]): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 160) return flat;
  const normalisedWords = flat.split(' ');
  const at = normalisedWords.findIndex((word) =>
    queryWords.some((keys) => keys.some((key) => normalise(word).startsWith(key))),
  );
  const start = Math.max(0, at - 8);
  const piece = normalisedWords.slice(start, start + 24).join(' ');
  return `${start > 0 ? '… ' : ''}${piece} …`;
}

export function searchArchive(
  archive: Archive,
  request: { query: string; kinds?: RecordKind[]; limit: number },
): SearchHit[] {
  const queryWords = words(request.query).map(wordKeys);
  if (queryWords.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const kind of request.kinds ?? RECORD_KINDS) {
    for (const record of archive.storedAll(kind)) {
      const fields = fieldsOf(kind, record as unknown as Record<string, unknown>);
      let best: Field | undefined;
      for (const field of fields) {
        if (field.text && (!best || field.weight > best.weight) && matches(queryWords, field.text))
          best = field;
      }
      if (!best) continue;
      const exact = normalise(best.text) === normalise(request.query);
      const r = record as unknown as { personId?: string };
      hits.push({
        kind,
        id: record.id,
        title: titleOf(kind, record as unknown as AnyRecord),
        score: Math.min(1, best.weight + (exact ? 0.05 : 0)),
        snippet: snippetOf(best.text, queryWords),
        ...(r.personId
          ? { personId: r.personId }
          : kind === 'person'
            ? { personId: record.id }
            : {}),
      });
    }
  }
  return hits
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title))
    .slice(0, request.limit);
}
