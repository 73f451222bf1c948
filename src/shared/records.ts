/**
 * The records an archive keeps, as zod schemas with their inferred types.
 *
 * Every record kind has three shapes:
 * - `*Fields`: what a person edits (all that a form or a JSONL line may carry);
 * - the record itself: the fields plus id, timestamps, tags and sharing level;
 * - `*Create` / patch shapes used by the API, derived from the fields.
 *
 * This module does no I/O and imports nothing but zod, so that the main process, the
 * renderer, the CLI and the tests all share one definition.
 */
import { z } from 'zod';

/** Sharing levels, narrowest first. A dossier export at level L keeps records at L or wider. */
export const SHARING_LEVELS = ['private', 'team', 'public'] as const;
export type SharingLevel = (typeof SHARING_LEVELS)[number];

function isRealCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A calendar date written as ISO `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD, for example 2017-05-03.')
  .refine(isRealCalendarDate, 'This date does not exist in the calendar.');

const Id = z
  .string()
  .min(1, 'An id cannot be empty.')
  .max(100, 'An id is at most 100 characters.')
  .regex(/^[\p{L}\p{N}_.:-]+$/u, 'An id may use letters, digits and _ . : - only.');

/** Short single-line text such as a name or a title. */
const Line = (what: string, max = 500) =>
  z
    .string()
    .trim()
    .max(max, `${what} is at most ${max} characters.`)
    .refine((value) => !/[\r\n]/.test(value), `${what} must fit on one line.`);

const Required = (what: string, max = 500) =>
  Line(what, max).pipe(z.string().min(1, `${what} is required.`));

const Tag = Line('A tag', 80).pipe(z.string().min(1, 'A tag cannot be empty.'));

/** Fields that every record carries besides its own. */
const commonFields = {
  tags: z.array(Tag).max(100).default([]),
  sharing: z.enum(SHARING_LEVELS).default('team'),
};

/** What the archive adds when it stores a record. */
const recordMeta = {
  id: Id,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

const Notes = z.string().max(200_000, 'Notes are at most 200,000 characters.').default('');
const OptionalDate = IsoDate.nullable().optional();
const OptionalLine = (what: string, max = 500) => Line(what, max).optional();

// ---------------------------------------------------------------- Person

export const PERSON_ROLES = [
  'prisoner',
  'relative',
  'lawyer',
  'journalist',
  'official',
  'other',
] as const;
export const PRISONER_STATUSES = [
  'pre-trial',
  'house-arrest',
  'convicted',
  'released',
  'exiled',
  'deceased',
  'unknown',
] as const;

export const Relation = z.object({
  personId: Id,
  /** How the other person stands to this one, in the user's words: "wife of", "lawyer of". */
  type: Required('The relation', 100),
});

/**
 * The groups of a person's profile that may be shared more narrowly than the person: the
 * identity beyond the name (other spellings, birth date), the notes, the relations and the
 * photo. The name itself follows the record: a dossier is about the person it names.
 */
export const PERSON_FIELD_GROUPS = ['identity', 'notes', 'relations', 'photo'] as const;
export type PersonFieldGroup = (typeof PERSON_FIELD_GROUPS)[number];

/**
 * A sharing level per field group. A group left out follows the person's own level, except
 * the notes, which stay within the team unless marked public (see shared/field-sharing.ts).
 * Optional, so that records written before field groups existed stay valid as they are:
 * a person without it has every group at its default.
 */
export const FieldSharing = z.object({
  identity: z.enum(SHARING_LEVELS).optional(),
  notes: z.enum(SHARING_LEVELS).optional(),
  relations: z.enum(SHARING_LEVELS).optional(),
  photo: z.enum(SHARING_LEVELS).optional(),
});
export type FieldSharing = z.infer<typeof FieldSharing>;

export const PersonFields = z.object({
  name: Required('The name', 300),
  nativeName: OptionalLine('The native name', 300),
  aliases: z.array(Required('An alias', 300)).max(100).default([]),
  birthDate: OptionalDate,
  role: z.enum(PERSON_ROLES).default('prisoner'),
  status: z.enum(PRISONER_STATUSES).optional(),
  photoId: Id.optional(),
  notes: Notes,
  relations: z.array(Relation).max(200).default([]),
  fieldSharing: FieldSharing.optional(),
  ...commonFields,
});
export const Person = PersonFields.extend(recordMeta);
export type Person = z.infer<typeof Person>;

// ---------------------------------------------------------------- Facility

export const LetterRules = z.object({
  language: OptionalLine('The language', 100),
  whoMayWrite: OptionalLine('Who may write', 500),
  eLetterService: OptionalLine('The e-letter service', 300),
  notes: z.string().max(20_000).optional(),
});

export const FacilityFields = z.object({
  /** The code as written on envelopes, usually Cyrillic: "ЕЦ-166/5", "УГ-157/11". */
  code: Required('The facility code', 100),
  name: OptionalLine('The name', 300),
  type: OptionalLine('The type', 100),
  regime: OptionalLine('The regime', 100),
  region: OptionalLine('The region', 200),
  country: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as KZ.')
    .default('KZ'),
  addressLines: z.array(Line('An address line', 300)).max(20).default([]),
  postcode: OptionalLine('The postcode', 20),
  letterRules: LetterRules.default({}),
  notes: Notes,
  ...commonFields,
});
export const Facility = FacilityFields.extend(recordMeta);
export type Facility = z.infer<typeof Facility>;

// ---------------------------------------------------------------- Address

export const AddressFields = z.object({
  personId: Id,
  facilityId: Id.optional(),
  /** The address in the script the destination's post reads (Cyrillic for Kazakhstan). */
  lines: z.array(Line('An address line', 300)).max(20).default([]),
  /** The same address transliterated, for writers who cannot type Cyrillic. */
  linesLatin: z.array(Line('An address line', 300)).max(20).default([]),
  postcode: OptionalLine('The postcode', 20),
  country: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as KZ.')
    .default('KZ'),
  validFrom: OptionalDate,
  validTo: OptionalDate,
  notes: Notes,
  ...commonFields,
});
export const Address = AddressFields.extend(recordMeta);
export type Address = z.infer<typeof Address>;

// ---------------------------------------------------------------- Case

export const CASE_STATUSES = [
  'investigation',
  'pre-trial',
  'trial',
  'convicted',
  'acquitted',
  'appeal',
  'closed',
] as const;

export const Charge = z.object({
  /** The article of the criminal code, as written: "174", "405 ч.2". */
  article: Required('The article', 50),
  text: OptionalLine('The wording of the charge', 1000),
});

export const CaseFields = z.object({
  personId: Id,
  title: OptionalLine('The title', 300),
  charges: z.array(Charge).max(50).default([]),
  court: OptionalLine('The court', 300),
  judge: OptionalLine('The judge', 200),
  lawyerId: Id.optional(),
  arrestDate: OptionalDate,
  detentionExtensions: z
    .array(z.object({ decidedOn: OptionalDate, until: IsoDate }))
    .max(100)
    .default([]),
  hearingDates: z.array(IsoDate).max(500).default([]),
  verdictDate: OptionalDate,
  appealDate: OptionalDate,
  sentence: z
    .object({
      term: OptionalLine('The term', 200),
      fine: z
        .object({
          amount: z.number().nonnegative('A fine cannot be negative.').finite(),
          currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as KZT.'),
        })
        .optional(),
    })
    .optional(),
  status: z.enum(CASE_STATUSES).default('investigation'),
  notes: Notes,
  ...commonFields,
});
export const Case = CaseFields.extend(recordMeta);
export type Case = z.infer<typeof Case>;

// ---------------------------------------------------------------- Event

export const EVENT_TYPES = [
  'arrest',
  'detention',
  'charge',
  'hearing',
  'verdict',
  'appeal',
  'transfer',
  'hunger-strike',
  'release',
  'assault',
  'health',
  'visit',
  'other',
] as const;

export const RecordRef = z.object({
  kind: z.enum(['article', 'document', 'letter', 'case']),
  id: Id,
});

export const EventFields = z.object({
  personId: Id,
  date: IsoDate,
  type: z.enum(EVENT_TYPES).default('other'),
  text: z.string().max(20_000).default(''),
  /** The record this event was learnt from, when there is one. */
  source: RecordRef.optional(),
  ...commonFields,
});
export const Event = EventFields.extend(recordMeta);
export type Event = z.infer<typeof Event>;

// ---------------------------------------------------------------- Letter

export const LETTER_DIRECTIONS = ['out', 'in'] as const;
export const LETTER_CHANNELS = [
  'post',
  'registered-post',
  'e-letter',
  'via-lawyer',
  'email',
] as const;
export const LETTER_STATUSES = [
  'draft',
  'sent',
  'delivered',
  'returned',
  'answered',
  'lost',
] as const;

/** The address as it was when a letter went out: later transfers must not rewrite history. */
export const AddressSnapshot = z.object({
  lines: z.array(z.string().max(300)).max(20).default([]),
  linesLatin: z.array(z.string().max(300)).max(20).default([]),
  postcode: z.string().max(20).optional(),
  country: z.string().max(2).optional(),
});

export const LetterFields = z.object({
  personId: Id,
  direction: z.enum(LETTER_DIRECTIONS).default('out'),
  /** Who wrote it: a volunteer's name for letters out, the prisoner or a relative for letters in. */
  writer: OptionalLine('The writer', 200),
  channel: z.enum(LETTER_CHANNELS).default('post'),
  writtenOn: OptionalDate,
  sentOn: OptionalDate,
  receivedOn: OptionalDate,
  addressId: Id.optional(),
  addressSnapshot: AddressSnapshot.optional(),
  status: z.enum(LETTER_STATUSES).default('draft'),
  trackingNumber: OptionalLine('The tracking number', 100),
  summary: z.string().max(20_000, 'A summary is at most 20,000 characters.').default(''),
  scanIds: z.array(Id).max(100).default([]),
  inReplyTo: Id.optional(),
  ...commonFields,
});
export const Letter = LetterFields.extend(recordMeta);
export type Letter = z.infer<typeof Letter>;

// ---------------------------------------------------------------- Article

export const LargeText = z.string().max(20_000_000, 'A text is at most 20 million characters.');

export const ArticleFields = z.object({
  title: Required('The title', 500),
  source: OptionalLine('The source', 300),
  author: OptionalLine('The author', 300),
  date: OptionalDate,
  language: OptionalLine('The language', 20),
  url: OptionalLine('The address (URL)', 2000),
  /** Kept out of the record files, in the text store (see DESIGN: Storage). */
  body: LargeText.default(''),
  personIds: z.array(Id).max(500).default([]),
  ...commonFields,
});
export const Article = ArticleFields.extend(recordMeta);
export type Article = z.infer<typeof Article>;

// ---------------------------------------------------------------- Document

export const DOCUMENT_TYPES = [
  'indictment',
  'verdict',
  'ruling',
  'appeal',
  'medical',
  'official-reply',
  'letter-scan',
  'photo',
  'other',
] as const;

/** The tag the importer puts on a scanned PDF that has no text layer yet. */
export const NEEDS_OCR_TAG = 'needs-ocr';

export const DocumentFields = z.object({
  title: Required('The title', 500),
  docType: z.enum(DOCUMENT_TYPES).default('other'),
  date: OptionalDate,
  court: OptionalLine('The court', 300),
  caseId: Id.optional(),
  personIds: z.array(Id).max(500).default([]),
  attachmentIds: z.array(Id).max(200).default([]),
  /** Text extracted from the files; kept in the text store like article bodies. */
  text: LargeText.default(''),
  ...commonFields,
});
export const Document = DocumentFields.extend(recordMeta);
export type Document = z.infer<typeof Document>;

// ---------------------------------------------------------------- Attachment

export const AttachmentFields = z.object({
  /** sha-256 of the content, lower-case hex: the blob's name in the store. */
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'A content hash is 64 hexadecimal characters.'),
  originalName: Required('The file name', 500),
  mediaType: Required('The media type', 200),
  size: z.number().int().nonnegative(),
  ...commonFields,
});
export const Attachment = AttachmentFields.extend(recordMeta);
export type Attachment = z.infer<typeof Attachment>;

// ---------------------------------------------------------------- Kinds

/** Every kind of record, with its schema, in the order an export writes them (referents first). */
export const RECORD_SCHEMAS = {
  person: Person,
  facility: Facility,
  attachment: Attachment,
  address: Address,
  case: Case,
  event: Event,
  letter: Letter,
  article: Article,
  document: Document,
} as const;

export const FIELD_SCHEMAS = {
  person: PersonFields,
  facility: FacilityFields,
  attachment: AttachmentFields,
  address: AddressFields,
  case: CaseFields,
  event: EventFields,
  letter: LetterFields,
  article: ArticleFields,
  document: DocumentFields,
} as const;

export type RecordKind = keyof typeof RECORD_SCHEMAS;
export const RECORD_KINDS = Object.keys(RECORD_SCHEMAS) as RecordKind[];

export type RecordOf<K extends RecordKind> = z.infer<(typeof RECORD_SCHEMAS)[K]>;
export type FieldsOf<K extends RecordKind> = z.input<(typeof FIELD_SCHEMAS)[K]>;
export type AnyRecord = RecordOf<RecordKind>;

/** The collection (folder under data/) that holds each kind. */
export const COLLECTION_OF: Record<RecordKind, string> = {
  person: 'persons',
  facility: 'facilities',
  attachment: 'attachments',
  address: 'addresses',
  case: 'cases',
  event: 'events',
  letter: 'letters',
  article: 'articles',
  document: 'documents',
};

/** Kinds whose records belong to one person (their `personId`). */
export const PERSON_OWNED_KINDS = ['address', 'case', 'event', 'letter'] as const;

/** Large text fields kept in the text store instead of the record files. */
export const LARGE_TEXT_FIELD = { article: 'body', document: 'text' } as const;

/** A short human title for any record: what lists and search results show. */
export function titleOf(kind: RecordKind, record: AnyRecord): string {
  const r = record as Record<string, unknown>;
  switch (kind) {
    case 'person':
      return String(r.name);
    case 'facility':
      return [r.code, r.name].filter(Boolean).join(' — ');
    case 'attachment':
      return String(r.originalName);
    case 'address':
      return (
        (r.lines as string[]).length ? (r.lines as string[]) : (r.linesLatin as string[])
      ).join(', ');
    case 'case':
      return String(
        r.title ?? (r.charges as { article: string }[]).map((c) => `art. ${c.article}`).join(', '),
      );
    case 'event':
      return `${String(r.date)} ${String(r.type)}`;
    case 'letter':
      return `${r.direction === 'out' ? 'Letter to' : 'Letter from'} ${String(r.sentOn ?? r.receivedOn ?? r.writtenOn ?? '')}`.trim();
    case 'article':
    case 'document':
      return String(r.title);
  }
}

/** The editable fields of a stored record: everything but what the archive adds. */
export function editableFields<R extends { id: string; createdAt: string; updatedAt: string }>(
  record: R,
): Omit<R, 'id' | 'createdAt' | 'updatedAt'> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = record;
  return fields;
}
