/**
 * The list of prisoners, filtered and sorted as the address says (so that a reload or a
 * bookmark keeps the view), or the welcome screen when the archive is still empty.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrisonerRow } from '../../../shared/api';
import { call } from '../api-client';
import { AddPrisonerDialog } from '../components/AddPrisonerDialog';
import { ExportAddressesButton } from '../components/ExportAddresses';
import { PrisonerFilters } from '../components/prisoners/PrisonerFilters';
import { PrisonerTable } from '../components/prisoners/PrisonerTable';
import { Loading, LoadError } from '../components/Status';
import {
  DEFAULT_VIEW,
  filterRows,
  isFiltered,
  sortRows,
  withoutFilters,
  type PrisonerListView,
} from '../lib/prisoner-list';
import { navigate } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { Welcome } from './Welcome';
import { ShowMore } from '../components/ShowMore';

const PAGE = 500;

async function loadPrisoners() {
  const prisoners = await call('workspace.prisoners', {});
  let empty = false;
  if (prisoners.rows.length === 0) {
    const [anyone, articles] = await Promise.all([
      call('persons.list', { limit: 1 }),
      call('articles.list', { limit: 1 }),
    ]);
    empty = anyone.total === 0 && articles.total === 0;
  }
  return { ...prisoners, empty };
}

export function PersonsPage(props: { readonly view?: PrisonerListView }) {
  const { t } = useTranslation();
  const view = props.view ?? DEFAULT_VIEW;
  const [adding, setAdding] = useState(false);
  const state = useLoad('prisoners', loadPrisoners);
  const dialog = adding ? <AddPrisonerDialog onClose={() => setAdding(false)} /> : null;

  if (state.status === 'loading') return <Loading what={t('prisoners.loading')} />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.reload} />;
  const { rows, empty } = state.data;

  if (empty) {
    return (
      <>
        <Welcome onAddPerson={() => setAdding(true)} />
        {dialog}
      </>
    );
  }

  return (
    <section aria-labelledby="persons-title">
      <div className="page-header">
        <h1 id="persons-title">{t('prisoners.title')}</h1>
        <span className="page-count">{t('count.prisoners', { count: rows.length })}</span>
        <button type="button" className="button-primary" onClick={() => setAdding(true)}>
          {t('prisoners.add')}
        </button>
      </div>
      {rows.length === 0 ? (
        <div className="empty-state">
          <p>{t('prisoners.empty')}</p>
        </div>
      ) : (
        <FilteredPrisoners rows={rows} view={view} />
      )}
      {dialog}
    </section>
  );
}

function FilteredPrisoners(props: {
  readonly rows: readonly PrisonerRow[];
  readonly view: PrisonerListView;
}) {
  const { t, i18n } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const { rows, view } = props;
  const shown = useMemo(
    () => sortRows(filterRows(rows, view), view, new Intl.Collator(i18n.language)),
    [rows, view, i18n.language],
  );
  const show = (next: PrisonerListView) =>
    navigate({ page: 'persons', view: next }, { replace: true });

  return (
    <>
      <PrisonerFilters rows={rows} view={view} shown={shown.length} onChange={show} />
      {shown.length > 0 ? (
        <p className="export-addresses">
          <ExportAddressesButton listed={shown} />
        </p>
      ) : null}
      {shown.length === 0 ? (
        <div className="empty-state">
          <p>{t('prisoners.noneMatch')}</p>
          {isFiltered(view) ? (
            <button type="button" onClick={() => show(withoutFilters(view))}>
              {t('prisoners.clearFilters')}
            </button>
          ) : null}
        </div>
      ) : (
        <PrisonerTable rows={shown.slice(0, limit)} view={view} onSort={show} />
      )}
      <ShowMore
        shown={Math.min(limit, shown.length)}
        total={shown.length}
        onMore={() => setLimit((n) => n + PAGE)}
      />
    </>
  );
}
