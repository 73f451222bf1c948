/**
 * The original files of a record (a ruling's PDF, a letter's scans): each with its name, kind
 * and size, shown inside the app on demand, or saved as a copy.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../shared/records';
import { call } from '../api-client';
import { saveBlob } from '../lib/blob-files';
import { readAttachment, showableAs } from '../lib/attachment-file';
import { useLoad } from '../lib/use-load';
import { AttachmentViewer } from './AttachmentViewer';
import { Panel, PanelEmpty } from './Panel';
import { Loaded } from './Status';

export function AttachmentList(props: {
  readonly ids: readonly string[];
  readonly title?: string;
  readonly empty?: string;
  /** Offers to take a file off its record (a scan attached by mistake). */
  readonly onRemove?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const state = useLoad(`attachments:${props.ids.join(',')}`, () =>
    Promise.all(props.ids.map((id) => call('attachments.get', { id }))),
  );
  const [shown, setShown] = useState<string | null>(null);

  return (
    <Panel
      title={props.title ?? t('attachments.title')}
      count={t('attachments.count', { count: props.ids.length })}
      className="attachments-panel"
    >
      {props.ids.length === 0 ? (
        <PanelEmpty>{props.empty ?? t('attachments.empty')}</PanelEmpty>
      ) : (
        <Loaded state={state} what={t('attachments.loading')}>
          {(attachments) => (
            <>
              <ul className="attachment-list">
                {attachments.map((attachment) => (
                  <AttachmentRow
                    key={attachment.id}
                    attachment={attachment}
                    shown={shown === attachment.id}
                    onShow={() => setShown(shown === attachment.id ? null : attachment.id)}
                    onRemove={props.onRemove && (() => props.onRemove?.(attachment.id))}
                  />
                ))}
              </ul>
              {shown ? <AttachmentViewer key={shown} id={shown} /> : null}
            </>
          )}
        </Loaded>
      )}
    </Panel>
  );
}

function AttachmentRow(props: {
  readonly attachment: Attachment;
  readonly shown: boolean;
  readonly onShow: () => void;
  readonly onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const attachment = props.attachment;
  const canShow = showableAs(attachment.mediaType) !== null;

  async function openElsewhere() {
    if (!window.confirm(t('attachments.openConfirm', { name: attachment.originalName }))) return;
    setProblem(null);
    try {
      await call('attachments.openExternally', { id: attachment.id });
    } catch (error) {
      setProblem(error instanceof Error ? error.message : t('attachments.openFailed'));
    }
  }

  async function saveCopy() {
    setSaving(true);
    setProblem(null);
    try {
      const file = await readAttachment(attachment.id);
      saveBlob(file.blob, file.name);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : t('attachments.saveFailed'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <li className="attachment-row">
      <span className="attachment-name">{attachment.originalName}</span>
      <span className="cell-muted">
        {t('attachments.sizeKb', { size: Math.max(1, Math.round(attachment.size / 1024)) })}
        {' · '}
        {attachment.mediaType.split(';')[0]}
      </span>
      <span className="attachment-actions">
        {canShow ? (
          <button type="button" aria-expanded={props.shown} onClick={props.onShow}>
            {props.shown ? t('attachments.hide') : t('attachments.show')}
          </button>
        ) : null}
        <button type="button" onClick={() => void saveCopy()} disabled={saving}>
          {saving ? t('attachments.saving') : t('attachments.save')}
        </button>
        {props.onRemove ? (
          <button
            type="button"
            className="button-danger"
            onClick={props.onRemove}
            aria-label={t('attachments.removeOne', { name: attachment.originalName })}
          >
            {t('form.delete')}
          </button>
        ) : null}
        {/* Only the desktop app can start another program; a browser saves a copy. */}
        {window.casefile ? (
          <button type="button" onClick={() => void openElsewhere()}>
            {t('attachments.openElsewhere')}
          </button>
        ) : null}
      </span>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </li>
  );
}
