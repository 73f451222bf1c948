/**
 * The date checks of `dates.ts` answer in the archive's English words (so that a form
 * says the same as the archive would); this turns them into the interface's language.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT_PROBLEM, NOT_IN_CALENDAR } from './dates';

export function useDateProblem(): (message: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (message: string) => {
      if (message === DATE_FORMAT_PROBLEM) return t('form.dateFormat');
      if (message === NOT_IN_CALENDAR) return t('form.notInCalendar');
      return message;
    },
    [t],
  );
}
