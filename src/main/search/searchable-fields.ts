/**
 * What of each record the search sees: its name forms (matched fuzzily in memory), its
 * title and long text (full-text index), and the facts that filters use. One place, so that
 * the index build, the per-edit update and the snippets agree.
 */
import type { RecordKind } from '../../shared/records';
import type { Stored } from '../archive/archive';

export type NameField = 'name' | 'native' | 'alias' | 'code' | 'facility-name';

export interface NameForm {
  readonly field: NameField;
  readonly text: string;
}

export interface SearchableRecord {
  readonly kind: RecordKind;
  readonly id: string;
  readonly updatedAt: string;
  readonly names: readonly NameForm[];
  readonly title: string;
  /** Short text kept in the record itself (notes, summaries, charges…). */
  readonly shortText: string;
  /** The text store file of the record's long text, if it has one. */
  readonly textHash?: string;
  readonly personIds: readonly string[];
  readonly date?: string;
  readonly status?: string;
  readonly tags: readonly string[];
}

type Loose = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const join = (...parts: unknown[]): string =>
  parts
    .flatMap((part) => (Array.isArray(part) ? list(part) : [str(part)]))
    .filter(Boolean)
    .join('\n');

export function searchableOf<K extends RecordKind>(kind: K, stored: Stored<K>): SearchableRecord {
  const r = stored as unknown as Loose;
  const base = {
    kind,
    id: str(r.id),
    updatedAt: str(r.updatedAt),
    tags: list(r.tags),
    textHash: typeof r.textHash === 'string' ? r.textHash : undefined,
  };
  switch (kind) {
    case 'person':
      return {
        ...base,
        names: [
          { field: 'name', text: str(r.name) },
          ...(r.nativeName ? [{ field: 'native' as const, text: str(r.nativeName) }] : []),
          ...list(r.aliases).map((alias) => ({ field: 'alias' as const, text: alias })),
        ],
        title: '',
        shortText: str(r.notes),
        personIds: [base.id],
        status: str(r.status) || undefined,
      };
    case 'facility':
      return {
        ...base,
        names: [
          { field: 'code', text: str(r.code) },
          ...(r.name ? [{ field: 'facility-name' as const, text: str(r.name) }] : []),
        ],
        title: '',
        shortText: join(r.region, r.addressLines, r.notes),
        personIds: [],
      };
    case 'address':
      return {
        ...base,
        names: [],
        title: '',
        shortText: join(r.lines, r.linesLatin, r.postcode, r.notes),
        personIds: list([r.personId]),
        date: str(r.validFrom) || undefined,
      };
    case 'case': {
      const charges = (Array.isArray(r.charges) ? r.charges : []) as Loose[];
      return {
        ...base,
        names: [],
        title: str(r.title),
        shortText: join(
          charges.map((charge) => `${str(charge.article)} ${str(charge.text)}`),
          r.court,
          r.judge,
          r.notes,
        ),
        personIds: list([r.personId, r.lawyerId]),
        date: str(r.arrestDate) || undefined,
        status: str(r.status) || undefined,
      };
    }
    case 'event':
      return {
        ...base,
        names: [],
        title: '',
        shortText: str(r.text),
        personIds: list([r.personId]),
        date: str(r.date) || undefined,
        status: str(r.type) || undefined,
      };
    case 'letter':
      return {
        ...base,
        names: [],
        title: '',
        shortText: join(r.summary, r.writer, r.trackingNumber),
        personIds: list([r.personId]),
        date: str(r.sentOn) || str(r.receivedOn) || str(r.writtenOn) || undefined,
        status: str(r.status) || undefined,
      };
    case 'article':
      return {
        ...base,
        names: [],
        title: str(r.title),
        shortText: join(r.source, r.author),
        personIds: list(r.personIds),
        date: str(r.date) || undefined,
      };
    case 'document':
      return {
        ...base,
        names: [],
        title: str(r.title),
        shortText: join(r.court),
        personIds: list(r.personIds),
        date: str(r.date) || undefined,
        status: str(r.docType) || undefined,
      };
    case 'attachment':
      return { ...base, names: [], title: str(r.originalName), shortText: '', personIds: [] };
  }
  throw new Error(`Unknown kind ${String(kind)}`);
}
