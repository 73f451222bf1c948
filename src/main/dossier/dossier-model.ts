/**
 * The dossier of one person as plain data: what every renderer (PDF, HTML, ZIP) reads.
 *
 * A model holds only records at or above the level it was collected at, with every link to
 * a left-out record already removed; renderers never see the archive, so they cannot reach
 * anything else. What was left out travels beside the model (`CollectedDossier.leftOut`),
 * never inside it, for a preview to show before exporting.
 */
import type {
  Address,
  Article,
  Attachment,
  Case,
  Document,
  Event,
  Facility,
  Letter,
  Person,
  PersonFieldGroup,
  RecordKind,
  SharingLevel,
} from '../../shared/records';

/** What an export writes besides the model: where it came from and when. */
export interface DossierMeta {
  readonly archiveName: string;
  readonly exportedAt: Date;
}

export interface DetentionSpan {
  /** The first day of custody known from the shared records. */
  readonly since: string;
  /** The day of release, when the person is no longer held. */
  readonly until?: string;
  readonly days: number;
}

export interface PersonSummary {
  readonly id: string;
  readonly name: string;
  readonly nativeName?: string;
  readonly aliases: readonly string[];
  readonly birthDate?: string;
  readonly role: Person['role'];
  readonly status?: Person['status'];
  readonly tags: readonly string[];
  readonly notes: string;
  readonly detention?: DetentionSpan;
}

export interface RelationEntry {
  readonly personId: string;
  readonly name: string;
  readonly nativeName?: string;
  readonly role: Person['role'];
  /** How the other person stands to this one: "wife of", "lawyer of". */
  readonly type: string;
}

export interface FacilityEntry {
  readonly id: string;
  readonly code: string;
  readonly name?: string;
  readonly type?: string;
  readonly regime?: string;
  readonly region?: string;
  readonly country: string;
  /** The facility's own postal address: its lines, then the postcode. */
  readonly postalLines: readonly string[];
  readonly letterRules: Facility['letterRules'];
}

export interface AddressEntry {
  readonly id: string;
  readonly lines: readonly string[];
  readonly linesLatin: readonly string[];
  readonly postcode?: string;
  readonly country: string;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly facility?: FacilityEntry;
}

export interface CaseEntry {
  readonly id: string;
  readonly title: string;
  readonly status: Case['status'];
  readonly charges: Case['charges'];
  readonly court?: string;
  readonly judge?: string;
  readonly lawyer?: { readonly id: string; readonly name: string; readonly nativeName?: string };
  readonly arrestDate?: string;
  readonly detentionExtensions: Case['detentionExtensions'];
  readonly hearingDates: readonly string[];
  readonly verdictDate?: string;
  readonly appealDate?: string;
  readonly sentence?: Case['sentence'];
  readonly notes: string;
}

export type TimelineSource = 'event' | 'case' | 'address' | 'letter';

export interface TimelineEntry {
  readonly date: string;
  readonly source: TimelineSource;
  /** A short word for what happened: "Arrest", "Hearing", "Letter out". */
  readonly what: string;
  readonly text: string;
  readonly recordId: string;
}

export interface LetterEntry {
  readonly id: string;
  /** The day that places the letter in time: sent, else received, else written. */
  readonly date?: string;
  readonly direction: Letter['direction'];
  readonly writer?: string;
  readonly channel: Letter['channel'];
  readonly status: Letter['status'];
  readonly writtenOn?: string;
  readonly sentOn?: string;
  readonly receivedOn?: string;
  readonly trackingNumber?: string;
  readonly summary: string;
  /** The address the letter went to, as it was then. */
  readonly addressLines: readonly string[];
  /** Names of the scans kept with the letter (those at the export's level). */
  readonly scanNames: readonly string[];
}

export interface CorrespondenceSummary {
  readonly total: number;
  readonly out: number;
  readonly in: number;
  /** Every letter status with how many letters have it, in the archive's order. */
  readonly byStatus: readonly { readonly status: Letter['status']; readonly count: number }[];
  /** The ten most recent letters, newest first. */
  readonly latest: readonly LetterEntry[];
}

export interface ArticleEntry {
  readonly id: string;
  readonly title: string;
  readonly date?: string;
  readonly source?: string;
  readonly author?: string;
  readonly language?: string;
  readonly url?: string;
  readonly excerpt: string;
}

/** A file of the archive that goes into the ZIP bundle, with the record it belongs to. */
export interface DossierFile {
  readonly attachmentId: string;
  readonly hash: string;
  readonly originalName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly belongsTo: {
    readonly kind: 'document' | 'letter' | 'person';
    readonly id: string;
    readonly title: string;
  };
}

export interface DocumentEntry {
  readonly id: string;
  readonly title: string;
  readonly docType: Document['docType'];
  readonly date?: string;
  readonly court?: string;
  readonly caseTitle?: string;
  readonly files: readonly DossierFile[];
}

/** Another person as the dossier names them: by name and role only, never their notes. */
export interface NamedPerson {
  readonly id: string;
  readonly name: string;
  readonly nativeName?: string;
  readonly role: Person['role'];
  readonly sharing: SharingLevel;
}

/** The shared records themselves, links to left-out records removed: records.json. */
export interface DossierRecords {
  readonly person: Person;
  readonly otherPersons: readonly NamedPerson[];
  readonly facilities: readonly Facility[];
  readonly addresses: readonly Address[];
  readonly cases: readonly Case[];
  readonly events: readonly Event[];
  readonly letters: readonly Letter[];
  readonly articles: readonly Article[];
  readonly documents: readonly Document[];
  readonly attachments: readonly Attachment[];
}

export interface DossierModel {
  readonly level: SharingLevel;
  /** The day "current address" and "days in detention" are reckoned for. */
  readonly asOf: string;
  readonly person: PersonSummary;
  readonly relations: readonly RelationEntry[];
  readonly currentAddress?: AddressEntry;
  /** Every shared address, newest first. */
  readonly addressHistory: readonly AddressEntry[];
  readonly cases: readonly CaseEntry[];
  readonly timeline: readonly TimelineEntry[];
  readonly correspondence: CorrespondenceSummary;
  /** Every shared letter, oldest first: letters.csv. */
  readonly letters: readonly LetterEntry[];
  /** Newest first. */
  readonly articles: readonly ArticleEntry[];
  /** Oldest first. */
  readonly documents: readonly DocumentEntry[];
  /** Every file the ZIP bundle carries: documents' files, letter scans, the photo. */
  readonly files: readonly DossierFile[];
  readonly records: DossierRecords;
}

/** A record kept out of the export, for a preview: never written into any export. */
export interface LeftOutRecord {
  readonly kind: RecordKind;
  readonly id: string;
  readonly title: string;
  readonly why: string;
}

export interface CollectedDossier {
  readonly model: DossierModel;
  readonly leftOut: readonly LeftOutRecord[];
  /** The person's field groups (notes, relations, …) that held something and were left out. */
  readonly leftOutGroups: readonly PersonFieldGroup[];
}
