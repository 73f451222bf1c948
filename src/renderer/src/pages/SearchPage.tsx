/**
 * All results of a search: the filters (kept in the address, so that Back undoes them), the
 * count, and every hit in one list ranked best first, windowed so that thousands scroll
 * smoothly. Nothing found: the closest names. Index still being built: a quiet progress
 * line, and the search runs again once it is done.
 */
import { useCallback, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/api';
import type { Facility, Person } from '../../../shared/records';
import { call } from '../api-client';
import { Highlighted } from '../components/Highlighted';
import { RecordPicker } from '../components/RecordPicker';
import { LoadError } from '../components/Status';
import { VirtualList } from '../components/VirtualList';
import { useFormat } from '../i18n/use-format';
import { formatDate } from '../lib/dates';
import type { PickOption } from '../lib/pick';
import { hrefOf, navigate, searchRoute } from '../lib/router';
import {
  END_BEFORE_START,
  hasFilters,
  indexingShare,
  NO_FILTERS,
  readDateRange,
  SEARCH_KINDS,
  searchRequestOf,
  statusGroups,
  tagsOfInput,
  toggleKind,
  withFilters,
  type DateErrors,
  type SearchFilters,
} from '../lib/search-filters';
import { hitKey, presentHit, routeOfHit, routeOfSuggestion } from '../lib/search-targets';
import { useDateProblem } from '../lib/use-date-problem';
import { useHitWords } from '../lib/use-hit-words';
import { useLoad } from '../lib/use-load';
import { useHitDates, useIndexingProgress, useSearch } from '../lib/use-search';

/** The height of one result row, in pixels (two lines and their padding). */
const ROW_HEIGHT = 64;
const ALL = 10_000;

export function SearchPage(props: { readonly query: string; readonly filters: SearchFilters }) {
  const { t } = useTranslation();
  const query = props.query.trim();
  const { filters } = props;
  const request = useMemo(() => searchRequestOf(query, filters), [query, filters]);
  const input = request.ok && query !== '' ? request.input : null;
  const key = input ? JSON.stringify(input) : '';
  const search = useSearch(key, input);
  const answer = search.answer;
  const progress = useIndexingProgress(
    search.answeredKey === key && answer ? answer.indexing : null,
    search.retry,
  );
  const names = useLoad('search:names', () =>
    Promise.all([
      call('persons.list', { limit: ALL, offset: 0 }),
      call('facilities.list', { limit: ALL, offset: 0 }),
    ]),
  );
  const persons = names.status === 'ready' ? names.data[0].items : [];
  const facilities = names.status === 'ready' ? names.data[1].items : [];

  const apply = useCallback((nextQuery: string, next: SearchFilters) => {
    navigate(searchRoute(nextQuery.trim(), next));
  }, []);

  const showResults = input !== null && answer !== null && search.answeredKey !== null;
  return (
    <section className="search-page" aria-labelledby="search-title">
      <div className="page-header">
        <h1 id="search-title">{query ? t('search.resultsFor', { query }) : t('search.title')}</h1>
      </div>
      <FilterBar
        query={query}
        filters={filters}
        persons={persons}
        facilities={facilities}
        urlErrors={request.ok ? {} : request.errors}
        onApply={apply}
      />
      {query === '' ? <p className="search-hint">{t('search.hint')}</p> : null}
      {progress ? (
        <p className="search-indexing" role="status">
          {t('search.indexing', { share: indexingShare(progress) ?? 0 })}
        </p>
      ) : null}
      {search.error ? <LoadError error={search.error} onRetry={search.retry} /> : null}
      {input !== null && answer === null && !search.error ? (
        <p className="loading" role="status">
          {t('search.searching')}
        </p>
      ) : null}
      {showResults ? (
        <Results
          key={search.answeredKey}
          query={query}
          filters={filters}
          answer={answer}
          pending={search.pending}
          persons={persons}
          onClearFilters={() => apply(query, NO_FILTERS)}
        />
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------- filters

interface Drafts {
  readonly words: string;
  readonly from: string;
  readonly to: string;
  readonly tags: string;
}

function draftsOf(query: string, filters: SearchFilters): Drafts {
  return {
    words: query,
    from: formatDate(filters.from),
    to: formatDate(filters.to),
    tags: filters.tags.join(', '),
  };
}

function FilterBar(props: {
  readonly query: string;
  readonly filters: SearchFilters;
  readonly persons: readonly Person[];
  readonly facilities: readonly Facility[];
  /** Problems with dates that came in the address itself. */
  readonly urlErrors: DateErrors;
  readonly onApply: (query: string, filters: SearchFilters) => void;
}) {
  const { query, filters, onApply } = props;
  const { t } = useTranslation();
  const dateProblem = useDateProblem();
  const id = useId();
  const address = hrefOf(searchRoute(query, filters));
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(query, filters));
  const [errors, setErrors] = useState<DateErrors>({});
  const [shownFor, setShownFor] = useState(address);
  // Back and Forward change the address: the boxes follow it.
  if (shownFor !== address) {
    setShownFor(address);
    setDrafts(draftsOf(query, filters));
    setErrors({});
  }
  const personOptions = useMemo(() => props.persons.map(personOption), [props.persons]);
  const facilityOptions = useMemo(() => props.facilities.map(facilityOption), [props.facilities]);
  const inWords = (message: string | undefined) =>
    message === END_BEFORE_START
      ? t('search.endBeforeStart')
      : message
        ? dateProblem(message)
        : undefined;
  const shownErrors: DateErrors = {
    from: inWords(errors.from ?? props.urlErrors.from),
    to: inWords(errors.to ?? props.urlErrors.to),
  };

  /** Applies a change together with what is typed in the boxes, if the dates can be read. */
  function applyWith(patch: Partial<SearchFilters>) {
    const dates = readDateRange(drafts.from, drafts.to);
    setErrors(dates.errors);
    if (dates.errors.from || dates.errors.to) return;
    onApply(
      drafts.words,
      withFilters(filters, {
        from: dates.from,
        to: dates.to,
        tags: tagsOfInput(drafts.tags),
        ...patch,
      }),
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    applyWith({});
  }

  /** Says at once when a typed date cannot be read or does not exist. */
  function checkDates() {
    setErrors(readDateRange(drafts.from, drafts.to).errors);
  }

  const set = (field: keyof Drafts) => (value: string) =>
    setDrafts((previous) => ({ ...previous, [field]: value }));

  return (
    <form
      className="search-filters"
      role="search"
      aria-label={t('search.filters')}
      onSubmit={onSubmit}
    >
      <div className="search-filters-words">
        <label htmlFor={`${id}-words`} className="search-filters-label">
          {t('search.words')}
        </label>
        <input
          id={`${id}-words`}
          type="search"
          value={drafts.words}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => set('words')(event.target.value)}
        />
        <button type="submit" className="button-primary">
          {t('search.submit')}
        </button>
      </div>

      <div className="kind-chips" role="group" aria-labelledby={`${id}-kinds`}>
        <span id={`${id}-kinds`} className="search-filters-label">
          {t('search.kind')}
        </span>
        <button
          type="button"
          className="kind-chip"
          aria-pressed={filters.kinds.length === 0}
          onClick={() => applyWith({ kinds: [] })}
        >
          {t('search.all')}
        </button>
        {SEARCH_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="kind-chip"
            aria-pressed={filters.kinds.includes(kind)}
            onClick={() => applyWith({ kinds: toggleKind(filters, kind).kinds })}
          >
            {t(`kindGroup.${kind}`)}
          </button>
        ))}
        {hasFilters(filters) ? (
          <button
            type="button"
            className="button-small search-filters-clear"
            onClick={() => onApply(drafts.words, NO_FILTERS)}
          >
            {t('search.clearFilters')}
          </button>
        ) : null}
      </div>

      <div className="search-filters-grid">
        <RecordPicker
          label={t('search.person')}
          placeholder={t('picker.anyone')}
          options={personOptions}
          value={filters.personId}
          onChange={(personId) => applyWith({ personId })}
        />
        <RecordPicker
          label={t('search.facility')}
          placeholder={t('search.any')}
          options={facilityOptions}
          value={filters.facilityId}
          onChange={(facilityId) => applyWith({ facilityId })}
        />
        <DateBox
          id={`${id}-from`}
          label={t('search.from')}
          value={drafts.from}
          error={shownErrors.from}
          onChange={set('from')}
          onBlur={checkDates}
        />
        <DateBox
          id={`${id}-to`}
          label={t('search.to')}
          value={drafts.to}
          error={shownErrors.to}
          onChange={set('to')}
          onBlur={checkDates}
        />
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('search.status')}</label>
          <select
            id={`${id}-status`}
            value={filters.status ?? ''}
            onChange={(event) => applyWith({ status: event.target.value || undefined })}
          >
            <option value="">{t('search.any')}</option>
            {statusGroups().map((group) => (
              <optgroup key={group.key} label={t(`search.statusGroup.${group.key}`)}>
                {group.values.map((value) => (
                  <option key={value} value={value}>
                    {t(`${group.key}.${value}` as 'status.pre-trial')}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tags`}>{t('search.tag')}</label>
          <input
            id={`${id}-tags`}
            type="text"
            value={drafts.tags}
            autoComplete="off"
            spellCheck={false}
            placeholder={t('search.any')}
            onChange={(event) => set('tags')(event.target.value)}
          />
        </div>
      </div>
    </form>
  );
}

function DateBox(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly error?: string;
  readonly onChange: (value: string) => void;
  readonly onBlur: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={['field', props.error ? 'field-invalid' : ''].join(' ')}>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        placeholder={t('search.datePlaceholder')}
        title={t('search.dateTitle', { hint: t('form.dateHint') })}
        autoComplete="off"
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
        onBlur={props.onBlur}
      />
      {props.error ? (
        <p className="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function personOption(person: Person): PickOption {
  return {
    id: person.id,
    label: person.name,
    detail: person.nativeName,
    names: [person.name, person.nativeName ?? '', ...person.aliases],
  };
}

function facilityOption(facility: Facility): PickOption {
  return {
    id: facility.id,
    label: [facility.code, facility.name].filter(Boolean).join(' — '),
    detail: facility.region,
    names: [facility.code, facility.name ?? '', facility.region ?? ''],
  };
}

// ---------------------------------------------------------------- results

function Results(props: {
  readonly query: string;
  readonly filters: SearchFilters;
  readonly answer: NonNullable<ReturnType<typeof useSearch>['answer']>;
  readonly pending: boolean;
  readonly persons: readonly Person[];
  readonly onClearFilters: () => void;
}) {
  const { query, filters, answer } = props;
  const { t } = useTranslation();
  const id = useId();
  const [active, setActive] = useState(-1);
  const [view, setView] = useState({ start: 0, end: 0 });
  const onVisibleChange = useCallback((start: number, end: number) => setView({ start, end }), []);
  const hits = answer.hits;
  const dates = useHitDates(hits, view.start, view.end);
  const personOf = useMemo(
    () => new Map(props.persons.map((person) => [person.id, person])),
    [props.persons],
  );
  const open = (hit: SearchHit) => navigate(routeOfHit(hit, query, filters));

  if (hits.length === 0) {
    return (
      <div className="search-empty" aria-busy={props.pending}>
        <h2>
          {hasFilters(filters)
            ? t('search.nothingWithFilters', { query })
            : t('search.nothingFor', { query })}
        </h2>
        {answer.suggestions.length > 0 ? (
          <p className="did-you-mean">
            {t('search.didYouMean')}{' '}
            {answer.suggestions.map((suggestion, index) => (
              <span key={hitKey(suggestion)}>
                {index > 0 ? ', ' : null}
                <a href={hrefOf(routeOfSuggestion(suggestion))}>{suggestion.title}</a>
                <span className="cell-muted">
                  {' '}
                  ({t(`kind.${suggestion.kind}`).toLocaleLowerCase()})
                </span>
              </span>
            ))}
            ?
          </p>
        ) : (
          <p>{t('search.tryOther')}</p>
        )}
        {hasFilters(filters) ? (
          <button type="button" onClick={props.onClearFilters}>
            {t('search.withoutFilters')}
          </button>
        ) : null}
      </div>
    );
  }

  return (
    <div className="results" aria-busy={props.pending}>
      <div className="results-header">
        <h2 id={`${id}-title`}>
          <span className="results-count" aria-live="polite">
            {t('search.results', { count: answer.total })}
          </span>{' '}
          <span className="results-order">{t('search.order')}</span>
        </h2>
        {answer.total > hits.length ? (
          <p className="cell-muted">{t('search.bestListed', { count: hits.length })}</p>
        ) : null}
        <p className="results-keys cell-muted">{t('search.keys')}</p>
      </div>
      <VirtualList
        id={`${id}-list`}
        className="results-list"
        labelledBy={`${id}-title`}
        count={hits.length}
        rowHeight={ROW_HEIGHT}
        overscan={8}
        active={active}
        onActiveChange={setActive}
        onOpen={(index) => {
          const hit = hits[index];
          if (hit) open(hit);
        }}
        onVisibleChange={onVisibleChange}
        renderRow={(index) => (
          <HitRow
            hit={hits[index]}
            person={hits[index].personId ? personOf.get(hits[index].personId) : undefined}
            lookedUpDate={dates.get(hitKey(hits[index]))}
          />
        )}
      />
    </div>
  );
}

function HitRow(props: {
  readonly hit: SearchHit;
  /** The person the hit is about, when known. */
  readonly person?: Person;
  readonly lookedUpDate?: string | null;
}) {
  const { hit, person } = props;
  const { t } = useTranslation();
  const words = useHitWords();
  const format = useFormat();
  const shown = presentHit(hit, person?.name, words);
  const date = shown.date ?? props.lookedUpDate ?? undefined;
  // A person found by name: the other script's spelling says more than the name again.
  const snippet =
    hit.snippet && hit.snippet !== hit.title
      ? hit.snippet
      : hit.kind === 'person'
        ? (person?.nativeName ?? '')
        : '';
  return (
    <div className="hit">
      <div className="hit-line">
        <span className={`hit-kind hit-kind-${hit.kind}`}>{t(`kind.${hit.kind}`)}</span>
        <span className="hit-title">
          {shown.titleMatched ? (
            <Highlighted text={hit.title} ranges={hit.highlights} />
          ) : (
            shown.title
          )}
        </span>
        {date ? <span className="hit-date">{format.day(date)}</span> : null}
      </div>
      <div className="hit-snippet">
        {shown.person ? <span className="hit-person">{shown.person}</span> : null}
        {shown.person && snippet ? <span aria-hidden="true"> · </span> : null}
        {snippet ? (
          <Highlighted text={snippet} ranges={snippet === hit.snippet ? hit.highlights : []} />
        ) : null}
      </div>
    </div>
  );
}
