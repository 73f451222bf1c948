/**
 * Removes from a record every link to a record that the export leaves out. An exported
 * record must not even name the id of a record below the export's level: ids are chosen by
 * people too ("lawyer-of-…"), and a link tells that something is there.
 */
import type { AnyRecord, RecordKind, RecordOf } from '../../shared/records';
import { referencesOf } from '../archive/references';

export type LinkCheck = (kind: RecordKind, id: string) => boolean;

export function withSharedLinks<K extends RecordKind>(
  kind: K,
  record: RecordOf<K>,
  allows: LinkCheck,
): RecordOf<K> {
  const r = { ...(record as Record<string, unknown>) };
  const keepOne = (field: string, target: RecordKind) => {
    if (typeof r[field] === 'string' && !allows(target, r[field])) delete r[field];
  };
  const keepMany = (field: string, target: RecordKind) => {
    if (Array.isArray(r[field]))
      r[field] = (r[field] as string[]).filter((id) => allows(target, id));
  };
  switch (kind) {
    case 'person':
      r.relations = (r.relations as { personId: string }[]).filter((relation) =>
        allows('person', relation.personId),
      );
      keepOne('photoId', 'attachment');
      break;
    case 'address':
      keepOne('facilityId', 'facility');
      break;
    case 'case':
      keepOne('lawyerId', 'person');
      break;
    case 'event': {
      const source = r.source as { kind: RecordKind; id: string } | undefined;
      if (source && !allows(source.kind, source.id)) delete r.source;
      break;
    }
    case 'letter':
      keepOne('addressId', 'address');
      keepMany('scanIds', 'attachment');
      keepOne('inReplyTo', 'letter');
      break;
    case 'article':
      keepMany('personIds', 'person');
      break;
    case 'document':
      keepMany('personIds', 'person');
      keepOne('caseId', 'case');
      keepMany('attachmentIds', 'attachment');
      break;
    case 'facility':
    case 'attachment':
      break;
  }
  // The archive's own list of links is the check: a link kind added to the records later
  // and not handled above stops the export instead of slipping through.
  const stray = referencesOf(kind, r as unknown as AnyRecord).find(
    (ref) => !allows(ref.kind, ref.id),
  );
  if (stray)
    throw new Error(`A ${kind} link (${stray.field}) to a left-out record was not removed.`);
  return r as RecordOf<K>;
}
