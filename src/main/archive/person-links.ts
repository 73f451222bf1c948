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
  /** kind → record id → the persons it is linked to, to undo its links on change. */
  private readonly ofRecord = new Map<RecordKind, Map<string, string[]>>();

  /** Records (or replaces) the links of one record. */
  set(kind: RecordKind, id: string, record: object): void {
    this.delete(kind, id);
    this.add(kind, id, record);
  }

  /** Adds the links of a record not seen before: the fast path while an archive loads. */
  add(kind: RecordKind, id: string, record: object): void {
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
    let records = this.ofRecord.get(kind);
    if (!records) {
      records = new Map();
      this.ofRecord.set(kind, records);
    }
    records.set(id, personIds);
  }

  delete(kind: RecordKind, id: string): void {
    const records = this.ofRecord.get(kind);
    const personIds = records?.get(id);
    if (!personIds) return;
    for (const personId of personIds) this.byPerson.get(personId)?.get(kind)?.delete(id);
    records!.delete(id);
  }

  /** Ids of the records of one kind linked to a person. */
  idsFor(personId: string, kind: RecordKind): string[] {
    return [...(this.byPerson.get(personId)?.get(kind) ?? [])];
  }
}
