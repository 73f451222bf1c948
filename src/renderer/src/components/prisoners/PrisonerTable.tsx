/** The prisoners as a table whose column headers sort it. */
import { useTranslation } from 'react-i18next';
import type { PrisonerRow } from '../../../../shared/api';
import { useFormat } from '../../i18n/use-format';
import { sortedBy, type PrisonerListView, type SortKey } from '../../lib/prisoner-list';
import { hrefOf, navigate } from '../../lib/router';
import { StatusBadge } from '../StatusBadge';

export function PrisonerTable(props: {
  readonly rows: readonly PrisonerRow[];
  readonly view: PrisonerListView;
  readonly onSort: (view: PrisonerListView) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const header = (key: SortKey, label: string, numeric = false) => (
    <SortableHeader
      label={label}
      sortKey={key}
      view={props.view}
      numeric={numeric}
      onSort={() => props.onSort(sortedBy(props.view, key))}
    />
  );

  return (
    <table className="table table-clickable prisoners-table">
      <thead>
        <tr>
          {header('name', t('prisoners.colName'))}
          {header('status', t('prisoners.colStatus'))}
          {header('facility', t('prisoners.colHeldAt'))}
          {header('days', t('prisoners.colDays'), true)}
          {header('lastLetter', t('prisoners.colLastLetter'))}
          {header('awaiting', t('prisoners.colAwaiting'), true)}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.id} onClick={() => navigate({ page: 'person', id: row.id })}>
            <td>
              <a href={hrefOf({ page: 'person', id: row.id })}>{row.name}</a>
              {row.nativeName ? <span className="cell-native">{row.nativeName}</span> : null}
            </td>
            <td>{row.status ? <StatusBadge status={row.status} /> : null}</td>
            <td className="cell-muted">
              <HeldAt row={row} />
            </td>
            <td className="cell-number">
              {row.daysInDetention === null ? '' : format.number(row.daysInDetention)}
            </td>
            <td className="cell-nowrap">
              {row.lastSentOn ? (
                format.day(row.lastSentOn)
              ) : (
                <span className="cell-muted">{t('prisoners.never')}</span>
              )}
            </td>
            <td className="cell-number">
              {row.awaitingReply > 0 ? format.number(row.awaitingReply) : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HeldAt(props: { readonly row: PrisonerRow }) {
  const { facility, addressLine } = props.row;
  if (!facility) return <>{addressLine ?? ''}</>;
  return (
    <>
      <a
        href={hrefOf({ page: 'facility', id: facility.id })}
        // The row opens the person; this link opens the facility instead.
        onClick={(event) => event.stopPropagation()}
      >
        {facility.name ? `${facility.code} — ${facility.name}` : facility.code}
      </a>
      {facility.region ? <span className="cell-native">{facility.region}</span> : null}
    </>
  );
}

function SortableHeader(props: {
  readonly label: string;
  readonly sortKey: SortKey;
  readonly view: PrisonerListView;
  readonly numeric: boolean;
  readonly onSort: () => void;
}) {
  const active = props.view.sort === props.sortKey;
  const direction = props.view.descending ? 'descending' : 'ascending';
  return (
    <th
      scope="col"
      aria-sort={active ? direction : undefined}
      className={props.numeric ? 'cell-number' : undefined}
    >
      <button type="button" className="sort-button" onClick={props.onSort}>
        {props.label}
        <span className="sort-mark" aria-hidden="true">
          {active ? (props.view.descending ? '▼' : '▲') : ''}
        </span>
      </button>
    </th>
  );
}
