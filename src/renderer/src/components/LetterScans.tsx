/**
 * The scans kept with one letter: each shown inside the app or saved as a copy, removed
 * when attached by mistake, and more attached from a file (PDF, JPEG, PNG or TIFF).
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SCAN_MAX_BYTES } from '../../../shared/api';
import type { Letter } from '../../../shared/records';
import { call } from '../api-client';
import { toBase64 } from '../lib/blob-files';
import { AttachmentList } from './AttachmentList';
import { useFileChange } from '../lib/use-file-change';

export function LetterScans(props: { readonly letter: Letter; readonly onChanged: () => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const change = useFileChange('scan', {
    'not-a-scan': t('scans.notAScan'),
    'too-large': t('scans.tooLarge'),
  });
  const { busy, problem, setProblem } = change;
  const letter = props.letter;
  const run = (work: () => Promise<unknown>) => change.run(work, () => props.onChanged());

  async function chosen(file: File | undefined) {
    if (!file) return;
    // Told before the bytes are read and sent.
    if (file.size > SCAN_MAX_BYTES) {
      setProblem(t('scans.tooLarge'));
      return;
    }
    // Read inside `run`, so that a file that cannot be read is told like any other problem.
    await run(async () =>
      call('letters.attachScan', {
        letterId: letter.id,
        fileName: file.name,
        data: toBase64(new Uint8Array(await file.arrayBuffer())),
      }),
    );
  }

  return (
    <div className="letter-scans">
      <AttachmentList
        ids={letter.scanIds}
        title={t('scans.title')}
        empty={t('scans.empty')}
        onRemove={(id) =>
          void run(() => call('letters.detachScan', { letterId: letter.id, attachmentId: id }))
        }
      />
      <p className="letter-scans-add">
        <input
          ref={input}
          type="file"
          accept="application/pdf,image/jpeg,image/png,image/tiff,.pdf,.jpg,.jpeg,.png,.tif,.tiff"
          hidden
          aria-label={t('scans.choose')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            void chosen(file);
          }}
        />
        <button type="button" disabled={busy} onClick={() => input.current?.click()}>
          {busy ? t('scans.attaching') : t('scans.attach')}
        </button>
        <span className="cell-muted"> {t('scans.hint')}</span>
      </p>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
