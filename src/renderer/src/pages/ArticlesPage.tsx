/** The list of articles: campaign news, urgent actions, petitions and press. */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { call } from '../api-client';
import { Loading, LoadError } from '../components/Status';
import { useFormat } from '../i18n/use-format';
import { hrefOf, navigate, NEW_ARTICLE } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ShowMore } from '../components/ShowMore';

const PAGE = 500;

export function ArticlesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [limit, setLimit] = useState(PAGE);
  const state = useLoad(`articles:${limit}`, () => call('articles.list', { limit, offset: 0 }));

  return (
    <section aria-labelledby="articles-title">
      <div className="page-header">
        <h1 id="articles-title">{t('articles.title')}</h1>
        {state.status === 'ready' ? (
          <span className="page-count">{t('count.articles', { count: state.data.total })}</span>
        ) : null}
        <a className="button button-primary" href={hrefOf({ page: 'article', id: NEW_ARTICLE })}>
          {t('articles.new')}
        </a>
      </div>
      {state.status === 'loading' ? <Loading what={t('articles.loading')} /> : null}
      {state.status === 'error' ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.status === 'ready' && state.data.total === 0 ? (
        <div className="empty-state">
          <p>{t('articles.empty')}</p>
        </div>
      ) : null}
      {state.status === 'ready' && state.data.total > 0 ? (
        <>
          <table className="table table-clickable">
            <thead>
              <tr>
                <th scope="col" className="col-wide">
                  {t('articles.colTitle')}
                </th>
                <th scope="col">{t('articles.colDate')}</th>
                <th scope="col">{t('articles.colSource')}</th>
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
                    <td className="cell-nowrap">{format.day(article.date)}</td>
                    <td className="cell-muted">{article.source}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <ShowMore
            shown={state.data.items.length}
            total={state.data.total}
            onMore={() => setLimit((n) => n + PAGE)}
          />
        </>
      ) : null}
    </section>
  );
}
