/**
 * Which records belong to or mention each person (`personId` or `personIds`), kept in
 * memory so that a prisoner's letters, addresses and articles are found without scanning
 * hundreds of thousands of records.
 */
import type { RecordKind } from '../../shared/records';

interface Linked {
  readonly personId?: unknown;
  readonly personIds?: unknown;
}

export function personIdsOf(anyRecord: object): string[] {
  const record = anyRecord as Linked;
  const ids: string[] = [];
  if (typeof record.personId === 'string') ids.push(record.personId);
  if (Array.isArray(record.personIds)) {
    for (const id of record.personIds)
      if (typeof id === 'string' && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

export class PersonLinks {
  /** person id → kind → record ids, in the order they were linked. */
  private readonly byPerson = new Map<string, Map<RecordKind, Set<string>>>();
  /** `kind:id` → the persons the record is linked to, to undo its links on change. */
  private readonly ofRecord = new Map<string, string[]>();

  /** Records (or replaces) the links of one record. */
  set(kind: RecordKind, id: string, record: object): void {
    this.delete(kind, id);
    const personIds = personIdsOf(record);
    if (personIds.length === 0) return;
    for (const personId of personIds) {
      let kinds = this.byPerson.get(personId);
      if (!kinds) {
        kinds = new Map();
        this.byPerson.set(personId, kinds);
      }
      let ids = kinds.get(kind);
      if (!ids) {
        ids = new Set();
        kinds.set(kind, ids);
      }
      ids.add(id);
    }
    this.ofRecord.set(`${kind}:${id}`, personIds);
  }

  delete(kind: RecordKind, id: string): void {
    const key = `${kind}:${id}`;
    for (const personId of this.ofRecord.get(key) ?? [])
      this.byPerson.get(personId)?.get(kind)?.delete(id);
    this.ofRecord.delete(key);
  }

  /** Ids of the records of one kind linked to a person. */
  idsFor(personId: string, kind: RecordKind): string[] {
    return [...(this.byPerson.get(personId)?.get(kind) ?? [])];
  }
}
