/**
 * A change made from a chosen file (a photo, a scan): busy while it runs, and its problem in
 * words. Main names the known refusals in the error's details under `reasonKey` ("too-large",
 * "not-an-image"…), so that the window says them in its own language; anything else is
 * shown as main wrote it.
 */
import { useState } from 'react';
import { ApiError } from '../api-error';

export function useFileChange(reasonKey: string, messages: Readonly<Record<string, string>>) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function run<T>(change: () => Promise<T>, done: (value: T) => void): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      done(await change());
    } catch (error) {
      const reason = error instanceof ApiError ? error.details?.[reasonKey] : undefined;
      const known = typeof reason === 'string' ? messages[reason] : undefined;
      setProblem(known ?? (error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  return { busy, problem, setProblem, run };
}
