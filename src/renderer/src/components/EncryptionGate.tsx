/**
 * Stands before the app when the archive is encrypted: shows the unlock screen while the
 * archive waits for its passphrase (at start, after the idle time, or when any call finds
 * it locked), and remounts the app afresh after each unlock.
 */
import { useTranslation } from 'react-i18next';
import { Fragment, useEffect, useState, type ReactNode } from 'react';
import type { EncryptionStatus } from '../../../shared/api';
import { ARCHIVE_LOCKED_EVENT, call } from '../api-client';
import { Loading } from './Status';
import { UnlockScreen } from './UnlockScreen';

/** How often a page left alone asks whether the archive locked itself meanwhile. */
const LOCK_CHECK_MS = 15_000;
/** Typing or clicking tells the archive it is in use, at most this often. */
const IN_USE_EVERY_MS = 20_000;

export function EncryptionGate(props: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<EncryptionStatus | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    call('encryption.status', {}).then(setStatus, () =>
      // The app itself will say what is wrong; the gate has nothing to add.
      setStatus({ encrypted: false, locked: false, lockAfterMinutes: null }),
    );
    const onLocked = () =>
      setStatus((previous) => (previous ? { ...previous, locked: true } : previous));
    window.addEventListener(ARCHIVE_LOCKED_EVENT, onLocked);
    return () => window.removeEventListener(ARCHIVE_LOCKED_EVENT, onLocked);
  }, []);

  const minutes = status?.lockAfterMinutes ?? null;
  const watching = status !== null && status.encrypted && !status.locked && minutes !== null;

  // Screens left open show the archive's records: they go when the archive locks itself.
  useEffect(() => {
    if (!watching || minutes === null) return;
    const every = Math.min(LOCK_CHECK_MS, (minutes * 60_000) / 4);
    const timer = setInterval(() => {
      call('encryption.status', {}).then(
        (next) => {
          if (next.locked) setStatus(next);
        },
        () => undefined,
      );
    }, every);
    return () => clearInterval(timer);
  }, [watching, minutes]);

  // Reading and typing without saving are use too: tell the archive now and then.
  useEffect(() => {
    if (!watching || minutes === null) return;
    const every = Math.min(IN_USE_EVERY_MS, (minutes * 60_000) / 4);
    let last = Date.now();
    const inUse = () => {
      if (Date.now() - last < every) return;
      last = Date.now();
      call('archive.info', {}).catch(() => undefined);
    };
    const events = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, inUse, { passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, inUse);
    };
  }, [watching, minutes]);

  if (!status) {
    return (
      <main className="page page-centred">
        <Loading what={t('app.theArchive')} />
      </main>
    );
  }
  if (status.locked) {
    return (
      <UnlockScreen
        lockAfterMinutes={minutes}
        onUnlocked={() => {
          setGeneration((previous) => previous + 1);
          setStatus({ ...status, locked: false });
        }}
      />
    );
  }
  return <Fragment key={generation}>{props.children}</Fragment>;
}
