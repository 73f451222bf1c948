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
  SHARING_LEVELS,
  PERSON_FIELD_GROUPS,
} from './records';
import { SHEET_FIELDS } from './sheet-fields';

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

/** Encryption at rest, as the window needs to know it. */
export const EncryptionStatus = z.object({
  encrypted: z.boolean(),
  /** The archive is encrypted and waits for its passphrase: nothing is open. */
  locked: z.boolean(),
  /** An encrypted archive locks itself after this many minutes without use. */
  lockAfterMinutes: z.number().nullable(),
});
export type EncryptionStatus = z.infer<typeof EncryptionStatus>;

// ---------------------------------------------------------------- Prisoner workspace: timeline and undo

/** Where a timeline entry comes from, in the order the timeline's filters list them. */
export const TIMELINE_SOURCES = [
  'event',
  'case',
  'address',
  'letter',
  'article',
  'document',
] as const;

export const TimelineEntry = z.object({
  date: IsoDate,
  source: z.enum(TIMELINE_SOURCES),
  /** What happened, as a code: an event type, a case date, `transfer`, `out`/`in`, a document type. */
  what: z.string(),
  recordId: z.string(),
  text: z.string(),
  detail: z.string().optional(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

const RecordKey = z.object({ kind: z.enum(RECORD_KINDS), id: z.string() });

export const DeletionReceipt = z.object({
  /** Hand it to `records.restore` to undo, while the app runs. */
  undoToken: z.string(),
  /** The record and what belonged to it (a person's addresses, cases, letters…). */
  removed: z.array(RecordKey.extend({ title: z.string() })),
  /** Records that stay, whose links to the deleted ones were cut. */
  unlinked: z.array(RecordKey),
});
export type DeletionReceipt = z.infer<typeof DeletionReceipt>;

/** The settings of an archive a person may change from the interface. */
export const ArchiveSettings = z.object({
  /** The dashboard lists prisoners with no letter sent for more than this many days. */
  quietDays: z
    .number()
    .int('Write the number of days as a whole number.')
    .min(1, 'The number of days is at least 1.')
    .max(3650, 'The number of days is at most 3650 (ten years).'),
  /** The campaign's own address, line by line, printed on envelopes as the sender's. */
  returnAddress: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'A line of the return address cannot be empty.')
        .max(200, 'A line of the return address is at most 200 characters.')
        .refine((line) => !/[\r\n]/.test(line), 'Each line of the return address is one line.'),
    )
    .max(8, 'A return address has at most 8 lines.'),
});
export type ArchiveSettings = z.infer<typeof ArchiveSettings>;

// ---------------------------------------------------------------- Dossiers and exports
const ExportLevel = z.enum(SHARING_LEVELS);
/** What a sharing level keeps out of one prisoner's dossier, shown before anything is saved. */
export const ExportPreview = z.object({
  personId: Id,
  level: ExportLevel,
  /** Whether the person themself is shared at the level; if not, nothing can be exported. */
  personShared: z.boolean(),
  counts: z.record(z.string(), z.number()),
  leftOut: z.array(
    z.object({ kind: z.string(), id: z.string(), title: z.string(), why: z.string() }),
  ),
  /** The person's field groups (notes, relations, …) that hold something and stay out. */
  leftOutGroups: z.array(z.enum(PERSON_FIELD_GROUPS)).default([]),
});
export type ExportPreview = z.infer<typeof ExportPreview>;

/** Printable address layouts: DL and C5 envelopes, A4 sheets of 3 × 8 labels. */
export const MAIL_LAYOUTS = ['envelope-dl', 'envelope-c5', 'labels-a4'] as const;
export type MailLayout = (typeof MAIL_LAYOUTS)[number];

const BundlePassphrase = z
  .string()
  .min(8, 'A passphrase needs at least 8 characters.')
  .max(1024, 'A passphrase is at most 1,024 characters.');

export const ExportRequest = z.discriminatedUnion('what', [
  z.object({
    what: z.literal('dossier'),
    personId: Id,
    level: ExportLevel,
    format: z.enum(['pdf', 'html', 'zip']),
  }),
  z.object({
    what: z.literal('addresses'),
    level: ExportLevel,
    /** The persons to list; without them, everyone with `tag`, or else every prisoner. */
    personIds: z.array(Id).max(100_000).optional(),
    tag: z.string().min(1).max(200).optional(),
    /** A CSV list, or printable envelopes (DL, C5) or A4 label sheets as a PDF. */
    layout: z.enum(['csv', ...MAIL_LAYOUTS]).default('csv'),
  }),
  /** The whole archive as a `.casefile` bundle, to merge into another archive. */
  z.object({
    what: z.literal('bundle'),
    /** Seals the bundle; required when the archive is encrypted. */
    passphrase: BundlePassphrase.optional(),
  }),
]);
export type ExportRequest = z.infer<typeof ExportRequest>;
export const ExportJob = z.object({
  jobId: z.string(),
  state: z.enum(['working', 'done', 'failed']),
  /** What the export is doing now, as a key the window translates. */
  step: z.enum(['collecting', 'rendering', 'done', 'failed']),
  bytes: z.number(),
  fileName: z.string().optional(),
  mediaType: z.string().optional(),
  /** A plain-words note on the result, e.g. how many addresses were written. */
  summary: z.record(z.string(), z.number()).optional(),
  error: z.string().optional(),
});
export type ExportJob = z.infer<typeof ExportJob>;
const JobId = z.string().min(1).max(100);

// ---------------------------------------------------------------- Import of files and pasted text
/** A slice of a file per call: 1 MiB, about 1.4 MB as base64, small for any transport. */
export const IMPORT_SLICE_BYTES = 1024 * 1024;
const ImportDecision = z.enum(['pending', 'accepted', 'rejected']);
/** What merging one archive bundle did; a conflict is a record changed on both sides. */
export const BundleMerge = z.object({
  file: z.string(),
  archiveName: z.string(),
  bundleCreatedAt: z.string(),
  added: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  filesAdded: z.number(),
  conflicts: z.array(
    z.object({
      kind: z.enum(RECORD_KINDS),
      id: z.string(),
      title: z.string(),
      winner: z.enum(['bundle', 'archive']),
      archiveUpdatedAt: z.string(),
      bundleUpdatedAt: z.string(),
      /** Edited on both sides, dated in the future, or shared more widely in the file. */
      reason: z.enum(['both-edited', 'future', 'sharing']),
    }),
  ),
});
export type BundleMerge = z.infer<typeof BundleMerge>;
export const ImportJob = z.object({
  jobId: z.string(),
  state: z.enum(['receiving', 'working', 'done', 'cancelled']),
  done: z.number(),
  total: z.number(),
  current: z.string().optional(),
  created: z.array(
    z.object({
      file: z.string(),
      kind: z.enum(['article', 'document', 'letter']),
      id: z.string(),
      title: z.string(),
      notes: z.array(z.string()),
      persons: z.array(
        z.object({
          personId: z.string(),
          name: z.string(),
          form: z.string(),
          sentence: z.string(),
          decision: ImportDecision,
        }),
      ),
    }),
  ),
  skipped: z.array(
    z.object({ file: z.string(), reason: z.string(), duplicateOf: z.string().optional() }),
  ),
  failed: z.array(z.object({ file: z.string(), reason: z.string() })),
  /** Files left untouched because the import was cancelled before it reached them. */
  notReached: z.number(),
  /** Archive bundles (.casefile) merged by this batch, with what each changed. */
  merged: z.array(BundleMerge).optional(),
});
export type ImportJob = z.infer<typeof ImportJob>;
const ImportFileName = z
  .string()
  .min(1, 'A file needs a name.')
  .max(1000, 'A file name is at most 1,000 characters.');
const Base64Slice = z
  .string()
  .max(Math.ceil(IMPORT_SLICE_BYTES / 3) * 4, 'A slice is at most 1 MiB.')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'A slice must be base64.');

// ---------------------------------------------------------------- Prisoner page: photo, profile
/** A photo is at most 5 MiB (checked again, with its kind, in main). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** A letter's scan is at most 25 MiB (checked again, with its kind, in main). */
export const SCAN_MAX_BYTES = 25 * 1024 * 1024;
const Base64 = (maxBytes: number, what: string) =>
  z
    .string()
    .max(Math.ceil(maxBytes / 3) * 4, what)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file must be sent as base64.');

/** What the person's page shows beside the record: days in detention, who names them. */
export const PersonProfile = z.object({
  /** The archive's today, the day the age and the days are counted to. */
  today: IsoDate,
  detainedSince: IsoDate.nullable(),
  daysInDetention: z.number().nullable(),
  /** Other persons whose relations name this one: "wife of" on their profile. */
  namedBy: z.array(z.object({ person: PersonRef, type: z.string() })),
});
export type PersonProfile = z.infer<typeof PersonProfile>;

// ---------------------------------------------------------------- Import of spreadsheets of prisoners
/** Each column of a spreadsheet: the field it fills, or null when it is left out. */
const SheetMapping = z.array(z.enum(SHEET_FIELDS).nullable()).max(200);
const SheetId = z.string().min(1).max(100);
/** A .csv or .xlsx file read, with its columns, their mapping and its first rows as they will be stored. */
export const SheetPreview = z.object({
  sheetId: z.string(),
  file: z.string(),
  encoding: z.string(),
  totalRows: z.number(),
  columns: z.array(z.object({ header: z.string(), samples: z.array(z.string()) })),
  mapping: z.array(z.enum(SHEET_FIELDS).nullable()),
  /** Whether the mapping is the one used last time for the same headers. */
  remembered: z.boolean(),
  rows: z.array(
    z.object({
      row: z.number(),
      name: z.string(),
      nativeName: z.string().optional(),
      birthDate: z.string().optional(),
      status: z.enum(PRISONER_STATUSES).optional(),
      facility: z.object({ code: z.string(), isNew: z.boolean() }).optional(),
      address: z.string(),
      problems: z.array(z.string()),
      duplicate: z
        .object({ personId: z.string().optional(), row: z.number().optional(), name: z.string() })
        .optional(),
    }),
  ),
  counts: z.object({ ready: z.number(), duplicates: z.number(), problems: z.number() }),
});
export type SheetPreview = z.infer<typeof SheetPreview>;
export const SheetJob = z.object({
  sheetId: z.string(),
  file: z.string(),
  state: z.enum(['ready', 'working', 'done', 'cancelled']),
  done: z.number(),
  total: z.number(),
  created: z.array(z.object({ row: z.number(), personId: z.string(), name: z.string() })),
  duplicates: z.array(
    z.object({
      row: z.number(),
      name: z.string(),
      reason: z.string(),
      personId: z.string().optional(),
    }),
  ),
  failed: z.array(z.object({ row: z.number(), reason: z.string() })),
  facilitiesCreated: z.number(),
  addressesCreated: z.number(),
});
export type SheetJob = z.infer<typeof SheetJob>;

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
  /** Makes a JPEG or PNG the person's photo, in place of any earlier one. */
  'persons.setPhoto': entry(
    z.object({
      personId: Id,
      fileName: z.string().min(1).max(1000),
      data: Base64(PHOTO_MAX_BYTES, 'A photo may be at most 5 MB.'),
    }),
    Person,
  ),
  /** Takes the photo off the person. */
  'persons.removePhoto': entry(z.object({ personId: Id }), Person),
  /** Days in detention and the persons whose relations name this one. */
  'workspace.profile': entry(z.object({ personId: Id }), PersonProfile),
  /** Keeps a scan (PDF, JPEG, PNG or TIFF) with a letter. */
  'letters.attachScan': entry(
    z.object({
      letterId: Id,
      fileName: z.string().min(1).max(1000),
      data: Base64(SCAN_MAX_BYTES, 'A scan may be at most 25 MB.'),
    }),
    Letter,
  ),
  /** Takes a scan off a letter. */
  'letters.detachScan': entry(z.object({ letterId: Id, attachmentId: Id }), Letter),
  /**
   * An attachment's bytes, a slice at a time (base64), to show inside the app or save a copy:
   * no file is written for it, and no path crosses the API.
   */
  'attachments.content': entry(
    z.object({ id: Id, offset: z.number().int().min(0).default(0) }),
    z.object({
      base64: z.string(),
      nextOffset: z.number().nullable(),
      size: z.number(),
      mediaType: z.string(),
      originalName: z.string(),
    }),
  ),
  /**
   * Desktop app only: writes a readable copy of an attachment to a private temporary folder
   * and opens it in the system's program for it; the copy is removed when the archive closes
   * or locks, and at the next start after a crash. The window asks the user first.
   */
  'attachments.openExternally': entry(ById, z.object({ opened: z.literal(true) })),

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

  // ---------------------------------------------------------------- Prisoner workspace: timeline and undo
  /** Every dated thing about one person, oldest first. */
  'workspace.timeline': entry(
    z.object({ personId: Id }),
    z.object({ entries: z.array(TimelineEntry) }),
  ),
  /** Deletes any record with what belongs to it, cutting the links to it, so that it can be undone. */
  'records.delete': entry(RecordKey.extend({ id: Id }), DeletionReceipt),
  /** Undoes a `records.delete`: the records come back and the links that were cut are set again. */
  'records.restore': entry(
    z.object({ undoToken: z.string().min(1).max(100) }),
    z.object({ restored: z.array(RecordKey), relinked: z.array(RecordKey) }),
  ),

  // ---------------------------------------------------------------- Settings, language and look
  /** The archive's own settings (the language and the theme are kept on the computer). */
  'settings.get': entry(z.object({}), ArchiveSettings),
  /** Changes some of the archive's settings; what is not given stays as it is. */
  'settings.update': entry(ArchiveSettings.partial(), ArchiveSettings),

  // ---------------------------------------------------------------- Encryption at rest
  /** Whether the archive is encrypted, and whether it waits for its passphrase. */
  'encryption.status': entry(z.object({}), EncryptionStatus),
  /** Opens the encrypted archive that waits for its passphrase. */
  'encryption.unlock': entry(
    z.object({
      passphrase: z
        .string()
        .min(1, 'Enter the passphrase.')
        .max(1024, 'A passphrase is at most 1,024 characters.'),
    }),
    ArchiveInfo,
  ),
  /** Closes an encrypted archive and forgets its key until the passphrase is entered again. */
  'encryption.lock': entry(z.object({}), EncryptionStatus),

  // ---------------------------------------------------------------- Dossiers and exports
  /** Which records a sharing level keeps out of a prisoner's dossier. */
  'export.preview': entry(z.object({ personId: Id, level: ExportLevel }), ExportPreview),
  /** Starts a dossier or address-list export in the background; poll `export.status`. */
  'export.start': entry(ExportRequest, ExportJob),
  'export.status': entry(z.object({ jobId: JobId }), ExportJob),
  /** The finished file, a slice at a time (base64), so that large ZIPs cross any transport. */
  'export.chunk': entry(
    z.object({ jobId: JobId, offset: z.number().int().min(0) }),
    z.object({ base64: z.string(), nextOffset: z.number().nullable() }),
  ),
  /** Forgets a finished export's bytes (they are forgotten by themselves after a while too). */
  'export.discard': entry(z.object({ jobId: JobId }), z.object({ discarded: z.boolean() })),

  // ---------------------------------------------------------------- Import of files and pasted text
  /** Announces the files of a batch; files over the size limit are refused at once. */
  'import.begin': entry(
    z.object({
      files: z
        .array(z.object({ name: ImportFileName, size: z.number().int().min(0) }))
        .min(1, 'Choose at least one file.')
        .max(10_000),
    }),
    ImportJob,
  ),
  /** One slice of one file, in order: `offset` is where the previous slice ended. */
  'import.send': entry(
    z.object({
      jobId: JobId,
      index: z.number().int().min(0),
      offset: z.number().int().min(0),
      data: Base64Slice,
    }),
    z.object({ received: z.number() }),
  ),
  'import.start': entry(
    z.object({
      jobId: JobId,
      /** Opens the batch's encrypted archive bundles (.casefile). */
      bundlePassphrase: z.string().max(1024).optional(),
    }),
    ImportJob,
  ),
  'import.status': entry(z.object({ jobId: JobId }), ImportJob),
  'import.cancel': entry(z.object({ jobId: JobId }), ImportJob),
  /** Accepting a suggested person links the record to them; rejecting puts it away. */
  'import.decide': entry(
    z.object({
      jobId: JobId,
      recordId: Id,
      personId: Id,
      decision: z.enum(['accepted', 'rejected']),
    }),
    ImportJob,
  ),
  /** Pasted text as a new article, with the persons it mentions to review. */
  'import.paste': entry(
    z.object({
      title: ArticleFields.shape.title,
      text: z.string().min(1, 'Paste some text.').max(20_000_000),
    }),
    ImportJob,
  ),

  // ---------------------------------------------------------------- Import of spreadsheets of prisoners
  /** Opens a .csv or .xlsx file sent by import.begin/send: its columns, their mapping, a preview. */
  'sheets.open': entry(
    z.object({ jobId: JobId, index: z.number().int().min(0).default(0) }),
    SheetPreview,
  ),
  /** The preview again with the mapping the user chose. */
  'sheets.preview': entry(z.object({ sheetId: SheetId, mapping: SheetMapping }), SheetPreview),
  /** Imports every row in the background with this mapping, remembered for these headers. */
  'sheets.start': entry(
    z.object({ sheetId: SheetId, mapping: SheetMapping, remember: z.boolean().default(true) }),
    SheetJob,
  ),
  'sheets.status': entry(z.object({ sheetId: SheetId }), SheetJob),
  'sheets.cancel': entry(z.object({ sheetId: SheetId }), SheetJob),
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
