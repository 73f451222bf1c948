/**
 * The frame both export dialogs share: their own choices, then how the export is going, the
 * saved file, and the buttons to start it and to leave.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../shared/api';
import type { SharingLevel } from '../../../shared/records';
import type { SavedExport } from '../lib/export-file';
import type { ExportRun } from '../lib/use-export-run';
import { ExportProgressLine, ExportSaved } from './ExportProgressLine';

const LEVELS: readonly SharingLevel[] = ['public', 'team', 'private'];

export function ExportForm(props: {
  readonly run: ExportRun;
  /** What to export, read when the export starts. */
  readonly request: () => ApiInput<'export.start'>;
  /** Whether the choices made cannot be exported (the dialog says why). */
  readonly blocked?: boolean;
  /** More to say under the saved file, from what the export reports. */
  readonly savedNote?: (saved: SavedExport) => ReactNode;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const { run, blocked = false } = props;
  return (
    <form
      className="export-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!run.busy && !blocked) void run.start(props.request());
      }}
    >
      {props.children}
      <ExportProgressLine progress={run.progress} saved={run.saved} error={run.error} />
      {run.saved ? (
        <>
          <ExportSaved saved={run.saved} />
          {props.savedNote?.(run.saved)}
        </>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={run.busy || blocked}>
          {t('exports.export')}
        </button>
        <button type="button" onClick={props.onClose}>
          {run.saved ? t('app.close') : t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The sharing level an export keeps to. */
export function LevelSelect(props: {
  readonly level: SharingLevel;
  readonly disabled: boolean;
  readonly onChange: (level: SharingLevel) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="export-level">
      {t('exports.level')}
      <select
        value={props.level}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.value as SharingLevel)}
      >
        {LEVELS.map((value) => (
          <option key={value} value={value}>
            {t(`exports.levels.${value}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
