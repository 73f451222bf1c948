/**
 * Dates as people type and read them. The archive stores ISO `YYYY-MM-DD`; forms accept
 * that or the day-first `dd.mm.yyyy` used in the region, and show dates day-first.
 */

export type DateInput =
  | { readonly ok: true; readonly iso: string | undefined }
  | { readonly ok: false; readonly message: string };

export const DATE_FORMAT_HINT = 'dd.mm.yyyy or yyyy-mm-dd';

export const DATE_FORMAT_PROBLEM =
  'Write the date as dd.mm.yyyy or yyyy-mm-dd, for example 03.05.2017.';

/**
 * Reads a typed date. An empty box is no date. Whether the day exists in the calendar is
 * left to the archive, which answers in the same words everywhere.
 */
export function parseDateInput(text: string): DateInput {
  const value = text.trim();
  if (value === '') return { ok: true, iso: undefined };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return { ok: true, iso: `${iso[1]}-${pad(iso[2])}-${pad(iso[3])}` };
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(value);
  if (dayFirst) return { ok: true, iso: `${dayFirst[3]}-${pad(dayFirst[2])}-${pad(dayFirst[1])}` };
  return { ok: false, message: DATE_FORMAT_PROBLEM };
}

export const NOT_IN_CALENDAR = 'This date does not exist in the calendar.';

/** Whether an ISO `YYYY-MM-DD` names a day that exists (no 31 February, no month 13). */
export function isCalendarDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Reads a typed date and also checks that the day exists, in the archive's words. For
 * filters: a search is not a save, so there is no answer from the archive to show instead.
 */
export function parseCalendarDate(text: string): DateInput {
  const parsed = parseDateInput(text);
  if (parsed.ok && parsed.iso !== undefined && !isCalendarDate(parsed.iso)) {
    return { ok: false, message: NOT_IN_CALENDAR };
  }
  return parsed;
}

/**
 * An ISO date as forms show it for editing, day-first (`03.05.2017`), the way it is typed;
 * pages show dates through Intl instead (`i18n/format.ts`). Anything else is kept as it is.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

/** Today's date in the local calendar, as ISO. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(String(now.getMonth() + 1))}-${pad(String(now.getDate()))}`;
}

function pad(part: string): string {
  return part.padStart(2, '0');
}
