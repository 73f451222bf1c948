/** Under a long list: how many of how many are shown, and a button for the next page. */
import { useTranslation } from 'react-i18next';

export function ShowMore(props: {
  readonly shown: number;
  readonly total: number;
  readonly onMore: () => void;
}) {
  const { t } = useTranslation();
  if (props.shown >= props.total) return null;
  return (
    <p className="list-more">
      {t('app.showing', { shown: props.shown, total: props.total })}{' '}
      <button type="button" onClick={props.onMore}>
        {t('app.showMore')}
      </button>
    </p>
  );
}
