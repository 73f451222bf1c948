/**
 * The links between records: which fields of a record name another record. Used to refuse
 * a dangling link when saving, to refuse deleting a record others still point to, and by
 * `verify`.
 */
import type { AnyRecord, RecordKind } from '../../shared/records';

export interface Reference {
  /** The field as a path, for form errors: `relations.0.personId`. */
  readonly field: string;
  readonly kind: RecordKind;
  readonly id: string;
}

export function referencesOf(kind: RecordKind, record: AnyRecord): Reference[] {
  const r = record as unknown as Record<string, unknown>;
  const refs: Reference[] = [];
  const one = (field: string, target: RecordKind) => {
    if (typeof r[field] === 'string') refs.push({ field, kind: target, id: r[field] as string });
  };
  const many = (field: string, target: RecordKind) => {
    (r[field] as string[] | undefined)?.forEach((id, index) =>
      refs.push({ field: `${field}.${index}`, kind: target, id }),
    );
  };
  switch (kind) {
    case 'person':
      (r.relations as { personId: string }[] | undefined)?.forEach((relation, index) =>
        refs.push({ field: `relations.${index}.personId`, kind: 'person', id: relation.personId }),
      );
      one('photoId', 'attachment');
      break;
    case 'facility':
    case 'attachment':
      break;
    case 'address':
      one('personId', 'person');
      one('facilityId', 'facility');
      break;
    case 'case':
      one('personId', 'person');
      one('lawyerId', 'person');
      break;
    case 'event': {
      one('personId', 'person');
      const source = r.source as { kind: RecordKind; id: string } | undefined;
      if (source) refs.push({ field: 'source.id', kind: source.kind, id: source.id });
      break;
    }
    case 'letter':
      one('personId', 'person');
      one('addressId', 'address');
      many('scanIds', 'attachment');
      one('inReplyTo', 'letter');
      break;
    case 'article':
      many('personIds', 'person');
      break;
    case 'document':
      many('personIds', 'person');
      one('caseId', 'case');
      many('attachmentIds', 'attachment');
      break;
  }
  return refs;
}

/**
 * Which kinds a record of each kind may point to ("any": an event's source may be any
 * record). Deleting a record only needs to look at the kinds that may point to its kind.
 */
const TARGETS_OF: Record<RecordKind, readonly RecordKind[] | 'any'> = {
  person: ['person', 'attachment'],
  facility: [],
  attachment: [],
  address: ['person', 'facility'],
  case: ['person'],
  event: 'any',
  letter: ['person', 'address', 'attachment', 'letter'],
  article: ['person'],
  document: ['person', 'case', 'attachment'],
};

export function mayPointTo(source: RecordKind, target: RecordKind): boolean {
  const targets = TARGETS_OF[source];
  return targets === 'any' || targets.includes(target);
}

/**
 * Kinds whose only links to persons are `personId` / `personIds`, which PersonLinks keeps:
 * for them, the records pointing to a person are known without a scan.
 */
export const PERSON_LINKED_ONLY_BY_PERSON_IDS: readonly RecordKind[] = [
  'address',
  'letter',
  'article',
  'document',
];
