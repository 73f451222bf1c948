/**
 * The search box that is always in the top bar: a combobox whose listbox shows results as
 * one types (150 ms after the last key), grouped by kind. The best hit is chosen at once;
 * ↑ ↓ choose (↑ from the first hit chooses none), Enter opens the chosen hit or, with none
 * chosen, the full results page; Esc closes, a second Esc clears. Ctrl+K (⌘K) focuses it.
 */
import { useTranslation } from 'react-i18next';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../../shared/api';
import { call } from '../api-client';
import { useFormat } from '../i18n/use-format';
import { navigate, searchRoute } from '../lib/router';
import { indexingShare } from '../lib/search-filters';
import { useHitWords } from '../lib/use-hit-words';
import {
  groupHits,
  presentHit,
  routeOfHit,
  routeOfSuggestion,
  suggestionsAsHits,
} from '../lib/search-targets';
import { Highlighted } from './Highlighted';

const DEBOUNCE_MS = 150;
const LIMIT = 20;

interface Results {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  /** How far the index is built, while it is: said under the results. */
  readonly indexing?: number;
  readonly error?: string;
  /** The hits are near matches, offered because nothing matched. */
  readonly suggested?: boolean;
}

export function SearchBox() {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const query = text.trim();

  useEffect(() => {
    function onKey(event: globalThis.KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (query === '') return;
    let live = true;
    const timer = window.setTimeout(() => {
      call('search.query', { query, limit: LIMIT }).then(
        (answer) => {
          if (!live) return;
          const suggested = answer.hits.length === 0 ? suggestionsAsHits(answer) : [];
          setResults({
            query,
            hits: answer.hits.length > 0 ? answer.hits : suggested,
            suggested: suggested.length > 0,
            indexing: indexingShare(answer.indexing) ?? undefined,
          });
          setActive(0);
        },
        (error: unknown) => {
          if (!live) return;
          setResults({
            query,
            hits: [],
            error: error instanceof Error ? error.message : t('searchBox.failed'),
          });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
    // A change of language asks again, so that the failure is said in the new language.
  }, [query, t]);

  const hits = useMemo(() => results?.hits ?? [], [results]);
  const groups = useMemo(() => groupHits(hits), [hits]);
  const ordered = groups.flatMap((group) => group.hits.map((item) => item.hit));
  const open = focused && !dismissed && query !== '' && results !== null;
  const pending = results?.query !== query;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function openHit(hit: SearchHit) {
    setDismissed(true);
    inputRef.current?.blur();
    navigate(results?.suggested ? routeOfSuggestion(hit) : routeOfHit(hit, query));
  }

  function showAll() {
    setDismissed(true);
    inputRef.current?.blur();
    navigate(searchRoute(query));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (dismissed) {
        setDismissed(false);
        return;
      }
      if (ordered.length === 0) return;
      // The positions are: none (-1), then each hit; ↓ after the last comes back to the first.
      const last = ordered.length - 1;
      if (event.key === 'ArrowDown') setActive((index) => (index >= last ? 0 : index + 1));
      else setActive((index) => (index === 0 ? -1 : index < 0 ? last : index - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (query === '') return;
      const hit = open && !pending && active >= 0 ? ordered[active] : undefined;
      if (hit) openHit(hit);
      else showAll();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) setDismissed(true);
      else if (text !== '') setText('');
      else inputRef.current?.blur();
    }
  }

  return (
    <div className="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('searchBox.label')}
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        className="search-input"
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && ordered[active] ? optionId(active) : undefined}
        placeholder={t('searchBox.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setDismissed(false);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t('searchBox.results')}
        className="search-results"
        hidden={!open}
      >
        {results?.error ? <p className="search-note">{results.error}</p> : null}
        {!results?.error && hits.length === 0 ? (
          <p className="search-note">{t('searchBox.nothing', { query: results?.query ?? '' })}</p>
        ) : null}
        {results?.suggested ? (
          <p className="search-note">{t('searchBox.didYouMean', { query: results.query })}</p>
        ) : null}
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${listId}-${group.kind}`}>
            <div id={`${listId}-${group.kind}`} className="search-group-title">
              {t(`kindGroup.${group.kind}`)}
            </div>
            {group.hits.map(({ hit, index }) => (
              <div
                key={`${hit.kind}:${hit.id}`}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="search-option"
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(index)}
                onClick={() => openHit(hit)}
              >
                <OptionTitle hit={hit} />
                {hit.snippet && hit.snippet !== hit.title ? (
                  <span className="search-option-snippet">
                    <Highlighted text={hit.snippet} ranges={hit.highlights} />
                  </span>
                ) : null}
              </div>
            ))}
          </div>
        ))}
        {results?.indexing !== undefined ? (
          <p className="search-note">{t('search.indexing', { share: results.indexing })}</p>
        ) : null}
        {hits.length > 0 ? (
          <button
            type="button"
            tabIndex={-1}
            className={['search-all', active < 0 ? 'search-all-default' : ''].join(' ')}
            onMouseDown={(event) => event.preventDefault()}
            onClick={showAll}
          >
            {t('searchBox.showAll', { query })}
          </button>
        ) : null}
      </div>
    </div>
  );
}

/** A hit's title: the matched words marked, or (letters, events) its date apart, day-first. */
function OptionTitle(props: { readonly hit: SearchHit }) {
  const { hit } = props;
  const format = useFormat();
  const words = useHitWords();
  const shown = presentHit(hit, undefined, words);
  return (
    <span className="search-option-line">
      <span className="search-option-title">
        {shown.titleMatched ? (
          <Highlighted text={hit.title} ranges={hit.highlights} />
        ) : (
          shown.title
        )}
      </span>
      {shown.date ? <span className="search-option-date">{format.day(shown.date)}</span> : null}
    </span>
  );
}
