/**
 * Calendar days as ISO `YYYY-MM-DD` strings. The workspace counts whole days (since a
 * letter, until a hearing), so it works on dates, never on times of day: a letter sent at
 * 23:59 is a day old the next morning.
 */

const DAY_MS = 86_400_000;

/** The local calendar day of a moment: what "today" means for the person at the laptop. */
export function dayOf(moment: Date): string {
  return isoOf(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

export function addDays(day: string, days: number): string {
  const date = new Date(utcMs(day) + days * DAY_MS);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The first anniversary of `date` on or after `today`, with how many years it marks. A
 * date of 29 February is kept on 28 February in the years that have no 29th.
 */
export function nextAnniversary(date: string, today: string): { day: string; years: number } {
  const [year, month, dayOfMonth] = partsOf(date);
  const thisYear = partsOf(today)[0];
  for (const candidateYear of [thisYear, thisYear + 1]) {
    const day = isoOf(
      candidateYear,
      month,
      Math.min(dayOfMonth, daysInMonth(candidateYear, month)),
    );
    if (day >= today) return { day, years: candidateYear - year };
  }
  // Unreachable: next year's anniversary always comes after today.
  throw new Error(`No anniversary of ${date} after ${today}.`);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function partsOf(day: string): [number, number, number] {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return [year, month, dayOfMonth];
}

function utcMs(day: string): number {
  const [year, month, dayOfMonth] = partsOf(day);
  return Date.UTC(year, month - 1, dayOfMonth);
}

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
