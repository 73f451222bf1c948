/**
 * The home page: who needs a letter, which letters wait for an answer, what comes up in
 * the next 30 days, and what changed last. An empty archive shows the welcome instead.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api-client';
import { AddPrisonerDialog } from '../components/AddPrisonerDialog';
import { AwaitingPanel } from '../components/dashboard/AwaitingPanel';
import { QuietPanel } from '../components/dashboard/QuietPanel';
import { RecentPanel } from '../components/dashboard/RecentPanel';
import { UpcomingPanel } from '../components/dashboard/UpcomingPanel';
import { Loading, LoadError } from '../components/Status';
import { useFormat } from '../i18n/use-format';
import { useLoad } from '../lib/use-load';
import { Welcome } from './Welcome';

export function DashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useLoad('dashboard', () => call('workspace.dashboard', {}));
  const [adding, setAdding] = useState(false);
  const dialog = adding ? <AddPrisonerDialog onClose={() => setAdding(false)} /> : null;

  if (state.status === 'loading') return <Loading what={t('dashboard.loading')} />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.reload} />;
  const dashboard = state.data;

  // Nothing has ever been changed: the archive holds no records at all.
  if (dashboard.recent.length === 0) {
    return (
      <>
        <Welcome onAddPerson={() => setAdding(true)} />
        {dialog}
      </>
    );
  }

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <div className="page-header">
        <h1 id="dashboard-title">{t('dashboard.title')}</h1>
        <span className="page-count">
          {t('dashboard.today', { day: format.day(dashboard.today) })}
        </span>
      </div>
      <div className="dashboard-grid">
        <QuietPanel dashboard={dashboard} />
        <AwaitingPanel dashboard={dashboard} />
        <UpcomingPanel dashboard={dashboard} />
        <RecentPanel dashboard={dashboard} />
      </div>
      {dialog}
    </section>
  );
}
