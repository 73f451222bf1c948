/**
 * The photo in a person's header: the image, or their initials while there is none, with
 * Add / Replace / Remove. The chosen file goes to main as base64, where its first bytes (not
 * its name) decide whether it is a JPEG or PNG; the size is checked here first only to spare
 * sending a file that would be refused.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_MAX_BYTES } from '../../../shared/api';
import type { Person } from '../../../shared/records';
import { call } from '../api-client';
import { initialsOf } from '../lib/age';
import { toBase64 } from '../lib/blob-files';
import { useAttachmentUrl } from '../lib/use-attachment-url';
import { useFileChange } from '../lib/use-file-change';

export function PersonPhoto(props: {
  readonly person: Person;
  readonly onChanged: (person: Person) => void;
}) {
  const { t, i18n } = useTranslation();
  const { person } = props;
  // A Russian reader sees the initials of the native (Cyrillic) name, when there is one.
  const initials = initialsOf(
    i18n.language === 'ru' && person.nativeName ? person.nativeName : person.name,
  );
  const input = useRef<HTMLInputElement>(null);
  const photo = useAttachmentUrl(person.photoId);
  const change = useFileChange('photo', {
    'not-an-image': t('profile.photoNotAnImage'),
    'too-large': t('profile.photoTooLargeShort'),
  });
  const { busy, problem, setProblem } = change;
  const run = (work: () => Promise<Person>) => change.run(work, props.onChanged);

  async function chosen(file: File | undefined) {
    if (!file) return;
    if (file.size > PHOTO_MAX_BYTES) {
      setProblem(t('profile.photoTooLarge', { size: (file.size / (1024 * 1024)).toFixed(1) }));
      return;
    }
    // Read inside `run`, so that a file that cannot be read is told like any other problem.
    await run(async () =>
      call('persons.setPhoto', {
        personId: person.id,
        fileName: file.name,
        data: toBase64(new Uint8Array(await file.arrayBuffer())),
      }),
    );
  }

  return (
    <div className="person-photo">
      {photo.status === 'ready' ? (
        <img
          className="person-photo-image"
          src={photo.url}
          alt={t('profile.photoOf', { name: person.name })}
        />
      ) : (
        <div
          className="person-photo-placeholder"
          role="img"
          aria-label={
            person.photoId
              ? t('profile.photoOf', { name: person.name })
              : t('profile.noPhoto', { name: person.name })
          }
        >
          <span aria-hidden="true">{initials}</span>
        </div>
      )}
      <div className="person-photo-actions">
        <input
          ref={input}
          type="file"
          accept="image/jpeg,image/png,.jpg,.jpeg,.png"
          hidden
          aria-label={t('profile.chooseFile')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            void chosen(file);
          }}
        />
        <button
          type="button"
          className="button-small"
          disabled={busy}
          onClick={() => input.current?.click()}
        >
          {person.photoId ? t('profile.replacePhoto') : t('profile.addPhoto')}
        </button>
        {person.photoId ? (
          <button
            type="button"
            className="button-small"
            disabled={busy}
            onClick={() => void run(() => call('persons.removePhoto', { personId: person.id }))}
          >
            {t('profile.removePhoto')}
          </button>
        ) : null}
      </div>
      {busy ? <p className="person-photo-note">{t('profile.photoSaving')}</p> : null}
      {problem ? (
        <p className="person-photo-note field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {photo.status === 'error' ? (
        <p className="person-photo-note field-error" role="alert">
          {t('profile.photoNotShown', { message: photo.error.message })}
        </p>
      ) : null}
    </div>
  );
}
