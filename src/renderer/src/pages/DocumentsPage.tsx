/** The list of court documents and other papers: rulings, charges, replies, scans. */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { NEEDS_OCR_TAG } from '../../../shared/records';
import { call } from '../api-client';
import { Loading, LoadError } from '../components/Status';
import { useFormat } from '../i18n/use-format';
import { hrefOf, navigate } from '../lib/router';
import { useLoad } from '../lib/use-load';
import { ShowMore } from '../components/ShowMore';

const PAGE = 500;

export function DocumentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [limit, setLimit] = useState(PAGE);
  const state = useLoad(`documents:${limit}`, () => call('documents.list', { limit, offset: 0 }));

  return (
    <section aria-labelledby="documents-title">
      <div className="page-header">
        <h1 id="documents-title">{t('documents.title')}</h1>
        {state.status === 'ready' ? (
          <span className="page-count">{t('count.documents', { count: state.data.total })}</span>
        ) : null}
        <a className="button button-primary" href={hrefOf({ page: 'import' })}>
          {t('documents.import')}
        </a>
      </div>
      {state.status === 'loading' ? <Loading what={t('documents.loading')} /> : null}
      {state.status === 'error' ? <LoadError error={state.error} onRetry={state.reload} /> : null}
      {state.status === 'ready' && state.data.total === 0 ? (
        <div className="empty-state">
          <p>{t('documents.empty')}</p>
        </div>
      ) : null}
      {state.status === 'ready' && state.data.total > 0 ? (
        <>
          <table className="table table-clickable">
            <thead>
              <tr>
                <th scope="col" className="col-wide">
                  {t('documents.colTitle')}
                </th>
                <th scope="col">{t('documents.colType')}</th>
                <th scope="col">{t('documents.colDate')}</th>
                <th scope="col">{t('documents.colCourt')}</th>
              </tr>
            </thead>
            <tbody>
              {[...state.data.items]
                .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
                .map((document) => (
                  <tr
                    key={document.id}
                    onClick={() => navigate({ page: 'document', id: document.id })}
                  >
                    <td>
                      <a href={hrefOf({ page: 'document', id: document.id })}>{document.title}</a>
                      {document.tags.includes(NEEDS_OCR_TAG) ? (
                        <span className="badge badge-ocr">{t('document.needsOcrShort')}</span>
                      ) : null}
                    </td>
                    <td className="cell-nowrap">{t(`documentType.${document.docType}`)}</td>
                    <td className="cell-nowrap">{format.day(document.date)}</td>
                    <td className="cell-muted">{document.court}</td>
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
