/**
 * The documents and articles about a person, dated or not, newest first, each opening its
 * own page. (Dated ones are on the timeline too; this is the whole list.)
 */
import { useTranslation } from 'react-i18next';
import { call } from '../api-client';
import { useFormat } from '../i18n/use-format';
import { hrefOf } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { Loaded } from './Status';

const ALL = 10_000;

export function LinkedRecordsSection(props: { readonly personId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = useLoad(`linked:${props.personId}`, () =>
    Promise.all([
      call('documents.list', { personId: props.personId, limit: ALL }),
      call('articles.list', { personId: props.personId, limit: ALL }),
    ]),
  );
  const newestFirst = (a: { date?: string | null }, b: { date?: string | null }) =>
    (b.date ?? '').localeCompare(a.date ?? '');

  return (
    <section className="section linked-records" aria-labelledby="linked-title">
      <div className="section-header">
        <h2 id="linked-title">{t('linked.title')}</h2>
      </div>
      <Loaded state={state} what={t('linked.loading')}>
        {([documents, articles]) =>
          documents.total + articles.total === 0 ? (
            <p className="cell-muted">{t('linked.empty')}</p>
          ) : (
            <div className="linked-columns">
              <div>
                <h3>{t('count.documents', { count: documents.total })}</h3>
                <ul className="linked-list">
                  {[...documents.items].sort(newestFirst).map((document) => (
                    <li key={document.id}>
                      <a href={hrefOf({ page: 'document', id: document.id })}>{document.title}</a>
                      <span className="cell-muted">
                        {' · '}
                        {t(`documentType.${document.docType}`)}
                        {document.date ? ` · ${format.day(document.date)}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
              <div>
                <h3>{t('count.articles', { count: articles.total })}</h3>
                <ul className="linked-list">
                  {[...articles.items].sort(newestFirst).map((article) => (
                    <li key={article.id}>
                      <a href={hrefOf({ page: 'article', id: article.id })}>{article.title}</a>
                      <span className="cell-muted">
                        {article.date ? ` · ${format.day(article.date)}` : ''}
                        {article.source ? ` · ${article.source}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )
        }
      </Loaded>
    </section>
  );
}
