/** Banners about the archive itself: the sample archive, and files repaired at opening. */
import { useState } from 'react';
import type { Recovery } from '../../../shared/api';

export function SampleBanner(props: { readonly onBack: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="banner banner-sample" role="region" aria-label="Sample archive">
      <p>
        <strong>You are looking at the fictional sample archive.</strong> Its people and events are
        invented; what you change here stays in the sample.
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
            setError(caught instanceof Error ? caught.message : 'Could not go back.');
          });
        }}
      >
        {busy ? 'Opening…' : 'Back to my archive'}
      </button>
    </div>
  );
}

export function RecoveryNotice(props: {
  readonly recoveries: readonly Recovery[];
  readonly archiveDir: string;
  readonly onDismiss: () => void;
}) {
  if (props.recoveries.length === 0) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <div>
        <p>
          <strong>
            {props.recoveries.length === 1
              ? 'A damaged file was found when the archive was opened.'
              : `${props.recoveries.length} damaged files were found when the archive was opened.`}
          </strong>
        </p>
        <ul>
          {props.recoveries.map((recovery) => (
            <li key={recovery.file}>
              <code>{recovery.file}</code>{' '}
              {recovery.restoredFrom ? (
                <>
                  was restored from the backup <code>{recovery.restoredFrom}</code>.
                </>
              ) : (
                <>had no good copy in the backups, so the records it held are missing for now.</>
              )}{' '}
              The damaged copy was kept at <code>{recovery.movedTo}</code>.
            </li>
          ))}
        </ul>
        <p>
          Paths are inside the archive folder <code>{props.archiveDir}</code>. Changes made after
          the backup may be missing: please check your most recent records.
        </p>
      </div>
      <button type="button" onClick={props.onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
