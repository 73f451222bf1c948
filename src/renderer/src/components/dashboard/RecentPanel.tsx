/** The records changed last, each linked to the page that shows it. */
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/api';
import { useFormat } from '../../i18n/use-format';
import { hrefOf, searchRoute, type Route } from '../../lib/router';
import { Panel, PanelEmpty } from '../Panel';

type Change = Dashboard['recent'][number];

/** Where a changed record is shown: its own page, its person's, or a search for it. */
function routeOf(change: Change): Route {
  switch (change.kind) {
    case 'facility':
      return { page: 'facility', id: change.id };
    case 'article':
      return { page: 'article', id: change.id };
    default:
      return change.person ? { page: 'person', id: change.person.id } : searchRoute(change.title);
  }
}

export function RecentPanel(props: { readonly dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const recent = props.dashboard.recent;
  return (
    <Panel className="panel-recent" title={t('dashboard.recentTitle')}>
      {recent.length === 0 ? (
        <PanelEmpty>{t('dashboard.recentEmpty')}</PanelEmpty>
      ) : (
        <ul className="panel-list">
          {recent.map((change) => (
            <li key={`${change.kind}:${change.id}`}>
              <span className="recent-what">
                <span className="recent-kind">{t(`kind.${change.kind}`)}</span>
                <a href={hrefOf(routeOf(change))}>
                  {/* A record of a person is named by the person: its own title is a date. */}
                  {change.person && change.kind !== 'person' ? change.person.name : change.title}
                </a>
              </span>
              <span className="panel-note">
                {change.isNew ? t('dashboard.added') : t('dashboard.changed')}{' '}
                {format.moment(change.updatedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
