/**
 * Dates and numbers as each language writes them, through Intl. Dates are ISO calendar
 * days (`YYYY-MM-DD`) and are formatted in UTC, so that no time zone moves them a day.
 */
import { INTL_LOCALE, isLanguage, type Language } from './language';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

function localeOf(language: string): string {
  return INTL_LOCALE[isLanguage(language) ? language : 'en'];
}

function utcDateOf(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** A calendar day with the month's name, which no reader can take for another day. */
export function formatDay(iso: string | null | undefined, language: Language | string): string {
  if (!iso) return '';
  const date = utcDateOf(iso);
  if (!date) return iso;
  return cached(
    `day:${language}`,
    () =>
      new Intl.DateTimeFormat(localeOf(language), {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  ).format(date);
}

/** A day of the year without the year: for dates in the coming weeks. */
export function formatDayMonth(iso: string, language: Language | string): string {
  const date = utcDateOf(iso);
  if (!date) return iso;
  return cached(
    `day-month:${language}`,
    () =>
      new Intl.DateTimeFormat(localeOf(language), {
        day: 'numeric',
        month: 'long',
        weekday: 'short',
        timeZone: 'UTC',
      }),
  ).format(date);
}

/** A moment (a record's change) in the reader's time zone. */
export function formatMoment(isoDateTime: string, language: Language | string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return cached(
    `moment:${language}`,
    () =>
      new Intl.DateTimeFormat(localeOf(language), {
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }),
  ).format(date);
}

export function formatNumber(value: number, language: Language | string): string {
  return cached(`number:${language}`, () => new Intl.NumberFormat(localeOf(language))).format(
    value,
  );
}

const relative = new Map<string, Intl.RelativeTimeFormat>();

/** "today", "tomorrow", "in 5 days" (and "сегодня", "завтра", "через 5 дней"). */
export function formatRelativeDays(days: number, language: Language | string): string {
  const locale = localeOf(language);
  let format = relative.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    relative.set(locale, format);
  }
  return format.format(days, 'day');
}
