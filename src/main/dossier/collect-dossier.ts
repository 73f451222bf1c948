/**
 * Gathers everything the archive knows about one person into a dossier model, keeping only
 * records shared at the chosen level (see sharing-gate.ts) and stripping links to the rest
 * (see shared-links.ts). Every renderer works from the model alone.
 */
import { CasefileError } from '../../shared/errors';
import {
  titleOf,
  type Address,
  type Article,
  type Attachment,
  type Case,
  type Document,
  type Facility,
  type Letter,
  type Person,
  type RecordKind,
  type RecordOf,
  type SharingLevel,
} from '../../shared/records';
import type { Archive, Stored } from '../archive/archive';
import { addressEntry, byNewest, currentAddress } from './addresses';
import { calendarDay } from './calendar-days';
import { byLetterDay, letterEntry, summariseCorrespondence } from './correspondence';
import { detentionSpan } from './detention';
import type {
  ArticleEntry,
  CaseEntry,
  CollectedDossier,
  DocumentEntry,
  DossierFile,
  NamedPerson,
  RelationEntry,
} from './dossier-model';
import { personAtLevel } from './field-groups';
import { SharingGate } from './sharing-gate';
import { isSharedAt, isSharingLevel } from './sharing';
import { withSharedLinks } from './shared-links';
import { shorten } from './text-shortening';
import { buildTimeline } from './timeline';

export interface CollectOptions {
  /** The moment of the export: "today" for the current address and the days in detention. */
  readonly now?: Date;
}

const EXCERPT_LENGTH = 320;

export async function collectDossier(
  archive: Archive,
  personId: string,
  level: SharingLevel,
  options: CollectOptions = {},
): Promise<CollectedDossier> {
  if (!isSharingLevel(level)) {
    throw new CasefileError('validation', 'The sharing level is one of public, team or private.');
  }
  await archive.whenLoaded();
  const storedPerson = archive.stored('person', personId);
  if (!isSharedAt(storedPerson.sharing, level)) {
    throw new CasefileError(
      'validation',
      `The person ${personId} is marked ${storedPerson.sharing}, so no dossier of them can be exported at the ${level} level.`,
    );
  }
  // The profile's groups below the level (notes, relations, …) are out before anything
  // follows the person's links: a relation left out is not even looked up.
  const { person: groupedPerson, leftOutGroups } = personAtLevel(storedPerson as Person, level);
  const gate = new SharingGate(archive, level);
  const asOf = calendarDay(options.now ?? archive.now());

  // ---- which records: the person's own, then what they link to, each through the gate
  const own = <K extends 'address' | 'case' | 'event' | 'letter' | 'article' | 'document'>(
    kind: K,
  ): Stored<K>[] =>
    archive.list(kind, { personId }).items.filter((record) => gate.admits(kind, record.id));
  const admitted = <K extends RecordKind>(kind: K, ids: readonly (string | undefined)[]) =>
    [...new Set(ids)]
      .filter((id): id is string => id !== undefined && gate.admits(kind, id))
      .map((id) => archive.stored(kind, id));

  const allCaseIds = new Set(archive.list('case', { personId }).items.map((record) => record.id));
  const addresses = own('address');
  const cases = own('case');
  const events = own('event');
  const letters = own('letter');
  const articles = own('article');
  const documents = [
    ...own('document'),
    ...documentsThroughCases(archive, gate, personId, allCaseIds),
  ];

  const facilities = admitted(
    'facility',
    addresses.map((address) => address.facilityId),
  );
  const relatedPersons = admitted(
    'person',
    groupedPerson.relations.map((relation) => relation.personId),
  );
  const lawyers = admitted(
    'person',
    cases.map((record) => record.lawyerId),
  );
  for (const event of events) if (event.source) gate.admits(event.source.kind, event.source.id);
  for (const letter of letters) {
    if (letter.addressId) gate.admits('address', letter.addressId);
    if (letter.inReplyTo) gate.admits('letter', letter.inReplyTo);
  }
  for (const document of documents) if (document.caseId) gate.admits('case', document.caseId);
  const attachments = admitted('attachment', [
    groupedPerson.photoId,
    ...documents.flatMap((document) => document.attachmentIds),
    ...letters.flatMap((letter) => letter.scanIds),
  ]);

  // ---- the records as exported: whole (large text read back), links to left-out records cut
  const allows = (kind: RecordKind, id: string) => gate.allows(kind, id);
  const shared = async <K extends RecordKind>(kind: K, records: readonly Stored<K>[]) => {
    const whole: RecordOf<K>[] = [];
    for (const record of records) {
      whole.push(withSharedLinks(kind, await archive.hydrate(kind, record), allows));
    }
    return whole;
  };
  const person = withSharedLinks('person', groupedPerson, allows);
  const records = {
    person,
    otherPersons: [...new Map([...relatedPersons, ...lawyers].map((p) => [p.id, p])).values()]
      .filter((other) => other.id !== personId)
      .map(namedPerson),
    facilities: await shared('facility', facilities),
    addresses: await shared('address', addresses),
    cases: await shared('case', cases),
    events: await shared('event', events),
    letters: await shared('letter', letters),
    articles: await shared('article', articles),
    documents: await shared('document', documents),
    attachments: await shared('attachment', attachments),
  };

  // ---- the views renderers show
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item]));
  const facilityById = byId<Facility>(records.facilities);
  const attachmentById = byId<Attachment>(records.attachments);
  const caseById = byId<Case>(records.cases);
  const addressById = byId<Address>(records.addresses);
  const otherById = byId<NamedPerson>(records.otherPersons);

  const addressesOldestFirst = [...records.addresses].sort((a, b) => byNewest(b, a));
  const current = currentAddress(records.addresses, asOf);
  const entryOf = (address: Address) =>
    addressEntry(address, address.facilityId ? facilityById.get(address.facilityId) : undefined);

  const letterEntries = records.letters
    .map((letter) => letterEntry(letter, attachmentById, addressById))
    .sort(byLetterDay);
  const caseTitle = (record: Case) => titleOf('case', record) || 'untitled case';

  const files = filesOf(person, records.documents, records.letters, attachmentById);
  const documentEntries = records.documents
    .map((document): DocumentEntry => {
      const filedUnder = document.caseId ? caseById.get(document.caseId) : undefined;
      return {
        id: document.id,
        title: document.title,
        docType: document.docType,
        date: document.date ?? undefined,
        court: document.court,
        caseTitle: filedUnder ? caseTitle(filedUnder) : undefined,
        files: document.attachmentIds.flatMap((id) => {
          const attachment = attachmentById.get(id);
          return attachment ? [fileOf(attachment, documentOwner(document))] : [];
        }),
      };
    })
    // Undated papers last.
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));

  const model = {
    level,
    asOf,
    person: {
      id: person.id,
      name: person.name,
      nativeName: person.nativeName,
      aliases: person.aliases,
      birthDate: person.birthDate ?? undefined,
      role: person.role,
      status: person.status,
      tags: person.tags,
      notes: person.notes,
      detention: detentionSpan(person.status, records.cases, records.events, asOf),
    },
    relations: person.relations.flatMap((relation): RelationEntry[] => {
      const other = otherById.get(relation.personId);
      return other
        ? [
            {
              personId: other.id,
              name: other.name,
              nativeName: other.nativeName,
              role: other.role,
              type: relation.type,
            },
          ]
        : [];
    }),
    currentAddress: current ? entryOf(current) : undefined,
    addressHistory: records.addresses
      .filter((address) => address !== current)
      .sort(byNewest)
      .map(entryOf),
    cases: records.cases.map((record) => caseEntry(record, caseTitle(record), otherById)),
    timeline: buildTimeline({
      events: records.events,
      cases: records.cases.map((record) => ({ record, title: caseTitle(record) })),
      addresses: addressesOldestFirst.map(entryOf),
      letters: letterEntries,
      sourceTitle: (source) =>
        gate.allows(source.kind, source.id) ? gate.titleOf(source.kind, source.id) : undefined,
    }),
    correspondence: summariseCorrespondence(letterEntries),
    letters: letterEntries,
    articles: records.articles
      .map(articleEntry)
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')),
    documents: documentEntries,
    files,
    records,
  };
  return { model, leftOut: gate.leftOut, leftOutGroups };
}

/**
 * Documents filed under one of the person's cases without naming the person. One whose
 * case is left out stays out too: it is in the dossier only through that case.
 */
function documentsThroughCases(
  archive: Archive,
  gate: SharingGate,
  personId: string,
  caseIds: ReadonlySet<string>,
): Stored<'document'>[] {
  if (caseIds.size === 0) return [];
  return archive.storedAll('document').filter((document) => {
    if (!document.caseId || !caseIds.has(document.caseId)) return false;
    if (document.personIds.includes(personId)) return false;
    if (!gate.allows('document', document.id)) return gate.admits('document', document.id);
    if (!gate.admits('case', document.caseId)) {
      gate.leaveOut('document', document.id, 'filed only under a case that is left out');
      return false;
    }
    return gate.admits('document', document.id);
  });
}

/** Each shared file once, with the first record it belongs to: documents, then letters. */
function filesOf(
  person: Person,
  documents: readonly Document[],
  letters: readonly Letter[],
  attachments: ReadonlyMap<string, Attachment>,
): DossierFile[] {
  const files = new Map<string, DossierFile>();
  const add = (id: string, belongsTo: DossierFile['belongsTo']) => {
    const attachment = attachments.get(id);
    if (attachment && !files.has(id)) files.set(id, fileOf(attachment, belongsTo));
  };
  for (const document of documents) {
    for (const id of document.attachmentIds) add(id, documentOwner(document));
  }
  for (const letter of letters) {
    for (const id of letter.scanIds) {
      add(id, { kind: 'letter', id: letter.id, title: titleOf('letter', letter) });
    }
  }
  if (person.photoId) add(person.photoId, { kind: 'person', id: person.id, title: person.name });
  return [...files.values()];
}

function documentOwner(document: Document): DossierFile['belongsTo'] {
  return { kind: 'document', id: document.id, title: document.title };
}

function fileOf(attachment: Attachment, belongsTo: DossierFile['belongsTo']): DossierFile {
  return {
    attachmentId: attachment.id,
    hash: attachment.hash,
    originalName: attachment.originalName,
    mediaType: attachment.mediaType,
    size: attachment.size,
    belongsTo,
  };
}

function namedPerson(person: Stored<'person'>): NamedPerson {
  return {
    id: person.id,
    name: person.name,
    nativeName: person.nativeName,
    role: person.role,
    sharing: person.sharing,
  };
}

function caseEntry(
  record: Case,
  title: string,
  persons: ReadonlyMap<string, NamedPerson>,
): CaseEntry {
  const lawyer = record.lawyerId ? persons.get(record.lawyerId) : undefined;
  return {
    id: record.id,
    title,
    status: record.status,
    charges: record.charges,
    court: record.court,
    judge: record.judge,
    lawyer: lawyer && { id: lawyer.id, name: lawyer.name, nativeName: lawyer.nativeName },
    arrestDate: record.arrestDate ?? undefined,
    detentionExtensions: record.detentionExtensions,
    hearingDates: [...record.hearingDates].sort(),
    verdictDate: record.verdictDate ?? undefined,
    appealDate: record.appealDate ?? undefined,
    sentence: record.sentence,
    notes: record.notes,
  };
}

function articleEntry(article: Article): ArticleEntry {
  return {
    id: article.id,
    title: article.title,
    date: article.date ?? undefined,
    source: article.source,
    author: article.author,
    language: article.language,
    url: article.url,
    excerpt: shorten(article.body, EXCERPT_LENGTH),
  };
}
