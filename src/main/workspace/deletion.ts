/**
 * Deleting a record so that it can be brought back. The archive refuses to delete a record
 * others point to; here the links are cut first and remembered, so that an undo restores
 * the record and makes every record that pointed to it point to it again:
 *
 * - a record that belongs to the deleted one (its `personId`) cannot live without it and
 *   goes with it (a person's addresses, cases, events and letters);
 * - any other link is cut: an optional field is emptied (a reply's `inReplyTo`, a case's
 *   lawyer), an entry of a list is taken out (an article's `personIds`).
 */
import { randomUUID } from 'node:crypto';
import { CasefileError } from '../../shared/errors';
import {
  PERSON_OWNED_KINDS,
  RECORD_KINDS,
  titleOf,
  type AnyRecord,
  type RecordKind,
} from '../../shared/records';
import type { Archive } from '../archive/archive';
import { mayPointTo, referencesOf } from '../archive/references';

export interface RecordKey {
  readonly kind: RecordKind;
  readonly id: string;
}

/** One link taken out of a record that stays: where it was and what it held. */
export interface CutLink {
  /** The top-level field: `inReplyTo`, `personIds`, `relations`, `source`. */
  readonly field: string;
  /** For a list: the position of the entry that was taken out. */
  readonly index?: number;
  /** The value taken out: an id, a relation, an event's source. */
  readonly value: unknown;
}

export interface Deletion {
  /** The records deleted, whole (large text included), as they were. */
  readonly removed: readonly { readonly kind: RecordKind; readonly record: AnyRecord }[];
  /** Records that stay, with the links to the deleted ones that were cut from them. */
  readonly cut: readonly (RecordKey & { readonly links: readonly CutLink[] })[];
}

const keyOf = (kind: RecordKind, id: string) => `${kind}:${id}`;

/** Reads a reference's field path (`personIds.2`, `relations.0.personId`, `source.id`). */
function cutOf(record: AnyRecord, field: string): CutLink {
  const [top, position] = field.split('.');
  const value = (record as unknown as Record<string, unknown>)[top];
  if (Array.isArray(value) && position !== undefined) {
    const index = Number(position);
    return { field: top, index, value: value[index] };
  }
  return { field: top, value };
}

function withoutLinks(record: AnyRecord, links: readonly CutLink[]): Record<string, unknown> {
  const next: Record<string, unknown> = { ...record };
  // Later positions first, so that earlier ones still point to the right entries.
  const ordered = [...links].sort((a, b) => (b.index ?? -1) - (a.index ?? -1));
  for (const link of ordered) {
    if (link.index === undefined) delete next[link.field];
    else {
      const list = [...(next[link.field] as unknown[])];
      list.splice(link.index, 1);
      next[link.field] = list;
    }
  }
  return next;
}

function withLinks(record: AnyRecord, links: readonly CutLink[]): Record<string, unknown> {
  const next: Record<string, unknown> = { ...record };
  const ordered = [...links].sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  for (const link of ordered) {
    if (link.index === undefined) {
      // A link set again since the deletion is the user's newer choice: it stays.
      if (next[link.field] === undefined) next[link.field] = link.value;
    } else {
      const list = [...((next[link.field] as unknown[] | undefined) ?? [])];
      const present = list.some((entry) => JSON.stringify(entry) === JSON.stringify(link.value));
      if (!present) list.splice(Math.min(link.index, list.length), 0, link.value);
      next[link.field] = list;
    }
  }
  return next;
}

function editable(record: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = record;
  return fields;
}

/** Deletes a record, what belongs to it, and the links to them; returns what undo needs. */
export async function deleteWithLinks(
  archive: Archive,
  kind: RecordKind,
  id: string,
): Promise<Deletion> {
  await archive.whenLoaded();
  archive.stored(kind, id); // "not found" before anything changes

  // What goes: the record and, for a person, what belongs to them (only a person owns
  // records). Their ids come from the archive's person links, without a scan.
  const doomed = new Map<string, RecordKey>([[keyOf(kind, id), { kind, id }]]);
  if (kind === 'person') {
    for (const owned of PERSON_OWNED_KINDS) {
      for (const record of archive.list(owned, { personId: id }).items) {
        if (record.personId === id)
          doomed.set(keyOf(owned, record.id), { kind: owned, id: record.id });
      }
    }
  }

  // The links to them from records that stay: one pass over the kinds that may hold one,
  // rather than one pass per deleted record.
  const doomedKinds = new Set([...doomed.values()].map((key) => key.kind));
  const links: { from: RecordKey; field: string }[] = [];
  for (const sourceKind of RECORD_KINDS) {
    if (![...doomedKinds].some((target) => mayPointTo(sourceKind, target))) continue;
    for (const record of archive.storedAll(sourceKind)) {
      if (doomed.has(keyOf(sourceKind, record.id))) continue;
      for (const ref of referencesOf(sourceKind, record as unknown as AnyRecord)) {
        if (doomed.has(keyOf(ref.kind, ref.id))) {
          links.push({ from: { kind: sourceKind, id: record.id }, field: ref.field });
        }
      }
    }
  }

  const removed: { kind: RecordKind; record: AnyRecord }[] = [];
  for (const key of doomed.values()) {
    removed.push({ kind: key.kind, record: await archive.get(key.kind, key.id) });
  }

  const cutByRecord = new Map<string, RecordKey & { links: CutLink[] }>();
  for (const link of links) {
    const key = keyOf(link.from.kind, link.from.id);
    let entry = cutByRecord.get(key);
    if (!entry) {
      entry = { ...link.from, links: [] };
      cutByRecord.set(key, entry);
    }
    entry.links.push(cutOf(archive.stored(link.from.kind, link.from.id) as AnyRecord, link.field));
  }
  const cut = [...cutByRecord.values()];
  const done: typeof cut = [];
  try {
    for (const entry of cut) {
      const current = await archive.get(entry.kind, entry.id);
      await archive.update(entry.kind, entry.id, editable(withoutLinks(current, entry.links)));
      done.push(entry);
    }
    // All at once: the archive checks that nothing else points to them, in one pass.
    await archive.removeMany(removed.map((item) => ({ kind: item.kind, id: item.record.id })));
  } catch (error) {
    // The deletion did not happen, or only in part (a full disk, a closed archive): what
    // was removed already comes back, then the links already cut are put back one record at
    // a time, so that the records stay as they were rather than half-unlinked.
    const gone = removed.filter((item) => !archive.has(item.kind, item.record.id));
    if (gone.length > 0)
      await archive
        .addMany(
          gone.map((item) => ({
            kind: item.kind,
            record: item.record,
            label: titleOf(item.kind, item.record),
          })),
        )
        .catch(() => undefined);
    for (const entry of done) await relink(archive, [entry]).catch(() => undefined);
    throw error;
  }
  return { removed, cut };
}

/** Sets the cut links again on the records that still exist; returns those it changed. */
async function relink(archive: Archive, cut: Deletion['cut']): Promise<RecordKey[]> {
  const relinked: RecordKey[] = [];
  for (const entry of cut) {
    // A record deleted since then has no links to put back.
    if (!archive.has(entry.kind, entry.id)) continue;
    const current = await archive.get(entry.kind, entry.id);
    await archive.update(entry.kind, entry.id, editable(withLinks(current, entry.links)));
    relinked.push({ kind: entry.kind, id: entry.id });
  }
  return relinked;
}

/** Puts back what a deletion took: the records as they were, then the links that were cut. */
export async function restoreDeletion(
  archive: Archive,
  deletion: Deletion,
): Promise<{ restored: RecordKey[]; relinked: RecordKey[] }> {
  await archive.whenLoaded();
  const answer = await archive.addMany(
    deletion.removed.map((item) => ({
      kind: item.kind,
      record: item.record,
      label: titleOf(item.kind, item.record),
    })),
  );
  if (answer.problems.length > 0) {
    throw new CasefileError(
      'conflict',
      `Not everything could be restored: ${answer.problems.map((p) => `${p.label}: ${p.message}`).join('; ')}.`,
    );
  }
  return { restored: answer.added, relinked: await relink(archive, deletion.cut) };
}

/** The deletions of one session, kept in memory for undo; the oldest are forgotten. */
export class DeletionLog {
  private readonly entries = new Map<string, Deletion>();

  constructor(private readonly kept = 100) {}

  keep(deletion: Deletion): string {
    const token = randomUUID();
    this.entries.set(token, deletion);
    while (this.entries.size > this.kept) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    return token;
  }

  /** The deletion for a token; `forget` it once undone, so that it is not applied twice. */
  find(token: string): Deletion {
    const deletion = this.entries.get(token);
    if (!deletion) {
      throw new CasefileError(
        'not-found',
        'This deletion can no longer be undone: it was undone already, or Casefile was restarted since.',
      );
    }
    return deletion;
  }

  forget(token: string): void {
    this.entries.delete(token);
  }
}
