/** Banners about the archive itself: the sample archive, and files repaired at opening. */
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { Recovery } from '../../../shared/api';

export function SampleBanner(props: { readonly onBack: () => Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="banner banner-sample" role="region" aria-label={t('notices.sampleRegion')}>
      <p>
        <strong>{t('notices.sampleLead')}</strong> {t('notices.sampleRest')}
      </p>
      {error ? <p className="banner-error">{error}</p> : null}
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          props.onBack().catch((caught: unknown) => {
            setBusy(false);
            setError(caught instanceof Error ? caught.message : t('notices.backFailed'));
          });
        }}
      >
        {busy ? t('notices.opening') : t('notices.back')}
      </button>
    </div>
  );
}

export function RecoveryNotice(props: {
  readonly recoveries: readonly Recovery[];
  readonly archiveDir: string;
  readonly onDismiss: () => void;
}) {
  const { t } = useTranslation();
  if (props.recoveries.length === 0) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <div>
        <p>
          <strong>{t('notices.damaged', { count: props.recoveries.length })}</strong>
        </p>
        <ul>
          {props.recoveries.map((recovery) => (
            <li key={recovery.file}>
              <code>{recovery.file}</code>{' '}
              {recovery.restoredFrom ? (
                <>
                  {t('notices.restoredFrom')} <code>{recovery.restoredFrom}</code>.
                </>
              ) : (
                t('notices.noGoodCopy')
              )}{' '}
              {t('notices.keptAt')} <code>{recovery.movedTo}</code>.
            </li>
          ))}
        </ul>
        <p>
          {t('notices.pathsInside')} <code>{props.archiveDir}</code>. {t('notices.checkRecent')}
        </p>
      </div>
      <button type="button" onClick={props.onDismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
