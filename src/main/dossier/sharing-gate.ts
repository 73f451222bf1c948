/**
 * The one place a dossier decides whether a record may be exported at a level. Every record
 * a dossier reaches passes `admits`, which remembers each refusal with its reason, so that a
 * preview can list what was left out without the export ever holding it.
 */
import { titleOf, type AnyRecord, type RecordKind, type SharingLevel } from '../../shared/records';
import type { Archive } from '../archive/archive';
import type { LeftOutRecord } from './dossier-model';
import { isSharedAt } from './sharing';

export class SharingGate {
  private readonly decisions = new Map<string, boolean>();
  private readonly refused: LeftOutRecord[] = [];

  constructor(
    private readonly archive: Archive,
    readonly level: SharingLevel,
  ) {}

  /**
   * Whether the record may be exported. A record below the level is listed as left out
   * (once); a link to a record that is not in the archive is simply not followed.
   */
  admits(kind: RecordKind, id: string): boolean {
    const key = `${kind}:${id}`;
    const known = this.decisions.get(key);
    if (known !== undefined) return known;
    const allowed = this.allows(kind, id);
    this.decisions.set(key, allowed);
    if (!allowed && this.archive.has(kind, id)) {
      const record = this.archive.stored(kind, id);
      this.refused.push({
        kind,
        id,
        title: this.titleOf(kind, id),
        why: `marked ${String(record.sharing)}, below the ${this.level} level`,
      });
    }
    return allowed;
  }

  /** Keeps out a record that is shared widely enough but is reached only through one that is not. */
  leaveOut(kind: RecordKind, id: string, why: string): void {
    const key = `${kind}:${id}`;
    if (this.decisions.has(key)) return;
    this.decisions.set(key, false);
    this.refused.push({ kind, id, title: this.titleOf(kind, id), why });
  }

  /** Whether a link to the record may stay in an exported record: no listing, no memory. */
  allows(kind: RecordKind, id: string): boolean {
    const decided = this.decisions.get(`${kind}:${id}`);
    if (decided !== undefined) return decided;
    return (
      this.archive.has(kind, id) && isSharedAt(this.archive.stored(kind, id).sharing, this.level)
    );
  }

  /** A record's title as lists show it; a stored record lacks only its large text. */
  titleOf(kind: RecordKind, id: string): string {
    return titleOf(kind, this.archive.stored(kind, id) as unknown as AnyRecord);
  }

  get leftOut(): readonly LeftOutRecord[] {
    return this.refused;
  }
}
