/**
 * Deleting a record from a section of the prisoner page, with an undo kept until the next
 * deletion or until it is dismissed. The archive cuts the links to the record when deleting
 * it, and sets them again on undo (`records.delete` / `records.restore`).
 */
import { useState } from 'react';
import type { DeletionReceipt } from '../../../shared/api';
import type { RecordKind } from '../../../shared/records';
import { call } from '../api-client';

export interface LastDeletion {
  readonly receipt: DeletionReceipt;
  /** How the deleted record was named where the user deleted it. */
  readonly label: string;
}

export interface Deletion {
  readonly last: LastDeletion | null;
  readonly problem: string | null;
  readonly busy: boolean;
  remove(kind: RecordKind, id: string, label: string): Promise<boolean>;
  undo(): Promise<void>;
  dismiss(): void;
}

export function useDeletion(onChanged: () => void, failed: string): Deletion {
  const [last, setLast] = useState<LastDeletion | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<void>) {
    setProblem(null);
    setBusy(true);
    try {
      await work();
      return true;
    } catch (error) {
      setProblem(error instanceof Error ? error.message : failed);
      return false;
    } finally {
      setBusy(false);
      onChanged();
    }
  }

  return {
    last,
    problem,
    busy,
    remove: (kind, id, label) =>
      run(async () => {
        const receipt = await call('records.delete', { kind, id });
        setLast({ receipt, label });
      }),
    undo: async () => {
      if (!last) return;
      await run(async () => {
        await call('records.restore', { undoToken: last.receipt.undoToken });
        setLast(null);
      });
    },
    dismiss: () => setLast(null),
  };
}
