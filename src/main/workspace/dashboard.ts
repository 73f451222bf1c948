/**
 * The home page's figures: prisoners nobody has written to for a while, letters that have
 * waited too long for an answer, the dates of the next 30 days, and the latest changes.
 * `today` is passed in (the API takes it from the archive's clock), so that tests fix it.
 */
import type { Dashboard } from '../../shared/api';
import {
  titleOf,
  type AnyRecord,
  type Letter,
  type Person,
  type RecordKind,
} from '../../shared/records';
import { addDays, daysBetween, nextAnniversary } from './calendar';
import {
  groupByPerson,
  isCaseOpen,
  isPrisoner,
  isWrittenTo,
  lastArrestDay,
  lastSentDay,
  lettersAwaitingReply,
  personRef,
  type WorkspaceData,
} from './workspace-data';

/** Used when the archive's settings name no other number of days. */
export const DEFAULT_QUIET_DAYS = 30;
export const UPCOMING_DAYS = 30;
export const RECENT_CHANGES = 10;

export interface DashboardOptions {
  readonly today: string;
  readonly quietDays?: number;
}

type Upcoming = Dashboard['upcoming'][number];
type RecentChange = Dashboard['recent'][number];

export function computeDashboard(data: WorkspaceData, options: DashboardOptions): Dashboard {
  const today = options.today;
  const quietDays = options.quietDays ?? DEFAULT_QUIET_DAYS;
  const prisoners = data.persons.filter(isPrisoner);
  const lettersByPerson = groupByPerson(data.letters);
  return {
    today,
    quietDays,
    quiet: quietPrisoners(prisoners, lettersByPerson, today, quietDays),
    awaiting: overdueReplies(prisoners, lettersByPerson, today, quietDays),
    upcoming: upcomingDates(data, today),
    recent: recentChanges(data),
    prisonerCount: prisoners.length,
  };
}

/**
 * Prisoners still written to whose last letter is older than `quietDays`, longest silence
 * first. One never written to counts from the day they were added to the archive, so a
 * new entry is not flagged before anyone had the time to write.
 */
function quietPrisoners(
  prisoners: readonly Person[],
  lettersByPerson: Map<string, Letter[]>,
  today: string,
  quietDays: number,
): Dashboard['quiet'] {
  const quiet: Dashboard['quiet'] = [];
  for (const person of prisoners.filter(isWrittenTo)) {
    const lastSentOn = lastSentDay(lettersByPerson.get(person.id) ?? [], today) ?? null;
    const since = lastSentOn ?? person.createdAt.slice(0, 10);
    if (daysBetween(since, today) <= quietDays) continue;
    quiet.push({
      person: personRef(person),
      lastSentOn,
      daysSince: lastSentOn ? daysBetween(lastSentOn, today) : null,
    });
  }
  // Never written to first, then the longest silence.
  return quiet.sort(
    (a, b) =>
      (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) ||
      a.person.name.localeCompare(b.person.name),
  );
}

function overdueReplies(
  prisoners: readonly Person[],
  lettersByPerson: Map<string, Letter[]>,
  today: string,
  quietDays: number,
): Dashboard['awaiting'] {
  const awaiting: Dashboard['awaiting'] = [];
  for (const person of prisoners) {
    for (const { letter, sentOn } of lettersAwaitingReply(
      lettersByPerson.get(person.id) ?? [],
      today,
    )) {
      const daysWaiting = daysBetween(sentOn, today);
      if (daysWaiting <= quietDays) continue;
      awaiting.push({
        letterId: letter.id,
        person: personRef(person),
        sentOn,
        daysWaiting,
        channel: letter.channel,
      });
    }
  }
  return awaiting.sort(
    (a, b) => b.daysWaiting - a.daysWaiting || a.person.name.localeCompare(b.person.name),
  );
}

function upcomingDates(data: WorkspaceData, today: string): Upcoming[] {
  const last = addDays(today, UPCOMING_DAYS);
  const within = (day: string | null | undefined): day is string =>
    !!day && day >= today && day <= last;
  const persons = new Map(data.persons.map((person) => [person.id, person]));
  const found: Upcoming[] = [];
  const add = (day: string, kind: Upcoming['kind'], person: Person, extra: Partial<Upcoming>) => {
    found.push({
      day,
      daysAway: daysBetween(today, day),
      kind,
      person: personRef(person),
      ...extra,
    });
  };

  for (const record of data.cases) {
    const person = persons.get(record.personId);
    if (!person) continue;
    for (const day of new Set(record.hearingDates)) {
      if (within(day)) add(day, 'hearing', person, record.court ? { court: record.court } : {});
    }
    // Each extension replaces the one before: only the latest end date is still in force.
    const detentionEnd = record.detentionExtensions
      .map((extension) => extension.until)
      .sort()
      .at(-1);
    if (isCaseOpen(record) && within(detentionEnd)) add(detentionEnd, 'detention-end', person, {});
  }

  const hearingKeys = new Set(
    found.filter((item) => item.kind === 'hearing').map((item) => `${item.person.id}:${item.day}`),
  );
  for (const event of data.events) {
    const person = persons.get(event.personId);
    // A hearing entered both on the case and on the timeline is listed once.
    if (!person || event.type !== 'hearing' || !within(event.date)) continue;
    if (hearingKeys.has(`${person.id}:${event.date}`)) continue;
    hearingKeys.add(`${person.id}:${event.date}`);
    add(event.date, 'hearing', person, {});
  }

  const casesByPerson = groupByPerson(data.cases);
  const eventsByPerson = groupByPerson(data.events);
  for (const person of data.persons.filter(isWrittenTo)) {
    if (person.birthDate) {
      const birthday = nextAnniversary(person.birthDate, today);
      if (within(birthday.day)) add(birthday.day, 'birthday', person, { years: birthday.years });
    }
    const arrest = lastArrestDay(
      casesByPerson.get(person.id) ?? [],
      eventsByPerson.get(person.id) ?? [],
      today,
    );
    if (arrest) {
      const anniversary = nextAnniversary(arrest, today);
      if (anniversary.years >= 1 && within(anniversary.day)) {
        add(anniversary.day, 'arrest-anniversary', person, { years: anniversary.years });
      }
    }
  }
  return found.sort(
    (a, b) => a.day.localeCompare(b.day) || a.person.name.localeCompare(b.person.name),
  );
}

interface Changeable {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly personId?: string;
}

/** The records changed last, of every kind a person edits (files come with their documents). */
function recentChanges(data: WorkspaceData): RecentChange[] {
  const persons = new Map(data.persons.map((person) => [person.id, person]));
  const all: { kind: RecordKind; record: Changeable }[] = [
    ...data.persons.map((record) => ({ kind: 'person' as const, record })),
    ...data.facilities.map((record) => ({ kind: 'facility' as const, record })),
    ...data.addresses.map((record) => ({ kind: 'address' as const, record })),
    ...data.cases.map((record) => ({ kind: 'case' as const, record })),
    ...data.events.map((record) => ({ kind: 'event' as const, record })),
    ...data.letters.map((record) => ({ kind: 'letter' as const, record })),
    ...data.articles.map((record) => ({ kind: 'article' as const, record })),
    ...data.documents.map((record) => ({ kind: 'document' as const, record })),
  ];
  return newest(all, RECENT_CHANGES).map(({ kind, record }) => {
    const owner = kind === 'person' ? persons.get(record.id) : persons.get(record.personId ?? '');
    const change: RecentChange = {
      kind,
      id: record.id,
      // Every kind's title is read from fields that stored records keep.
      title: titleOf(kind, record as unknown as AnyRecord),
      updatedAt: record.updatedAt,
      isNew: record.createdAt === record.updatedAt,
    };
    return owner ? { ...change, person: personRef(owner) } : change;
  });
}

/** The `count` records with the latest `updatedAt`, newest first, in one pass. */
function newest<T extends { record: { updatedAt: string } }>(
  items: readonly T[],
  count: number,
): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === count && item.record.updatedAt <= kept[count - 1].record.updatedAt)
      continue;
    kept.push(item);
    kept.sort((a, b) => b.record.updatedAt.localeCompare(a.record.updatedAt));
    if (kept.length > count) kept.pop();
  }
  return kept;
}
