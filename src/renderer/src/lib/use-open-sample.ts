/** Opening the fictional sample archive from a button: busy while it opens, its error in words. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchive } from './archive-context';

export function useOpenSample(): {
  readonly busy: boolean;
  readonly error: string | null;
  readonly open: () => void;
} {
  const { t } = useTranslation();
  const archive = useArchive();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function open() {
    setBusy(true);
    setError(null);
    archive.openSample().catch((caught: unknown) => {
      setBusy(false);
      setError(caught instanceof Error ? caught.message : t('welcome.sampleFailed'));
    });
  }

  return { busy, error, open };
}
