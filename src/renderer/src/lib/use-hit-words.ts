/** The words of a search hit's row (see `presentHit`) in the interface's language. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HitWords } from './search-targets';

/** The words of a result row in the interface's language. */
export function useHitWords(): HitWords {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      letter: (direction, person) =>
        direction === 'to' ? t('search.letterTo', { person }) : t('search.letterFrom', { person }),
      letterWithoutPerson: (direction) =>
        direction === 'to' ? t('search.outgoing') : t('search.incoming'),
      eventType: (type) =>
        type === 'other'
          ? t('search.otherEvent')
          : t(`eventType.${type}` as 'eventType.arrest', { defaultValue: type }),
      untitledCase: t('cases.untitled'),
    }),
    [t],
  );
}
