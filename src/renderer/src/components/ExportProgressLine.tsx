/** How an export is going (made so far, received so far) and, at the end, the saved file. */
import { useTranslation } from 'react-i18next';
import type { ExportProgress, SavedExport } from '../lib/export-file';

export function ExportProgressLine(props: {
  readonly progress?: ExportProgress;
  readonly saved?: SavedExport;
  readonly error?: string;
}) {
  const { t } = useTranslation();
  const { progress, saved, error } = props;
  if (error !== undefined) {
    return (
      <p role="alert" className="export-error">
        {t('exports.failed', { message: error })}
      </p>
    );
  }
  if (!progress || saved) return null;
  if (progress.phase === 'working') {
    return (
      <p role="status" className="export-progress">
        <progress />{' '}
        {progress.bytes > 0
          ? t('exports.madeSoFar', { size: kibibytes(progress.bytes) })
          : t(`exports.steps.${progress.step === 'rendering' ? 'rendering' : 'collecting'}`)}
      </p>
    );
  }
  return (
    <p role="status" className="export-progress">
      <progress value={progress.received} max={Math.max(1, progress.total)} />{' '}
      {t('exports.receiving', {
        received: kibibytes(progress.received),
        total: kibibytes(progress.total),
      })}
    </p>
  );
}

export function ExportSaved(props: { readonly saved: SavedExport }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="export-saved">
      {t('exports.saved', {
        file: props.saved.fileName,
        size: kibibytes(props.saved.bytes),
      })}
    </p>
  );
}

function kibibytes(bytes: number): number {
  return Math.max(1, Math.round(bytes / 1024));
}
