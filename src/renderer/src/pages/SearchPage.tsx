/** All results of a search, grouped by kind, with the passage that matched. */
import type { SearchHit } from '../../../shared/api';
import { call } from '../api-client';
import { Loading, LoadError } from '../components/Status';
import { KIND_GROUP_LABELS } from '../lib/labels';
import { hrefOf } from '../lib/router';
import { groupHits, routeOfHit, suggestionsAsHits } from '../lib/search-targets';
import { Highlighted } from '../components/Highlighted';
import { useLoad } from '../lib/use-load';

const LIMIT = 200;

export function SearchPage(props: { readonly query: string }) {
  const query = props.query.trim();
  const state = useLoad(`search:${query}`, async () => {
    if (query === '') return { hits: [] as SearchHit[], total: 0, building: false };
    const answer = await call('search.query', { query, limit: LIMIT });
    return {
      hits: answer.hits.length > 0 ? answer.hits : suggestionsAsHits(answer),
      total: answer.total,
      building: answer.indexing.state === 'building',
    };
  });

  return (
    <section className="search-page" aria-labelledby="search-title">
      <div className="page-header">
        <h1 id="search-title">{query ? `Results for “${query}”` : 'Search'}</h1>
      </div>
      {query === '' ? <p>Type what you are looking for in the search box above.</p> : null}
      {state.status === 'loading' ? <Loading what="the results" /> : null}
      {state.status === 'error' ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.status === 'ready' && query !== '' && state.data.hits.length === 0 ? (
        <p>Nothing was found. Try fewer letters of the name, or another spelling.</p>
      ) : null}
      {state.status === 'ready' &&
      query !== '' &&
      state.data.hits.length > 0 &&
      state.data.total === 0 ? (
        <p>Nothing matches exactly; these come close.</p>
      ) : null}
      {state.status === 'ready' && state.data.total > state.data.hits.length ? (
        <p className="cell-muted">
          The best {state.data.hits.length} of {state.data.total} results are shown.
        </p>
      ) : null}
      {state.status === 'ready' && state.data.building ? (
        <p className="cell-muted">
          The search index is still being built; some results may be missing.
        </p>
      ) : null}
      {state.status === 'ready'
        ? groupHits(state.data.hits).map((group) => (
            <section
              key={group.kind}
              className="section"
              aria-label={KIND_GROUP_LABELS[group.kind]}
            >
              <h2>{KIND_GROUP_LABELS[group.kind]}</h2>
              <ul className="result-list">
                {group.hits.map(({ hit }) => {
                  const route = routeOfHit(hit, query);
                  return (
                    <li key={`${hit.kind}:${hit.id}`}>
                      {route.page === 'search' ? (
                        <strong>{titleOf(hit)}</strong>
                      ) : (
                        <a href={hrefOf(route)}>{titleOf(hit)}</a>
                      )}
                      {hit.snippet && hit.snippet !== hit.title ? (
                        <p className="result-snippet">
                          <Highlighted text={hit.snippet} ranges={hit.highlights} />
                        </p>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))
        : null}
    </section>
  );
}

/** A hit's title, with the matched words marked when the match was in the title itself. */
function titleOf(hit: SearchHit) {
  return hit.snippet === hit.title ? (
    <Highlighted text={hit.title} ranges={hit.highlights} />
  ) : (
    hit.title
  );
}
