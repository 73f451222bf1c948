/** Hearings, ends of detention, birthdays and anniversaries of arrest in the next 30 days. */
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/api';
import { useFormat } from '../../i18n/use-format';
import { PersonLink } from '../PersonLink';
import { Panel, PanelEmpty } from '../Panel';

type Upcoming = Dashboard['upcoming'][number];

function useWhatLabel(): (item: Upcoming) => string {
  const { t } = useTranslation();
  return (item) => {
    switch (item.kind) {
      case 'hearing':
        return item.court ? t('upcoming.hearingAt', { court: item.court }) : t('upcoming.hearing');
      case 'detention-end':
        return t('upcoming.detention-end');
      case 'birthday':
        return t('upcoming.birthday', { years: item.years ?? 0 });
      case 'arrest-anniversary':
        return t('upcoming.arrest-anniversary', {
          years: t('count.years', { count: item.years ?? 0 }),
        });
    }
  };
}

export function UpcomingPanel(props: { readonly dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const what = useWhatLabel();
  const upcoming = props.dashboard.upcoming;
  return (
    <Panel
      className="panel-upcoming"
      title={t('dashboard.upcomingTitle')}
      count={upcoming.length > 0 ? format.number(upcoming.length) : undefined}
    >
      {upcoming.length === 0 ? (
        <PanelEmpty>{t('dashboard.upcomingEmpty')}</PanelEmpty>
      ) : (
        <ol className="panel-list upcoming-list">
          {upcoming.map((item) => (
            <li key={`${item.kind}:${item.person.id}:${item.day}`}>
              <span className="upcoming-when">
                <strong>{format.dayMonth(item.day)}</strong>
                <span className="panel-note">{format.relativeDays(item.daysAway)}</span>
              </span>
              <span className="upcoming-what">
                <span className={`upcoming-kind upcoming-kind-${item.kind}`}>{what(item)}</span>
                <PersonLink person={item.person} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
