/** Prisoners nobody has written to for longer than the archive's number of days. */
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/api';
import { useFormat } from '../../i18n/use-format';
import { PersonLink } from '../PersonLink';
import { Panel, PanelEmpty } from '../Panel';
import { ShortList } from './ShortList';

export function QuietPanel(props: { readonly dashboard: Dashboard }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { quiet, quietDays, prisonerCount } = props.dashboard;
  const days = t('count.days', { count: quietDays });
  return (
    <Panel
      className="panel-quiet"
      title={t('dashboard.quietTitle', { days })}
      count={quiet.length > 0 ? format.number(quiet.length) : undefined}
    >
      {quiet.length === 0 ? (
        <PanelEmpty>
          {prisonerCount === 0
            ? t('dashboard.quietNoPrisoners')
            : t('dashboard.quietEmpty', { days })}
        </PanelEmpty>
      ) : (
        <ShortList
          items={quiet}
          keyOf={(item) => item.person.id}
          render={(item) => (
            <>
              <PersonLink person={item.person} />
              <span className="panel-figure">
                {item.daysSince === null ? (
                  <strong>{t('dashboard.neverWritten')}</strong>
                ) : (
                  <>
                    <strong>{t('count.days', { count: item.daysSince })}</strong>
                    <span className="panel-note">
                      {t('dashboard.lastLetter', { day: format.day(item.lastSentOn) })}
                    </span>
                  </>
                )}
              </span>
            </>
          )}
        />
      )}
    </Panel>
  );
}
