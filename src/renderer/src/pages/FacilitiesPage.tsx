/** The facility registry: every prison and detention centre, with who is held there now. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api-client';
import { FacilityDialog } from '../components/FacilityForm';
import { Loading, LoadError } from '../components/Status';
import { useFormat } from '../i18n/use-format';
import { hrefOf, navigate } from '../lib/router';
import { useLoad } from '../lib/use-load';

export function FacilitiesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useLoad('facilities', () => call('workspace.facilities', {}));
  const [adding, setAdding] = useState(false);

  if (state.status === 'loading') return <Loading what={t('facilities.loading')} />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={state.reload} />;
  const rows = state.data.rows;

  return (
    <section aria-labelledby="facilities-title">
      <div className="page-header">
        <h1 id="facilities-title">{t('facilities.title')}</h1>
        <span className="page-count">{t('count.facilities', { count: rows.length })}</span>
        <button type="button" className="button-primary" onClick={() => setAdding(true)}>
          {t('facilities.add')}
        </button>
      </div>
      {adding ? <FacilityDialog onClose={() => setAdding(false)} /> : null}
      {rows.length === 0 ? (
        <div className="empty-state">
          <p>{t('facilities.empty')}</p>
        </div>
      ) : (
        <table className="table table-clickable">
          <thead>
            <tr>
              <th scope="col">{t('facilities.colCode')}</th>
              <th scope="col" className="col-wide">
                {t('facilities.colName')}
              </th>
              <th scope="col">{t('facilities.colType')}</th>
              <th scope="col">{t('facilities.colRegion')}</th>
              <th scope="col" className="cell-number">
                {t('facilities.colHeldNow')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ facility, heldNow }) => (
              <tr key={facility.id} onClick={() => navigate({ page: 'facility', id: facility.id })}>
                <td className="cell-nowrap">
                  <a href={hrefOf({ page: 'facility', id: facility.id })}>{facility.code}</a>
                </td>
                <td>{facility.name}</td>
                <td className="cell-muted">
                  {[facility.type, facility.regime].filter(Boolean).join(', ')}
                </td>
                <td className="cell-muted">{facility.region}</td>
                <td className="cell-number">{heldNow > 0 ? format.number(heldNow) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
