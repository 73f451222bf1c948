/**
 * Binds the API table to the domain: one handler per entry. Handlers receive input that
 * dispatch has already validated; they hold no logic of their own beyond choosing the
 * domain call.
 */
import type { ApiName, ApiOutput, ApiParsedInput } from '../../shared/api';
import type { RecordKind } from '../../shared/records';
import type { Archive } from '../archive/archive';
import { computeDashboard } from '../workspace/dashboard';
import { facilityDetail, facilityRows } from '../workspace/facilities';
import { prisonerRows } from '../workspace/prisoner-rows';
import { archiveToday, quietDaysOf, readWorkspace } from '../workspace/read-workspace';
import type { ApiContext, Handlers } from './dispatch';
import { encryptionHandlers } from './encryption-handlers';
import { attachmentHandlers } from './attachment-handlers';
import { exportHandlers } from './export-handlers';
import { importHandlers } from './import-handlers';
import { profileHandlers } from './profile-handlers';
import { settingsHandlers } from './settings-handlers';
import { sheetHandlers } from './sheet-handlers';
import { workspaceRecordHandlers } from './workspace-record-handlers';
import { markAnswered } from '../workspace/replies';

type Prefix<N> = N extends `${infer P}.list` ? P : never;
type CrudPrefix = Prefix<ApiName>;
type HandlerOf<N extends ApiName> = Handlers[N];

/** The current archive once the records of `kind` are read (large kinds are read after open). */
async function readable(context: ApiContext, kind: RecordKind): Promise<Archive> {
  const archive = context.session.current;
  await archive.whenLoaded([kind]);
  return archive;
}

/** The five record calls of one kind, from the archive's generic record methods. */
function crudHandlers<P extends CrudPrefix>(prefix: P, kind: RecordKind) {
  const archiveOf = (context: ApiContext): Archive => context.session.current;
  return {
    [`${prefix}.list`]: async (
      input: { personId?: string; role?: string; limit: number; offset: number },
      context: ApiContext,
    ) => (await readable(context, kind)).list(kind, input),
    [`${prefix}.get`]: async (input: { id: string }, context: ApiContext) =>
      (await readable(context, kind)).get(kind, input.id),
    [`${prefix}.create`]: async (
      input: { id?: string } & Record<string, unknown>,
      context: ApiContext,
    ) => {
      const { id, ...fields } = input;
      return archiveOf(context).create(kind, fields, id);
    },
    [`${prefix}.update`]: async (input: { id: string; fields: unknown }, context: ApiContext) =>
      archiveOf(context).update(kind, input.id, input.fields),
    [`${prefix}.delete`]: async (input: { id: string }, context: ApiContext) => ({
      deleted: await archiveOf(context).remove(kind, input.id),
    }),
  } as unknown as {
    [N in `${P}.${'list' | 'get' | 'create' | 'update' | 'delete'}` & ApiName]: HandlerOf<N>;
  };
}

const info = async (
  _input: ApiParsedInput<'archive.info'>,
  context: ApiContext,
): Promise<ApiOutput<'archive.info'>> => context.session.current.info;

export const handlers: Handlers = {
  ...attachmentHandlers,
  ...encryptionHandlers,
  ...exportHandlers,
  ...importHandlers,
  ...profileHandlers,
  ...settingsHandlers,
  ...sheetHandlers,
  ...workspaceRecordHandlers,
  'archive.info': info,
  'archive.openSample': async (_input, context) => (await context.session.openSample()).info,
  'archive.openMain': async (_input, context) => (await context.session.openMain()).info,
  ...crudHandlers('persons', 'person'),
  ...crudHandlers('facilities', 'facility'),
  ...crudHandlers('addresses', 'address'),
  ...crudHandlers('cases', 'case'),
  ...crudHandlers('events', 'event'),
  ...crudHandlers('letters', 'letter'),
  // A reply logged marks the letter it answers (workspace/replies.ts).
  'letters.create': async (input, context) => {
    const { id, ...fields } = input;
    const letter = await context.session.current.create(
      'letter',
      fields,
      typeof id === 'string' ? id : undefined,
    );
    await markAnswered(context.session.current, letter);
    return letter;
  },
  'letters.update': async (input, context) => {
    const letter = await context.session.current.update('letter', input.id, input.fields);
    await markAnswered(context.session.current, letter);
    return letter;
  },
  ...crudHandlers('articles', 'article'),
  ...crudHandlers('documents', 'document'),
  'search.query': async (input, context) => (await context.session.search()).search(input),
  'search.status': async (_input, context) => context.session.searchStatus(),
  'workspace.dashboard': async (_input, context) => {
    const archive = context.session.current;
    return computeDashboard(await readWorkspace(archive), {
      today: archiveToday(archive),
      quietDays: quietDaysOf(archive),
    });
  },
  'workspace.prisoners': async (_input, context) => {
    const archive = context.session.current;
    const today = archiveToday(archive);
    return { today, rows: prisonerRows(await readWorkspace(archive), today) };
  },
  'workspace.facilities': async (_input, context) => {
    const archive = context.session.current;
    return { rows: facilityRows(await readWorkspace(archive), archiveToday(archive)) };
  },
  'workspace.facility': async (input, context) => {
    const archive = context.session.current;
    const data = await readWorkspace(archive);
    const facility = await archive.get('facility', input.id);
    return facilityDetail(data, facility, archiveToday(archive));
  },
};
