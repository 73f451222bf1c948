/** The list of articles: campaign news, urgent actions, petitions and press. */
import { useState } from 'react';
import { call } from '../api-client';
import { Loading, LoadError } from '../components/Status';
import { formatDate } from '../lib/dates';
import { hrefOf, navigate, NEW_ARTICLE } from '../lib/router';
import { useLoad } from '../lib/use-load';

const PAGE = 500;

export function ArticlesPage() {
  const [limit, setLimit] = useState(PAGE);
  const state = useLoad(`articles:${limit}`, () => call('articles.list', { limit, offset: 0 }));

  return (
    <section aria-labelledby="articles-title">
      <div className="page-header">
        <h1 id="articles-title">Articles</h1>
        {state.status === 'ready' ? (
          <span className="page-count">
            {state.data.total === 1 ? '1 article' : `${state.data.total} articles`}
          </span>
        ) : null}
        <a className="button button-primary" href={hrefOf({ page: 'article', id: NEW_ARTICLE })}>
          New article
        </a>
      </div>
      {state.status === 'loading' ? <Loading what="the articles" /> : null}
      {state.status === 'error' ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.status === 'ready' && state.data.total === 0 ? (
        <div className="empty-state">
          <p>No articles are in this archive yet.</p>
        </div>
      ) : null}
      {state.status === 'ready' && state.data.total > 0 ? (
        <>
          <table className="table table-clickable">
            <thead>
              <tr>
                <th scope="col" className="col-wide">
                  Title
                </th>
                <th scope="col">Date</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {[...state.data.items]
                .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
                .map((article) => (
                  <tr
                    key={article.id}
                    onClick={() => navigate({ page: 'article', id: article.id })}
                  >
                    <td>
                      <a href={hrefOf({ page: 'article', id: article.id })}>{article.title}</a>
                    </td>
                    <td className="cell-nowrap">{formatDate(article.date)}</td>
                    <td className="cell-muted">{article.source}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          {state.data.items.length < state.data.total ? (
            <p className="list-more">
              Showing {state.data.items.length} of {state.data.total}.{' '}
              <button type="button" onClick={() => setLimit((n) => n + PAGE)}>
                Show more
              </button>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
