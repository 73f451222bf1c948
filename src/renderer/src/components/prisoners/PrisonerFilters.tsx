/** The four filters of the prisoners list, offering only values that occur in it. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrisonerRow } from '../../../../shared/api';
import {
  filterChoices,
  isFiltered,
  withoutFilters,
  type PrisonerListView,
} from '../../lib/prisoner-list';

type Filter = 'status' | 'facility' | 'region' | 'tag';

export function PrisonerFilters(props: {
  readonly rows: readonly PrisonerRow[];
  readonly view: PrisonerListView;
  readonly shown: number;
  readonly onChange: (view: PrisonerListView) => void;
}) {
  const { t } = useTranslation();
  const choices = useMemo(() => filterChoices(props.rows), [props.rows]);
  const { view } = props;
  const set = (filter: Filter, value: string) =>
    props.onChange({ ...view, [filter]: value === '' ? undefined : value });

  return (
    <div className="list-filters" role="group" aria-label={t('prisoners.filters')}>
      <FilterSelect
        label={t('prisoners.status')}
        value={view.status}
        any={t('prisoners.anyStatus')}
        options={choices.statuses.map((status) => [status ?? '', t(`status.${status!}`)])}
        onChange={(value) => set('status', value)}
      />
      <FilterSelect
        label={t('prisoners.facility')}
        value={view.facility}
        any={t('prisoners.anyFacility')}
        options={choices.facilities.map((facility) => [
          facility.id,
          facility.name ? `${facility.code} — ${facility.name}` : facility.code,
        ])}
        onChange={(value) => set('facility', value)}
      />
      <FilterSelect
        label={t('prisoners.region')}
        value={view.region}
        any={t('prisoners.anyRegion')}
        options={choices.regions.map((region) => [region, region])}
        onChange={(value) => set('region', value)}
      />
      <FilterSelect
        label={t('prisoners.tag')}
        value={view.tag}
        any={t('prisoners.anyTag')}
        options={choices.tags.map((tag) => [tag, tag])}
        onChange={(value) => set('tag', value)}
      />
      {isFiltered(view) ? (
        <>
          <span className="list-filters-count" role="status">
            {t('prisoners.matching', { shown: props.shown, total: props.rows.length })}
          </span>
          <button
            type="button"
            className="list-filters-clear"
            onClick={() => props.onChange(withoutFilters(view))}
          >
            {t('prisoners.clearFilters')}
          </button>
        </>
      ) : null}
    </div>
  );
}

function FilterSelect(props: {
  readonly label: string;
  readonly value: string | undefined;
  readonly any: string;
  readonly options: readonly (readonly [string, string])[];
  readonly onChange: (value: string) => void;
}) {
  return (
    <label className="list-filter">
      <span className="list-filter-label">{props.label}</span>
      <select value={props.value ?? ''} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{props.any}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
        {/* A value from the address that no prisoner has any more stays selectable. */}
        {props.value && !props.options.some(([value]) => value === props.value) ? (
          <option value={props.value}>{props.value}</option>
        ) : null}
      </select>
    </label>
  );
}
