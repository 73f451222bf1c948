/**
 * The API table: the single description of everything the UI (or a script) can ask of an
 * archive. Each entry names a call `area.verb` and gives the zod schema of its one input
 * object and the schema of its output.
 *
 * The Electron IPC handlers, the preload's `window.casefile`, the HTTP routes of serve mode
 * and the handler map's type are all derived from this table; nothing is written per call.
 */
import { z } from 'zod';
import {
  AddressFields,
  Address,
  ArticleFields,
  Article,
  Attachment,
  CaseFields,
  Case,
  DocumentFields,
  Document,
  EventFields,
  Event,
  FacilityFields,
  Facility,
  LetterFields,
  Letter,
  PersonFields,
  IsoDate,
  Person,
  LETTER_CHANNELS,
  PERSON_ROLES,
  PRISONER_STATUSES,
  RECORD_KINDS,
} from './records';

/** One call: the schema its input must satisfy and the schema of what it answers. */
export interface ApiEntry<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
}

function entry<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): ApiEntry<I, O> {
  return { input, output };
}

const Id = z.string().min(1, 'An id is required.').max(100);
const ById = z.object({ id: Id });

/** Paging for lists that can grow to hundreds of thousands of records. */
const Page = {
  limit: z.number().int().min(1).max(10_000).default(500),
  offset: z.number().int().min(0).default(0),
};
const ForPerson = z.object({ personId: Id.optional(), ...Page });

const listOf = <S extends z.ZodType>(item: S) =>
  z.object({ items: z.array(item), total: z.number() });

type Crud<
  P extends string,
  F extends z.ZodObject,
  R extends z.ZodType,
  L extends z.ZodType,
  S extends z.ZodType,
> = {
  [K in `${P}.list`]: ApiEntry<L, ReturnType<typeof listOf<S>>>;
} & {
  [K in `${P}.get`]: ApiEntry<typeof ById, R>;
} & {
  [K in `${P}.create`]: ApiEntry<ReturnType<F['extend']> & z.ZodObject, R>;
} & {
  [K in `${P}.update`]: ApiEntry<z.ZodObject<{ id: typeof Id; fields: F }>, R>;
} & {
  [K in `${P}.delete`]: ApiEntry<typeof ById, z.ZodObject<{ deleted: R }>>;
};

/**
 * The five calls every editable kind has. `update` replaces all editable fields (a form
 * sends the whole record), so that a missing field is never silently defaulted.
 */
function crud<
  P extends string,
  F extends z.ZodObject,
  R extends z.ZodType,
  L extends z.ZodType,
  S extends z.ZodType,
>(prefix: P, fields: F, record: R, listInput: L, summary: S): Crud<P, F, R, L, S> {
  return {
    [`${prefix}.list`]: entry(listInput, listOf(summary)),
    [`${prefix}.get`]: entry(ById, record),
    [`${prefix}.create`]: entry(fields.extend({ id: Id.optional() }), record),
    [`${prefix}.update`]: entry(z.object({ id: Id, fields }), record),
    [`${prefix}.delete`]: entry(ById, z.object({ deleted: record })),
  } as Crud<P, F, R, L, S>;
}

export const Recovery = z.object({
  file: z.string(),
  restoredFrom: z.string().nullable(),
  movedTo: z.string(),
});
export type Recovery = z.infer<typeof Recovery>;

export const ArchiveInfo = z.object({
  archiveId: z.string(),
  name: z.string(),
  dir: z.string(),
  formatVersion: z.number(),
  createdAt: z.string(),
  isSample: z.boolean(),
  counts: z.record(z.enum(RECORD_KINDS), z.number()),
  /** Damaged files found at open: what was restored and where the damaged copy was kept. */
  recoveries: z.array(Recovery),
  /** Set while the large collections are still being read after opening: how many are read. */
  loading: z.object({ done: z.number(), total: z.number() }).optional(),
});
export type ArchiveInfo = z.infer<typeof ArchiveInfo>;

export const SearchHit = z.object({
  kind: z.enum(RECORD_KINDS),
  id: z.string(),
  title: z.string(),
  score: z.number(),
  /** A piece of the matched text; `highlights` are [start, end) ranges in it. */
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number(), z.number()])),
  /** The person the hit is about (the person itself, or the owner of a letter…). */
  personId: z.string().optional(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const IndexingStatus = z.object({
  state: z.enum(['ready', 'building']),
  done: z.number(),
  total: z.number(),
});

export const ArticleSummary = Article.omit({ body: true });
export const DocumentSummary = Document.omit({ text: true });

// ---------------------------------------------------------------- The prisoner workspace

/** How a person is named wherever the workspace lists them. */
export const PersonRef = z.object({
  id: z.string(),
  name: z.string(),
  nativeName: z.string().optional(),
});
export type PersonRef = z.infer<typeof PersonRef>;

export const UPCOMING_KINDS = [
  'hearing',
  'detention-end',
  'birthday',
  'arrest-anniversary',
] as const;

export const Dashboard = z.object({
  /** The archive's today, from its clock: the day every count below is counted to. */
  today: IsoDate,
  /** After this many days without a letter a prisoner is listed, and a letter is overdue. */
  quietDays: z.number(),
  /** Prisoners still written to with no letter sent for more than `quietDays`. */
  quiet: z.array(
    z.object({
      person: PersonRef,
      /** The last letter sent; null when none was ever logged. */
      lastSentOn: IsoDate.nullable(),
      daysSince: z.number().nullable(),
    }),
  ),
  /** Letters sent more than `quietDays` ago that no letter from the prisoner has followed. */
  awaiting: z.array(
    z.object({
      letterId: z.string(),
      person: PersonRef,
      sentOn: IsoDate,
      daysWaiting: z.number(),
      channel: z.enum(LETTER_CHANNELS),
    }),
  ),
  /** Hearings, ends of detention, birthdays and anniversaries of arrest in the next 30 days. */
  upcoming: z.array(
    z.object({
      day: IsoDate,
      daysAway: z.number(),
      kind: z.enum(UPCOMING_KINDS),
      person: PersonRef,
      /** For birthdays and anniversaries: how many years. */
      years: z.number().optional(),
      court: z.string().optional(),
    }),
  ),
  /** The records changed last, newest first. */
  recent: z.array(
    z.object({
      kind: z.enum(RECORD_KINDS),
      id: z.string(),
      title: z.string(),
      updatedAt: z.string(),
      isNew: z.boolean(),
      /** The person the record belongs to (or is), for the link. */
      person: PersonRef.optional(),
    }),
  ),
  prisonerCount: z.number(),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const FacilityRef = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string().optional(),
  region: z.string().optional(),
});
export type FacilityRef = z.infer<typeof FacilityRef>;

/** One line of the prisoners list, with the figures counted in the main process. */
export const PrisonerRow = PersonRef.extend({
  status: z.enum(PRISONER_STATUSES).optional(),
  tags: z.array(z.string()),
  /** Where the current address is, when it is a facility of the registry. */
  facility: FacilityRef.nullable(),
  /** The current address's first line, when it is not a facility of the registry. */
  addressLine: z.string().nullable(),
  detainedSince: IsoDate.nullable(),
  /** Counted while the status is a detention (pre-trial, house arrest, convicted). */
  daysInDetention: z.number().nullable(),
  lastSentOn: IsoDate.nullable(),
  awaitingReply: z.number(),
});
export type PrisonerRow = z.infer<typeof PrisonerRow>;

export const FacilityRow = z.object({ facility: Facility, heldNow: z.number() });
export type FacilityRow = z.infer<typeof FacilityRow>;

const HeldPerson = PersonRef.extend({ status: z.enum(PRISONER_STATUSES).optional() });

export const FacilityDetail = z.object({
  facility: Facility,
  /** Whose current address is this facility. */
  heldNow: z.array(z.object({ person: HeldPerson, since: IsoDate.nullable() })),
  /** Whose earlier addresses were here: the history of transfers. */
  heldBefore: z.array(
    z.object({ person: HeldPerson, from: IsoDate.nullable(), to: IsoDate.nullable() }),
  ),
});
export type FacilityDetail = z.infer<typeof FacilityDetail>;

export const apiTable = {
  'archive.info': entry(z.object({}), ArchiveInfo),
  /** Switches to the fictional sample archive, creating it on first use. */
  'archive.openSample': entry(z.object({}), ArchiveInfo),
  /** Switches back from the sample to the archive the app was started with. */
  'archive.openMain': entry(z.object({}), ArchiveInfo),

  ...crud(
    'persons',
    PersonFields,
    Person,
    z.object({ role: z.enum(PERSON_ROLES).optional(), ...Page }),
    Person,
  ),
  ...crud('facilities', FacilityFields, Facility, z.object({ ...Page }), Facility),
  ...crud('addresses', AddressFields, Address, ForPerson, Address),
  ...crud('cases', CaseFields, Case, ForPerson, Case),
  ...crud('events', EventFields, Event, ForPerson, Event),
  ...crud('letters', LetterFields, Letter, ForPerson, Letter),
  ...crud('articles', ArticleFields, Article, ForPerson, ArticleSummary),
  ...crud('documents', DocumentFields, Document, ForPerson, DocumentSummary),

  'attachments.get': entry(ById, Attachment),

  'search.query': entry(
    z.object({
      query: z.string().max(500, 'A search is at most 500 characters.'),
      kinds: z.array(z.enum(RECORD_KINDS)).optional(),
      personId: Id.optional(),
      facilityId: Id.optional(),
      from: IsoDate.optional(),
      to: IsoDate.optional(),
      tags: z.array(z.string().max(80)).max(20).optional(),
      status: z.string().max(40).optional(),
      limit: z.number().int().min(1).max(5000).default(50),
    }),
    z.object({
      hits: z.array(SearchHit),
      total: z.number(),
      suggestions: z.array(
        z.object({ kind: z.enum(RECORD_KINDS), id: z.string(), title: z.string() }),
      ),
      indexing: IndexingStatus,
    }),
  ),
  /** Whether the full-text index is complete, or how far its build has come. */
  'search.status': entry(z.object({}), IndexingStatus),

  /** The home page: who needs a letter, what comes up next, what changed last. */
  'workspace.dashboard': entry(z.object({}), Dashboard),
  /** Every prisoner with where they are held and their correspondence figures, in one call. */
  'workspace.prisoners': entry(
    z.object({}),
    z.object({ today: IsoDate, rows: z.array(PrisonerRow) }),
  ),
  /** The facility registry, with how many prisoners each holds now. */
  'workspace.facilities': entry(z.object({}), z.object({ rows: z.array(FacilityRow) })),
  /** One facility with who is held there now and who was before. */
  'workspace.facility': entry(ById, FacilityDetail),
};

export type ApiTable = typeof apiTable;
export type ApiName = keyof ApiTable;
/** What a caller passes: defaults may be left out. */
export type ApiInput<N extends ApiName> = z.input<ApiTable[N]['input']>;
/** What a handler receives, after validation has applied the defaults. */
export type ApiParsedInput<N extends ApiName> = z.output<ApiTable[N]['input']>;
export type ApiOutput<N extends ApiName> = z.output<ApiTable[N]['output']>;

export const API_NAMES = Object.keys(apiTable) as ApiName[];

export function isApiName(name: string): name is ApiName {
  return Object.prototype.hasOwnProperty.call(apiTable, name);
}

/** The IPC channel of a call: one namespace, so no other channel can pose as an API call. */
export function channelOf(name: ApiName): string {
  return `casefile:${name}`;
}

/** `window.casefile` and the HTTP client both have this shape: one function per entry. */
export type CasefileBridge = {
  [N in ApiName]: (input: ApiInput<N>) => Promise<import('./errors').Envelope<ApiOutput<N>>>;
};
