/** The formatters of `format.ts` bound to the interface's current language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatDay,
  formatDayMonth,
  formatMoment,
  formatNumber,
  formatRelativeDays,
} from './format';

export interface Formatters {
  readonly day: (iso: string | null | undefined) => string;
  readonly dayMonth: (iso: string) => string;
  readonly moment: (isoDateTime: string) => string;
  readonly number: (value: number) => string;
  readonly relativeDays: (days: number) => string;
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      day: (iso) => formatDay(iso, language),
      dayMonth: (iso) => formatDayMonth(iso, language),
      moment: (isoDateTime) => formatMoment(isoDateTime, language),
      number: (value) => formatNumber(value, language),
      relativeDays: (days) => formatRelativeDays(days, language),
    }),
    [language],
  );
}
