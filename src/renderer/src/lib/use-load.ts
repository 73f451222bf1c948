/**
 * Loading data for a page: the state of one request (loading, failed, ready) keyed by what
 * it asks for, with a `reload` that keeps showing the old data until the new arrives.
 */
import { useCallback, useEffect, useEffectEvent, useState } from 'react';

export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: Error }
  | { readonly status: 'ready'; readonly data: T };

interface Settled<T> {
  readonly key: string;
  readonly attempt: number;
  readonly state: LoadState<T>;
}

/** `key` names what `load` asks for: a new key starts afresh, `reload` asks again. */
export function useLoad<T>(
  key: string,
  load: () => Promise<T>,
): LoadState<T> & { reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const run = useEffectEvent(load);

  useEffect(() => {
    let live = true;
    run().then(
      (data) => {
        if (live) setSettled({ key, attempt, state: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (live) {
          setSettled({
            key,
            attempt,
            state: {
              status: 'error',
              error: error instanceof Error ? error : new Error(String(error)),
            },
          });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  let state: LoadState<T> = { status: 'loading' };
  if (settled && settled.key === key) {
    const fresh = settled.attempt === attempt;
    // While reloading, keep what is on screen rather than flashing "Loading".
    if (fresh || settled.state.status === 'ready') state = settled.state;
  }
  return { ...state, reload };
}
