/**
 * Dates for the sample archive, counted back from the moment it is created, so that the
 * sample always looks current: arrests a few years back, letters in recent months.
 */

export type SampleLanguage = 'en' | 'ru' | 'kk';

const DAY_MS = 86_400_000;

const MONTHS: Record<SampleLanguage, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  // Russian dates name the month in the genitive: "14 марта".
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ],
};

/** Turns "days before now" into calendar dates and writes dates the way each language does. */
export class SampleCalendar {
  private readonly today: number;

  constructor(now: Date) {
    // Counted from midnight UTC, so that every date of one run falls on the same day grid.
    this.today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  }

  /** The ISO date `days` days before today; negative for days still to come. */
  day(days: number): string {
    return new Date(this.today - days * DAY_MS).toISOString().slice(0, 10);
  }

  /** The year of the date `days` days before today. */
  year(days: number): number {
    return new Date(this.today - days * DAY_MS).getUTCFullYear();
  }
}

/** An ISO date written out in prose: "14 March 2023", "14 марта 2023 года", "2023 жылғы 14 наурыз". */
export function writtenDate(language: SampleLanguage, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = MONTHS[language][month - 1];
  if (language === 'ru') return `${day} ${monthName} ${year} года`;
  if (language === 'kk') return `${year} жылғы ${day} ${monthName}`;
  return `${day} ${monthName} ${year}`;
}

/** An ISO date as Kazakh and Russian official papers print it: 14.03.2023. */
export function dottedDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}
