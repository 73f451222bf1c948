/**
 * The records the workspace views are computed from, and the facts several views share:
 * a prisoner's current address, the last letter sent to them, the letters still waiting
 * for an answer, the day of their arrest. Pure functions over arrays, so that every rule
 * is tested with a fixed "today".
 */
import type {
  Address,
  Case,
  Event,
  Facility,
  Letter,
  Person,
  PRISONER_STATUSES,
} from '../../shared/records';

/** An article or a document as stored: its title without its (large) text. */
export interface TitledRecord {
  readonly id: string;
  readonly title: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface WorkspaceData {
  readonly persons: readonly Person[];
  readonly facilities: readonly Facility[];
  readonly addresses: readonly Address[];
  readonly cases: readonly Case[];
  /** Events without their text, which the views do not show. */
  readonly events: readonly Omit<Event, 'text'>[];
  readonly letters: readonly Letter[];
  readonly articles: readonly TitledRecord[];
  readonly documents: readonly TitledRecord[];
}

type PrisonerStatus = (typeof PRISONER_STATUSES)[number];

/** Statuses in which nobody writes to the prisoner any more. */
const NO_LONGER_WRITTEN_TO: readonly PrisonerStatus[] = ['released', 'deceased'];
/** Statuses in which a prisoner's days in detention are counted. */
const DETAINED: readonly PrisonerStatus[] = ['pre-trial', 'house-arrest', 'convicted'];
/** Case statuses after which a detention end date no longer matters. */
const CASE_OVER: readonly Case['status'][] = ['closed', 'acquitted', 'convicted'];

export function isPrisoner(person: Person): boolean {
  return person.role === 'prisoner';
}

/** Prisoners the campaign still writes to: all but the released and the dead. */
export function isWrittenTo(person: Person): boolean {
  return isPrisoner(person) && !(person.status && NO_LONGER_WRITTEN_TO.includes(person.status));
}

export function isDetained(person: Person): boolean {
  return person.status !== undefined && DETAINED.includes(person.status);
}

export function isCaseOpen(record: Case): boolean {
  return !CASE_OVER.includes(record.status);
}

export function groupByPerson<T extends { personId: string }>(
  records: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(record.personId);
    if (group) group.push(record);
    else groups.set(record.personId, [record]);
  }
  return groups;
}

/** The current address: of those not yet ended, the one that started last. */
export function currentAddress(addresses: readonly Address[], today: string): Address | undefined {
  return addresses
    .filter((address) => !address.validTo || address.validTo > today)
    .sort(
      (a, b) =>
        (b.validFrom ?? '').localeCompare(a.validFrom ?? '') ||
        b.createdAt.localeCompare(a.createdAt),
    )[0];
}

/** The day a letter went out: when it was sent, or written when no sending day is known. */
export function sentDay(letter: Letter): string | undefined {
  if (letter.direction !== 'out' || letter.status === 'draft') return undefined;
  return letter.sentOn ?? letter.writtenOn ?? undefined;
}

/** The day a letter from the prisoner came: received, else sent or written. */
function receivedDay(letter: Letter): string | undefined {
  if (letter.direction !== 'in') return undefined;
  return letter.receivedOn ?? letter.sentOn ?? letter.writtenOn ?? undefined;
}

/** The last day a letter went out to the prisoner, up to today. */
export function lastSentDay(letters: readonly Letter[], today: string): string | undefined {
  let last: string | undefined;
  for (const letter of letters) {
    const day = sentDay(letter);
    if (day && day <= today && (!last || day > last)) last = day;
  }
  return last;
}

/**
 * Letters out that still wait for an answer: sent or delivered, and neither answered by a
 * letter that names them nor followed by any letter from the prisoner (people rarely
 * record which letter a reply answers, but a reply after it means the line is open).
 */
export function lettersAwaitingReply(
  letters: readonly Letter[],
  today: string,
): { letter: Letter; sentOn: string }[] {
  const answered = new Set(letters.map((letter) => letter.inReplyTo).filter(Boolean));
  let lastReceived: string | undefined;
  for (const letter of letters) {
    const day = receivedDay(letter);
    if (day && (!lastReceived || day > lastReceived)) lastReceived = day;
  }
  const waiting: { letter: Letter; sentOn: string }[] = [];
  for (const letter of letters) {
    const sentOn = sentDay(letter);
    if (!sentOn || sentOn > today) continue;
    if (letter.status !== 'sent' && letter.status !== 'delivered') continue;
    if (answered.has(letter.id)) continue;
    if (lastReceived && lastReceived > sentOn) continue;
    waiting.push({ letter, sentOn });
  }
  return waiting;
}

/** The last arrest up to today, from the cases and the timeline. */
export function lastArrestDay(
  cases: readonly Case[],
  events: readonly Pick<Event, 'type' | 'date'>[],
  today: string,
): string | undefined {
  const days = [
    ...cases.map((record) => record.arrestDate ?? undefined),
    ...events.filter((event) => event.type === 'arrest').map((event) => event.date),
  ].filter((day): day is string => day !== undefined && day <= today);
  return days.sort().at(-1);
}

/** The name parts every view shows of a person. */
export function personRef(person: Person): { id: string; name: string; nativeName?: string } {
  return person.nativeName
    ? { id: person.id, name: person.name, nativeName: person.nativeName }
    : { id: person.id, name: person.name };
}
