/** Says what was just deleted, with what went along and what lost a link, and offers undo. */
import { useTranslation } from 'react-i18next';
import type { Deletion } from '../lib/use-deletion';

export function UndoBar(props: {
  readonly deletion: Deletion;
  /** False where dismissing would leave nothing to show (a deleted person's page). */
  readonly dismissible?: boolean;
}) {
  const { t } = useTranslation();
  const { last, problem, busy } = props.deletion;
  return (
    <>
      {problem ? (
        <div className="error-box" role="alert">
          <p>{problem}</p>
        </div>
      ) : null}
      {last ? (
        <div className="undo-bar" role="status">
          <span>
            {t('undo.deleted', { what: last.label })}
            {last.receipt.removed.length > 1
              ? ` ${t('undo.withOthers', { count: last.receipt.removed.length - 1 })}`
              : ''}
            {last.receipt.unlinked.length > 0
              ? ` ${t('undo.unlinked', { count: last.receipt.unlinked.length })}`
              : ''}
          </span>
          <button type="button" disabled={busy} onClick={() => void props.deletion.undo()}>
            {t('form.undo')}
          </button>
          {props.dismissible === false ? null : (
            <button
              type="button"
              className="button-quiet"
              aria-label={t('app.dismiss')}
              onClick={props.deletion.dismiss}
            >
              ×
            </button>
          )}
        </div>
      ) : null}
    </>
  );
}
