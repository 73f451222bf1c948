/** A dashboard list that shows its first items and says how many more there are. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const SHOWN = 8;

export function ShortList<T>(props: {
  readonly items: readonly T[];
  readonly keyOf: (item: T) => string;
  readonly render: (item: T) => ReactNode;
  readonly moreHref?: string;
}) {
  const { t } = useTranslation();
  const hidden = props.items.length - SHOWN;
  return (
    <>
      <ul className="panel-list">
        {props.items.slice(0, SHOWN).map((item) => (
          <li key={props.keyOf(item)}>{props.render(item)}</li>
        ))}
      </ul>
      {hidden > 0 ? (
        <p className="panel-more">
          {props.moreHref ? (
            <a href={props.moreHref}>{t('dashboard.more', { count: hidden })}</a>
          ) : (
            t('dashboard.more', { count: hidden })
          )}
        </p>
      ) : null}
    </>
  );
}
