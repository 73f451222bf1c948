/**
 * The whole window: the top bar, notices about the archive, and the page the address
 * names. Switching archives (sample and back) remounts the pages so they load afresh.
 */
import { useTranslation } from 'react-i18next';
import { useEffect, useMemo, useState } from 'react';
import type { ArchiveInfo } from '../../shared/api';
import { call } from './api-client';
import { Loading, LoadError } from './components/Status';
import { RecoveryNotice, SampleBanner } from './components/Notices';
import { TopBar } from './components/TopBar';
import { ArchiveContext, type ArchiveContextValue } from './lib/archive-context';
import { navigate, useRoute, type Route } from './lib/router';
import { useLoad } from './lib/use-load';
import { ArticlePage } from './pages/ArticlePage';
import { ArticlesPage } from './pages/ArticlesPage';
import { DocumentPage } from './pages/DocumentPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { DashboardPage } from './pages/DashboardPage';
import { FacilitiesPage } from './pages/FacilitiesPage';
import { FacilityPage } from './pages/FacilityPage';
import { PersonPage } from './pages/PersonPage';
import { PersonsPage } from './pages/PersonsPage';
import { SearchPage } from './pages/SearchPage';
import { SettingsPage } from './pages/SettingsPage';
import { ImportPage } from './pages/ImportPage';
import { DropOverlay } from './components/DropOverlay';
import { Shortcuts } from './components/ShortcutsHelp';

const INFO_REFRESH_MS = 700;

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const loaded = useLoad('archive.info', () => call('archive.info', {}));
  const [switched, setSwitched] = useState<{ info: ArchiveInfo; generation: number } | null>(null);
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const opened = switched?.info ?? (loaded.status === 'ready' ? loaded.data : null);
  const openedKey = `${opened?.archiveId}:${switched?.generation ?? 0}`;
  // While the large collections are still being read, ask again: their counts and any
  // damaged file found among them arrive then.
  const [refreshed, setRefreshed] = useState<{ key: string; info: ArchiveInfo } | null>(null);
  const info = refreshed?.key === openedKey ? refreshed.info : opened;

  useEffect(() => {
    if (!info?.loading) return;
    const timer = setTimeout(() => {
      call('archive.info', {}).then(
        (next) => setRefreshed({ key: openedKey, info: next }),
        () => setRefreshed({ key: openedKey, info: { ...info, loading: undefined } }),
      );
    }, INFO_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [info, openedKey]);

  useEffect(() => {
    document.title = info ? `${info.name} — Casefile` : 'Casefile';
  }, [info]);

  const context = useMemo<ArchiveContextValue | null>(() => {
    if (!info) return null;
    const switchTo = async (name: 'archive.openSample' | 'archive.openMain') => {
      const next = await call(name, {});
      setSwitched((previous) => ({ info: next, generation: (previous?.generation ?? 0) + 1 }));
      navigate({ page: 'dashboard' });
    };
    return {
      info,
      openSample: () => switchTo('archive.openSample'),
      openMain: () => switchTo('archive.openMain'),
    };
  }, [info]);

  if (!info || !context) {
    return (
      <main className="page page-centred">
        {loaded.status === 'error' ? (
          <LoadError error={loaded.error} onRetry={loaded.reload} />
        ) : (
          <Loading what={t('app.theArchive')} />
        )}
      </main>
    );
  }

  const recoveryKey = `${info.archiveId}:${info.recoveries.length}`;
  return (
    <ArchiveContext.Provider value={context}>
      <TopBar archiveName={info.name} route={route} />
      <Shortcuts />
      <DropOverlay archiveName={info.name} />
      {info.isSample ? <SampleBanner onBack={context.openMain} /> : null}
      {dismissed.includes(recoveryKey) ? null : (
        <RecoveryNotice
          recoveries={info.recoveries}
          archiveDir={info.dir}
          onDismiss={() => setDismissed((keys) => [...keys, recoveryKey])}
        />
      )}
      <main className="page" key={`${info.archiveId}:${switched?.generation ?? 0}`}>
        <RouteView route={route} />
      </main>
    </ArchiveContext.Provider>
  );
}

function RouteView(props: { readonly route: Route }) {
  const { t } = useTranslation();
  const route = props.route;
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'persons':
      return <PersonsPage view={route.view} />;
    case 'person':
      return <PersonPage key={route.id} id={route.id} />;
    case 'articles':
      return <ArticlesPage />;
    case 'article':
      return <ArticlePage key={route.id} id={route.id} />;
    case 'documents':
      return <DocumentsPage />;
    case 'document':
      return <DocumentPage key={route.id} id={route.id} />;
    case 'facilities':
      return <FacilitiesPage />;
    case 'facility':
      return <FacilityPage key={route.id} id={route.id} />;
    case 'search':
      // One page for every search: a changed filter keeps the keyboard where it was.
      return <SearchPage query={route.query} filters={route.filters} />;
    case 'settings':
      return <SettingsPage />;
    case 'import':
      return <ImportPage />;
    case 'not-found':
      return (
        <div className="empty-state">
          <h1>{t('app.notFoundTitle')}</h1>
          <p>
            <a href="#/">{t('app.notFoundLink')}</a>
          </p>
        </div>
      );
  }
}
