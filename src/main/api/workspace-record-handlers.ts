/** The calls of the prisoner workspace's timeline, and deletion with undo for every kind. */
import { titleOf } from '../../shared/records';
import type { Archive } from '../archive/archive';
import { DeletionLog, deleteWithLinks, restoreDeletion } from '../workspace/deletion';
import { readPersonTimeline } from '../workspace/read-person-timeline';
import type { Handlers } from './dispatch';

type WorkspaceRecordHandlers = Pick<
  Handlers,
  'workspace.timeline' | 'records.delete' | 'records.restore'
>;

/** Undo is kept per open archive, so that switching to the sample never mixes the two. */
const logs = new WeakMap<Archive, DeletionLog>();

function logOf(archive: Archive): DeletionLog {
  let log = logs.get(archive);
  if (!log) {
    log = new DeletionLog();
    logs.set(archive, log);
  }
  return log;
}

export const workspaceRecordHandlers: WorkspaceRecordHandlers = {
  'workspace.timeline': async (input, context) => ({
    entries: await readPersonTimeline(context.session.current, input.personId),
  }),
  'records.delete': async (input, context) => {
    const archive = context.session.current;
    const deletion = await deleteWithLinks(archive, input.kind, input.id);
    return {
      undoToken: logOf(archive).keep(deletion),
      removed: deletion.removed.map((item) => ({
        kind: item.kind,
        id: item.record.id,
        title: titleOf(item.kind, item.record),
      })),
      unlinked: deletion.cut.map((entry) => ({ kind: entry.kind, id: entry.id })),
    };
  },
  'records.restore': async (input, context) => {
    const archive = context.session.current;
    const log = logOf(archive);
    const answer = await restoreDeletion(archive, log.find(input.undoToken));
    log.forget(input.undoToken);
    return answer;
  },
};
