/** Letters sent long ago that no letter from the prisoner has followed. */
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/api';
import { useFormat } from '../../i18n/use-format';
import { PersonLink } from '../PersonLink';
import { Panel, PanelEmpty } from '../Panel';
import { ShortList } from './ShortList';

export function AwaitingPanel(props: { readonly dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { awaiting, quietDays } = props.dashboard;
  const days = t('count.days', { count: quietDays });
  return (
    <Panel
      className="panel-awaiting"
      title={t('dashboard.awaitingTitle', { days })}
      count={awaiting.length > 0 ? format.number(awaiting.length) : undefined}
    >
      {awaiting.length === 0 ? (
        <PanelEmpty>{t('dashboard.awaitingEmpty', { days })}</PanelEmpty>
      ) : (
        <ShortList
          items={awaiting}
          keyOf={(item) => item.letterId}
          moreHref="#/persons?sort=awaiting&order=desc"
          render={(item) => (
            <>
              <PersonLink person={item.person} />
              <span className="panel-figure">
                <strong>{t('count.days', { count: item.daysWaiting })}</strong>
                <span className="panel-note">
                  {t('dashboard.sentOn', { day: format.day(item.sentOn) })} ·{' '}
                  {t(`channel.${item.channel}`)}
                </span>
              </span>
            </>
          )}
        />
      )}
    </Panel>
  );
}
