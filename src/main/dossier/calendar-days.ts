/**
 * Calendar days as ISO `YYYY-MM-DD` strings. A dossier counts whole days (in detention,
 * since a letter), so it works on dates, never on times of day.
 */

const DAY_MS = 86_400_000;

/** The local calendar day of a moment: what "today" means for the person exporting. */
export function calendarDay(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

function utcMs(day: string): number {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, dayOfMonth);
}

/** The latest of some days, or undefined when there are none. */
export function latestDay(days: readonly (string | null | undefined)[]): string | undefined {
  let latest: string | undefined;
  for (const day of days) if (day && (!latest || day > latest)) latest = day;
  return latest;
}

/** The earliest of some days, or undefined when there are none. */
export function earliestDay(days: readonly (string | null | undefined)[]): string | undefined {
  let earliest: string | undefined;
  for (const day of days) if (day && (!earliest || day < earliest)) earliest = day;
  return earliest;
}
