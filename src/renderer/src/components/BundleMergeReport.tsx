/**
 * What merging an archive bundle did: how many records were added, updated and left as they
 * were, and each record changed on both sides, with whose edit was kept and both times.
 */
import { useTranslation } from 'react-i18next';
import type { BundleMerge } from '../../../shared/api';

export function BundleMergeReport(props: { readonly merged: BundleMerge }) {
  const { t, i18n } = useTranslation();
  const { merged } = props;
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
      new Date(iso),
    );
  return (
    <section
      className="panel bundle-merge"
      aria-label={t('bundle.mergedTitle', { file: merged.file })}
    >
      <h2>{t('bundle.mergedTitle', { file: merged.file })}</h2>
      <p className="cell-muted">
        {t('bundle.mergedFrom', {
          archive: merged.archiveName,
          date: when(merged.bundleCreatedAt),
        })}
      </p>
      <p className="bundle-counts">
        {t('bundle.mergedCounts', {
          added: merged.added,
          updated: merged.updated,
          unchanged: merged.unchanged,
          conflicts: merged.conflicts.length,
        })}
      </p>
      {merged.filesAdded ? <p>{t('bundle.filesAdded', { count: merged.filesAdded })}</p> : null}
      {merged.conflicts.length === 0 ? (
        <p className="cell-muted">{t('bundle.noConflicts')}</p>
      ) : (
        <>
          <p>{t('bundle.conflictsLead')}</p>
          <ul className="import-files bundle-conflicts">
            {merged.conflicts.map((conflict) => {
              const bundleWon = conflict.winner === 'bundle';
              return (
                <li
                  key={`${conflict.kind}:${conflict.id}`}
                  className="import-created bundle-conflict"
                >
                  <span className="import-kind">{t(`kind.${conflict.kind}`)}</span>{' '}
                  <strong>{conflict.title}</strong>
                  <p className="cell-muted">
                    {t(`bundle.conflictKept_${conflict.winner}`, {
                      kept: when(bundleWon ? conflict.bundleUpdatedAt : conflict.archiveUpdatedAt),
                      other: when(bundleWon ? conflict.archiveUpdatedAt : conflict.bundleUpdatedAt),
                    })}
                    {conflict.reason === 'both-edited'
                      ? null
                      : ` ${t(`bundle.conflictReason_${conflict.reason}`)}`}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
